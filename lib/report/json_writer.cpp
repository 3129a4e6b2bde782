#include "report/json_writer.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include <boost/json.hpp>

#include "claimcheck/document.hpp"

namespace claimcheck::detail {
namespace {

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
  // Nearly every string is plain ASCII and is copied as it is; any other
  // goes through Boost.JSON's own escaping, after invalid UTF-8 is repaired.
  const bool plain = std::all_of(text.begin(), text.end(),
                                 [](char c) { return kPlainByte[static_cast<unsigned char>(c)]; });
  if (plain) {
    out_ += '"';
    out_ += text;
    out_ += '"';
  } else {
    out_ += boost::json::serialize(boost::json::string_view(repair_utf8(text)));
  }
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
