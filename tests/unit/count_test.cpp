// The count recognizer (lib/extract/count.cpp) through extract(): counts and
// plain numbers, and the numbers that are no count (names, references,
// times, phone numbers, codes, ordinals).
#include <gtest/gtest.h>

#include "claimcheck/extract.hpp"
#include "test_support.hpp"

namespace claimcheck {
namespace {

std::vector<Mention> counts_in(std::string_view text) {
  return testing::mentions_of(Kind::number, text);
}

using testing::dec;

struct CountCase {
  const char* text;
  const char* span;
  const char* value;
};

void PrintTo(const CountCase& c, std::ostream* os) {
  *os << c.text;
}

class CountForms : public ::testing::TestWithParam<CountCase> {};

TEST_P(CountForms, OneCountWithSpanAndValue) {
  const CountCase& c = GetParam();
  const auto found = counts_in(c.text);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].text, c.span) << c.text;
  EXPECT_TRUE(found[0].ok()) << c.text;
  const Decimal& v = std::get<Count>(found[0].value).value;
  const double want = std::strtod(c.value, nullptr);
  EXPECT_NEAR(v.to_double(), want, 1e-12 * std::max(1.0, std::abs(want)))
      << c.text << " gave " << v.to_string();
}

INSTANTIATE_TEST_SUITE_P(
    Counts, CountForms,
    ::testing::Values(
        CountCase{"which led to 200 layoffs", "200", "200"},
        CountCase{"five people close to the project", "five", "5"},
        CountCase{"a dozen eggs", "a dozen", "12"},
        CountCase{"1.2 million users", "1.2 million", "1.2e6"},
        CountCase{"14,21,94,700 voters", "14,21,94,700", "142194700"},
        CountCase{"The census counted 1 414 021 100 residents.", "1 414 021 100", "1414021100"},
        CountCase{"1\u202f234\u202f567.89 is a valid number format.", "1\u202f234\u202f567.89",
                  "1234567.89"},
        CountCase{"The fund set aside 10M.", "10M", "1e7"},
        CountCase{"Outlays reached three lakh crore", "three lakh crore", "3e12"},
        CountCase{"more than half voters agreed.", "half", "0.5"},
        CountCase{"It came to minus one hundred thirty fifths", "minus one hundred thirty fifths",
                  "-2.85714285714286"},
        CountCase{"It came to negative one over 20", "negative one over 20", "-0.05"},
        CountCase{"Is it ninety - five hundred fifths?", "ninety - five hundred fifths", "1900"},
        CountCase{"a 50-person team", "50", "50"}, CountCase{"192.", "192", "192"},
        CountCase{"in each of the past six quarters.", "six", "6"},
        CountCase{"two quarters in a row", "two", "2"},
        CountCase{"it won three quarters.", "three quarters", "0.75"},
        CountCase{"about a fifth, they said", "a fifth", "0.2"},
        CountCase{"Llama 4 was trained on 30 trillion tokens", "30 trillion", "3e13"},
        CountCase{"the magnitude-6.4 earthquake", "6.4", "6.4"}));

TEST(Count, SeveralNumbers) {
  const auto zero = counts_in("zero is 0");
  ASSERT_EQ(zero.size(), 2u);
  EXPECT_EQ(zero[0].text, "zero");
  EXPECT_EQ(zero[1].text, "0");
  const auto list = counts_in("1, 234, 567");
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[1].text, "234");
  const auto spoken = counts_in("they were playing three-nought-four");
  ASSERT_EQ(spoken.size(), 3u);
  EXPECT_EQ(spoken[1].text, "nought");
  const auto range = counts_in("50-60 people");
  ASSERT_EQ(range.size(), 2u);
  EXPECT_EQ(std::get<Count>(range[1].value).value, dec("60"));
  const auto decimals =
      counts_in("nought point nought three plus zero point zero eight equals nought point eleven");
  ASSERT_EQ(decimals.size(), 3u);
  EXPECT_EQ(std::get<Count>(decimals[2].value).value, dec("0.11"));
}

class NotCounts : public ::testing::TestWithParam<const char*> {};

TEST_P(NotCounts, NoCountFound) {
  const auto found = counts_in(GetParam());
  EXPECT_TRUE(found.empty()) << GetParam() << ": found " << found.front().text;
}

INSTANTIATE_TEST_SUITE_P(
    Names, NotCounts,
    ::testing::Values("the lackluster launch of Llama 4, aimed to", "Apple to unveil iPhone 17 Air",
                      "an upgrade to Windows 11 now", "GPT-4 and F-35", "SCP-173 escaped",
                      "see section 3 of the act", "read chapter 12", "at No. 10 Downing Street",
                      "Flight 370 vanished", "a patch for macOS 15", "World War 2 ended",
                      "in COVID-19 times", "the ABC-12345-A1B2C3 serial", "mar3", "in Q3",
                      "rated #1", "the FTSE 100 index", "a Fortune 500 company",
                      "the S&P 500 fell"));

INSTANTIATE_TEST_SUITE_P(References, NotCounts,
                         ::testing::Values("the quality of Scale's data[2]. This",
                                           "loss of neutrality[3][1]. Ruben",
                                           "proprietary information[1][2][3].", "see [12]",
                                           "as shown [4, 5]", "in section 3.2.1 of",
                                           "version 1.2.3", "host 192.168.1.1"));

INSTANTIATE_TEST_SUITE_P(
    TimesPhonesCodesOrdinals, NotCounts,
    ::testing::Values("at 11:30 sharp", "at 1:50:10", "call 555-123-4567", "call (555) 123-4567",
                      "call +1 555 123 4567", "dial 555 123 4567", "call 555-1234",
                      "the 180.25ml liquid", "the 4th time", "his 21st birthday", "the 2th",
                      "the twenty-second attempt", "She flew first class to Lisbon",
                      "He was a first-year student then", "1m is a length here.", "a",
                      "Meta's near-half ownership", "open 24/7", "rated 4.5/5", "the 1990s",
                      "see example.com/2024/08/30/story", "shrank for a sixth consecutive quarter",
                      "Now I need a fifth to watch away games."));

TEST(Count, QualifierBoundsButStaysOutOfTheSpan) {
  const auto more = counts_in("more than 200 people");
  ASSERT_EQ(more.size(), 1u);
  EXPECT_EQ(more[0].text, "200");
  EXPECT_EQ(more[0].bound, Bound::min);
  EXPECT_EQ(*more[0].interval.low, dec("200"));
  EXPECT_FALSE(more[0].interval.high);
  const auto about = counts_in("about 200 people");
  ASSERT_EQ(about.size(), 1u);
  EXPECT_TRUE(about[0].approx);
}

TEST(Count, IntervalIsTheStatedPrecision) {
  const auto found = counts_in("14.3 billion views");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(*found[0].interval.low, dec("14.25e9"));
  EXPECT_EQ(*found[0].interval.high, dec("14.35e9"));
}

TEST(Count, OutOfRangeIsReportedNotOverflowed) {
  const auto found = counts_in("999999999999999999999999999 trillion stars");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "999999999999999999999999999 trillion");
  EXPECT_FALSE(found[0].ok());
  EXPECT_NE(found[0].problem.find("out of range"), std::string::npos);
}

TEST(Count, SpansPointAtTheOriginalBytes) {
  const std::string text = "Über 40\u202f000 Menschen und 3 Hunde";
  const auto found = counts_in(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "40\u202f000");
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), found[0].text);
  EXPECT_EQ(found[1].text, "3");
}

}  // namespace
}  // namespace claimcheck
