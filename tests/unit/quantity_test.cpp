#include "claimcheck/quantity.hpp"

#include <gtest/gtest.h>
#include "test_support.hpp"

namespace claimcheck {
namespace {

using testing::dec;

TEST(Decimal, ParsesPlainNotationExactly) {
  EXPECT_EQ(dec("14.3").coefficient(), 143);
  EXPECT_EQ(dec("14.3").exponent(), -1);
  EXPECT_EQ(dec("14.3").to_string(), "14.3");
  EXPECT_EQ(dec(".23456000").to_string(), "0.23456");
  EXPECT_EQ(dec("1e10").to_string(), "10000000000");
  EXPECT_EQ(dec("12.32e+14").to_string(), "1232000000000000");
  EXPECT_EQ(dec("-0.5").to_string(), "-0.5");
  EXPECT_FALSE(Decimal::parse("abc").has_value());
  EXPECT_FALSE(Decimal::parse("1.2.3").has_value());
  EXPECT_FALSE(Decimal::parse("").has_value());
}

TEST(Decimal, TooManyDigitsIsOutOfRangeNotRounded) {
  const Decimal d = dec("999999999999999999999999999");
  EXPECT_FALSE(d.ok());
  EXPECT_FALSE(dec("1e400").ok());
  EXPECT_TRUE(dec("100000000000000000000000000").ok());  // one digit and zeros is exact
  EXPECT_FALSE(dec("1").shifted(400).ok());
}

TEST(Decimal, ComparesAcrossExponents) {
  EXPECT_EQ(dec("14.30"), dec("14.3"));
  EXPECT_LT(dec("14.25"), dec("14.3"));
  EXPECT_LT(dec("-2"), dec("1"));
  EXPECT_LT(dec("-2"), dec("-1.5"));
  EXPECT_GT(dec("1e10"), dec("9999999999"));
  EXPECT_EQ(dec("14.3").shifted(9), dec("14300000000"));
}

TEST(Decimal, ArithmeticIsExactOrOutOfRange) {
  EXPECT_EQ(dec("14.3").plus(dec("0.05")), dec("14.35"));
  EXPECT_EQ(dec("1.5").times(12), dec("18"));
  EXPECT_FALSE(dec("999999999999999999").times(10).ok() &&
               dec("999999999999999999").times(10) != dec("9999999999999999990"));
  EXPECT_FALSE(dec("999999999999999999").times(999).ok());
  EXPECT_EQ(Decimal::from_double(2.0 / 3.0, 6), dec("0.666667"));
}

TEST(StatedPrecision, HalfAUnitInTheLastDigit) {
  const Interval i = stated_precision(dec("14.3").shifted(9));
  EXPECT_EQ(*i.low, dec("14.25e9"));
  EXPECT_EQ(*i.high, dec("14.35e9"));
  // A round figure: a quarter unit of its last non-zero digit.
  const Interval j = stated_precision(dec("150"));
  EXPECT_EQ(*j.low, dec("147.5"));
  EXPECT_EQ(*j.high, dec("152.5"));
  EXPECT_TRUE(j.contains(dec("152")));
  EXPECT_FALSE(stated_precision(dec("30")).overlaps(stated_precision(dec("25"))));
  EXPECT_TRUE(stated_precision(dec("300")).overlaps(stated_precision(dec("320"))));
  EXPECT_FALSE(stated_precision(dec("300")).overlaps(stated_precision(dec("350"))));
  // Zeros after a decimal point are written digits: "14.30" is 14.295–14.305.
  EXPECT_EQ(*stated_precision(dec("14.30")).high, dec("14.305"));
  const Interval k = stated_precision(dec("3.50"));
  EXPECT_EQ(*k.low, dec("3.495"));
  EXPECT_EQ(*k.high, dec("3.505"));
}

TEST(StatedPrecision, ConflictingValuesDoNotOverlap) {
  EXPECT_FALSE(stated_precision(dec("14.3")).overlaps(stated_precision(dec("14.8"))));
  EXPECT_TRUE(stated_precision(dec("14.3")).overlaps(stated_precision(dec("14.30"))));
}

TEST(Qualified, QualifiersBendTheInterval) {
  const Decimal v = dec("29");
  const Interval more = qualified(stated_precision(v), v, Qualifier::min);
  EXPECT_EQ(*more.low, v);
  EXPECT_FALSE(more.high.has_value());
  EXPECT_TRUE(more.contains(dec("29.1")));
  const Interval upto = qualified(stated_precision(v), v, Qualifier::max);
  EXPECT_FALSE(upto.low.has_value());
  const Interval nearly = qualified(stated_precision(dec("15")), dec("15"), Qualifier::nearly);
  EXPECT_TRUE(nearly.contains(dec("14.8")));
  EXPECT_FALSE(nearly.contains(dec("15.6")));
  const Interval about = qualified(stated_precision(dec("15")), dec("15"), Qualifier::approx);
  EXPECT_TRUE(about.contains(dec("14")));
  EXPECT_TRUE(about.contains(dec("16")));
}

}  // namespace
}  // namespace claimcheck
