// CheckOptions::on_progress: one call per document, in input order, with
// running totals that end at the report's own counts.
#include <gtest/gtest.h>

#include <vector>

#include "claimcheck/check.hpp"

namespace claimcheck {
namespace {

class Progress : public ::testing::TestWithParam<std::size_t> {};

TEST_P(Progress, OneCallPerDocumentInOrderEndingAtTheReportTotals) {
  std::vector<CheckProgress> calls;
  CheckOptions options;
  options.jobs = GetParam();
  options.on_progress = [&calls](const CheckProgress& p) { calls.push_back(p); };
  Checker checker(std::move(options));
  checker.add(text_document("a", "Meta's $14.3 billion investment in Scale AI.", "a"));
  checker.add(text_document("empty", "", "empty"));
  checker.add(text_document("b", "Meta's $14.8 billion investment for a 49% stake.", "b"));
  checker.add(text_document("c", "No amounts here at all.", "c"));
  const Report report = checker.finish();

  ASSERT_EQ(calls.size(), 4u);
  for (std::size_t i = 0; i < calls.size(); ++i) EXPECT_EQ(calls[i].documents, i + 1);
  EXPECT_EQ(calls[0].rejected, 0u);
  EXPECT_EQ(calls[1].rejected, 1u);  // the empty document
  EXPECT_EQ(calls.back().rejected, 1u);
  for (std::size_t i = 1; i < calls.size(); ++i) EXPECT_GE(calls[i].claims, calls[i - 1].claims);
  EXPECT_GT(calls[0].claims, 0u);
  std::size_t claims_in_sources = 0;
  for (const SourceStatus& s : report.sources) claims_in_sources += s.claims;
  EXPECT_EQ(calls.back().claims, claims_in_sources);
}

INSTANTIATE_TEST_SUITE_P(Jobs, Progress, ::testing::Values(1, 2));

}  // namespace
}  // namespace claimcheck
