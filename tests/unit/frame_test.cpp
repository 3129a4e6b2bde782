#include "claimcheck/claim.hpp"

#include <gtest/gtest.h>

namespace claimcheck {
namespace {

// The claim framed for the first mention whose text is `text`.
Claim claim_for(std::string_view sentence, std::string_view text,
                std::string_view ref = "2025-08-30") {
  const PreparedText prepared = prepare(std::string(sentence));
  ExtractOptions options;
  options.reference_date = parse_iso_date(ref);
  const auto claims = frame(prepared, extract(prepared, options), Lexicon::builtin());
  for (const Claim& c : claims) {
    if (c.mention.text == text) return c;
  }
  ADD_FAILURE() << "no mention \"" << text << "\" in: " << sentence;
  return {};
}

TEST(Frame, AttributeAfterTheAmount) {
  EXPECT_EQ(claim_for("Meta made a $143 investment in Scale AI.", "$143").attribute, "investment");
  EXPECT_EQ(claim_for("Meta took a 49% stake in Scale AI.", "49%").attribute, "stake");
}

TEST(Frame, AttributeBeforeTheAmount) {
  EXPECT_EQ(claim_for("Google spent $150 on Scale.", "$150").attribute, "spending");
  EXPECT_EQ(claim_for("The regulator imposed a fine of €295 on Meta.", "€295").attribute, "fine");
  EXPECT_EQ(claim_for("The startup was valued at $29 by investors.", "$29").attribute, "valuation");
}

// A small count takes its word through who is counted and the verb's
// helpers, or through a verb of reaching; otherwise only right next to it.
TEST(Frame, SmallCountsReachTheirWordThroughLinks) {
  EXPECT_EQ(claim_for("Seven people have died, police said.", "Seven").attribute, "deaths");
  EXPECT_EQ(claim_for("Five residents were killed.", "Five").attribute, "deaths");
  EXPECT_EQ(claim_for("The death toll from the storm reached seven.", "seven").attribute, "deaths");
  EXPECT_EQ(claim_for("The toll rose to five on Friday.", "five").attribute, "deaths");
  EXPECT_EQ(claim_for("The death toll was revised and two teams left.", "two").attribute, "");
  EXPECT_EQ(claim_for("Seven people watched as the plant was destroyed.", "Seven").attribute, "");
}

// The first word of a line is in the clause that follows it.
TEST(Frame, AttributeOpeningALine) {
  EXPECT_EQ(claim_for("Results.\nRevenue hit $9.86 billion.", "$9.86 billion").attribute,
            "revenue");
  EXPECT_EQ(claim_for("Results:\n\nRevenue rose to $9.86 billion.", "$9.86 billion").attribute,
            "revenue");
  EXPECT_EQ(claim_for("Revenue\n$9.86 billion.", "$9.86 billion").attribute, "");
}

// The words that narrow an attribute word heading a noun phrase, sorted;
// none for a verb, with or without its object, or past a possessive.
TEST(Frame, QualifierNarrowsTheAttribute) {
  EXPECT_EQ(claim_for("The apprentice rate rises to €8.90.", "€8.90").qualifier, "apprentice");
  EXPECT_EQ(claim_for("- First-time buyer average price: €251,200", "€251,200").qualifier,
            "average buyer first time");
  EXPECT_EQ(claim_for("The average rate on fixed mortgages fell to 3.89%.", "3.89%").qualifier,
            "average fixed mortgage");
  EXPECT_EQ(claim_for("The average fixed mortgage rate fell to 3.98%.", "3.98%").qualifier,
            "average fixed mortgage");
  EXPECT_EQ(claim_for("The current rate is €12.90.", "€12.90").qualifier, "current");
  EXPECT_EQ(claim_for("Next year's deficit is forecast at 2.9%.", "2.9%").qualifier, "");
  EXPECT_EQ(claim_for("Private investors valued the business at $6.3bn.", "$6.3bn").qualifier, "");
  EXPECT_EQ(claim_for("The company invested $143 in Scale AI.", "$143").qualifier, "");
  EXPECT_EQ(claim_for("The firm posted revenue of $7.3 billion.", "$7.3 billion").qualifier, "");
  EXPECT_EQ(claim_for("Its third-quarter revenue was $8.1 billion.", "$8.1 billion").qualifier, "");
}

TEST(Frame, AWholeYearIsItsOwnBasis) {
  EXPECT_EQ(claim_for("For the full fiscal year, comparable sales gained 2.7%.", "2.7%").basis,
            "full_year");
  EXPECT_EQ(claim_for("Full-year revenue rose to $21.4 billion.", "$21.4 billion").basis,
            "full_year");
  EXPECT_EQ(claim_for("Comparable sales rose 4.6% in the quarter.", "4.6%").basis, "");
}

TEST(Frame, GrowthNamedByWhatGrowsIsThatMeasure) {
  EXPECT_EQ(claim_for("It grew on comparable sales growth of 6.4%.", "6.4%").attribute,
            claim_for("Comparable sales rose 6.4% in the quarter.", "6.4%").attribute);
  EXPECT_EQ(claim_for("Growth of 2.1% was weak.", "2.1%").attribute, "growth");
}

TEST(Frame, TrialEnrolmentCountsPatients) {
  EXPECT_EQ(claim_for("The study enrolled 1,842 adults at 212 sites.", "1,842").attribute,
            "patients");
  EXPECT_EQ(claim_for("It randomized 1,482 adults to two doses.", "1,482").attribute, "patients");
}

TEST(Frame, LabelOfTheNumberedThingItIsOf) {
  EXPECT_EQ(claim_for("In the phase 3 study, 62.4% of patients responded.", "62.4%").label,
            "phase 3");
  EXPECT_EQ(claim_for("In its Series C round it raised $210 million.", "$210 million").label,
            "series c");
  EXPECT_EQ(claim_for("Class B shares closed at $41.20.", "$41.20").label, "class b");
  EXPECT_EQ(claim_for("About 62% of patients responded.", "62%").label, "");
  EXPECT_EQ(claim_for("The 2024 phase of the project cost $5 million.", "$5 million").label, "");
}

TEST(Frame, NoAttributeAcrossAClauseBreak) {
  EXPECT_EQ(claim_for("It is investing billions in data centers, like the $50 Hyperion.", "$50")
                .attribute,
            "");
}

TEST(Frame, SubjectFromPossessiveAndApposition) {
  EXPECT_EQ(claim_for("Meta's $143 investment in Scale AI.", "$143").subject.key, "meta");
  EXPECT_EQ(
      claim_for("Customers like Google, which spent $150 on Scale, left.", "$150").subject.key,
      "google");
}

TEST(Frame, ObjectAfterAPreposition) {
  const Claim c = claim_for("Meta's $143 investment in Scale AI.", "$143");
  EXPECT_EQ(c.object.key, "scale");
  EXPECT_EQ(c.object.name, "Scale AI");
}

TEST(Frame, EntityAfterAPrepositionIsNotTheSubject) {
  const Claim c = claim_for("After the deal with Scale, Meta spent $150 on data.", "$150");
  EXPECT_EQ(c.subject.key, "meta");
}

TEST(Frame, BasisOfARate) {
  EXPECT_EQ(claim_for("Meta will spend at least $500 annually on Scale's data.", "$500").basis,
            "annual");
  EXPECT_EQ(claim_for("Meta will spend $500 a year on data.", "$500").basis, "annual");
  EXPECT_EQ(claim_for("Meta spent $500 on data.", "$500").basis, "");
}

TEST(Frame, QuoteIsTheSentence) {
  const Claim c =
      claim_for("First sentence. Meta's $143 investment in Scale AI. Last one.", "$143");
  EXPECT_EQ(c.quote, "Meta's $143 investment in Scale AI.");
  EXPECT_EQ(c.position.line, 1u);
  EXPECT_EQ(c.position.column, 24u);
}

TEST(Frame, ObjectOnlyRightAfterTheAmountItsAttributeOrBasis) {
  EXPECT_EQ(claim_for("Meta's $143 bet on Scale AI is large.", "$143").object.key, "scale");
  EXPECT_EQ(claim_for("Meta will spend $500 a year on Scale's data.", "$500").object.key, "scale");
  EXPECT_EQ(claim_for("Meta's $143 deal remains its largest outside bet on AI.", "$143").object.key,
            "");
}

TEST(Frame, AnAsideAfterANameDoesNotGiveTheSubject) {
  EXPECT_EQ(claim_for("Stratavia Software, one of the Triangle's largest employers, is cutting "
                      "1,400 jobs.",
                      "1,400")
                .subject.key,
            "stratavia");
}

TEST(Frame, CommonWordsOpeningASentenceAreNoSubject) {
  EXPECT_EQ(claim_for("Critics say the $148 deal hurt Scale.", "$148").subject.key, "");
  EXPECT_EQ(claim_for("Adjusted earnings came to $142 per share.", "$142").subject.key, "");
  EXPECT_EQ(claim_for("Harbor Trust's $450 investment went ahead.", "$450").subject.key, "harbor");
  EXPECT_EQ(claim_for("Google spent $150 on Scale.", "$150").subject.key, "google");
}

TEST(Frame, TopicIsTheEntityTheDocumentNamesMost) {
  const Claim c = claim_for(
      "Lumora Health listed on the Nasdaq. Lumora said demand was strong. The company sold 30 "
      "million shares, Lumora said.",
      "30 million");
  EXPECT_EQ(c.subject.key, "");
  EXPECT_EQ(c.topic.key, "lumora");
  EXPECT_EQ(claim_for("Meta and Google spent $150 on Scale.", "$150").topic.key, "");
}

TEST(Frame, WhatIsDoneToPeopleNamesTheAttribute) {
  EXPECT_EQ(claim_for("The company laid off 600 employees last year.", "600").attribute, "layoffs");
  EXPECT_EQ(claim_for("The company had 10,000 employees.", "10,000").attribute, "employees");
}

TEST(Frame, PremiumAndEarningsPerShare) {
  EXPECT_EQ(claim_for("The offer is a 34% premium to Friday's close.", "34%").attribute, "premium");
  const Claim eps = claim_for("The company reported EPS of $1.24 on an adjusted basis.", "$1.24");
  EXPECT_EQ(eps.attribute, "profit");
  EXPECT_EQ(eps.basis, "per_share");
  EXPECT_EQ(claim_for("Its market capitalization stood at $72.", "$72").attribute, "market_value");
}

TEST(Frame, DatesAndLengthsOfTimeTakeOnlyWordsMeantForThem) {
  // "fine" names what an amount of money is, never what a date is.
  EXPECT_EQ(claim_for("The regulator on Wednesday imposed a fine of €295 on Meta.", "Wednesday")
                .attribute,
            "");
  EXPECT_EQ(claim_for("The league signed a five-year deal with Vistream.", "five-year").attribute,
            "term");
  EXPECT_EQ(claim_for("Meta signed a $500 deal with Scale.", "$500").attribute, "investment");
  EXPECT_EQ(claim_for("Meta was given 60 days to change its rules.", "60 days").attribute,
            "deadline");
  EXPECT_EQ(claim_for("The company now has 90 days to comply.", "90 days").attribute, "deadline");
}

TEST(Frame, ADateOrLengthOfTimeTakesOnlyAWordRightNextToIt) {
  EXPECT_EQ(claim_for("It has a deadline of 60 days.", "60 days").attribute, "deadline");
  EXPECT_EQ(
      claim_for("KTN is without rights for more than a decade and adds to pressure.", "a decade")
          .attribute,
      "");
  EXPECT_EQ(claim_for("A rival cited $50 within two weeks post-deal.", "two weeks").attribute, "");
  // Nor does a generic "deal" after it take a verb's class.
  EXPECT_EQ(claim_for("Meta invested after two months of a deal.", "two months").attribute, "");
}

TEST(Frame, ToNamesTheTimeAllowedOnlyBeforeAVerb) {
  EXPECT_EQ(claim_for("The plan covers five years to 2030.", "five years").attribute, "");
  EXPECT_EQ(claim_for("Sales rose in the two weeks to the end of June.", "two weeks").attribute,
            "");
  EXPECT_EQ(
      claim_for("The court cut the sentence to five years on appeal.", "five years").attribute, "");
}

TEST(Lexicon, UserRowsMayNameTheirKinds) {
  Lexicon l = Lexicon::builtin();
  EXPECT_TRUE(l.add_tsv("warranty\twarranty\tduration\n").empty());
  EXPECT_FALSE(l.add_tsv("bounty\treward\tcurrency\n").empty());
  const PreparedText p = prepare("It comes with a two-year warranty and a $5 warranty fee.");
  const auto claims = frame(p, extract(p), l);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].attribute, "warranty");
  EXPECT_EQ(claims[1].attribute, "");
}

