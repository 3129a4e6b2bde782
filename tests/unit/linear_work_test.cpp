// Extraction must do work linear in the text's length, whatever its shape:
// these tests count pattern attempts (ExtractResult::work) on inputs of size
// n and 4n made of the worst shapes and assert the growth is at most linear.
#include <gtest/gtest.h>

#include "claimcheck/extract.hpp"

namespace claimcheck {
namespace {

std::string repeat(std::string_view unit, std::size_t times) {
  std::string s;
  s.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) s += unit;
  return s;
}

std::size_t work_for(const std::string& text) {
  ExtractOptions options;
  options.reference_date = parse_iso_date("2025-08-30");
  options.work_per_byte = 1u << 20;  // measure, do not cut
  const ExtractResult r = extract(prepare(text), options);
  EXPECT_FALSE(r.partial);
  return r.work;
}

class LinearWork : public ::testing::TestWithParam<std::string_view> {};

TEST_P(LinearWork, FourTimesTheInputIsAtMostFourTimesTheWork) {
  const std::size_t n = 2000;
  const std::size_t small = work_for(repeat(GetParam(), n));
  const std::size_t large = work_for(repeat(GetParam(), 4 * n));
  EXPECT_GT(small, 0u);
  // 4× plus a little slack for constant start-up work.
  EXPECT_LE(large, 4 * small + 4 * n) << "work " << small << " -> " << large;
}

INSTANTIATE_TEST_SUITE_P(WorstShapes, LinearWork,
                         ::testing::Values("1,2", "1,234,", "1 234 ", "$    ", "$ 1 - ", "January ",
                                           "June 2025 ", "[[2]", "((", "0.1.2.", "one hundred and ",
                                           "twenty-", "-", "%", "1/2/3/", "Q3 H2 ",
                                           "last year next ", "between $1 and ", "1e1e1e",
                                           "9999999999999999999 "));

TEST(WorkBound, HittingTheBoundIsReportedNotSilent) {
  ExtractOptions options;
  options.work_per_byte = 0;  // the floor of 4096 attempts still applies
  const ExtractResult r = extract(prepare(repeat("$1 and 2% and 3 ", 5000)), options);
  EXPECT_TRUE(r.partial);
  ASSERT_FALSE(r.warnings.empty());
  EXPECT_NE(r.warnings.front().find("work bound"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck
