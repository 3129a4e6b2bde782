// Dates: absolute, relative to a reference date, bounds, times of day, and
// what is not a date.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "claimcheck/claimcheck.hpp"

namespace {

using namespace std::chrono;
using claimcheck::Bound;
using claimcheck::Date;
using claimcheck::Kind;
using claimcheck::Mention;

std::vector<Mention> dates(const std::string& text,
                           std::optional<year_month_day> ref = std::nullopt) {
  claimcheck::ExtractOptions o;
  o.reference_date = ref;
  std::vector<Mention> out;
  for (auto& m : claimcheck::extract(claimcheck::prepare(text), o).mentions) {
    if (m.kind == Kind::date) out.push_back(std::move(m));
  }
  return out;
}

const Date& date_of(const Mention& m) {
  return std::get<Date>(m.value);
}

// The one date in `text`: its span text and TIMEX value.
struct One {
  std::string text;
  std::string timex;
};

One one(const std::string& text, std::optional<year_month_day> ref = std::nullopt) {
  const auto found = dates(text, ref);
  if (found.size() != 1) return {"<" + std::to_string(found.size()) + " dates>", ""};
  return {found[0].text, date_of(found[0]).timex};
}

#define EXPECT_DATE(input, ref, span, value)        \
  do {                                              \
    const One got = one(input, ref);                \
    EXPECT_EQ(got.text, span) << "in: " << input;   \
    EXPECT_EQ(got.timex, value) << "in: " << input; \
  } while (0)

constexpr auto kNews = 2025y / August / 30;  // the seed articles' publication date
constexpr auto kRt = 2016y / November / 7;   // a Monday

TEST(DateAbsolute, MonthDayYear) {
  EXPECT_DATE("It closes September 18, 2025.", std::nullopt, "September 18, 2025", "2025-09-18");
  EXPECT_DATE("It closes 18 September 2025.", std::nullopt, "18 September 2025", "2025-09-18");
  EXPECT_DATE("Eli Lilly sold IVAC on Dec. 31 , 1994", std::nullopt, "Dec. 31 , 1994",
              "1994-12-31");
  EXPECT_DATE("I'll go back 04th Jan 2019.", std::nullopt, "04th Jan 2019", "2019-01-04");
  EXPECT_DATE("16. Nov. 2016", std::nullopt, "16. Nov. 2016", "2016-11-16");
  EXPECT_DATE("july 4th of 1995", std::nullopt, "july 4th of 1995", "1995-07-04");
}

TEST(DateAbsolute, Numeric) {
  EXPECT_DATE("I'll go back Sep-23-2020.", std::nullopt, "Sep-23-2020", "2020-09-23");
  EXPECT_DATE("i'll go back 2020/Sep/23", std::nullopt, "2020/Sep/23", "2020-09-23");
  EXPECT_DATE("i'll go back 23/Sep/2020", std::nullopt, "23/Sep/2020", "2020-09-23");
  EXPECT_DATE("on 8/30/2025 they met", std::nullopt, "8/30/2025", "2025-08-30");
  EXPECT_DATE("on 30/8/2025 they met", std::nullopt, "30/8/2025", "2025-08-30");
  EXPECT_DATE("Are you free on 13.5.2015?", std::nullopt, "13.5.2015", "2015-05-13");
  EXPECT_DATE("I'll go back 05/05/71", std::nullopt, "05/05/71", "1971-05-05");
  EXPECT_DATE("I'll be out 2015-3", std::nullopt, "2015-3", "2015-03");
  EXPECT_DATE("I'll be out 3/2015", std::nullopt, "3/2015", "2015-03");
  EXPECT_DATE("On 2016 10 16, the conference started.", std::nullopt, "2016 10 16", "2016-10-16");
}

TEST(DateAbsolute, AmbiguousDayMonthKeepsTheOtherReading) {
  const auto found = dates("Filed 03/04/2025.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(date_of(found[0]).timex, "2025-03-04");
  ASSERT_EQ(found[0].alternatives.size(), 1u);
  EXPECT_EQ(found[0].alternatives[0], "2025-04-03");
}

TEST(DateAbsolute, WithTime) {
  EXPECT_DATE("PANews 2025/12/30 08:23", std::nullopt, "2025/12/30 08:23", "2025-12-30T08:23");
  EXPECT_DATE("PANews2025/12/30 08:23", std::nullopt, "2025/12/30 08:23", "2025-12-30T08:23");
  EXPECT_DATE("at 2025-08-30T01:50:10 UTC", std::nullopt, "2025-08-30T01:50:10",
              "2025-08-30T01:50:10");
  EXPECT_DATE("Updated: 8/30/2025, 1:50:10 AM", std::nullopt, "8/30/2025, 1:50:10 AM",
              "2025-08-30T01:50:10");
  EXPECT_DATE("Feb 2th 9:00 am", std::nullopt, "Feb 2th 9:00 am", "XXXX-02-02T09:00");
  EXPECT_DATE("The vote is tomorrow 8:00am", kRt, "tomorrow 8:00am", "2016-11-08T08:00");
}

TEST(DateAbsolute, ATimeOnTheNextLineIsNotTheDays) {
  EXPECT_DATE("The inquiry opens on November 4 at 5:20 p.m.", kNews, "November 4 at 5:20 p.m.",
              "XXXX-11-04T17:20");
  const auto found = dates("The inquiry opens on November 4\n\n5:20 p.m.\nThe toll rose.", kNews);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].text, "November 4");
}