TEST(Frame, AForecastEarlierInTheClauseIsAnotherBasis) {
  EXPECT_EQ(claim_for("Officials now see the rate at 3.4% at the end of next year.", "3.4%").basis,
            "forecast");
  EXPECT_EQ(claim_for("Analysts had expected revenue of $5 for the quarter.", "$5").basis,
            "forecast");
  // Only within the clause: the reported figure after a comma is no forecast.
  EXPECT_EQ(claim_for("Analysts had expected less, but revenue came to $5.", "$5").basis, "");
  EXPECT_EQ(claim_for("The Fed cut its rate to 4.25%.", "4.25%").basis, "");
}

TEST(Frame, AGoalIsAnotherBasisThanTheOutcome) {
  EXPECT_EQ(claim_for("The bank's inflation target is 2%.", "2%").basis, "target");
  EXPECT_EQ(claim_for("The chain aims to reach revenue of $5 next year.", "$5").basis, "target");
  EXPECT_EQ(claim_for("Annual inflation was 3.4% in April.", "3.4%").basis, "");
}

TEST(Frame, MagnitudeOfAQuake) {
  EXPECT_EQ(claim_for("The magnitude 6.9 quake hit at dawn.", "6.9").attribute, "magnitude");
  EXPECT_EQ(claim_for("Dozens died in the magnitude-6.4 earthquake.", "6.4").attribute,
            "magnitude");
  EXPECT_EQ(claim_for("The strongest aftershock measured 5.1.", "5.1").attribute, "");
}

TEST(Frame, ObjectReadThroughTheWordsThatDescribeIt) {
  EXPECT_EQ(claim_for("Halberd made a £42 offer for North Sea producer Corrin Oil & Gas.", "£42")
                .object.key,
            "corrin");
  EXPECT_EQ(
      claim_for("The league signed a $25 deal with streaming service Vistream.", "$25").object.key,
      "vistream");
  // A name followed by common words stays the object.
  EXPECT_EQ(claim_for("Meta's $143 bet on Scale AI is large.", "$143").object.key, "scale");
  EXPECT_EQ(claim_for("Halberd made a £42 offer for North Sea assets.", "£42").object.key, "north");
}

