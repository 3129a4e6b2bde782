#include <gtest/gtest.h>

#include "claimcheck/extract.hpp"
#include "test_support.hpp"

namespace claimcheck {
namespace {

std::vector<Mention> percent_in(std::string_view text) {
  return testing::mentions_of(Kind::percent, text);
}

using testing::dec;

struct PercentCase {
  const char* text;
  const char* span;
  const char* value;
  PercentUnit unit;
  bool change;
};

void PrintTo(const PercentCase& c, std::ostream* os) {
  *os << c.text;
}

class PercentForms : public ::testing::TestWithParam<PercentCase> {};

TEST_P(PercentForms, SpanValueUnitAndChange) {
  const PercentCase& c = GetParam();
  const auto found = percent_in(c.text);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].text, c.span) << c.text;
  const Percent& p = std::get<Percent>(found[0].value);
  EXPECT_EQ(p.value, dec(c.value)) << c.text << " gave " << p.value.to_string();
  EXPECT_EQ(p.unit, c.unit) << c.text;
  EXPECT_EQ(p.change, c.change) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, PercentForms,
    ::testing::Values(
        PercentCase{"Meta bought a 49% stake", "49%", "49", PercentUnit::percent, false},
        PercentCase{"inflation of 3.5 percent", "3.5 percent", "3.5", PercentUnit::percent, false},
        PercentCase{"a 12 per cent share", "12 per cent", "12", PercentUnit::percent, false},
        PercentCase{"shares rose 4%", "4%", "4", PercentUnit::percent, true},
        PercentCase{"revenue dropped 2% in May", "2%", "-2", PercentUnit::percent, true},
        PercentCase{"Bitcoin is grinding +0.72% today", "+0.72%", "0.72", PercentUnit::percent,
                    true},
        PercentCase{"the Fed cut rates by 25 basis points", "25 basis points", "-25",
                    PercentUnit::basis_point, true},
        PercentCase{"a 25 bps cut", "25 bps", "-25", PercentUnit::basis_point, true},
        PercentCase{"unemployment fell 0.5 percentage points", "0.5 percentage points", "-0.5",
                    PercentUnit::percentage_point, true},
        PercentCase{"yields fell 0.5 points", "0.5 points", "-0.5", PercentUnit::percentage_point,
                    true},
        PercentCase{"it rose to 4%", "4%", "4", PercentUnit::percent, false},
        PercentCase{"twenty percent of voters", "twenty percent", "20", PercentUnit::percent,
                    false},
        PercentCase{"half of the board", "half", "50", PercentUnit::percent, false},
        // A fraction of one unit is that much of the unit, not a share.
        PercentCase{"it cut the rate by a quarter of a percentage point",
                    "a quarter of a percentage point", "-0.25", PercentUnit::percentage_point,
                    true},
        PercentCase{"a rise of one-half of one per cent", "one-half of one per cent", "0.5",
                    PercentUnit::percent, false}));

TEST(Percent, RangesKeepBothEnds) {
  const auto found = percent_in("the target range is 3.50%-3.75% now");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].range);
  EXPECT_EQ(std::get<Percent>(found[0].value).value, dec("3.50"));
  EXPECT_EQ(*found[0].interval.low, dec("3.495"));
  EXPECT_EQ(*found[0].interval.high, dec("3.755"));
  const auto once = percent_in("a range of 4.25-4.5% is expected");
  ASSERT_EQ(once.size(), 1u);
  EXPECT_TRUE(once[0].range);
}

TEST(Percent, StatedPrecisionAndQualifiers) {
  const auto exact = percent_in("a 49% stake");
  EXPECT_EQ(*exact[0].interval.low, dec("48.5"));
  const auto upto = percent_in("up to 49% of the shares");
  ASSERT_EQ(upto.size(), 1u);
  EXPECT_EQ(upto[0].bound, Bound::max);
  EXPECT_FALSE(std::get<Percent>(upto[0].value).change);  // "up to" is no rise
}

TEST(Percent, PointsWithoutAChangeAreNoPercentage) {
  EXPECT_TRUE(percent_in("she scored 20 points in the game").empty());
}

// "down from 3.3%" names the earlier level, not a fall of 3.3 points.
TEST(Percent, AChangeWordBeforeFromGivesTheEarlierLevel) {
  const auto found = percent_in("Prices rose 3.1% in April, down from 3.3% in March.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(std::get<Percent>(found[0].value).change);
  EXPECT_FALSE(std::get<Percent>(found[1].value).change);
  EXPECT_EQ(std::get<Percent>(found[1].value).value, dec("3.3"));
  const auto about = percent_in("The rate was up from about 3% a year earlier.");
  ASSERT_EQ(about.size(), 1u);
  EXPECT_FALSE(std::get<Percent>(about[0].value).change);
}

// Found by fuzzing: values that are out of range in every form. Zero times
// 10^400 is zero, but its stated precision (±0.5 × 10^400) cannot be
// represented; "percent of" may come before an absurd number too.
TEST(Percent, AbsurdValuesAreOutOfRangeInEveryForm) {
  for (const std::string& text :
       {std::string("0e400 percent"), "percent of " + std::string(120, '4')}) {
    const auto found = percent_in(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_FALSE(found[0].ok()) << text;
    EXPECT_NE(found[0].problem.find("out of range"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace claimcheck