TEST(DateAbsolute, EndOfAYearWithAHyphen) {
  EXPECT_DATE("Inflation is seen at 5.1% at end-2025.", kNews, "end-2025", "2025");
  EXPECT_DATE("Inflation is seen at 5.1% at the end of 2025.", kNews, "the end of 2025", "2025");
}

TEST(DateAbsolute, MonthsQuartersHalvesSeasons) {
  EXPECT_DATE("made in June 2025.", kNews, "June 2025", "2025-06");
  EXPECT_DATE("I'll be out june next year", kRt, "june next year", "2017-06");
  EXPECT_DATE("results for Q3 2025", std::nullopt, "Q3 2025", "2025-Q3");
  EXPECT_DATE("results for 2025 Q3", std::nullopt, "2025 Q3", "2025-Q3");
  EXPECT_DATE("The sales went up during 2017-q1", std::nullopt, "2017-q1", "2017-Q1");
  EXPECT_DATE("I'll be out the third quarter of 2016", std::nullopt, "the third quarter of 2016",
              "2016-Q3");
  EXPECT_DATE("I'll be out during H2 2016", std::nullopt, "H2 2016", "2016-H2");
  EXPECT_DATE("2019-H2 will bring challenges", std::nullopt, "2019-H2", "2019-H2");
  EXPECT_DATE("I'll leave summer 2016", std::nullopt, "summer 2016", "2016-SU");
  EXPECT_DATE("Show sales in the week 31", 2018y / July / 2, "week 31", "2018-W31");
  EXPECT_DATE("this weekend", kRt, "this weekend", "2016-W45-WE");
}

TEST(DateAbsolute, YearsDecadesFiscal) {
  EXPECT_DATE("spent $150 million in 2024, it said", std::nullopt, "2024", "2024");
  EXPECT_DATE("but not 1998", std::nullopt, "1998", "1998");
  EXPECT_DATE("music of the 1990s", std::nullopt, "the 1990s", "199");
  EXPECT_DATE("revenue in fiscal 2024 rose", std::nullopt, "fiscal 2024", "FY2024");
  EXPECT_DATE("FY2024 revenue", std::nullopt, "FY2024", "FY2024");
  EXPECT_TRUE(dates("They hired 2000 people.").empty());
  EXPECT_TRUE(dates("They hired 2,000 workers.").empty());
}