TEST(Frame, AParenthesisRestatingTheAmountIsReadPast) {
  const Claim c = claim_for("Halberd Energy's £42 ($56) offer for Corrin is final.", "£42");
  EXPECT_EQ(c.attribute, "price");
  EXPECT_EQ(c.object.key, "corrin");
}

TEST(Frame, AVerbBeforeTheAmountGivesWhoBuysAndWhatIsBought) {
  const Claim active = claim_for(
      "Corvane said it had agreed to buy Brightline Analytics, a Denver-based maker of "
      "software, for $24 in cash.",
      "$24");
  EXPECT_EQ(active.attribute, "price");
  EXPECT_EQ(active.subject.key, "corvane");
  EXPECT_EQ(active.object.key, "brightline");
  const Claim passive = claim_for(
      "Brightline Analytics is being sold to Texas-based Corvane Systems for $24.", "$24");
  EXPECT_EQ(passive.attribute, "price");
  EXPECT_EQ(passive.subject.key, "corvane");
  EXPECT_EQ(passive.object.key, "brightline");
  // With no name after it, the verb leaves who and what to the usual rules.
  const Claim plain = claim_for("Google, which spent $150 on Scale, left.", "$150");
  EXPECT_EQ(plain.subject.key, "google");
  EXPECT_EQ(plain.object.key, "scale");
}

TEST(Frame, ADealIsWhatItsVerbMakesIt) {
  const Claim c = claim_for(
      "Corvane Systems is buying software company Brightline in a $21 all-cash deal.", "$21");
  EXPECT_EQ(c.attribute, "price");
  EXPECT_EQ(c.subject.key, "corvane");
  EXPECT_EQ(c.object.key, "brightline");
  EXPECT_EQ(claim_for("Critics say the $148 deal hurt Scale.", "$148").attribute, "investment");
}

TEST(Frame, ForecastingSoftwareIsNoForecast) {
  EXPECT_EQ(
      claim_for("Corvane is buying forecasting company Brightline in a $21 deal.", "$21").basis,
      "");
}

TEST(Frame, CoreInflationIsAnotherMeasure) {
  EXPECT_EQ(claim_for("Core inflation of 2.8% worried officials.", "2.8%").attribute,
            "core_inflation");
  EXPECT_EQ(claim_for("Inflation of 2.4% worried officials.", "2.4%").attribute, "inflation");
}

TEST(Frame, AnEarlierAmountNamedSoIsAnotherFact) {
  EXPECT_EQ(claim_for("It replaces its previous three-year contract with KTN.", "three-year").basis,
            "previous");
  EXPECT_EQ(claim_for("It follows the prior $12 round led by Harbor.", "$12").basis, "previous");
}

TEST(Frame, APartOfADayIsAPeriod) {
  const Claim c = claim_for("The toll had stood at 112 on Tuesday evening.", "112", "2025-11-05");
  ASSERT_TRUE(c.period != nullptr);
  EXPECT_EQ(c.period->timex, "2025-11-04TEV");
}

TEST(Frame, AYearBetweenAWordAndItsAmountOnlySaysWhen) {
  EXPECT_EQ(claim_for("The median official expects the policy rate to finish 2025 at 3.9%.", "3.9%")
                .attribute,
            "rate");
  // Another amount in between takes the word.
  EXPECT_EQ(claim_for("Its revenue rose 12 times to $5.", "$5").attribute, "");
}

TEST(Frame, AChangeNounReadsThroughToWhatChanged) {
  EXPECT_EQ(claim_for("The bank made a 50 basis point increase that took its policy rate to 4%.",
                      "50 basis point")
                .attribute,
            "rate");
  EXPECT_EQ(claim_for("Acme reported a 5% rise in revenue.", "5%").attribute, "revenue");
}

TEST(Frame, ABareSmallCountTakesOnlyAWordRightNextToIt) {
  EXPECT_EQ(claim_for("The club paid for the midfielder two summers ago.", "two").attribute, "");
  EXPECT_EQ(claim_for("He is one of the three best-paid players.", "three").attribute, "");
  EXPECT_EQ(claim_for("The storm killed two hikers.", "two").attribute, "deaths");
  // A figure in digits still reads a word a little further off.
  EXPECT_EQ(claim_for("Acme laid off about 240 of its workers.", "240").attribute, "layoffs");
}

TEST(Frame, RecallsAndWhatAFireDestroyed) {
  EXPECT_EQ(claim_for("Acme is recalling 410,000 vehicles.", "410,000").attribute, "recall");
  EXPECT_EQ(claim_for("Acme launched a recall of 140,000 cars.", "140,000").attribute, "recall");
  EXPECT_EQ(claim_for("The fire has destroyed 73 homes.", "73").attribute, "destroyed");
  EXPECT_EQ(claim_for("Officials said 37 homes have been destroyed.", "37").attribute, "destroyed");
  // Homes alone are no attribute.
  EXPECT_EQ(claim_for("Officials said 1,200 homes lost power.", "1,200").attribute, "");
}

TEST(Frame, APercentageAfterByIsAChangeInTheVerbsDirection) {
  const auto change = [](std::string_view sentence, std::string_view text) {
    const Claim c = claim_for(sentence, text);
    const auto* p = std::get_if<Percent>(&c.mention.value);
    return p && p->change ? p->value.to_string() : std::string("level");
  };
  EXPECT_EQ(change("The bank raised its main policy rate by 25 basis points.", "25 basis points"),
            "25");
  EXPECT_EQ(change("The bank lowered its main policy rate by 25 basis points.", "25 basis points"),
            "-25");
  EXPECT_EQ(change("Turnout was higher by 5% than expected.", "5%"), "level");
}

TEST(Frame, AMonthWithoutItsYearIsAPeriod) {
  const Claim c = claim_for("The bank had held rates at 4.50% at its September meeting.", "4.50%");
  ASSERT_TRUE(c.period != nullptr);
  EXPECT_EQ(c.period->timex, "XXXX-09");
}

TEST(Frame, ATimeZoneIsNoEntity) {
  EXPECT_EQ(claim_for("At 07:10 PDT officials said the fire destroyed 37 homes.", "37").subject.key,
            "");
}

TEST(Frame, AnAgeDescriptorIsNotTheTopic) {
  const std::string text =
      "Harbor Athletic signed Lena Ortiz. Harbor Athletic paid a fee. Harbor Athletic won. "
      "The 24-year-old has signed a five-year contract.";
  const PreparedText p = prepare(text);
  const auto claims = frame(p, extract(p), Lexicon::builtin());
  bool found = false;
  for (const Claim& c : claims) {
    if (c.mention.text != "five-year") continue;
    found = true;
    EXPECT_EQ(c.attribute, "term");
    EXPECT_FALSE(c.topic.known());
  }
  EXPECT_TRUE(found);
  // Elsewhere the topic is the entity named most.
  EXPECT_EQ(claim_for("Harbor Athletic won. Harbor Athletic lost. Harbor Athletic drew. It has "
                      "signed a five-year contract.",
                      "five-year")
                .topic.key,
            "harbor");
}

