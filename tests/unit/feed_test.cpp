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