TEST(DateAbsolute, FirstAndLastDay) {
  const auto q = dates("results for Q3 2025");
  ASSERT_EQ(q.size(), 1u);
  ASSERT_TRUE(date_of(q[0]).first_day && date_of(q[0]).last_day);
  EXPECT_EQ(*date_of(q[0]).first_day, 2025y / July / 1);
  EXPECT_EQ(*date_of(q[0]).last_day, 2025y / September / 30);
  const auto w = dates("this weekend", kRt);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(*date_of(w[0]).first_day, 2016y / November / 12);
  EXPECT_EQ(*date_of(w[0]).last_day, 2016y / November / 13);
  const auto feb = dates("in February 2024");
  ASSERT_EQ(feb.size(), 1u);
  EXPECT_EQ(*date_of(feb[0]).last_day, 2024y / February / 29);
  const auto open = dates("on December 30th");
  ASSERT_EQ(open.size(), 1u);
  EXPECT_FALSE(date_of(open[0]).first_day.has_value());
}

TEST(DateRelative, ResolvedAgainstTheReference) {
  EXPECT_DATE("I'll go back today", kRt, "today", "2016-11-07");
  EXPECT_DATE("I'll go back tomorrow", kRt, "tomorrow", "2016-11-08");
  EXPECT_DATE("It grew last year.", kNews, "last year", "2024");
  EXPECT_DATE("next month holidays", kRt, "next month", "2016-12");
  EXPECT_DATE("Cortana, please check my work 2 hours last week", 2018y / March / 25, "last week",
              "2018-W11");
  EXPECT_DATE("Sales for this quarter", 2019y / July / 4, "this quarter", "2019-Q3");
  EXPECT_DATE("Sales for last quarter", 2019y / January / 28, "last quarter", "2018-Q4");
  EXPECT_DATE("meet earlier this year.", 2018y / May / 28, "earlier this year", "2018");
  EXPECT_DATE("meet later this week", 2018y / May / 28, "later this week", "2018-W22");
  EXPECT_DATE("who did I email a month ago", kRt, "a month ago", "2016-10-07");
  EXPECT_DATE("What date is 3 days from today?", 2019y / August / 24, "3 days from today",
              "2019-08-27");
  EXPECT_DATE("I'll go back next Sunday", kRt, "next Sunday", "2016-11-20");
  EXPECT_DATE("I'll be out last sept", kRt, "last sept", "2015-09");
  EXPECT_DATE("There is no big news this week.", 2016y / January / 1, "this week", "2015-W53");
  EXPECT_DATE("I'll go back the day before yesterday", kRt, "the day before yesterday",
              "2016-11-05");
  EXPECT_DATE("I'll go back black friday 2010", kRt, "black friday 2010", "2010-11-26");
}

TEST(DateRelative, LeftOpenWithoutReference) {
  EXPECT_DATE("It grew last year.", std::nullopt, "last year", "XXXX");
  EXPECT_DATE("PANews reported on December 30th that", std::nullopt, "December 30th", "XXXX-12-30");
  EXPECT_DATE("I went back for the 18th", std::nullopt, "the 18th", "XXXX-XX-18");
  EXPECT_DATE("I'll go back Friday", std::nullopt, "Friday", "XXXX-WXX-5");
}

TEST(DateRelative, YearlessDayKeepsItsXYear) {
  const auto found = dates("on December 30th", kNews);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(date_of(found[0]).timex, "XXXX-12-30");
  ASSERT_FALSE(found[0].alternatives.empty());
  EXPECT_EQ(found[0].alternatives[0], "2024-12-30");  // the nearest December 30th
}

TEST(DateRelative, BareWeekdayIsThePastWeekUnlessFuture) {
  // 2025-08-30 is a Saturday.
  EXPECT_DATE("The board met on Tuesday.", kNews, "Tuesday", "2025-08-26");
  EXPECT_DATE("The board will meet on Tuesday.", kNews, "Tuesday", "2025-09-02");
  EXPECT_DATE("Let's meet at friday the 26th around 4", 2021y / March / 15,
              "friday the 26th around 4", "2021-03-26T04");
}