TEST(Frame, ADateThatStartsASpanOrDescribesANameIsNoPeriod) {
  EXPECT_FALSE(claim_for("The fire has destroyed 73 homes since Tuesday.", "73").period != nullptr);
  EXPECT_FALSE(
      claim_for("The fire, which broke out on Tuesday, has destroyed 73 homes.", "73").period !=
      nullptr);
  EXPECT_TRUE(claim_for("The fire destroyed 73 homes on Tuesday.", "73").period != nullptr);
}

TEST(Frame, ADateAfterAnEarlierValueDatesThatValueOnly) {
  const std::string s = "Officials said 30 people were injured, down from 45 earlier in the week.";
  EXPECT_EQ(claim_for(s, "30", "2025-08-28").period, nullptr);
  const Claim was = claim_for("Sales rose to $9 billion from $7 billion in 2023.", "$9 billion");
  EXPECT_EQ(was.period, nullptr);
  // A date before the earlier value still dates the amount.
  const Claim now = claim_for("Sales rose to $9 billion in 2024 from $7 billion.", "$9 billion");
  ASSERT_NE(now.period, nullptr);
  EXPECT_EQ(now.period->timex, "2024");
}

TEST(Frame, WorthAtAMarketCloseIsAMarketValue) {
  EXPECT_EQ(
      claim_for("At Friday's close the group was worth $40 billion.", "$40 billion").attribute,
      "market_value");
  EXPECT_EQ(claim_for("It was valued at $40 billion based on the closing price.", "$40 billion")
                .attribute,
            "market_value");
  EXPECT_EQ(claim_for("The deal valued the group at $40 billion.", "$40 billion").attribute,
            "valuation");
  EXPECT_EQ(claim_for("At the close of trading it was worth $40 billion.", "$40 billion").attribute,
            "market_value");
  EXPECT_EQ(
      claim_for("At the close of the deal it was worth $40 billion.", "$40 billion").attribute,
      "valuation");
  EXPECT_EQ(
      claim_for("The deal valued the group at close to $40 billion.", "$40 billion").attribute,
      "valuation");
}

TEST(Frame, MoneyPerShareOfAnOfferingIsAPricePerShare) {
  for (const auto& [s, amount] : {std::pair{"Acme priced its IPO at $18 a share.", "$18"},
                                  {"Acme sold 5 million shares at $18 each.", "$18"},
                                  {"Acme priced its shares at $18 on Monday.", "$18"}}) {
    const Claim c = claim_for(s, amount);
    EXPECT_EQ(c.attribute, "price") << s;
    EXPECT_EQ(c.basis, "per_share") << s;
  }
  // Earnings per share stay earnings.
  EXPECT_EQ(claim_for("Acme reported earnings of $1.10 a share.", "$1.10").attribute, "profit");
}

TEST(Frame, AQuarterOutranksTheDayOfTheReport) {
  const Claim c = claim_for("Acme reported second-quarter revenue of $3 billion on Tuesday.",
                            "$3 billion", "2025-07-30");
  ASSERT_NE(c.period, nullptr);
  EXPECT_NE(c.period->timex.find("Q2"), std::string::npos) << c.period->timex;
}

TEST(Frame, TheAgentAfterByIsNoObject) {
  const Claim c =
      claim_for("Acme was hit with a $90 million fine by the Trade Board.", "$90 million");
  EXPECT_EQ(c.attribute, "fine");
  EXPECT_EQ(c.subject.key, "acme");
  EXPECT_FALSE(c.object.known());
}

TEST(Frame, AnAsideThatOpensBeforeTheWindowStillNamesTheSubject) {
  const Claim c = claim_for(
      "Acme, the toy maker whose Nordic branch employs about 400 staff in Malmo and Oslo, has "
      "been given a $90 million fine.",
      "$90 million");
  EXPECT_EQ(c.subject.key, "acme");
}

TEST(Frame, AWordAfterAConjunctionIsAnotherPhrase) {
  EXPECT_EQ(claim_for("Acme posted revenue of $5 billion and raised its outlook.", "$5 billion")
                .attribute,
            "revenue");
}

TEST(Frame, AnAmountAfterAComparisonAndAnArticleIsAReferencePoint) {
  EXPECT_EQ(claim_for("Its market value is well above the $9 billion of last year.", "$9 billion")
                .attribute,
            "");
  EXPECT_EQ(claim_for("Its market value is above $9 billion.", "$9 billion").attribute,
            "market_value");
}

TEST(Frame, APlaceBeforeBasedIsNoSubject) {
  const Claim c =
      claim_for("A year ago, the Denver-based company posted sales of $3 billion.", "$3 billion");
  EXPECT_FALSE(c.subject.known());
  // And a sentence opening with an earlier time states an earlier value.
  EXPECT_EQ(c.basis, "previous");
  EXPECT_EQ(claim_for("Acme, a Denver-based company, posted sales of $3 billion.", "$3 billion")
                .subject.key,
            "acme");
}

TEST(Lexicon, UserRowsExtendTheBuiltIn) {
  Lexicon l = Lexicon::builtin();
  EXPECT_TRUE(l.add_tsv("bounty\treward\n").empty());
  EXPECT_FALSE(l.add_tsv("no class here\n").empty());
  const PreparedText p = prepare("Police offered a $500 bounty.");
  const auto claims = frame(p, extract(p), l);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].attribute, "reward");
}

// Flags of a lexicon row: a "weak" verb yields to the noun after the
// amount, a "before" verb names only an amount after it.
TEST(Lexicon, RowFlagsWeakAndBefore) {
  EXPECT_EQ(claim_for("Acme was ordered to pay $21 in damages.", "$21").attribute, "fine");
  EXPECT_EQ(claim_for("Acme will pay $45 for the land.", "$45").attribute, "price");
  EXPECT_EQ(claim_for("The deal values Globex at $12 billion.", "$12 billion").attribute,
            "valuation");
  EXPECT_EQ(claim_for("Its offer of 245p a share values the shares at £1.2bn.", "245p").attribute,
            "price");
  Lexicon l = Lexicon::builtin();
  EXPECT_TRUE(l.add_tsv("earns\tsalary\t\tbefore\n").empty());
  EXPECT_FALSE(l.add_tsv("earns\tsalary\tmoney\tstrong\n").empty());
}

// An ampersand joins two names into one; a time zone is no name.
TEST(Frame, NamesJoinedByAnAmpersand) {
  EXPECT_EQ(claim_for("Hollins & Reade will close 38 stores.", "38").subject.key, "hollins");
  EXPECT_EQ(claim_for("The H&R Home chain will close 83 stores.", "83").subject.key, "h");
  const Claim c = claim_for("10:05 ET\nAcme revenue was $5 billion.\n10:20 ET\nStill $5 billion.",
                            "$5 billion");
  EXPECT_EQ(c.subject.key, "acme");
  EXPECT_NE(c.topic.key, "et");
}

// Stores closed, and sales of stores open a year, are measures of their own.
TEST(Frame, ClosuresAndComparableSales) {
  EXPECT_EQ(claim_for("Acme will close 38 stores by January.", "38").attribute, "closures");
  EXPECT_EQ(claim_for("Acme plans to shut 83 stores.", "83").attribute, "closures");
  EXPECT_EQ(claim_for("Close to 40 people were killed.", "40").attribute, "deaths");
  const Claim comparable = claim_for("Comparable sales rose 2.8% in the quarter.", "2.8%");
  EXPECT_EQ(comparable.attribute, "comparable_sales");
  EXPECT_FALSE(std::get<Percent>(comparable.mention.value).change);
  EXPECT_EQ(claim_for("Same-store sales up 1.8%.", "1.8%").attribute, "comparable_sales");
}

