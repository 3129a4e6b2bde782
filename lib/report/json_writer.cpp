#include "report/json_writer.hpp"

#include <array>
#include <charconv>

#include <fmt/format.h>
#include <unicode/utf8.h>
#include <boost/json.hpp>

namespace claimcheck::detail {
namespace {

// The escape of an ASCII byte, as Boost.JSON writes it: a letter after a
// backslash, 'u' for \u00XX, or 0 for none.
constexpr char escape_of(unsigned char c) {
  switch (c) {
    case '"':
      return '"';
    case '\\':
      return '\\';
    case '\b':
      return 'b';
    case '\f':
      return 'f';
    case '\n':
      return 'n';
    case '\r':
      return 'r';
    case '\t':
      return 't';
    default:
      return c < 0x20 ? 'u' : 0;
  }
}

// Bytes copied as they are: ASCII but for controls, quote and backslash.
constexpr std::array<bool, 256> make_plain_bytes() {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x80; ++b) plain[b] = b != '"' && b != '\\';
  return plain;
}
constexpr std::array<bool, 256> kPlainByte = make_plain_bytes();

}  // namespace

void JsonWriter::separate() {
  if (after_value_) out_ += ',';
  after_value_ = true;
}

JsonWriter& JsonWriter::open(char c) {
  separate();
  out_ += c;
  after_value_ = false;
  return *this;
}

JsonWriter& JsonWriter::close(char c) {
  out_ += c;
  after_value_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
  string(name);
  out_ += ':';
  after_value_ = false;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
  separate();
  out_ += '"';
  const auto* b = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    if (b[i] < 0x80) {
      // A run of bytes that need no escape, copied at once.
      while (i < length && kPlainByte[b[i]]) ++i;
      out_.append(text.data() + start, static_cast<std::size_t>(i - start));
      if (i < length && b[i] < 0x80) {
        const char e = escape_of(b[i]);
        if (e == 'u') {
          fmt::format_to(std::back_inserter(out_), "\\u{:04x}", b[i]);
        } else {
          out_ += '\\';
          out_ += e;
        }
        ++i;
      }
      continue;
    }
    UChar32 c = 0;
    U8_NEXT(b, i, length, c);
    if (c < 0) {
      out_ += "\xEF\xBF\xBD";
    } else {
      out_.append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  out_ += '"';
  return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t v) {
  separate();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  out_.append(digits, end);
  return *this;
}

JsonWriter& JsonWriter::real(double v) {
  separate();
  out_ += boost::json::serialize(boost::json::value(v));  // Boost.JSON's digits
  return *this;
}

JsonWriter& JsonWriter::boolean(bool v) {
  separate();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  separate();
  out_ += "null";
  return *this;
}

}  // namespace claimcheck::detail