TEST(DateBound, BoundWordsArePartOfTheSpan) {
  auto found = dates("He will come after 2016 and before 2018", 2015y / November / 7);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "after 2016");
  EXPECT_EQ(found[0].bound, Bound::min);
  EXPECT_EQ(found[1].text, "before 2018");
  EXPECT_EQ(found[1].bound, Bound::max);
  found = dates("after January 1, 2007 and no later than January 1, 2010");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].text, "no later than January 1, 2010");
  EXPECT_EQ(found[1].bound, Bound::max);
  EXPECT_EQ(date_of(found[1]).timex, "2010-01-01");
  found = dates("I'll be out since August", kRt);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].bound, Bound::min);
  EXPECT_EQ(date_of(found[0]).timex, "XXXX-08");
}

TEST(DateInvalid, ImpossibleDatesAreReportedNotShifted) {
  auto found = dates("due February 30, 2025");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(date_of(found[0]).valid);
  EXPECT_EQ(found[0].problem, "February 2025 has no day 30");
  EXPECT_EQ(date_of(found[0]).timex, "2025-02-30");
  found = dates("dated 13/13/2025");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(date_of(found[0]).valid);
  EXPECT_FALSE(found[0].problem.empty());
  found = dates("due February 29, 2023");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].ok());
}

TEST(DateNot, ThingsThatAreNotDates) {
  EXPECT_TRUE(dates("You may go now.").empty());
  EXPECT_TRUE(dates("This may be the end.", kRt).empty());
  EXPECT_TRUE(dates("This screen has a 4:3 aspect ratio.").empty());
  EXPECT_TRUE(dates("Labs were notable for a BUN/Cr of 30/4.85, troponin 0.182").empty());
  EXPECT_TRUE(dates("the plants were grown for 3Y").empty());
  EXPECT_TRUE(dates("the cold lasted 2W").empty());
  EXPECT_TRUE(dates("ABC-12345-A1B2C3 this is yet to be submitted").empty());
  EXPECT_TRUE(dates("I'll go back at 4-22").empty());
  EXPECT_TRUE(dates("Cortana, can you please set something up the 21st.").empty());
  EXPECT_TRUE(dates("for the second time").empty());
  EXPECT_TRUE(dates("The meeting starts at 8:00am").empty());  // a time alone
  EXPECT_TRUE(dates("There is no week 00, nor W00", 2019y / March / 2).empty());
  EXPECT_TRUE(dates("We've reached the end of the line", kRt).empty());
}

TEST(DateWords, SpelledOutNumbers) {
  EXPECT_DATE("I went back two days ago", kRt, "two days ago", "2016-11-05");
  EXPECT_DATE("Let's meet on february twenty second 3:30.", 2019y / April / 25,
              "february twenty second 3:30", "XXXX-02-22T03:30");
  EXPECT_DATE("The hearing is on the twenty second", kRt, "the twenty second", "XXXX-XX-22");
}

TEST(DateWork, StaysLinear) {
  std::string text;
  for (int k = 0; k < 2000; ++k) text += "on 5/12 the 18th of May 2025, next Friday at 9:00 am; ";
  claimcheck::ExtractOptions o;
  o.reference_date = kNews;
  const auto r = claimcheck::extract(claimcheck::prepare(text), o);
  EXPECT_FALSE(r.partial);
  EXPECT_LT(r.work, text.size() * 8);
}

}  // namespace

// Found by fuzzing (UBSan): a spoken number too large for a clock time is no
// time, and is never cast to int.
TEST(DateTime, HugeSpokenNumbersAreNoClockTime) {
  for (const char* text : {"It is fourteen billion minutes past seven.",
                           "At seven fourteen billion.", "At fourteen billion forty."}) {
    for (const Mention& m : dates(text, kRt)) {
      EXPECT_EQ(date_of(m).timex.find('T'), std::string::npos) << text << ": " << m.text;
    }
  }
}
