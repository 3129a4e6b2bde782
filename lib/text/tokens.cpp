#include "text/tokens.hpp"

#include <array>
#include <bit>
#include <cstring>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimcheck::detail {
namespace {

// What one byte is to the tokenizer. A table answers in one load what a
// chain of comparisons would: the loop below runs once per byte of text.
enum ByteClass : std::uint8_t { kOther, kSpace, kNewline, kDigit, kHigh, kUpper, kLower };

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> c{};
  for (int b = 0; b < 256; ++b) {
    if (b == ' ' || b == '\t' || b == '\f' || b == '\v')
      c[b] = kSpace;
    else if (b == '\n' || b == '\r')
      c[b] = kNewline;
    else if (b >= '0' && b <= '9')
      c[b] = kDigit;
    else if (b >= 'A' && b <= 'Z')
      c[b] = kUpper;
    else if (b >= 'a' && b <= 'z')
      c[b] = kLower;
    else if (b >= 0x80)
      c[b] = kHigh;
    else
      c[b] = kOther;
  }
  return c;
}
constexpr std::array<ByteClass, 256> kByteClass = make_byte_classes();

ByteClass byte_class(char c) {
  return kByteClass[static_cast<unsigned char>(c)];
}
bool is_ascii_letter(ByteClass c) {
  return c >= kUpper;  // kUpper or kLower: one comparison
}

// The code point at i (valid UTF-8: prepare() guarantees it) and its length.
UChar32 code_point_at(std::string_view s, std::size_t i, std::size_t& length) {
  std::int32_t pos = static_cast<std::int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), pos, static_cast<std::int32_t>(s.size()),
          c);
  length = static_cast<std::size_t>(pos) - i;
  return c;
}

// Eight bytes at a time: the mask of those that are ASCII letters (0x80 in
// each letter's byte). A byte below 0x80 ORed with 0x20 is a letter when it
// lies in 'a'..'z'; the two additions test that range in every byte at once
// and cannot carry into the next byte.
constexpr std::uint64_t kOnes = 0x0101010101010101u;
std::uint64_t letter_mask(std::uint64_t v) {
  const std::uint64_t x = v | (kOnes * 0x20);
  const std::uint64_t ascii = ~v;
  const std::uint64_t at_least_a = x + kOnes * (0x80 - 'a');
  const std::uint64_t above_z = x + kOnes * (0x7f - 'z');
  return ascii & at_least_a & ~above_z & (kOnes * 0x80);
}

// Skips ASCII letters from i, lower-casing them into `lower`, eight at a
// time while eight bytes are left (words are mostly shorter than that, so
// this is one step per word instead of one per letter).
std::size_t skip_ascii_letters(std::string_view text, std::size_t i, char* lower) {
  if constexpr (std::endian::native == std::endian::little) {
    while (i + 8 <= text.size()) {
      std::uint64_t v = 0;
      std::memcpy(&v, text.data() + i, 8);
      const std::uint64_t letters = letter_mask(v);
      const std::uint64_t lowered = v | (letters >> 2);  // 0x80 >> 2 is the case bit
      std::memcpy(lower + i, &lowered, 8);  // bytes that are no letter are stored unchanged
      if (letters != kOnes * 0x80) {
        return i + static_cast<std::size_t>(std::countr_zero(~letters & (kOnes * 0x80))) / 8;
      }
      i += 8;
    }
  }
  while (i < text.size() && is_ascii_letter(byte_class(text[i]))) {
    lower[i] = static_cast<char>(text[i] | 0x20);
    ++i;
  }
  return i;
}

// The end of the word that starts at i: ASCII letters and alphabetic code
// points, the ASCII letters lower-cased into `lower` on the way.
std::size_t word_end(std::string_view text, std::size_t i, char* lower) {
  while (true) {
    i = skip_ascii_letters(text, i, lower);
    std::size_t length = 1;
    if (i >= text.size() || byte_class(text[i]) != kHigh ||
        !u_isalpha(code_point_at(text, i, length))) {
      return i;
    }
    i += length;
  }
}

}  // namespace

TokenStream::TokenStream(std::string_view text) : text_(text), lower_(text) {
  lower_.append(kKeyBytes, '\0');  // lower_key() reads eight bytes from any token's start
  // ASCII letters occur only in word tokens, so lower-casing them there
  // lower-cases the whole copy.
  char* const lower = lower_.data();
  tokens_.reserve(text.size() / 4);
  bool space = false, newline = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const ByteClass c = byte_class(text[i]);
    if (c == kSpace || c == kNewline) {
      space = true;
      newline = newline || c == kNewline;
      ++i;
      continue;
    }
    Token t;
    t.start = static_cast<std::uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    if (c == kDigit) {
      t.type = TokenType::digits;
      while (i < text.size() && byte_class(text[i]) == kDigit) ++i;
    } else if (is_ascii_letter(c)) {
      t.type = TokenType::word;
      i = word_end(text, i, lower);
    } else if (c == kHigh) {
      std::size_t length = 1;
      if (u_isalpha(code_point_at(text, i, length))) {
        t.type = TokenType::word;
        i = word_end(text, i + length, lower);
      } else {
        t.type = TokenType::symbol;  // currency signs, marks, emoji: one code point each
        i += length;
      }
    } else {
      t.type = TokenType::symbol;
      ++i;
    }
    t.end = static_cast<std::uint32_t>(i);
    tokens_.push_back(t);
    space = newline = false;
  }
}

}  // namespace claimcheck::detail
