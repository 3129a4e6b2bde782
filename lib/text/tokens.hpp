// Internal: the token stream that every recognizer reads. One pass over the
// normalized text splits it into runs of ASCII digits, runs of letters, and
// single other characters; "14.3bn" is the five tokens 14 . 3 bn — numerals
// are composed by the number parser, which keeps the tokenizer trivial.
#pragma once

#include <cstddef>
#include <cstdint>
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

  /// The token's bytes, as written / with ASCII letters lower-cased.
  std::string_view text(std::size_t i) const noexcept;
  std::string_view lower(std::size_t i) const noexcept;

  // Bounds-checked tests, false past the end.
  bool is_digits(std::size_t i) const noexcept;
  bool is_word(std::size_t i) const noexcept;
  bool is_symbol(std::size_t i, char c) const noexcept;
  /// The lower-cased token equals `word`.
  bool is(std::size_t i, std::string_view word) const noexcept;
  /// Token i follows token i-1 with no space between.
  bool attached(std::size_t i) const noexcept;

 private:
  std::string_view text_;
  std::string lower_;
  std::vector<Token> tokens_;
};

}  // namespace claimcheck::detail
