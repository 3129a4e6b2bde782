// Internal: the token stream that every recognizer reads. One pass over the
// normalized text splits it into runs of ASCII digits, runs of letters, and
// single other characters; "14.3bn" is the five tokens 14 . 3 bn — numerals
// are composed by the number parser, which keeps the tokenizer trivial.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::detail {

enum class TokenType : std::uint8_t { digits, word, symbol };

struct Token {
  std::uint32_t start = 0;  // byte offsets into the normalized text
  std::uint32_t end = 0;
  TokenType type = TokenType::symbol;
  bool space_before = false;    // whitespace between the previous token and this one
  bool newline_before = false;  // a line break among that whitespace
};

class TokenStream {
 public:
  explicit TokenStream(std::string_view normalized_text);

  std::size_t size() const noexcept { return tokens_.size(); }
  const Token& operator[](std::size_t i) const noexcept { return tokens_[i]; }
  const std::vector<Token>& tokens() const noexcept { return tokens_; }
  std::string_view source() const noexcept { return text_; }

  // The accessors are inline: the recognizers call them at every step, and a
  // call into another translation unit costs more than the test itself.

  /// The token's bytes, as written / with ASCII letters lower-cased.
  std::string_view text(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    return {text_.data() + t.start, t.end - t.start};
  }
  std::string_view lower(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    return {lower_.data() + t.start, t.end - t.start};
  }
  /// The first eight bytes of lower(i) as one integer, zero past the token's
  /// end, byte 0 lowest: a key for tables of short words that compares in
  /// one instruction.
  std::uint64_t lower_key(std::size_t i) const noexcept {
    const Token& t = tokens_[i];
    const std::size_t n = std::min<std::size_t>(t.end - t.start, kKeyBytes);
    std::uint64_t key = 0;
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(&key, lower_.data() + t.start, kKeyBytes);
      if (n < kKeyBytes) key &= (std::uint64_t{1} << (8 * n)) - 1;
    } else {
      for (std::size_t k = 0; k < n; ++k) {
        key |= std::uint64_t{static_cast<unsigned char>(lower_[t.start + k])} << (8 * k);
      }
    }
    return key;
  }

  // Bounds-checked tests, false past the end.
  bool is_digits(std::size_t i) const noexcept {
    return i < tokens_.size() && tokens_[i].type == TokenType::digits;
  }
  bool is_word(std::size_t i) const noexcept {
    return i < tokens_.size() && tokens_[i].type == TokenType::word;
  }
  bool is_symbol(std::size_t i, char c) const noexcept {
    return i < tokens_.size() && tokens_[i].type == TokenType::symbol &&
           tokens_[i].end - tokens_[i].start == 1 && text_[tokens_[i].start] == c;
  }
  /// The lower-cased token equals `word`.
  /// (A loop, not memcmp: the words are short literals, and once inlined the
  /// loop unrolls into a few byte compares instead of a library call.)
  bool is(std::size_t i, std::string_view word) const noexcept {
    if (i >= tokens_.size() || tokens_[i].end - tokens_[i].start != word.size()) return false;
    const char* p = lower_.data() + tokens_[i].start;
    for (std::size_t k = 0; k < word.size(); ++k) {
      if (p[k] != word[k]) return false;
    }
    return true;
  }
  /// Token i follows token i-1 with no space between.
  bool attached(std::size_t i) const noexcept {
    return i < tokens_.size() && i > 0 && !tokens_[i].space_before;
  }

 private:
  static constexpr std::size_t kKeyBytes = 8;
  std::string_view text_;
  std::string lower_;  // the text lower-cased, then kKeyBytes NUL bytes (see lower_key)
  std::vector<Token> tokens_;
};

}  // namespace claimcheck::detail
