#include "text/tokens.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace claimcheck::detail {
namespace {

bool is_ascii_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_alpha(unsigned char c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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

}  // namespace

TokenStream::TokenStream(std::string_view text) : text_(text), lower_(text) {
  for (char& c : lower_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  tokens_.reserve(text.size() / 4);
  bool space = false, newline = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c)) {
      space = true;
      newline = newline || c == '\n' || c == '\r';
      ++i;
      continue;
    }
    Token t;
    t.start = static_cast<std::uint32_t>(i);
    t.space_before = space;
    t.newline_before = newline;
    if (is_ascii_digit(c)) {
      t.type = TokenType::digits;
      while (i < text.size() && is_ascii_digit(static_cast<unsigned char>(text[i]))) ++i;
    } else if (is_ascii_alpha(c) || c >= 0x80) {
      std::size_t length = 1;
      const UChar32 cp = c < 0x80 ? c : code_point_at(text, i, length);
      if (c < 0x80 || u_isalpha(cp)) {
        t.type = TokenType::word;
        i += length;
        while (i < text.size()) {
          const auto d = static_cast<unsigned char>(text[i]);
          if (is_ascii_alpha(d)) {
            ++i;
          } else if (d >= 0x80 && u_isalpha(code_point_at(text, i, length))) {
            i += length;
          } else {
            break;
          }
        }
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
