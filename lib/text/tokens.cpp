#include "text/tokens.hpp"

#include <array>

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

// The end of the word that starts at i: ASCII letters and alphabetic code
// points. ASCII letters are lower-cased into `lower` on the way (a store for
// every letter, so that the loop has no branch on the letter's case).
std::size_t word_end(std::string_view text, std::size_t i, char* lower) {
  const std::size_t n = text.size();
  while (i < n) {
    const ByteClass c = byte_class(text[i]);
    if (is_ascii_letter(c)) {
      lower[i] = static_cast<char>(text[i] | 0x20);
      ++i;
    } else if (std::size_t length = 1; c == kHigh && u_isalpha(code_point_at(text, i, length))) {
      i += length;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

TokenStream::TokenStream(std::string_view text) : text_(text), lower_(text) {
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