// An earlier value set against an amount takes the date after it.
TEST(Frame, ADateAfterAComparisonIsTheComparisons) {
  const std::string_view s =
      "Acme put aside $612 million, up from $488 million a year ago and $575 million in the "
      "second quarter.";
  EXPECT_EQ(claim_for(s, "$612 million").period, nullptr);
  ASSERT_NE(claim_for(s, "$575 million").period, nullptr);
  EXPECT_EQ(claim_for(s, "$575 million").period->timex, "XXXX-Q2");
  // Without a comparison between them the date is the amount's.
  const Claim rate = claim_for("Acme raised its rate by 25 basis points to 4.75% on 2025-11-06.",
                               "25 basis points");
  ASSERT_NE(rate.period, nullptr);
}

// Two fees of one deal; and a figure set against its own point of
// reference is no continuation of the one before.
TEST(Frame, FeesOfADealAndPointsOfReference) {
  EXPECT_EQ(claim_for("It owes Halloran a break fee of $290 million.", "$290 million").attribute,
            "break_fee");
  EXPECT_EQ(claim_for("Halloran pays a reverse termination fee of $430 million.", "$430 million")
                .attribute,
            "reverse_fee");
  const std::string_view s =
      "Halloran pays a 31% premium to the last close before the announcement and 38% above the "
      "30-day average.";
  EXPECT_EQ(claim_for(s, "31%").attribute, "premium");
  EXPECT_EQ(claim_for(s, "38%").attribute, "");
}

// Charges, dissents, and a date between two amounts.
TEST(Frame, ChargesDissentsAndTiedDates) {
  EXPECT_EQ(claim_for("It will take a restructuring charge of £1.35bn.", "£1.35bn").attribute,
            "charge");
  EXPECT_EQ(claim_for("Two dissented at the meeting.", "Two").attribute, "dissents");
  EXPECT_EQ(claim_for("Three members dissented.", "Three").attribute, "dissents");
  const std::string_view s = "The median dot is at 3.9% for end-2026 and 3.6% for end-2027.";
  ASSERT_NE(claim_for(s, "3.6%").period, nullptr);
  EXPECT_EQ(claim_for(s, "3.6%").period->timex, "2027");
  EXPECT_EQ(claim_for(s, "3.9%").period->timex, "2026");
}

// A currency code names no one.
TEST(Frame, ACurrencyCodeIsNoName) {
  const Claim c = claim_for("Rs 8,310 crore was raised. Rs 8,310 crore, said Rs traders. Rs again.",
                            "Rs 8,310 crore");
  EXPECT_NE(c.topic.key, "rs");
  EXPECT_FALSE(c.subject.known());
}

// A person is the subject only of what a person earns, signs or owns.
TEST(Frame, APersonIsNoSubjectOfACompanysFigures) {
  EXPECT_FALSE(claim_for("Chief executive Priya Lindell defended the £1.45bn restructuring charge.",
                         "£1.45bn")
                   .subject.known());
  EXPECT_FALSE(
      claim_for("Analyst Ruth Adebayo sees the rate at 3.4% next year.", "3.4%").subject.known());
  EXPECT_EQ(claim_for("Striker Tomas Arrieta will earn £180,000 a week.", "£180,000").subject.key,
            "tomas");
  EXPECT_EQ(claim_for("Acme took a restructuring charge of £1.35bn.", "£1.35bn").subject.key,
            "acme");
}

// A whole clause after a forecast word is a forecast; a region's figure is
// local; a first estimate is preliminary; "X, whose" names the subject.
TEST(Frame, ForecastClausesRegionsEstimatesAndWhose) {
  EXPECT_EQ(
      claim_for("Consensus is for quarterly growth of 0.3% and a jobless rate of 6.2%.", "6.2%")
          .basis,
      "forecast");
  EXPECT_EQ(claim_for("The institute gives a preliminary magnitude of 7.4.", "7.4").basis,
            "preliminary");
  EXPECT_EQ(claim_for("The regional jobless rate is 9 per cent.", "9 per cent").basis, "local");
  EXPECT_EQ(claim_for("The northern region of Varessa, home to much of the heavy industry, still "
                      "has a jobless rate close to 9 per cent.",
                      "9 per cent")
                .basis,
            "local");
  EXPECT_EQ(claim_for("The comparison is with Portsgate City, whose 20-year agreement is rich.",
                      "20-year")
                .subject.key,
            "portsgate");
}

// A live update's text opens a sentence after its time and a dash; how
// long a deal runs; buildings that collapsed.
TEST(Frame, UpdatesTermsAndCollapses) {
  EXPECT_FALSE(
      claim_for("Intro.\n4:09 p.m. ET - Net income came in at $512 million.", "$512 million")
          .subject.known());
  EXPECT_EQ(claim_for("The deal runs for 15 years.", "15 years").attribute, "term");
  EXPECT_EQ(claim_for("The agency says 1,243 buildings have collapsed.", "1,243").attribute,
            "destroyed");
}

// Orders of goods, and how long payments run.
TEST(Frame, OrdersAndPaymentPeriods) {
  EXPECT_EQ(claim_for("Boreal placed a firm order for 48 jets.", "48").attribute, "order");
  EXPECT_EQ(claim_for("The money will be paid over four years.", "four years").attribute,
            "payment_period");
}

// A date gets an attribute only from a row meant for dates.
TEST(Frame, WhenSomethingOpensOrCompletes) {
  EXPECT_EQ(claim_for("The venue is scheduled to open in 2029.", "2029").attribute, "opening");
  EXPECT_EQ(claim_for("The deal is expected to close in 2026.", "2026").attribute, "completion");
  EXPECT_EQ(claim_for("Acme opened offices in 2021.", "2021").attribute, "");
}

// A rate of change named as such is its level.
TEST(Frame, APriceRiseIsTheLevelOfInflation) {
  const auto change = [](const Claim& c) { return std::get<Percent>(c.mention.value).change; };
  const Claim prices = claim_for("Consumer prices rose 8.7% year on year in March.", "8.7%");
  EXPECT_EQ(prices.attribute, "inflation");
  EXPECT_FALSE(change(prices));
  const Claim economy = claim_for("The economy grew 2.1% in the second quarter.", "2.1%");
  EXPECT_EQ(economy.attribute, "growth");
  EXPECT_FALSE(change(economy));
  EXPECT_TRUE(change(claim_for("Acme's revenue rose 7% in the quarter.", "7%")));
}

// Jobs are what the verb before them does to them.
TEST(Frame, JobsCutOrCreated) {
  EXPECT_EQ(claim_for("Acme will cut about 4,000 jobs.", "4,000").attribute, "layoffs");
  EXPECT_EQ(claim_for("Employers added 150,000 jobs in March.", "150,000").attribute, "hiring");
  EXPECT_EQ(claim_for("The plant will create 3,000 jobs.", "3,000").attribute, "hiring");
  EXPECT_EQ(claim_for("Some 3,000 jobs depend on the plant.", "3,000").attribute, "jobs");
}

TEST(Frame, AWordOpeningAPartIsNotTheAmountsAttribute) {
  // "including debt" names a part of the amount, not what the amount is.
  EXPECT_EQ(claim_for("The deal valued the company at £16 including debt.", "£16").attribute,
            "valuation");
  EXPECT_EQ(claim_for("Corrib loads £850 of debt on the retailer.", "£850").attribute, "debt");
}

