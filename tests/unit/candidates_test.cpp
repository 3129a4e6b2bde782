// The candidate gate: weak starters ("the", "by", "a") are tried only when an
// anchor follows closely; what it saves must never be a mention.
#include <gtest/gtest.h>

#include <string>

#include "claimcheck/extract.hpp"
#include "extract/candidates.hpp"

namespace claimcheck {
namespace {

using detail::kAnchor;
using detail::kStarts;
using detail::kWeak;

std::uint8_t mark_of(std::string_view word) {
  const detail::TokenStream t(word);
  return detail::candidate_table().marks(t).at(0);
}

TEST(Candidates, CommonWordsAreWeakStarters) {
  for (const std::string_view w : {"the", "a", "by", "this", "new", ".", "-"}) {
    EXPECT_EQ(mark_of(w) & ~detail::kWindowMask, kStarts | kWeak) << w;
  }
  // Lead-ins may reach far for their anchor; a sign or a decimal point
  // only to the next token.
  EXPECT_EQ(detail::window_of(mark_of("the")), detail::kAnchorWindow);
  EXPECT_EQ(detail::window_of(mark_of(".")), 1u);
  EXPECT_LT(detail::window_of(mark_of("minus")), detail::kAnchorWindow);
}

// Qualifiers are read backwards from their amount and joining words sit
// inside a number: neither opens a mention.
TEST(Candidates, QualifiersAndJoiningWordsStartNothing) {
  for (const std::string_view w : {"and", "over", "about", "more", "th"}) {
    EXPECT_FALSE(mark_of(w) & kStarts) << w;
  }
}

// A unit anchors the number before it and opens a mention only before one.
TEST(Candidates, UnitsAnchorButStartOnlyBeforeTheirNumber) {
  EXPECT_EQ(mark_of("weeks"), kStarts | kWeak | kAnchor | (1u << 4));
  const auto& table = detail::candidate_table();
  EXPECT_TRUE(detail::worth_trying(table.marks(detail::TokenStream("week 31")), 0));
  EXPECT_FALSE(detail::worth_trying(table.marks(detail::TokenStream("weeks of talks")), 0));
  EXPECT_TRUE(detail::worth_trying(table.marks(detail::TokenStream("the weeks")), 0));
}

TEST(Candidates, AnchorsStartOrAnchor) {
  for (const std::string_view w : {"2025", "June", "$", "five", "first", "percent"}) {
    EXPECT_EQ(mark_of(w) & (kStarts | kAnchor), kStarts | kAnchor) << w;
    EXPECT_FALSE(mark_of(w) & kWeak) << w;
  }
  // A scale word anchors a number but starts nothing.
  EXPECT_EQ(mark_of("million"), kAnchor);
  EXPECT_EQ(mark_of("people"), 0);
}

TEST(Candidates, WeakStarterNeedsAnAnchorWithinTheWindow) {
  const detail::TokenStream near("the 4th of July");
  EXPECT_TRUE(detail::worth_trying(detail::candidate_table().marks(near), 0));
  std::string far = "the";
  for (std::size_t i = 0; i < detail::kAnchorWindow; ++i) far += " word";
  const detail::TokenStream t(far + " 2025");
  EXPECT_FALSE(detail::worth_trying(detail::candidate_table().marks(t), 0));
}

// Past two tokens, the anchor counts only through a chain of starters, each
// within two tokens of the next: "the" before "end of the year" is tried,
// "the" before "state of the year" is not (no starter follows it).
TEST(Candidates, FarAnchorsCountOnlyThroughAChainOfStarters) {
  const auto& table = detail::candidate_table();
  EXPECT_TRUE(detail::worth_trying(table.marks(detail::TokenStream("the end of the year")), 0));
  EXPECT_TRUE(detail::worth_trying(table.marks(detail::TokenStream("the middle of the year")), 0));
  EXPECT_TRUE(detail::worth_trying(table.marks(detail::TokenStream("the 4th of July")), 0));
  EXPECT_FALSE(
      detail::worth_trying(table.marks(detail::TokenStream("the state of the union in 1990")), 0));
  EXPECT_FALSE(detail::worth_trying(table.marks(detail::TokenStream("the trade deal of 1990")), 0));
  // "Middle" opens a date part only after a lead word; it stays a name word.
  ExtractOptions options;
  const ExtractResult r = extract(prepare("the Middle East"), options);
  EXPECT_TRUE(r.mentions.empty());
}

// The longest lead-ins the date grammar reads still open their mention.
TEST(Candidates, LongLeadInsAreStillFound) {
  ExtractOptions options;
  options.reference_date = parse_iso_date("2025-08-30");
  for (const std::string_view text :
       {"not earlier than the middle of the following year",  // the anchor is the 9th token
        "by the end of the current year", "the day before yesterday", "new year's eve",
        "later in the year", "prior to the 28th of March, 1835", "the beginning of the year"}) {
    const ExtractResult r = extract(prepare(std::string(text)), options);
    ASSERT_EQ(r.mentions.size(), 1u) << text;
    EXPECT_EQ(r.mentions[0].start, 0u) << text;
  }
}

// Gating saves work on prose: fewer recognizer attempts than tokens tried.
TEST(Candidates, ProseWithoutAmountsCostsLittleWork) {
  std::string prose;
  for (int i = 0; i < 200; ++i)
    prose += "The house and the senate met by the river, and a man spoke. ";
  ExtractOptions options;
  const ExtractResult r = extract(prepare(prose), options);
  EXPECT_TRUE(r.mentions.empty());
  const detail::TokenStream t(prose);
  EXPECT_LE(r.work, t.size() + 10) << "recognizers ran on weak starters with no anchor";
}

}  // namespace
}  // namespace claimcheck
