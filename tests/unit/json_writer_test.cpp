// The streaming JSON writer must print exactly what Boost.JSON's serializer
// prints for the same value, since both write parts of one report.
#include "report/json_writer.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <string>

namespace {

using claimcheck::detail::JsonWriter;

std::string written_string(std::string_view text) {
  std::string out;
  JsonWriter(out).string(text);
  return out;
}

TEST(JsonWriter, StringsMatchBoostSerializer) {
  const std::string samples[] = {
      "",
      "plain words",
      "quote \" and backslash \\",
      "tab\tnew line\ncarriage\rback\bfeed\f",
      std::string("nul \0 and \x01 and \x1f", 17),
      "caf\xC3\xA9 \xE2\x82\xAC"
      "14.3 \xF0\x9F\x98\x80",
      "slash / stays",
  };
  for (const auto& s : samples) {
    EXPECT_EQ(written_string(s), boost::json::serialize(boost::json::value(s))) << s;
  }
}

TEST(JsonWriter, InvalidUtf8IsReplacedAndTheOutputParses) {
  const std::string bad =
      "a\xFF"
      "b\xC3"
      "c\xE2\x82";  // stray, truncated, truncated at end
  const std::string out = written_string(bad);
  const boost::json::value parsed = boost::json::parse(out);
  EXPECT_EQ(parsed.as_string(),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c\xEF\xBF\xBD");
}

TEST(JsonWriter, NestedContainersGetTheirCommas) {
  std::string out;
  JsonWriter w(out);
  w.begin_object();
  w.key("doc").string("a.txt");
  w.key("n").integer(-42);
  w.key("x").real(14.3);
  w.key("ok").boolean(true);
  w.key("none").null();
  w.key("list").begin_array();
  w.integer(1).begin_object().end_object().begin_array().end_array().string("z");
  w.end_array();
  w.key("empty").begin_object().end_object();
  w.end_object();

  boost::json::object expected;
  expected["doc"] = "a.txt";
  expected["n"] = -42;
  expected["x"] = 14.3;
  expected["ok"] = true;
  expected["none"] = nullptr;
  expected["list"] = boost::json::array{1, boost::json::object(), boost::json::array(), "z"};
  expected["empty"] = boost::json::object();
  EXPECT_EQ(out, boost::json::serialize(expected));
}

TEST(JsonWriter, RealsUseBoostDigits) {
  for (double v : {0.0, 1.5, 0.1, 1e21, 123456789.125, -2.5e-7}) {
    std::string out;
    JsonWriter(out).real(v);
    EXPECT_EQ(out, boost::json::serialize(boost::json::value(v)));
  }
}

}  // namespace
