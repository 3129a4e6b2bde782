// The number parser (lib/extract/numbers.cpp): numerals, number words,
// fractions, scales, signs, ordinals; exact values, stated precision, spans
// and bounded work.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "extract/numbers.hpp"
#include "test_support.hpp"

namespace claimcheck::detail {
namespace {

using claimcheck::testing::dec;

// Parses `text` from its first token (or token `at`); keeps the text alive.
struct Parsed {
  std::string text;
  TokenStream tokens;
  std::optional<NumberMatch> match;
  std::size_t work = 0;

  Parsed(std::string_view s, const NumberOptions& options, std::size_t at = 0)
      : text(s), tokens(text) {
    const ExtractOptions extract_options;
    const Scan scan{tokens, extract_options, &work};
    match = match_number(scan, at, options);
  }
  // The matched text, from the first to the last token.
  std::string span() const {
    if (!match || match->last == match->first) return "";
    const auto b = tokens[match->first].start, e = tokens[match->last - 1].end;
    return text.substr(b, e - b);
  }
};

NumberOptions money_options() {
  NumberOptions o;
  o.money_scales = true;
  return o;
}

struct NumberCase {
  const char* text;
  const char* span;
  const char* value;  // exact decimal, or a double's digits for fractions
};

void PrintTo(const NumberCase& c, std::ostream* os) {
  *os << c.text;
}

class NumberForms : public ::testing::TestWithParam<NumberCase> {};

TEST_P(NumberForms, SpanAndValue) {
  const NumberCase& c = GetParam();
  const Parsed p(c.text, NumberOptions{});
  ASSERT_TRUE(p.match) << c.text;
  EXPECT_EQ(p.span(), c.span) << c.text;
  ASSERT_TRUE(p.match->value.ok()) << c.text;
  const double want = std::strtod(c.value, nullptr);
  EXPECT_NEAR(p.match->value.to_double(), want, 1e-12 * std::max(1.0, std::abs(want)))
      << c.text << " gave " << p.match->value.to_string();
}

INSTANTIATE_TEST_SUITE_P(
    Numerals, NumberForms,
    ::testing::Values(
        NumberCase{"1,234,567.89 people", "1,234,567.89", "1234567.89"},
        NumberCase{"14,21,94,700", "14,21,94,700", "142194700"},
        NumberCase{"1,00,000 rupees", "1,00,000", "100000"},
        NumberCase{"1 234 567 and more", "1 234 567", "1234567"},
        NumberCase{"1, 234, 567", "1", "1"}, NumberCase{"1234,567", "1234", "1234"},
        NumberCase{"555 123 4567", "555", "555"}, NumberCase{".23456000", ".23456000", "0.23456"},
        NumberCase{"192.", "192", "192"}, NumberCase{"4.800", "4.800", "4.8"},
        NumberCase{"123456789101231", "123456789101231", "123456789101231"},
        NumberCase{"1e10", "1e10", "1e10"}, NumberCase{"12.32e+14", "12.32e+14", "1.232e15"},
        NumberCase{"1.3e6", "1.3e6", "1.3e6"}, NumberCase{"1.1^23", "1.1^23", "8.95430243255239"},
        NumberCase{"1.1^+23", "1.1^+23", "8.95430243255239"}, NumberCase{"2.5^-1", "2.5^-1", "0.4"},
        NumberCase{"-2500^-1", "-2500^-1", "-0.0004"}, NumberCase{"-1", "-1", "-1"},
        NumberCase{"- 10  k", "- 10  k", "-10000"}, NumberCase{"-4/5", "-4/5", "-0.8"},
        NumberCase{"- 1 4/5", "- 1 4/5", "-1.8"}, NumberCase{"2 1/2 cups", "2 1/2", "2.5"},
        NumberCase{"1/2/2025", "1", "1"}, NumberCase{"24/7", "24", "24"},
        NumberCase{"3/4", "3/4", "0.75"}, NumberCase{"2  1/4", "2  1/4", "2.25"},
        NumberCase{"-1.1^--23", "-1.1^--23", "-8.95430243255239"},
        NumberCase{"-127.32e13", "-127.32e13", "-1.2732e15"},
        NumberCase{"-12e-1", "-12e-1", "-1.2"}, NumberCase{"322 hundred", "322 hundred", "32200"},
        NumberCase{"1 over 3", "1 over 3", "0.333333333333333"},
        NumberCase{"1 over twenty-one", "1 over twenty-one", "0.0476190476190476"},
        NumberCase{"2 and a half million", "2 and a half million", "2500000"}));

INSTANTIATE_TEST_SUITE_P(
    Scales, NumberForms,
    ::testing::Values(
        NumberCase{"10k", "10k", "10000"}, NumberCase{"100K", "100K", "100000"},
        NumberCase{"2.33 k", "2.33 k", "2330"}, NumberCase{"10G", "10G", "1e10"},
        NumberCase{"10M", "10M", "1e7"}, NumberCase{"1.2b", "1.2b", "1.2e9"},
        NumberCase{"5bn", "5bn", "5e9"}, NumberCase{"5 bn", "5", "5"}, NumberCase{"1m", "1", "1"},
        NumberCase{"2 million", "2 million", "2e6"}, NumberCase{"13 lakh", "13 lakh", "1.3e6"},
        NumberCase{"1 crore", "1 crore", "1e7"},
        NumberCase{"three lakh crore", "three lakh crore", "3e12"},
        NumberCase{"1,674.5 G", "1,674.5 G", "1.6745e12"},
        NumberCase{"1,783.9million", "1,783.9million", "1.7839e9"},
        NumberCase{"14.3-billion", "14.3-billion", "1.43e10"},
        NumberCase{"3 dozens", "3 dozens", "36"}, NumberCase{"five dozs", "five dozs", "60"},
        NumberCase{"a dozen", "a dozen", "12"}, NumberCase{"half a  dozen", "half a  dozen", "6"},
        NumberCase{"half a million", "half a million", "500000"},
        NumberCase{"three hundred and two dozens", "three hundred and two dozens", "324"}));

INSTANTIATE_TEST_SUITE_P(
    Words, NumberForms,
    ::testing::Values(
        NumberCase{"three people", "three", "3"}, NumberCase{"zero", "zero", "0"},
        NumberCase{"naught", "naught", "0"},
        NumberCase{"one hundred and sixty-one", "one hundred and sixty-one", "161"},
        NumberCase{"twenty-one trillion and three hundred", "twenty-one trillion and three hundred",
                   "21000000000300"},
        NumberCase{"fifty - two", "fifty - two", "52"},
        NumberCase{"fifty   two", "fifty   two", "52"},
        NumberCase{"ninety-five hundred", "ninety-five hundred", "9500"},
        NumberCase{"one million two thousand two hundred three",
                   "one million two thousand two hundred three", "1002203"},
        NumberCase{"two thousand three million", "two thousand three", "2003"},
        NumberCase{"nineteen ninety", "nineteen", "19"},
        NumberCase{"three-nought-four", "three", "3"},
        NumberCase{"twenty and thirty", "twenty", "20"},
        NumberCase{"minus five", "minus five", "-5"},
        NumberCase{"negative one", "negative one", "-1"}, NumberCase{"minus 5", "minus 5", "-5"},
        NumberCase{"two hundred point seventy-one", "two hundred point seventy-one", "200.71"},
        NumberCase{"nought point nought three", "nought point nought three", "0.03"},
        NumberCase{"nought point eleven", "nought point eleven", "0.11"},
        NumberCase{"one and a half million", "one and a half million", "1500000"},
        NumberCase{"two  thousand  and  two hundred", "two  thousand  and  two hundred", "2200"},
        NumberCase{"two hundred and two thousand", "two hundred and two thousand", "202000"},
        NumberCase{"fourteen crore twenty one lakh ninety four thousand seven hundred",
                   "fourteen crore twenty one lakh ninety four thousand seven hundred",
                   "142194700"}));

INSTANTIATE_TEST_SUITE_P(
    Fractions, NumberForms,
    ::testing::Values(
        NumberCase{"two thirds", "two thirds", "0.666666666666667"},
        NumberCase{"a half", "a half", "0.5"}, NumberCase{"half", "half", "0.5"},
        NumberCase{"three quarters", "three quarters", "0.75"},
        NumberCase{"one and a fourth", "one and a fourth", "1.25"},
        NumberCase{"five and a quarter", "five and a quarter", "5.25"},
        NumberCase{"twenty and three fifths", "twenty and three fifths", "20.6"},
        NumberCase{"twenty-three fifths", "twenty-three fifths", "4.6"},
        NumberCase{"one hundred and three quarters", "one hundred and three quarters", "100.75"},
        NumberCase{"one hundred and thirty-two fifths", "one hundred and thirty-two fifths",
                   "26.4"},
        NumberCase{"one hundred thirty-fifths", "one hundred thirty-fifths", "2.85714285714286"},
        NumberCase{"twenty fifths", "twenty fifths", "4"},
        NumberCase{"twenty twenty fifths", "twenty twenty fifths", "0.8"},
        NumberCase{"one twenty-fifth", "one twenty-fifth", "0.04"},
        NumberCase{"one one hundred and fifth", "one one hundred and fifth", "0.00952380952380952"},
        NumberCase{"a trillionth", "a trillionth", "1e-12"},
        NumberCase{"a hundredth", "a hundredth", "0.01"},
        NumberCase{"a twenty-first", "a twenty-first", "0.0476190476190476"},
        NumberCase{"a hundred thousand trillionths", "a hundred thousand trillionths", "1e-7"},
        NumberCase{"one over three", "one over three", "0.333333333333333"},
        NumberCase{"one out of three", "one out of three", "0.333333333333333"},
        NumberCase{"one-eighth", "one-eighth", "0.125"},
        NumberCase{"five - eighths", "five - eighths", "0.625"},
        NumberCase{"ninety - five hundred fifths", "ninety - five hundred fifths", "1900"},
        NumberCase{"one hundred and thirty fifths", "one hundred and thirty fifths", "26"},
        NumberCase{"one hundred one thousand fifths", "one hundred one thousand fifths",
                   "0.0995024875621891"},
        NumberCase{"three twenty-firsts", "three twenty-firsts", "0.142857142857143"},
        NumberCase{"twenty seconds", "twenty", "20"}, NumberCase{"three fifth", "three", "3"},
        NumberCase{"10 over 5 years", "10", "10"}));

TEST(Number, ArticleAloneOrBeforeOrdinalIsNoNumber) {
  EXPECT_FALSE(Parsed("a", NumberOptions{}).match);
  EXPECT_FALSE(Parsed("a first class seat", NumberOptions{}).match);
  EXPECT_FALSE(Parsed("a second", NumberOptions{}).match);
  EXPECT_FALSE(Parsed("a current student", NumberOptions{}).match);
}

TEST(Number, MoneyScalesOnlyWhenAsked) {
  EXPECT_EQ(Parsed("1m", NumberOptions{}).match->last, 1u);
  EXPECT_EQ(Parsed("1m", money_options()).match->value, dec("1e6"));
  EXPECT_EQ(Parsed("5 bn", money_options()).match->value, dec("5e9"));
  EXPECT_EQ(Parsed("5 m", money_options()).match->value, dec("5e6"));
  EXPECT_EQ(Parsed("5 M", NumberOptions{}).match->value, dec("5e6"));
  // The money recognizer asks at the token after "$".
  EXPECT_EQ(Parsed("$14,3-billion", money_options(), 1).match->value, dec("14.3e9"));
  EXPECT_EQ(Parsed("14,3 people", NumberOptions{}).match->value, dec("14"));
}

TEST(Number, NumeralsAreExact) {
  const Parsed p("123456789012345678", NumberOptions{});
  EXPECT_EQ(p.match->value, Decimal::from_parts(123456789012345678, 0));
  EXPECT_EQ(Parsed("0.1", NumberOptions{}).match->value, Decimal::from_parts(1, -1));
  EXPECT_EQ(Parsed("14.3 billion", NumberOptions{}).match->value, Decimal::from_parts(143, 8));
}

TEST(Number, PrecisionIsStatedThenScaled) {
  const auto p = Parsed("14.3 billion", NumberOptions{}).match;
  EXPECT_EQ(*p->precision.low, dec("14.25e9"));
  EXPECT_EQ(*p->precision.high, dec("14.35e9"));
  EXPECT_EQ(p->scale_power, 9);
  const auto w = Parsed("two million", NumberOptions{}).match;
  EXPECT_EQ(*w->precision.low, dec("1.5e6"));
  EXPECT_EQ(*w->precision.high, dec("2.5e6"));
  const auto n = Parsed("-1", NumberOptions{}).match;
  EXPECT_EQ(*n->precision.low, dec("-1.5"));
  EXPECT_EQ(*n->precision.high, dec("-0.5"));
  const auto d = Parsed("3 dozens", NumberOptions{}).match;
  EXPECT_EQ(*d->precision.low, dec("30"));
  EXPECT_EQ(*d->precision.high, dec("42"));
}

TEST(Number, OutOfRangeIsAMatchNotAnOverflow) {
  const Parsed p("999999999999999999999999999 trillion", NumberOptions{});
  ASSERT_TRUE(p.match);
  EXPECT_FALSE(p.match->value.ok());
  EXPECT_EQ(p.span(), "999999999999999999999999999 trillion");
  const Parsed e("1e999999", NumberOptions{});
  ASSERT_TRUE(e.match);
  EXPECT_FALSE(e.match->value.ok());
  const Parsed w(
      "nine hundred trillion trillion trillion trillion trillion trillion trillion "
      "trillion trillion trillion trillion trillion trillion trillion trillion trillion "
      "trillion trillion trillion trillion trillion trillion trillion trillion trillion "
      "trillion",
      NumberOptions{});
  ASSERT_TRUE(w.match);
  EXPECT_FALSE(w.match->value.ok());
}

TEST(Number, Flags) {
  EXPECT_TRUE(Parsed("five", NumberOptions{}).match->words);
  EXPECT_FALSE(Parsed("5", NumberOptions{}).match->words);
  EXPECT_TRUE(Parsed("two thirds", NumberOptions{}).match->fraction);
  EXPECT_TRUE(Parsed("-5", NumberOptions{}).match->negative);
  EXPECT_TRUE(Parsed("1e10", NumberOptions{}).match->exponent);
  EXPECT_TRUE(Parsed("a dozen", NumberOptions{}).match->dozen);
  EXPECT_EQ(Parsed("3 million", NumberOptions{}).match->scale_power, 6);
}

TEST(Number, OptionsTurnFormsOff) {
  NumberOptions o;
  o.allow_sign = false;
  EXPECT_FALSE(Parsed("-5", o).match);
  o = {};
  o.allow_fraction = false;
  EXPECT_EQ(Parsed("4/5", o).match->value, dec("4"));
  EXPECT_FALSE(Parsed("two thirds", o).match && Parsed("two thirds", o).match->fraction);
  o = {};
  o.allow_words = false;
  EXPECT_FALSE(Parsed("five", o).match);
  o = {};
  o.allow_space_groups = false;
  EXPECT_EQ(Parsed("1 234", o).match->value, dec("1"));
  o = {};
  o.allow_scale = false;
  EXPECT_EQ(Parsed("2 million", o).match->value, dec("2"));
}

TEST(Number, DashAfterANumberIsNoSign) {
  // "50-60": the token at 1 is a range dash, "COVID-19" a name.
  EXPECT_FALSE(Parsed("50-60", NumberOptions{}, 1).match);
  EXPECT_FALSE(Parsed("COVID-19", NumberOptions{}, 1).match);
  EXPECT_EQ(Parsed("(-5)", NumberOptions{}, 1).match->value, dec("-5"));
}

TEST(Number, Ordinals) {
  NumberOptions o;
  o.allow_ordinal = true;
  const struct {
    const char* text;
    int value;
  } cases[] = {{"21st", 21},
               {"4th", 4},
               {"2th", 2},
               {"twenty-second", 22},
               {"thirty first", 31},
               {"second", 2},
               {"one hundred and first", 101},
               {"twenty fifth", 25}};
  for (const auto& c : cases) {
    const Parsed p(c.text, o);
    ASSERT_TRUE(p.match) << c.text;
    EXPECT_TRUE(p.match->ordinal) << c.text;
    EXPECT_EQ(p.match->value, Decimal::from_parts(c.value, 0)) << c.text;
    EXPECT_EQ(p.span(), c.text);
  }
  // Not asked for: no ordinal, and "21st" is no cardinal 21 either.
  EXPECT_FALSE(Parsed("21st", NumberOptions{}).match);
  EXPECT_EQ(Parsed("twenty-second", NumberOptions{}).match->value, dec("20"));
}

TEST(Number, SmallOrdinalsForDates) {
  const struct {
    const char* text;
    int value;
    bool ordinal;
  } cases[] = {{"twenty second", 22, true},
               {"the thirty", 30, false},
               {"fifteen", 15, false},
               {"the first", 1, true}};
  for (const auto& c : cases) {
    const std::string text = c.text;
    const TokenStream t(text);
    const ExtractOptions eo;
    std::size_t work = 0;
    const auto m = match_small_ordinal(Scan{t, eo, &work}, 0);
    ASSERT_TRUE(m) << c.text;
    EXPECT_EQ(m->value, Decimal::from_parts(c.value, 0)) << c.text;
    EXPECT_EQ(m->ordinal, c.ordinal) << c.text;
    EXPECT_EQ(m->first, 0u);
    EXPECT_EQ(m->last, t.size()) << c.text;
  }
  const std::string digits = "15";
  const TokenStream t(digits);
  const ExtractOptions eo;
  std::size_t work = 0;
  EXPECT_FALSE(match_small_ordinal(Scan{t, eo, &work}, 0));
}

TEST(Number, MayStart) {
  const std::string text = "5 -5 .5 five a minus and x . - half";
  const TokenStream t(text);
  // 5 - 5 . 5 five a minus and x . - half
  const bool want[] = {true, true,  true,  true,  true,  true, true,
                       true, false, false, false, false, true};
  ASSERT_EQ(t.size(), std::size(want));
  for (std::size_t i = 0; i < t.size(); ++i) {
    EXPECT_EQ(may_start_number(t, i), want[i]) << i << " " << t.text(i);
  }
}

TEST(Number, WorkIsBoundedPerAttempt) {
  std::string words, digits, groups;
  for (int k = 0; k < 5000; ++k) {
    words += "one hundred and ";
    digits += "1 ";
    groups += "123 ";
  }
  for (const std::string* s : {&words, &digits, &groups}) {
    const Parsed p(*s, NumberOptions{});
    EXPECT_LT(p.work, 200u);
    ASSERT_TRUE(p.match);
    EXPECT_LE(p.match->last, 41u);
  }
}

}  // namespace
}  // namespace claimcheck::detail