TEST(Frame, APercentageOfTheSharesIsNoSale) {
  EXPECT_EQ(claim_for("The family controls 18.4% of the shares.", "18.4%").attribute, "");
  EXPECT_EQ(claim_for("Lumera sold 18 million shares at $27 each.", "18 million").attribute,
            "shares_sold");
}

TEST(Frame, WhatAShareTradesAtIsAMarketPrice) {
  EXPECT_EQ(claim_for("The stock opened at $42 on Thursday.", "$42").attribute, "market_price");
  EXPECT_EQ(claim_for("Shares rose from a closing price of $177 on Monday.", "$177").attribute,
            "market_price");
}

TEST(Frame, AnOfferingPricedAtAnAmountIsAPricePerShare) {
  const Claim c = claim_for("Corvane priced its IPO at $31 on Wednesday.", "$31");
  EXPECT_EQ(c.attribute, "price");
  EXPECT_EQ(c.basis, "per_share");
  EXPECT_EQ(claim_for("The IPO raised $573 for Corvane.", "$573").basis, "");
}

TEST(Frame, ADateBetweenAttributeAndAmountIsNotCounted) {
  EXPECT_EQ(claim_for("Its growth forecast for this year was cut to 3.4%.", "3.4%").attribute,
            "growth");
}

TEST(Frame, ASpeakerIsNotTheSubject) {
  EXPECT_EQ(claim_for("Villareal said the manifest lists 321 passengers.", "321").subject.key, "");
  EXPECT_EQ(claim_for("Villareal's manifest lists 321 passengers.", "321").subject.key,
            "villareal");
}

TEST(Frame, AListItemOpensASentence) {
  // "- Inflation, 2026: 4.4%": the capital of a list item's first word is no name.
  const Claim c = claim_for("Forecasts:\n- Inflation, 2026 average: 4.4 per cent", "4.4 per cent");
  EXPECT_EQ(c.subject.key, "");
}

TEST(Frame, ASentenceOpenerBeforeOfIsNoName) {
  EXPECT_EQ(claim_for("Reminder of the headline: core profit came to $187.", "$187").subject.key,
            "");
}

TEST(Frame, CapitalsOfATitleCaseHeadlineAreNoNames) {
  const std::string text =
      "Willfulness Finding Puts Arclight At Risk After $412 Verdict\n"
      "A jury found that Arclight infringed the patents.";
  const Claim c = claim_for(text, "$412");
  EXPECT_NE(c.subject.key, "willfulness");
  EXPECT_EQ(
      claim_for("Willfulness of Arclight put $412 at risk, said the Willfulness Trust.", "$412")
          .subject.key,
      "willfulness");
}

TEST(Frame, ADateInParenthesesDatesOnlyTheFigureInside) {
  const Claim c = claim_for("Core EPS of €1.84, up 14% (Q3 2024: €1.62).", "€1.84");
  EXPECT_EQ(c.period, nullptr);
  const Claim inside = claim_for("Core EPS of €1.84, up 14% (Q3 2024: €1.62).", "€1.62");
  ASSERT_NE(inside.period, nullptr);
  EXPECT_EQ(inside.period->timex, "2024-Q3");
}

TEST(Frame, CoreAndAdjustedProfitAreOtherMeasures) {
  EXPECT_EQ(claim_for("Core earnings per share came in at €1.84.", "€1.84").attribute,
            "core_profit");
  EXPECT_EQ(claim_for("Earnings per share were €1.39.", "€1.39").attribute, "profit");
  EXPECT_EQ(claim_for("Adjusted EPS of $2.10 beat forecasts.", "$2.10").attribute,
            "adjusted_profit");
}

TEST(Frame, EarningsPerShareNamedEarlierInTheClauseArePerShare) {
  EXPECT_EQ(claim_for("Core earnings per share came in at €1.84.", "€1.84").basis, "per_share");
  EXPECT_EQ(claim_for("Core EPS €1.84 beat the consensus.", "€1.84").basis, "per_share");
  EXPECT_EQ(claim_for("Core profit came in at €184.", "€184").basis, "");
}

TEST(Frame, Severance) {
  EXPECT_EQ(
      claim_for("The charges include about $145 million for severance.", "$145 million").attribute,
      "severance");
}

TEST(Frame, AnAmountJoinedByAndSaysTheSameOfAnotherTime) {
  const char* text = "It expects inflation to end this year at 5.1% and to average 4.4% next year.";
  const Claim c = claim_for(text, "4.4%");
  EXPECT_EQ(c.attribute, "inflation");
  EXPECT_EQ(c.basis, "forecast");
  EXPECT_EQ(claim_for("Sales rose 5% in 2024 and 7% in 2025.", "7%").attribute, "revenue");
  // A new noun phrase after "and" is another fact; counts never carry over.
  EXPECT_EQ(claim_for("Sales rose 5% in 2024, and the shares fell 2%.", "2%").attribute, "");
  EXPECT_EQ(claim_for("It cut 200 jobs and closed 3 plants.", "3").attribute, "");
}

TEST(Frame, AnEverydayWordOpeningASentenceIsNoName) {
  EXPECT_EQ(claim_for("Quick background: the company priced its shares at $31.", "$31").subject.key,
            "");
  // A name the document also writes inside a sentence stays a name.
  EXPECT_EQ(claim_for("Block reported revenue of $5 billion as Block shares rose.", "$5 billion")
                .subject.key,
            "block");
}

TEST(Frame, ASpeakerTakenUpByAPronounIsTheSubject) {
  EXPECT_EQ(
      claim_for("Summit Air said in September it would shed 1,500 positions.", "1,500").subject.key,
      "summit");
}

TEST(Frame, WhatWouldHaveBeenIsAnotherBasis) {
  EXPECT_EQ(claim_for("Had the deal priced at $37, it would have raised more.", "$37").basis,
            "hypothetical");
}

TEST(Frame, WhatCouldBeIsAnotherBasis) {
  EXPECT_EQ(claim_for("A second phase could lift total investment to about €15bn.", "€15bn").basis,
            "possible");
  EXPECT_EQ(claim_for("Kestrel will invest €9.2bn in the plant.", "€9.2bn").basis, "");
}

// A figure for a place within the whole: the city's rate is not the nation's.
TEST(Frame, APlaceWithinTheWholeIsItsOwnBasis) {
  EXPECT_EQ(claim_for("Unemployment in the city is 9.1 per cent.", "9.1 per cent").basis, "local");
  EXPECT_EQ(claim_for("Unemployment stood at 9.1 per cent in the region.", "9.1 per cent").basis,
            "local");
  EXPECT_EQ(claim_for("The national unemployment rate is 7.2 per cent.", "7.2 per cent").basis, "");
}

// A sentence that opens with a place names whom its amounts are of when
// nothing nearer does.
TEST(Frame, APlaceOpeningTheSentenceIsTheSubject) {
  EXPECT_EQ(
      claim_for("In Veresk, the capital, inflation reached 8.4% in March.", "8.4%").subject.key,
      "veresk");
  EXPECT_EQ(claim_for("Across Ohio, 1,200 jobs will go.", "1,200").subject.key, "ohio");
  // A nearer name wins; a month is no place.
  EXPECT_EQ(claim_for("In Veresk, Acme's revenue rose to $5 million.", "$5 million").subject.key,
            "acme");
  EXPECT_EQ(claim_for("In March, inflation reached 8.4%.", "8.4%").subject.key, "");
}

