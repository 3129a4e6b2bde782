#include "claimcheck/check.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "claimcheck/report.hpp"

namespace claimcheck {
namespace {

Report check(std::initializer_list<std::pair<const char*, const char*>> docs) {
  Checker checker;
  for (const auto& [id, text] : docs) checker.add(text_document(id, text, id));
  return checker.finish();
}

// Two one-sentence documents published on the given days.
Report check_on_days(const char* text_a, const char* day_a, const char* text_b, const char* day_b) {
  Checker checker;
  InputDocument a = text_document("a", text_a, "a");
  a.doc.published = parse_iso_date(day_a);
  InputDocument b = text_document("b", text_b, "b");
  b.doc.published = parse_iso_date(day_b);
  checker.add(std::move(a));
  checker.add(std::move(b));
  return checker.finish();
}

TEST(Check, ConflictingValuesAcrossSourcesAreADiscrepancy) {
  const Report r = check({{"a", "Meta's $143 investment in Scale AI was large."},
                          {"b", "Meta's $148 investment in Scale AI was large."},
                          {"c", "Meta's $143 investment in Scale AI drew criticism."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  const Discrepancy& d = r.discrepancies[0];
  EXPECT_EQ(d.key.attribute, "investment");
  EXPECT_EQ(d.values.size(), 3u);
  EXPECT_EQ(d.consensus_value.to_string(), "143");
  EXPECT_EQ(d.support, 2u);
  EXPECT_EQ(d.against, 1u);
  ASSERT_EQ(d.outliers.size(), 1u);
  EXPECT_EQ(d.outliers[0], "b");
  EXPECT_EQ(d.severity, Severity::error);
  EXPECT_FALSE(d.self_contradiction);
}

// Amounts of an attribute narrowed otherwise, or of another numbered
// thing, are two facts; one narrowed alike in every source is one.
TEST(Check, QualifiersAndLabelsTellFactsApart) {
  EXPECT_TRUE(check({{"a", "The apprentice rate rises to €8.90 in January."},
                     {"b", "The youth rate rises to €11.05 in January."}})
                  .discrepancies.empty());
  EXPECT_TRUE(check({{"a", "In the phase 3 study, 62.4% of patients responded to Acme's drug."},
                     {"b", "In the phase 2 study, 48% of patients responded to Acme's drug."}})
                  .discrepancies.empty());
  const Report same = check({{"a", "The average five-year fixed mortgage rate fell to 3.89%."},
                             {"b", "The average five-year fixed mortgage rate fell to 3.98%."}});
  ASSERT_EQ(same.discrepancies.size(), 1u);
  EXPECT_EQ(same.discrepancies[0].key.qualifier, "average five fixed mortgage year");
}

// A document that narrows an attribute at one value and states it plainly
// at another leaves the plain one out: which fact it is of cannot be told.
TEST(Check, PlainAmountBesideANarrowedOneIsLeftOut) {
  const Report r = check(
      {{"a", "The average five-year fixed mortgage rate is 3.89%. The policy rate is at 2.25%."},
       {"b", "The average five-year fixed mortgage rate is 3.89%."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, OneDocumentContradictingItself) {
  // A live document: its updates open with their times.
  const Report r = check({{"live",
                           "Updated: 8/30/2025, 1:50 AM\nMeta's $143 investment in Scale AI.\n"
                           "Updated: 8/30/2025, 2:10 AM\nMeta's $148 investment in Scale AI."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_TRUE(r.discrepancies[0].self_contradiction);
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_TRUE(r.sources[0].updated);
}

// An article written once that gives two values for what the frame takes
// for one fact most often states two facts: only a live one, or another
// source, contradicts it.
TEST(Check, AnArticleWrittenOnceDoesNotContradictItself) {
  const char* text = "Meta's $143 investment in Scale AI.\nMeta's $148 investment in Scale AI.";
  const Report alone = check({{"static", text}});
  EXPECT_TRUE(alone.discrepancies.empty());
  EXPECT_FALSE(alone.sources[0].updated);
  const Report with_other =
      check({{"static", text}, {"other", "Meta's $143 investment in Scale AI."}});
  ASSERT_EQ(with_other.discrepancies.size(), 1u);
  const Report time_led = check({{"blog",
                                  "14:30 \u2014 Meta's $143 investment in Scale AI.\n"
                                  "14:05 \u2014 Meta's $148 investment in Scale AI."}});
  EXPECT_EQ(time_led.discrepancies.size(), 1u);
  EXPECT_TRUE(time_led.sources[0].updated);
  // A price with cents at the start of a line is no update time; with "am"
  // or "pm" it is.
  const Report prices = check({{"list",
                                "10.50 - Meta's $143 investment in Scale AI.\n"
                                "11.75 - Meta's $148 investment in Scale AI."}});
  EXPECT_FALSE(prices.sources[0].updated);
  const Report uk = check({{"uk",
                            "10.50am - Meta's $143 investment in Scale AI.\n"
                            "11.15am - Meta's $148 investment in Scale AI."}});
  EXPECT_TRUE(uk.sources[0].updated);
}

// A claim whose subject is its document's topic meets the claims of another
// document's topic only when one of the two names the other's: outlets call
// one story by different names, a feed holds unrelated stories.
TEST(Check, TopicsOfOneStoryMeetTopicsOfTwoDoNot) {
  const char* acme = "Acme said Acme revenue rose. Acme grew. Revenue was $5 billion.";
  const char* globex = "Globex said Globex revenue fell. Globex shrank. Revenue was $7 billion.";
  const char* globex_on_acme =
      "Globex said Globex revenue fell. Globex shrank, as Acme did. Revenue was $7 billion.";
  EXPECT_TRUE(check({{"a", acme}, {"b", globex}}).discrepancies.empty());
  EXPECT_EQ(check({{"a", acme}, {"b", globex_on_acme}}).discrepancies.size(), 1u);
  // A subject the sentence states is never another's topic.
  const char* stated = "Acme said Acme revenue rose. Acme grew. Globex revenue was $7 billion.";
  EXPECT_TRUE(check({{"a", acme}, {"b", stated}}).discrepancies.empty());
}

// A quarter named without its year is the latest one begun by the report;
// a quarter's figure is not the year's.
TEST(Check, QuartersWithoutTheirYearAndYears) {
  const char* a = "# published: 2025-10-15\n\nAcme's provision was $575 in the second quarter.";
  const char* b =
      "# published: 2025-10-15\n\nAcme's provision was $590 in the second quarter of 2025.";
  const char* c =
      "# published: 2025-10-15\n\nAcme's provision was $590 in the second quarter of 2024.";
  EXPECT_EQ(check({{"a", a}, {"b", b}}).discrepancies.size(), 1u);
  EXPECT_TRUE(check({{"a", a}, {"c", c}}).discrepancies.empty());
  const char* quarter = "Acme's revenue was $28 in the second quarter of 2025.";
  const char* year = "Acme's revenue was $34 in 2025.";
  EXPECT_TRUE(check({{"q", quarter}, {"y", year}}).discrepancies.empty());
}

TEST(Check, AgreeingValuesAreCountedNotReported) {
  const Report r = check(
      {{"a", "Meta took a 49% stake in Scale AI."}, {"b", "Meta took a 49% stake in Scale AI."}});
  EXPECT_TRUE(r.discrepancies.empty());
  EXPECT_EQ(r.agreements.size(), 1u);
}

TEST(Check, HedgesAndPrecisionAreNotConflicts) {
  const Report r = check({{"a", "Acme's valuation of more than $29 drew investors."},
                          {"b", "Acme's valuation of $29.1 drew investors."},
                          {"c", "Acme's valuation of nearly $30 drew investors."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

// An amount that names no one is not about an entity its document never
// names; it may be about one its document names elsewhere.
TEST(Check, AnUnnamedAmountIsOfWhatItsDocumentNames) {
  const char* portsgate = "Portsgate City signed a naming deal. Portsgate's deal is worth $200.";
  const char* rovers = "Rovers are happy. The deal is worth $150, the club said.";
  const char* rovers_on_portsgate =
      "Rovers are happy, unlike Portsgate. The deal is worth $150, the club said.";
  EXPECT_TRUE(check({{"a", portsgate}, {"b", rovers}}).discrepancies.empty());
  EXPECT_EQ(check({{"a", portsgate}, {"b", rovers_on_portsgate}}).discrepancies.size(), 1u);
}

// A claim is left out when it also fits a group its value could be a part
// of, not one of values under half its own: "$9.86 billion" of revenue is
// no part of a "$1.3 billion" unit's.
TEST(Check, AClaimFittingASmallerGroupToo) {
  const char* a =
      "# published: 2025-10-15\n\nAcme's revenue was $9.86 billion. Acme's revenue from "
      "its payroll unit in 2025 was $1.3 billion.";
  const char* b = "# published: 2025-10-15\n\nAcme's revenue was $9.68 billion.";
  EXPECT_EQ(check({{"a", a}, {"b", b}}).discrepancies.size(), 1u);
}

// Undated figures reported more than a year apart are of two times.
TEST(Check, UndatedFiguresYearsApartAreTwoFacts) {
  const char* early = "# published: 1888-01-15\n\nAcme's loss was $55 million.";
  const char* late = "# published: 1909-01-15\n\nAcme's loss was $28 million.";
  const char* close = "# published: 1888-03-15\n\nAcme's loss was $48 million.";
  EXPECT_TRUE(check({{"a", early}, {"b", late}}).discrepancies.empty());
  EXPECT_EQ(check({{"a", early}, {"c", close}}).discrepancies.size(), 1u);
}

// Exact counts one apart disagree, and by more than rounding.
TEST(Check, CountsOneApartDisagree) {
  const Report r = check({{"a", "Two governors dissented at the Acme board."},
                          {"b", "Three governors dissented at the Acme board."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].severity, Severity::error);
  // Decimals one rounding step apart still touch and agree.
  EXPECT_TRUE(check({{"a", "Acme's valuation of $14.3 drew investors."},
                     {"b", "Acme's valuation of $14.35 drew investors."}})
                  .discrepancies.empty());
}

// A price target is one analyst's view; analysts differ.
TEST(Check, PriceTargetsOfAnalystsAreNotCompared) {
  EXPECT_TRUE(check({{"a", "Acme shares have a price target of $470."},
                     {"b", "Analysts at Trident set a target price of $510 for Acme shares."}})
                  .discrepancies.empty());
}

// A share's price moves all day: quotes are compared only on a stated day.
TEST(Check, SharePricesAreComparedOnlyOnAStatedDay) {
  EXPECT_TRUE(check({{"a", "Acme shares jumped 58% to $37.55 in premarket trading."},
                     {"b", "Acme shares rose 57% to $39.31 in late trading."}})
                  .discrepancies.empty());
  EXPECT_EQ(check({{"a", "Acme shares closed at $37.55 on September 15, 2025."},
                   {"b", "Acme shares closed at $39.31 on September 15, 2025."}})
                .discrepancies.size(),
            1u);
}

// An expected amount with no period of its own is of a forecaster and a
// time that cannot be told: not compared. One with its period is.
TEST(Check, ForecastsAreComparedOnlyWithTheirPeriod) {
  EXPECT_TRUE(check({{"a", "Most economists expect Acme's rate to be lifted to 9.00%."},
                     {"b", "Economists at Vollmann expect Acme's rate to reach 9.75%."}})
                  .discrepancies.empty());
  EXPECT_EQ(check({{"a", "Acme expects revenue of $4.4 billion in 2026."},
                   {"b", "Acme expects revenue of $4.7 billion in 2026."}})
                .discrepancies.size(),
            1u);
}

// Homes destroyed are counted as assessment goes on, like a toll: an
// undated count is the count as of its report.
TEST(Check, HomesDestroyedRiseLikeAToll) {
  const auto run = [](const char* day_a, const char* day_b) {
    return check_on_days("The fire destroyed 27 homes.", day_a, "The fire destroyed 43 homes.",
                         day_b);
  };
  EXPECT_TRUE(run("2025-08-10", "2025-08-11").discrepancies.empty());
  EXPECT_EQ(run("2025-08-11", "2025-08-11").discrepancies.size(), 1u);
}

// The day may come before an update's time: "Feb. 10, 6:15 a.m. ET".
TEST(Check, UpdateTimesAfterTheirDay) {
  const Report r = check({{"blog",
                           "Feb. 10, 6:15 a.m. ET\nThe toll rose to four.\n"
                           "Feb. 10, 9:50 a.m. ET\nThe toll rose to seven.\n"}});
  EXPECT_TRUE(r.sources[0].updated);
  EXPECT_TRUE(check({{"blog",
                      "WED 11 FEB, 18:30 - The toll rose to four.\n"
                      "THU 12 FEB, 16:00 - The toll rose to seven.\n"}})
                  .sources[0]
                  .updated);
  EXPECT_FALSE(check({{"line", "Feb. 10, 2026\nThe toll rose to four.\nFeb. 11, 2026\nSeven."}})
                   .sources[0]
                   .updated);
}

// A hedge allows a few percent either way, not the next figure a writer
// would use.
TEST(Check, TwoHedgedFiguresMayStillDisagree) {
  EXPECT_EQ(check({{"a", "Acme will eliminate 2,400 jobs, roughly 11% of its workforce."},
                   {"b", "Acme will eliminate 2,400 jobs, roughly 13% of its workforce."}})
                .discrepancies.size(),
            1u);
  EXPECT_TRUE(check({{"a", "Acme's valuation of about $15 billion drew investors."},
                     {"b", "Acme's valuation of $14.3 billion drew investors."}})
                  .discrepancies.empty());
}

TEST(Check, DifferentSubjectsAreDifferentFacts) {
  const Report r =
      check({{"a", "Google spent $150 on Scale."}, {"b", "Microsoft spent $300 on Scale."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, RateAndTotalAreDifferentFacts) {
  const Report r = check({{"a", "Meta will spend $500 a year on Scale data."},
                          {"b", "Meta will spend $2500 on Scale data."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, DifferentCurrenciesAreNotComparedWithoutRates) {
  const Report r = check({{"a", "The regulator's fine of €295 on Meta."},
                          {"b", "The regulator's fine of $340 on Meta."}});
  EXPECT_TRUE(r.discrepancies.empty());
  EXPECT_EQ(r.not_comparable, 1u);
}

TEST(Check, DifferentCurrenciesAreComparedThroughTheUsersRates) {
  auto run = [](const char* dollars) {
    CheckOptions options;
    options.rates = {{"EUR", 0.92}};
    Checker checker(std::move(options));
    checker.add(text_document("a", "The regulator's fine of €295 on Meta.", "a"));
    checker.add(text_document("b", dollars, "b"));
    return checker.finish();
  };
  const Report conflict = run("The regulator's fine of $400 on Meta.");
  EXPECT_EQ(conflict.not_comparable, 0u);
  ASSERT_EQ(conflict.discrepancies.size(), 1u);
  EXPECT_EQ(conflict.discrepancies[0].values.size(), 2u);
  const Report agree = run("The regulator's fine of $320 on Meta.");
  EXPECT_TRUE(agree.discrepancies.empty());
  EXPECT_EQ(agree.agreements.size(), 1u);
}

TEST(Check, ValuesOfOneSentenceDescribeAChange) {
  const Report r = check({{"a", "Acme's revenue rose to $52 from $48 in the period."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, AnEarlierValueSetAgainstTheNewOneIsAnotherFact) {
  const Report r = check({{"a", "Acme's revenue rose to $52 from $48 in the period."},
                          {"b", "Acme's revenue of $52 beat forecasts."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, AnUnknownObjectFitsTheOneGroupThatAgreesOnTheRest) {
  const Report r = check({{"a", "Meta's $143 investment in Scale AI was approved."},
                          {"b", "Analysts say Meta's $148 investment was about talent."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].values.size(), 2u);
}

TEST(Check, AClaimThatFitsSeveralGroupsIsLeftOut) {
  const Report r = check({{"a", "Meta's $143 investment in Scale AI was approved."},
                          {"b", "Meta's $200 investment in Hyperion was approved."},
                          {"c", "Analysts say Meta's $170 investment was about talent."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, TheDocumentsTopicFillsAMissingSubject) {
  const Report r = check({{"a",
                           "Lumora Health listed on the Nasdaq. Lumora said demand was strong. The "
                           "company sold 31 million shares, Lumora said."},
                          {"b",
                           "Lumora Health listed on the Nasdaq. Lumora said demand was strong. The "
                           "company sold 36 million shares, Lumora said."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].key.subject, "Lumora Health");
}

TEST(Check, ValuesFarApartAreNotStatementsOfOneFact) {
  const Report r = check({{"a", "Stratavia employs 2 staff in Ohio."},
                          {"b", "Stratavia employs 10,000 staff in Ohio."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, ChangesWithoutAPeriodAreNotCompared) {
  const Report r =
      check({{"a", "Corrin's shares rose 18% on the news."}, {"b", "Corrin's shares rose 22%."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, LengthsOfTimeConflict) {
  const Report r = check({{"a", "Meta signed a five-year deal with Scale AI."},
                          {"b", "Meta signed a six-year deal with Scale AI."},
                          {"c", "Meta signed a 60-month deal with Scale AI."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  const Discrepancy& d = r.discrepancies[0];
  EXPECT_EQ(d.key.kind, Kind::duration);
  EXPECT_EQ(d.key.attribute, "term");
  EXPECT_EQ(d.values.size(), 3u);
  EXPECT_EQ(d.support, 2u);  // five years and 60 months agree
  ASSERT_EQ(d.outliers.size(), 1u);
  EXPECT_EQ(d.outliers[0], "b");
  EXPECT_NE(report_json(r).find("\"consensus\":{\"value\":\"P5Y\""), std::string::npos);
}

TEST(Check, AnOpenLengthOfTimeAllowsMore) {
  const Report r = check({{"a", "Meta signed a deal with Scale AI for more than five years."},
                          {"b", "Meta was given 60 days to change its rules."},
                          {"c", "Meta was given within 90 days to change its rules."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, DatesConflictOnlyWhenTheirDaysCannotMeet) {
  Lexicon lexicon = Lexicon::builtin();
  ASSERT_TRUE(lexicon.add_tsv("closed on\tclosing\tdate\n").empty());
  const auto run = [&](const char* a, const char* b) {
    CheckOptions options;
    options.lexicon = lexicon;
    Checker checker(std::move(options));
    checker.add(text_document("a", a, "a"));
    checker.add(text_document("b", b, "b"));
    return checker.finish();
  };
  // A month holds its days, a year its months: compatible, not a conflict.
  EXPECT_TRUE(run("Meta's round closed on January 2025.", "Meta's round closed on 2025.")
                  .discrepancies.empty());
  const Report r =
      run("Meta's round closed on January 2025.", "Meta's round closed on December 2024.");
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].key.kind, Kind::date);
  EXPECT_NE(report_json(r).find("\"consensus\":{\"value\":\"20"), std::string::npos);
  EXPECT_NE(report_text(r).find("dates 31 days apart"), std::string::npos);
}

TEST(Check, DatesWithoutAnAttributeWordAreNeverCompared) {
  const Report r = check({{"a", "Meta invested in Scale AI in June 2025."},
                          {"b", "Meta invested in Scale AI in May 2025."}});
  EXPECT_TRUE(r.discrepancies.empty());
  EXPECT_EQ(r.claims, 0u);
}

TEST(Check, ClaimsOfNoEntityAreComparedWhenTheirBlockNamesNone) {
  // Nobody names whose quake it is: the documents report one event.
  const Report r = check({{"a", "The magnitude 6.9 quake struck at dawn."},
                          {"b", "It was a magnitude 6.9 quake, they said."},
                          {"c", "The magnitude-6.4 earthquake killed dozens."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].key.attribute, "magnitude");
  ASSERT_EQ(r.discrepancies[0].outliers.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].outliers[0], "c");
  // Once one claim names an entity, claims of none only join its group.
  const char* b = "The $148 investment in 2023 was large.";
  const char* c = "The $120 investment in 2023 was small.";
  EXPECT_EQ(check({{"b", b}, {"c", c}}).discrepancies.size(), 1u);
  EXPECT_TRUE(check({{"a", "Meta's $143 investment in Scale AI in 2024."}, {"b", b}, {"c", c}})
                  .discrepancies.empty());
}

TEST(Check, AForecastIsNotComparedWithTheFigureReported) {
  const Report r = check({{"a", "Acme reported revenue of $5.2 in 2024."},
                          {"b", "Analysts had expected Acme revenue of $4.8 in 2024."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, AValueOfAnotherSizeDoesNotJoinAGroup) {
  // "the £3.15 offer" (a share) is not the £4.2bn offer: the conflict of
  // £4.2bn and £4.7bn is still found.
  const Report r =
      check({{"a", "Halberd's £4.2bn offer for Corrin.\nThe gap to the £3.15 offer is wide."},
             {"b", "Halberd's £4.7bn offer for Corrin."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].values.size(), 2u);
}

TEST(Check, ABarePoundIsSterlingUnlessTheDocumentWritesAnotherPound) {
  const Report r = check(
      {{"a", "Halberd's £4.2bn offer for Corrin."}, {"b", "Halberd's £4.7bn offer for Corrin."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(std::get<Money>(r.discrepancies[0].values[0].mention.value).currency, "GBP");
  const Report e = check({{"a", "Halberd's £4.2bn offer for Corrin, or EGP 4.2bn."},
                          {"b", "Halberd's £4.7bn offer for Corrin."}});
  ASSERT_EQ(e.discrepancies.size(), 1u);
  EXPECT_EQ(std::get<Money>(e.discrepancies[0].values[0].mention.value).currency, "£");
}

TEST(Check, DatesOfOneAmountConflictWhenTheirDaysCannotMeet) {
  const Report r = check(
      {{"a", "Quillion doubled its value since January 2025, when a round valued it at $148."},
       {"b", "Quillion has doubled since December 2024, when it was valued at nearly $150."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].key.kind, Kind::date);
  EXPECT_EQ(r.discrepancies[0].key.attribute, "valuation");
  // Dates of amounts that disagree date different facts: no conflict.
  const Report other = check(
      {{"a", "Quillion doubled its value since January 2025, when a round valued it at $148."},
       {"b", "Quillion was founded in 2021, when it was valued at $10."}});
  EXPECT_TRUE(other.discrepancies.empty());
}

TEST(Check, ADocumentGivingTwoDeadlinesNamesTwoFacts) {
  const Report r = check({{"a",
                           "Nimbra has 60 days to comply with the decision. It has 30 days "
                           "to lodge an appeal."},
                          {"b", "Nimbra was given 60 days to change its rules."}});
  EXPECT_TRUE(r.discrepancies.empty());
  // Across documents, one deadline each, they conflict.
  const Report across = check({{"a", "Nimbra has 30 days to comply with the decision."},
                               {"b", "Nimbra was given 60 days to change its rules."}});
  EXPECT_EQ(across.discrepancies.size(), 1u);
}

TEST(Check, UnnamedForecastsOfOneDocumentAreTwoFacts) {
  const Report r =
      check({{"a",
              "Officials see the rate at 3.9% at the end of 2025. Economists "
              "expect the rate at 3.6% at the end of 2025."},
             {"b", "The median projection puts the rate at 3.9% at the end of 2025."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, AnAftershockIsAnotherQuake) {
  const Report r = check({{"a", "The magnitude 6.9 quake struck at dawn."},
                          {"b", "A magnitude 5.4 aftershock struck at noon."}});
  EXPECT_TRUE(r.discrepancies.empty());
}

TEST(Check, TransposedDigitsAreASlipOfOneFigure) {
  // 140,000 and 410,000 are more than twice apart, but the same digits.
  const Report r = check({{"a", "Acme Motors is recalling 410,000 cars."},
                          {"b", "Acme Motors launched a recall of 140,000 cars."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].key.attribute, "recall");
  // Other digits that far apart are other facts.
  EXPECT_TRUE(check({{"a", "Acme Motors is recalling 410,000 cars."},
                     {"b", "Acme Motors launched a recall of 150,000 cars."}})
                  .discrepancies.empty());
}

TEST(Check, AnUndatedClaimIsOfItsReportsMonthRatherThanAnEarlierYear) {
  Checker checker;
  const auto add = [&](const char* id, const char* text) {
    InputDocument in = text_document(id, text, id);
    in.doc.published = parse_iso_date("2026-03-13");
    checker.add(std::move(in));
  };
  add("a", "On Thursday Acme Motors said it is recalling 410,000 cars.");
  add("b", "In 2023, Acme Motors recalled 96,000 cars.");
  add("c", "Acme Motors has launched a recall of 300,000 cars.");
  const Report r = checker.finish();
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].values.size(), 2u);  // 410,000 and 300,000; not 2023's
}

TEST(Check, ALevelOfAnEarlierMonthIsAnotherFact) {
  const auto run = [](const char* second) {
    Checker checker;
    InputDocument a = text_document("a", "On Thursday the bank's policy rate rose to 4.75%.", "a");
    a.doc.published = parse_iso_date("2026-11-05");
    InputDocument b = text_document("b", second, "b");
    b.doc.published = parse_iso_date("2026-11-05");
    checker.add(std::move(a));
    checker.add(std::move(b));
    return checker.finish();
  };
  EXPECT_TRUE(run("The bank held its policy rate at 4.50% in September.").discrepancies.empty());
  EXPECT_EQ(run("On Thursday the bank's policy rate rose to 4.50%.").discrepancies.size(), 1u);
}

TEST(Check, ATollWithNoDateIsTheCountAsOfItsReport) {
  const auto run = [](const char* day_a, const char* day_b) {
    return check_on_days("The quake killed 98 people.", day_a, "The quake killed 112 people.",
                         day_b);
  };
  EXPECT_TRUE(run("2025-11-03", "2025-11-04").discrepancies.empty());  // the toll rose
  EXPECT_EQ(run("2025-11-04", "2025-11-04").discrepancies.size(), 1u);
}

TEST(Check, AnUndatedClaimIsNotAFactOfAnEarlierYear) {
  const auto run = [](std::initializer_list<std::pair<const char*, const char*>> docs) {
    Checker checker;
    for (const auto& [id, text] : docs) {
      InputDocument in = text_document(id, text, id);
      in.doc.published = parse_iso_date("2025-02-04");
      checker.add(std::move(in));
    }
    return checker.finish();
  };
  // Today's 1,200 is not last year's 800.
  EXPECT_TRUE(run({{"a", "Acme will cut 1,200 jobs."}, {"b", "Acme cut 800 jobs last year."}})
                  .discrepancies.empty());
  // An undated claim still meets a claim dated to its own year.
  EXPECT_EQ(run({{"a", "Acme will cut 1,200 jobs."}, {"b", "Acme cut 800 jobs this year."}})
                .discrepancies.size(),
            1u);
}

TEST(Check, EveryDocumentIsInTheSources) {
  Checker checker;
  checker.add(text_document("ok", "Meta's $143 investment.", "ok"));
  checker.add(text_document("empty", "", "empty"));
  const Report r = checker.finish();
  ASSERT_EQ(r.sources.size(), 2u);
  EXPECT_FALSE(r.sources[0].rejected);
  EXPECT_TRUE(r.sources[1].rejected);
  EXPECT_FALSE(r.sources[1].reason.empty());
}

TEST(Check, JsonReportCarriesEvidence) {
  const Report r = check(
      {{"a", "Meta's $143 investment in Scale AI."}, {"b", "Meta's $148 investment in Scale AI."}});
  const std::string json = report_json(r);
  EXPECT_NE(json.find("\"claimcheck\":\"1\""), std::string::npos);
  EXPECT_NE(json.find("\"quote\":\"Meta's $148 investment in Scale AI.\""), std::string::npos)
      << json;
  EXPECT_NE(json.find("\"start\":7"), std::string::npos);
  EXPECT_NE(json.find("\"column\":8"), std::string::npos);
}

TEST(Check, ParallelJobsGiveTheSameReport) {
  auto run = [](std::size_t jobs) {
    CheckOptions options;
    options.jobs = jobs;
    Checker checker(std::move(options));
    for (int i = 0; i < 40; ++i) {
      const std::string id = "doc" + std::to_string(i);
      const std::string text = i % 5 == 0 ? "Meta's $148 investment in Scale AI."
                                          : "Meta's $143 investment in Scale AI.";
      checker.add(text_document(id, text, id));
    }
    return report_json(checker.finish());
  };
  const std::string one = run(1);
  EXPECT_EQ(one, run(2));
  EXPECT_EQ(one, run(4));
  EXPECT_NE(one.find("\"outliers\":[\"doc0\",\"doc5\""), std::string::npos) << one.substr(0, 400);
}

TEST(Rates, ParsesRowsAndRejectsBadOnes) {
  std::map<std::string, double> rates;
  EXPECT_TRUE(parse_rates("# units per USD\nEUR\t0.92\nGBP 0.79\n", rates).empty());
  EXPECT_DOUBLE_EQ(rates["EUR"], 0.92);
  EXPECT_FALSE(parse_rates("EUR\tzero\n", rates).empty());
}

// Found by fuzzing: a group in two currencies with no rates is compared one
// currency at a time, and the claims it reports keep their texts.
TEST(Check, WithoutRatesEachCurrencyIsComparedAloneAndKeepsItsTexts) {
  Checker checker;
  checker.add(text_document("a", "Meta's $318 million investment in Scale AI.", "a"));
  checker.add(text_document("b", "Meta's $310 million investment in Scale AI.", "b"));
  checker.add(text_document("c", "Meta's €290 million investment in Scale AI.", "c"));
  const Report r = checker.finish();
  EXPECT_EQ(r.not_comparable, 1u);
  ASSERT_EQ(r.discrepancies.size(), 1u);
  ASSERT_EQ(r.discrepancies[0].values.size(), 2u);
  EXPECT_EQ(r.discrepancies[0].values[0].mention.text, "$318 million");
  EXPECT_EQ(r.discrepancies[0].values[1].mention.text, "$310 million");
}

// A fact is named as most of its statements name it, not by the longest
// name any one of them uses.
TEST(Check, AFactIsNamedAsMostStatementsNameIt) {
  const Report r = check({{"a", "Meta's $143 investment in Scale AI was large."},
                          {"b", "Meta's $148 investment in Scale AI was large."},
                          {"c", "Meta Platforms' $143 investment in Scale AI drew criticism."},
                          {"d", "Meta's $143 investment in Scale AI drew praise."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  ASSERT_EQ(r.discrepancies[0].values.size(), 4u);  // "Meta Platforms'" is Meta too
  EXPECT_EQ(r.discrepancies[0].key.subject, "Meta");
  EXPECT_EQ(r.discrepancies[0].key.object, "Scale AI");
}

TEST(Check, UnnamedTollsOfOneDocumentAreToldApartByTheirDates) {
  Checker checker;
  const auto add = [&](const char* id, const char* text, const char* published) {
    InputDocument in = text_document(id, text, id);
    in.doc.published = parse_iso_date(published);
    checker.add(std::move(in));
  };
  add("a", "Flooding in the valley killed 9 people on Monday, Harwick officials said.",
      "2025-05-05");
  add("b", "The death toll rose to 14 on Wednesday. Officials had reported 6 deaths on Monday.",
      "2025-05-07");
  const Report r = checker.finish();
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].values.size(), 2u);  // Monday's 9 and 6; not Wednesday's 14
}

TEST(Check, MarketValuesWithoutATimeAreNotCompared) {
  const auto market_values = [](const char* when) {
    Checker checker;
    for (const auto& [id, value] : {std::pair{"a", "$72"}, std::pair{"b", "$103"}}) {
      InputDocument in =
          text_document(id, fmt::format("Corvane had a market value of {}{}.", value, when), id);
      in.doc.published = parse_iso_date("2025-10-22");
      checker.add(std::move(in));
    }
    return checker.finish().discrepancies.size();
  };
  EXPECT_EQ(market_values(""), 0u);
  EXPECT_EQ(market_values(" on Thursday"), 1u);
}

TEST(Check, TollsInALiveDocumentAreAsOfTheirUpdate) {
  // Update headings, newest first: 38 dead at 8:30 a.m., 41 by 5:20 p.m.
  const char* live =
      "# published: 2025-10-22\n\n"
      "Ferry toll rises to 41 dead\n\n"
      "5:20 p.m.\nThe Dalisay Star death toll stands at 41.\n\n"
      "8:30 a.m.\nThe Dalisay Star death toll stands at 38.\n";
  EXPECT_TRUE(check({{"live", live}}).discrepancies.empty());
  // Without the headings the two tolls of one day contradict each other.
  const char* plain =
      "# published: 2025-10-22\n\n"
      "The Dalisay Star death toll stands at 41.\n";
  const char* other =
      "# published: 2025-10-22\n\n"
      "The Dalisay Star death toll stands at 38.\n";
  EXPECT_EQ(check({{"plain", plain}, {"other", other}}).discrepancies.size(), 1u);
  // A time set off by a dash opens an update too.
  const char* blog =
      "# published: 2025-10-22\n\n"
      "17:20 - The Dalisay Star death toll stands at 41.\n\n"
      "08:30 - The Dalisay Star death toll stands at 38.\n";
  EXPECT_TRUE(check({{"blog", blog}}).discrepancies.empty());
}

TEST(Check, AClaimJoinsTheOneGroupOfItsSize) {
  // The unnamed "$29 a share" fits both Corvane groups by its fields, but
  // only the offer price by its size.
  const Report r =
      check({{"a", "Corvane priced its shares at $31 apiece."},
             {"b", "Corvane's buyers made $13.35 a share on the day."},
             {"c", "Corvane went public. The company priced its shares at $29 apiece."},
             {"d", "Corvane sold shares at $31 apiece."}});
  ASSERT_EQ(r.discrepancies.size(), 1u);
  EXPECT_EQ(r.discrepancies[0].values.size(), 3u);
}

TEST(Check, AgreementsMayBeCountedWithoutTheirClaims) {
  const auto agreements = [](bool keep) {
    CheckOptions options;
    options.keep_agreement_values = keep;
    Checker checker(options);
    checker.add(text_document("a", "Meta took a 49% stake in Scale AI.", "a"));
    checker.add(text_document("b", "Meta took a 49% stake in Scale AI.", "b"));
    return checker.finish().agreements;
  };
  const auto kept = agreements(true);
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].values.size(), 2u);
  const auto counted = agreements(false);
  ASSERT_EQ(counted.size(), 1u);
  EXPECT_EQ(counted[0].key.attribute, "stake");
  EXPECT_TRUE(counted[0].values.empty());
}

}  // namespace
}  // namespace claimcheck
