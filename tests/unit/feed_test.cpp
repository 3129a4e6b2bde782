#include "claimcheck/feed.hpp"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

TEST(Feed, ReadsADocumentLine) {
  const InputDocument d = parse_feed_line(
      R"({"id":"tc-1","text":"Meta paid $14.3 billion.","source":"Wire","published":"2025-08-30"})",
      1, "feed.jsonl");
  EXPECT_FALSE(d.rejected) << d.reason;
  EXPECT_EQ(d.doc.id, "tc-1");
  EXPECT_EQ(d.doc.source, "Wire");
  ASSERT_TRUE(d.doc.published.has_value());
  EXPECT_EQ(format_iso_date(*d.doc.published), "2025-08-30");
}

TEST(Feed, ReadsATestCaseLine) {
  const InputDocument d =
      parse_feed_line(R"({"id":"rt-1","input":"$20","ref":"2016-11-07"})", 3, "x");
  EXPECT_FALSE(d.rejected);
  EXPECT_EQ(d.doc.text, "$20");
  EXPECT_TRUE(d.doc.published.has_value());
}

TEST(Feed, MalformedLineIsRejectedWithItsLineNumber) {
  const InputDocument d = parse_feed_line("{not json", 7, "feed.jsonl");
  EXPECT_TRUE(d.rejected);
  EXPECT_NE(d.reason.find("line 7"), std::string::npos) << d.reason;
  const InputDocument no_text = parse_feed_line(R"({"id":"a"})", 8, "feed.jsonl");
  EXPECT_TRUE(no_text.rejected);
  EXPECT_NE(no_text.reason.find("line 8"), std::string::npos);
}

// The common line takes a fast reader; the others (numbers, nesting,
// repeated keys, escapes) must still read as the JSON says.
TEST(Feed, UncommonLinesReadAsTheirJsonSays) {
  const InputDocument numeric_id = parse_feed_line(R"({"id":12,"text":"x 5"})", 1, "f");
  EXPECT_EQ(numeric_id.doc.id, "12");
  const InputDocument nested =
      parse_feed_line(R"({"tags":["a",{"b":[1]}],"text":"x 5","n":null})", 2, "f");
  EXPECT_FALSE(nested.rejected) << nested.reason;
  EXPECT_EQ(nested.doc.text, "x 5");
  const InputDocument escaped =
      parse_feed_line(R"({"te\u0078t":"caf\u00e9\n\"5\"","id":"e"})", 3, "f");
  EXPECT_EQ(escaped.doc.text, "caf\u00e9\n\"5\"");
  const InputDocument empty_published =
      parse_feed_line(R"({"text":"x 5","published":"","ref":"2016-11-07"})", 4, "f");
  ASSERT_TRUE(empty_published.doc.published.has_value());
  EXPECT_EQ(format_iso_date(*empty_published.doc.published), "2016-11-07");
  const InputDocument repeated = parse_feed_line(R"({"text":"first 1","text":"second 2"})", 5, "f");
  EXPECT_FALSE(repeated.rejected) << repeated.reason;
  EXPECT_EQ(repeated.doc.text, "second 2");  // Boost.JSON keeps the last
  const InputDocument trailing = parse_feed_line(R"({"text":"x 5"} {"text":"y"})", 6, "f");
  EXPECT_TRUE(trailing.rejected);
  EXPECT_NE(trailing.reason.find("line 6"), std::string::npos);
  const InputDocument number_text = parse_feed_line(R"({"text":5})", 7, "f");
  EXPECT_TRUE(number_text.rejected);
  const InputDocument array_line = parse_feed_line(R"(["text","x 5"])", 8, "f");
  EXPECT_TRUE(array_line.rejected);
  const InputDocument bad_utf8 = parse_feed_line("{\"text\":\"x \xFF 5\"}", 9, "f");
  EXPECT_TRUE(bad_utf8.rejected);
}

TEST(Feed, BadPublishedDateIsAWarningNotARejection) {
  const InputDocument d =
      parse_feed_line(R"({"id":"a","text":"x 5","published":"2025-02-30"})", 1, "f");
  EXPECT_FALSE(d.rejected);
  EXPECT_FALSE(d.doc.published.has_value());
  EXPECT_EQ(d.warnings.size(), 1u);
}

TEST(Feed, EmptyAndBinaryDocumentsAreRejected) {
  EXPECT_TRUE(text_document("e", "  \n ", "e").rejected);
  const InputDocument bin = text_document("b", std::string(100, '\0') + "abc", "b");
  EXPECT_TRUE(bin.rejected);
  EXPECT_EQ(bin.reason.rfind("binary", 0), 0u) << bin.reason;
  EXPECT_FALSE(text_document("t", "Meta paid $14.3 billion.", "t").rejected);
}

TEST(Feed, MetadataHeaderIsReadAndSkipped) {
  const std::string text = "# source: Wire\n# published: 2025-08-30\n\nMeta paid $5.";
  const InputDocument d = text_document("a.txt", text, "a.txt");
  EXPECT_EQ(d.doc.source, "Wire");
  EXPECT_TRUE(d.doc.published.has_value());
  EXPECT_EQ(d.body_offset, text.find("Meta"));
  EXPECT_EQ(d.doc.text, text);  // positions count from the file's first byte
}

TEST(Feed, MissingPathIsAnError) {
  const ReadError e = read_input("/nonexistent/claimcheck/file.txt", [](InputDocument) {});
  EXPECT_TRUE(static_cast<bool>(e));
}

}  // namespace
}  // namespace claimcheck