TEST(Frame, AnIpoPriceIsAPricePerShare) {
  const Claim c = claim_for("The stock rose 43% from its $31 IPO price.", "$31");
  EXPECT_EQ(c.attribute, "price");
  EXPECT_EQ(c.basis, "per_share");
}

TEST(Frame, PerShareAndEquityValueOfABid) {
  const Claim offer =
      claim_for("Corrib will pay shareholders 254p for every share they own.", "254p");
  EXPECT_EQ(offer.attribute, "price");
  EXPECT_EQ(offer.basis, "per_share");
  EXPECT_EQ(claim_for("The offer values the company's equity at £1.02bn.", "£1.02bn").attribute,
            "equity_value");
  // What a verb of value puts on all the shares is no price of one share.
  EXPECT_NE(claim_for("The offer values its shares at £1.2bn.", "£1.2bn").basis, "per_share");
  EXPECT_EQ(claim_for("The company priced its shares at $24.", "$24").basis, "per_share");
}

TEST(Frame, ATotalOverALengthOfTimeIsItsOwnBasis) {
  EXPECT_EQ(claim_for("Veltra will invest £4 billion in the network over five years.", "£4 billion")
                .basis,
            "over P5Y");
  EXPECT_EQ(claim_for("Veltra will invest £4 billion in the network, starting in five years.",
                      "£4 billion")
                .basis,
            "");
}

TEST(Frame, ALabelBeforeAColonNamesTheAmount) {
  EXPECT_EQ(claim_for("- Revenue: $9.68 billion", "$9.68 billion").attribute, "revenue");
  EXPECT_EQ(claim_for("- Provision for credit losses: $612 million", "$612 million").attribute,
            "provision");
}

TEST(Frame, AChangeBeforeTheAmountDoesNotHideTheWord) {
  EXPECT_EQ(claim_for("Total revenue rose 7% to $9.86 billion.", "$9.86 billion").attribute,
            "revenue");
  EXPECT_EQ(claim_for("Total revenue rose 7% to $9.86 billion.", "7%").attribute, "revenue");
}

TEST(Frame, PartsAndAdditionsAreOtherFacts) {
  EXPECT_EQ(claim_for("Of those, 15 million shares were sold by Corvane.", "15 million").basis,
            "part");
  EXPECT_EQ(claim_for("They may buy up to 2.775 million additional shares.", "2.775 million").basis,
            "additional");
  EXPECT_EQ(
      claim_for("It expects one-off integration costs of £600 million.", "£600 million").basis,
      "one_off");
  EXPECT_EQ(claim_for("It can cut £450m in annual costs.", "£450m").basis, "annual");
  EXPECT_EQ(claim_for("It expects cost synergies of £410 million.", "£410 million").attribute,
            "synergies");
}

TEST(Frame, ANationalityIsNoSubject) {
  EXPECT_EQ(claim_for("Under Irish law the company has 28 days to file an appeal.", "28 days")
                .subject.key,
            "");
  EXPECT_EQ(claim_for("Portuguese forward to earn £180,000 a week.", "£180,000").subject.key, "");
}

TEST(Frame, WagesPayRisesAndReleaseClauses) {
  const Claim wage = claim_for("Personal terms: £180k-a-week, contract until 2030.", "£180k");
  EXPECT_EQ(wage.basis, "weekly");
  EXPECT_EQ(claim_for("He will earn £180,000 a week.", "£180,000").attribute, "salary");
  EXPECT_EQ(claim_for("Workers won a 5% pay rise this year.", "5%").attribute, "pay_rise");
  EXPECT_EQ(claim_for("Ashbury paid well below his €120m release clause.", "€120m").attribute,
            "release_clause");
}

// Money followed by "of" and what it is made of names that, not a word
// before it.
TEST(Frame, MoneyOfANounNamesThatNoun) {
  const Claim bonds = claim_for(
      "Hartwell will fund the purchase with cash and $2.5 billion of new bonds.", "$2.5 billion");
  EXPECT_EQ(bonds.attribute, "bonds");
  EXPECT_EQ(claim_for("It takes on $700 million of Bramley's debt.", "$700 million").attribute,
            "debt");
  // Without a lexicon noun after "of", the word before still names it.
  EXPECT_EQ(claim_for("Hartwell agreed to buy Bramley for $3.4 billion of cash.", "$3.4 billion")
                .attribute,
            "price");
}

// "Bramley shareholders" are paid by someone else: the name is what the
// amount is in, not who pays it.
TEST(Frame, ANameBeforeAHolderWordIsTheObject) {
  const Claim c =
      claim_for("Bramley shareholders will be paid $45.20 per share in cash.", "$45.20");
  EXPECT_EQ(c.subject.key, "");
  EXPECT_EQ(c.object.key, "bramley");
  EXPECT_EQ(claim_for("Bramley will pay $45.20 per share in cash.", "$45.20").subject.key,
            "bramley");
}

// A premium is a measure of what it is set against.
TEST(Frame, APremiumIsMeasuredAgainstItsReference) {
  EXPECT_EQ(claim_for("It is a premium of 31% to Bramley's closing price on Friday.", "31%").basis,
            "vs_close");
  EXPECT_EQ(
      claim_for("That is a premium of 44% to the average share price over 90 days.", "44%").basis,
      "vs_average");
  EXPECT_EQ(claim_for("The offer carries a 31% premium.", "31%").basis, "");
}

// Shares that moved to an amount trade at it.
TEST(Frame, SharesThatMovedToAnAmountTradeAtIt) {
  EXPECT_EQ(claim_for("Corvane shares jumped 58% to $37.55 in early trading.", "$37.55").attribute,
            "market_price");
  EXPECT_EQ(claim_for("Insiders sold Corvane shares for $37 million.", "$37 million").attribute,
            "shares_sold");
}

// What a deal is worth is the deal's amount, of the class of the verb that
// governs the deal; what a deal values a company at is a valuation.
TEST(Frame, WhatADealIsWorthIsTheDealsAmount) {
  EXPECT_EQ(claim_for("Thornbury agreed to acquire Corvane in a cash deal valued at $4.9 billion.",
                      "$4.9 billion")
                .attribute,
            "price");
  EXPECT_EQ(claim_for("They signed a deal worth about $5 billion.", "$5 billion").attribute,
            "investment");
  EXPECT_EQ(claim_for("The deal valued the group at $40 billion.", "$40 billion").attribute,
            "valuation");
}

// A measure of a group within the whole is a fact of its own.
TEST(Frame, AMeasureAmongAGroupHasItsOwnBasis) {
  EXPECT_EQ(claim_for("Unemployment among young people climbed to 11.8%.", "11.8%").basis, "among");
  EXPECT_EQ(claim_for("Unemployment climbed to 4.6% in August.", "4.6%").basis, "");
}

// "an eight-carriage train" is the train's length; carriages counted apart
// are some of them.
TEST(Frame, AHyphenatedCountGivesTheSizeOfWhatFollows) {
  EXPECT_EQ(claim_for("The eight-carriage train left the rails.", "eight").attribute, "carriages");
  EXPECT_EQ(claim_for("The first three carriages overturned.", "three").attribute, "");
}

