// ExtractStream: documents extracted on several threads come out in input
// order, with the same results as in one thread.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/report.hpp"
#include "claimcheck/stream.hpp"

namespace claimcheck {
namespace {

std::vector<std::string> run(std::size_t jobs, std::size_t documents) {
  std::vector<std::string> out;
  ExtractStream stream(
      {}, jobs,
      [](const InputDocument& in, const ExtractResult* found, const PreparedText*) {
        return mentions_jsonl(in, found);
      },
      [&](std::string line) { out.push_back(std::move(line)); });
  for (std::size_t i = 0; i < documents; ++i) {
    // Sizes vary so that workers finish out of order.
    std::string text = "Doc " + std::to_string(i) + " paid $" + std::to_string(i) + " million";
    for (std::size_t k = 0; k < (i * 7) % 50; ++k) text += ", and 3% more on June 4, 2025";
    stream.add(text_document("d" + std::to_string(i), text + ".", "test"));
  }
  stream.add(text_document("empty", "", "test"));  // rejected: rendered without a result
  stream.finish();
  return out;
}

TEST(ExtractStream, ManyThreadsKeepInputOrderAndResults) {
  const auto one = run(1, 200);
  ASSERT_EQ(one.size(), 201u);
  for (std::size_t i = 0; i < 200; ++i) {
    EXPECT_NE(one[i].find("\"id\":\"d" + std::to_string(i) + "\""), std::string::npos) << i;
  }
  EXPECT_NE(one.back().find("\"id\":\"empty\""), std::string::npos);
  EXPECT_EQ(run(3, 200), one);
}

TEST(ExtractStream, PublishedDateIsTheReference) {
  std::vector<std::string> out;
  ExtractStream stream(
      {}, 2,
      [](const InputDocument& in, const ExtractResult* found, const PreparedText*) {
        return mentions_jsonl(in, found);
      },
      [&](std::string line) { out.push_back(std::move(line)); });
  InputDocument d = text_document("a", "# published: 2025-08-30\n\nIt rose last year.", "test");
  stream.add(std::move(d));
  stream.finish();
  ASSERT_EQ(out.size(), 1u);
  EXPECT_NE(out[0].find("\"value\":\"2024\""), std::string::npos) << out[0];
}

}  // namespace
}  // namespace claimcheck
