// parse_quantity: one amount written alone, perhaps after its qualifier.
#include <gtest/gtest.h>

#include "claimcheck/extract.hpp"
#include "test_support.hpp"

namespace claimcheck {
namespace {

using testing::dec;

TEST(ParseQuantity, ReadsOneAmountAlone) {
  const auto m = parse_quantity("$14.3B");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->kind, Kind::money);
  EXPECT_EQ(std::get<Money>(m->value).amount, dec("14.3e9"));
  EXPECT_EQ(*m->interval.low, dec("14.25e9"));
  EXPECT_TRUE(parse_quantity("  49%  ").has_value());
}

TEST(ParseQuantity, AQualifierBeforeTheAmountBendsItsInterval) {
  const auto about = parse_quantity("about 49%");
  ASSERT_TRUE(about.has_value());
  EXPECT_EQ(about->text, "49%");  // the span, as in running text
  EXPECT_TRUE(about->approx);
  EXPECT_LT(*about->interval.low, dec("48.5"));
  const auto more = parse_quantity("more than 200");
  ASSERT_TRUE(more.has_value());
  EXPECT_EQ(more->bound, Bound::min);
  EXPECT_FALSE(more->interval.high.has_value());
}

TEST(ParseQuantity, OtherWordsAroundTheAmountAreNoSingleAmount) {
  EXPECT_FALSE(parse_quantity("Meta paid about 49%").has_value());
  EXPECT_FALSE(parse_quantity("paid 49%").has_value());
  EXPECT_FALSE(parse_quantity("49% stake").has_value());
  EXPECT_FALSE(parse_quantity("Llama 4").has_value());
  EXPECT_FALSE(parse_quantity("").has_value());
  // A range's opening word is part of how it reads: its span alone
  // ("$1 and $2 billion") is no single amount, so neither is the whole.
  EXPECT_FALSE(parse_quantity("between $1 and $2 billion").has_value());
}

}  // namespace
}  // namespace claimcheck