// Two counts of one vote are those for and those against.
TEST(Frame, VoteTallies) {
  const PreparedText text = prepare(
      "The plan passed by 31 votes to 18. It won 32 votes in favour and 17 against. "
      "It was a 31-18 vote. Sales rose from 31 to 18 stores.");
  std::vector<std::string> attributes;
  for (const Claim& c : frame(text, extract(text), Lexicon::builtin())) {
    if (c.mention.kind == Kind::number) attributes.push_back(c.attribute);
  }
  const std::vector<std::string> expected = {"votes_for",     "votes_against", "votes_for",
                                             "votes_against", "votes_for",     "votes_against"};
  ASSERT_EQ(attributes.size(), 8u);
  EXPECT_EQ(std::vector(attributes.begin(), attributes.begin() + 6), expected);
  // Two counts with no vote near them are no tally.
  EXPECT_NE(attributes[6], "votes_for");
  EXPECT_NE(attributes[7], "votes_against");
  // A vote is held on a day: a year near it is of what was voted on.
  EXPECT_EQ(
      claim_for("It approved a budget for next year, with 32 votes in favour and 17 against.", "32")
          .period,
      nullptr);
}

// A length of time reaches its noun past one hyphenated modifier.
TEST(Frame, ALengthOfTimeReachesItsNounPastAModifier) {
  EXPECT_EQ(claim_for("The club agreed a 15-year naming-rights deal.", "15-year").attribute,
            "term");
}

// A percentage of something is a share of it, not a change, whatever verb
// stands before it.
TEST(Frame, APercentageOfSomethingIsAShare) {
  const Claim c = claim_for("Cutting 11% of the workforce is a real number.", "11%");
  const auto& p = std::get<Percent>(c.mention.value);
  EXPECT_FALSE(p.change);
  EXPECT_EQ(p.value.to_double(), 11.0);
  EXPECT_TRUE(std::get<Percent>(claim_for("Sales fell 4% in May.", "4%").mention.value).change);
}

// A label before a colon names its amount by its first attribute word,
// past commas and dates.
TEST(Frame, ALabelNamesItsAmountByItsFirstAttributeWord) {
  const PreparedText text = prepare(
      "Highlights:\n- GDP growth, 2025: 3.4 per cent\n- Oncology: 1,284 million euros\n"
      "The unit brought in $1.82 billion.\n");
  std::vector<std::string> attributes;
  for (const Claim& c : frame(text, extract(text), Lexicon::builtin())) {
    if (c.mention.kind != Kind::date) attributes.push_back(c.attribute);
  }
  EXPECT_EQ(attributes, (std::vector<std::string>{"growth", "", "revenue"}));
}

// A fine is of who pays it; a reason after "for" is no payer.
TEST(Frame, AFineIsOfWhoPaysIt) {
  const Claim c =
      claim_for("The Markets Authority fined Tessaly Group $2.41 billion.", "$2.41 billion");
  EXPECT_EQ(c.attribute, "fine");
  EXPECT_EQ(c.subject.key, "tessaly");
  EXPECT_EQ(c.object.key, "");
  EXPECT_EQ(
      claim_for("Norridge was hit with a $19 million fine for the Kessel spill.", "$19 million")
          .subject.key,
      "norridge");
}

// A date written before another measure's word dates that measure.
TEST(Frame, ADateBeforeAnotherMeasuresWordIsThatMeasures) {
  EXPECT_EQ(claim_for("The $2.14 billion penalty was 4.2% of its 2025 turnover of $57 billion.",
                      "$2.14 billion")
                .period,
            nullptr);
  const Claim growth = claim_for("It trimmed its 2025 growth forecast to 3.4%.", "3.4%");
  ASSERT_NE(growth.period, nullptr);
  EXPECT_EQ(growth.period->timex, "2025");
}

// A condition makes an amount what would be.
TEST(Frame, AConditionMakesAnAmountPossible) {
  EXPECT_EQ(
      claim_for("If fully exercised, gross proceeds would reach $510 million.", "$510 million")
          .basis,
      "possible");
  EXPECT_EQ(claim_for("The option would lift the total raised to $510 million if exercised.",
                      "$510 million")
                .basis,
            "possible");
  // The condition is the verb's, not the amount's.
  EXPECT_EQ(claim_for("He was asked whether the $145 million charge would rise if take-up fell.",
                      "$145 million")
                .basis,
            "");
}

// A word past a clause break after the amount names another amount.
TEST(Frame, NoAttributePastAClauseBreakAfterTheAmount) {
  EXPECT_EQ(claim_for("The figure edged up to $5.3 billion, while trading revenue climbed.",
                      "$5.3 billion")
                .attribute,
            "");
}

// A later date past another amount in a clause of its own dates that one.
TEST(Frame, ADatePastAnotherAmountsClauseIsThatAmounts) {
  const char* s =
      "The price implies a valuation of $5.1 billion, a discount to the $6.3 billion valuation of "
      "its 2024 round.";
  EXPECT_EQ(claim_for(s, "$5.1 billion").period, nullptr);
  ASSERT_NE(claim_for(s, "$6.3 billion").period, nullptr);
}

// What a company is valued at in a day's trading is its market value.
TEST(Frame, AValuationInADaysTradingIsAMarketValue) {
  EXPECT_EQ(claim_for("It ends its first session at $44, valuing the company at $46 billion.",
                      "$46 billion")
                .attribute,
            "market_value");
}

// A change "by" an amount on the way "to" a level does not hide the word
// before it; an expectation governs a relative clause of what it expects.
TEST(Frame, ARateCutByAnAmountToALevel) {
  const Claim level =
      claim_for("The bank cut its policy rate by 25 basis points to 3.50%.", "3.50%");
  EXPECT_EQ(level.attribute, "rate");
  EXPECT_EQ(
      claim_for("Economists expect a cut of 25bp, which would take the rate to 3.50%.", "3.50%")
          .basis,
      "forecast");
}

// "since 2007" starts a span, unless a "when" clause says what happened then.
TEST(Frame, ADateAfterSinceDatesAWhenClause) {
  const Claim then =
      claim_for("It is the deadliest flood since 2007, when 13 people were killed.", "13");
  ASSERT_NE(then.period, nullptr);
  EXPECT_EQ(then.period->timex, "2007");
  EXPECT_EQ(claim_for("Since 2007 the company has cut 1,300 jobs.", "1,300").period, nullptr);
}

// A price paid partly in cash and partly in shares has two parts; "in cash"
// alone is the price.
TEST(Frame, ThePartsOfAPriceInCashAndShares) {
  const char* split =
      "Corvane will pay $1.6 billion in cash and $800 million in newly issued shares.";
  EXPECT_EQ(claim_for(split, "$1.6 billion").basis, "cash_part");
  EXPECT_EQ(claim_for(split, "$800 million").basis, "stock_part");
  EXPECT_EQ(claim_for("Corvane will pay $2.4 billion in cash for Halberd.", "$2.4 billion").basis,
            "");
}

// Staff at one office are a local part of the company's.
TEST(Frame, StaffAtAnOfficeAreALocalPart) {
  EXPECT_EQ(claim_for("Halberd has roughly 210 employees at its office in Harwick.", "210").basis,
            "local");
}

// A forecast verb right after an amount makes it an expectation; a noun
// after it ("beat the consensus") does not.
TEST(Frame, AForecastVerbAfterTheAmount) {
  EXPECT_EQ(
      claim_for("Growth must come in close to the 1.4% the ministry is assuming.", "1.4%").basis,
      "forecast");
  EXPECT_EQ(claim_for("Core EPS of $1.84 beat the consensus.", "$1.84").basis, "per_share");
}

}  // namespace
}  // namespace claimcheck
