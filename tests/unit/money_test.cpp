#include <gtest/gtest.h>

#include "claimcheck/extract.hpp"
#include "test_support.hpp"

namespace claimcheck {
namespace {

std::vector<Mention> money_in(std::string_view text) {
  return testing::mentions_of(Kind::money, text);
}

using testing::dec;

struct MoneyCase {
  const char* text;
  const char* span;
  const char* value;
  const char* currency;
};

void PrintTo(const MoneyCase& c, std::ostream* os) {
  *os << c.text;
}

class MoneyForms : public ::testing::TestWithParam<MoneyCase> {};

TEST_P(MoneyForms, SpanValueAndCurrency) {
  const MoneyCase& c = GetParam();
  const auto found = money_in(c.text);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].text, c.span) << c.text;
  const Money& m = std::get<Money>(found[0].value);
  EXPECT_EQ(m.amount, dec(c.value)) << c.text << " gave " << m.amount.to_string();
  EXPECT_EQ(m.currency, c.currency) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, MoneyForms,
    ::testing::Values(
        MoneyCase{"Meta paid $14.3 billion.", "$14.3 billion", "14.3e9", "$"},
        MoneyCase{"Meta paid $14.3B for it.", "$14.3B", "14.3e9", "$"},
        MoneyCase{"a deal of US$44 billion", "US$44 billion", "44e9", "USD"},
        MoneyCase{"a deal of $32 billion US", "$32 billion US", "32e9", "USD"},
        MoneyCase{"the C$300 million charge", "C$300 million", "300e6", "CAD"},
        MoneyCase{"a fine of €2.95bn", "€2.95bn", "2.95e9", "EUR"},
        MoneyCase{"a £50m fee", "£50m", "50e6", "£"},
        MoneyCase{"USD 200 in cash", "USD 200", "200", "USD"},
        MoneyCase{"they paid 420 million finnish markka", "420 million finnish markka", "420e6",
                  "FIM"},
        MoneyCase{"worth fourteen billion dollars", "fourteen billion dollars", "14e9", "$"},
        MoneyCase{"costs 5,000 rupees", "5,000 rupees", "5000", "INR"},
        MoneyCase{"costs ₹2 crore", "₹2 crore", "2e7", "INR"},
        MoneyCase{"a 1,783.9million dollar loss", "1,783.9million dollar", "1783.9e6", "$"},
        MoneyCase{"it only cost thirteen dollars and forty-five cents",
                  "thirteen dollars and forty-five cents", "13.45", "$"},
        MoneyCase{"an offer of 245p a share", "245p", "2.45", "GBP"},
        MoneyCase{"Corrib will pay 245 pence in cash", "245 pence", "2.45", "GBP"}));

TEST(Money, ALetterForPenceMustBeJoinedToTheNumber) {
  EXPECT_TRUE(money_in("see page 245 p of the filing").empty());
  const auto found = money_in("a dividend of 4.2p");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].interval.low, dec("0.0415"));
  EXPECT_EQ(found[0].interval.high, dec("0.0425"));
}

TEST(Money, TwoCurrenciesInOneBreathAreTwoMentions) {
  const auto found = money_in("a fine of €2.95bn (£2.5bn) was imposed");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(std::get<Money>(found[0].value).currency, "EUR");
  EXPECT_EQ(std::get<Money>(found[1].value).currency, "£");
  EXPECT_EQ(std::get<Money>(found[1].value).amount, dec("2.5e9"));
}

TEST(Money, StatedPrecisionIsTheInterval) {
  const auto found = money_in("Meta paid $14.3 billion.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(*found[0].interval.low, dec("14.25e9"));
  EXPECT_EQ(*found[0].interval.high, dec("14.35e9"));
  EXPECT_FALSE(found[0].approx);
}

TEST(Money, QualifiersBendTheInterval) {
  const auto more = money_in("valued at more than $29 billion");
  ASSERT_EQ(more.size(), 1u);
  EXPECT_EQ(more[0].text, "$29 billion");  // the qualifier is not part of the span
  EXPECT_EQ(more[0].bound, Bound::min);
  EXPECT_FALSE(more[0].interval.high.has_value());
  const auto about = money_in("about $35 million");
  ASSERT_EQ(about.size(), 1u);
  EXPECT_TRUE(about[0].approx);
  EXPECT_TRUE(about[0].interval.contains(dec("33e6")));
  const auto upto = money_in("up to $500 million");
  ASSERT_EQ(upto.size(), 1u);
  EXPECT_EQ(upto[0].bound, Bound::max);
  EXPECT_FALSE(upto[0].interval.low.has_value());
  const auto nearly = money_in("nearly $15 billion");
  ASSERT_EQ(nearly.size(), 1u);
  EXPECT_TRUE(nearly[0].interval.contains(dec("14.8e9")));
  EXPECT_FALSE(nearly[0].interval.contains(dec("15.6e9")));
}

TEST(Money, RangesKeepBothEnds) {
  const auto dash = money_in("a $50-60 million round");
  ASSERT_EQ(dash.size(), 1u);
  EXPECT_TRUE(dash[0].range);
  EXPECT_EQ(std::get<Money>(dash[0].value).amount, dec("50e6"));
  // Round figures allow a quarter unit of their last non-zero digit
  // (stated_precision): "50" is 47.5-52.5 and "60" 57.5-62.5.
  EXPECT_EQ(*dash[0].interval.low, dec("47.5e6"));
  EXPECT_EQ(*dash[0].interval.high, dec("62.5e6"));
  const auto decimal_end = money_in("a $50-60.5 million round");
  ASSERT_EQ(decimal_end.size(), 1u);
  EXPECT_EQ(*decimal_end[0].interval.high, dec("60.55e6"));
  const auto between = money_in("between $1 and $2 billion");
  ASSERT_EQ(between.size(), 1u);
  EXPECT_EQ(std::get<Money>(between[0].value).amount, dec("1e9"));
  EXPECT_EQ(*between[0].interval.high, dec("2.5e9"));
}

TEST(Money, AbsurdAmountIsOutOfRangeNotOverflowed) {
  const auto found = money_in("a fine of $999999999999999999999 trillion");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].ok());
  EXPECT_NE(found[0].problem.find("out of range"), std::string::npos);
}

TEST(Money, ArticleAndPossessiveAreNoCurrencyPrefix) {
  const auto a = money_in("Meta made a $143 investment");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(std::get<Money>(a[0].value).currency, "$");
  const auto s = money_in("Meta's $143 investment");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].text, "$143");
}

TEST(Money, OffsetsPointAtTheOriginalBytesAfterMultibyteText) {
  const std::string text = "Zürich’s café paid\u00a0€1.2\u00a0million.";
  const auto found = money_in(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), found[0].text);
  EXPECT_EQ(found[0].text, "€1.2\u00a0million");
}

}  // namespace
}  // namespace claimcheck
