// Internal: a JSON writer that appends straight to a string, for the output
// written once per mention (the extract listing): building a DOM to
// serialize it cost more than finding the mentions. Its bytes are those
// Boost.JSON's serializer writes for the same values, so every writer of
// the project prints a value the same way.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::detail {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  /// A member's name; the next call writes its value.
  JsonWriter& key(std::string_view name);

  /// Text as a JSON string; invalid UTF-8 is replaced by U+FFFD.
  JsonWriter& string(std::string_view text);
  JsonWriter& integer(std::int64_t v);
  JsonWriter& real(double v);
  JsonWriter& boolean(bool v);
  JsonWriter& null();

 private:
  JsonWriter& open(char c);
  JsonWriter& close(char c);
  void separate();  // a comma before any but the first value of a container

  std::string& out_;
  bool after_value_ = false;
};

}  // namespace claimcheck::detail
