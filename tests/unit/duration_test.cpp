// Durations: ISO 8601 values, qualifiers as bounds, and what is not one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimcheck/claimcheck.hpp"

namespace {

using claimcheck::Bound;
using claimcheck::Duration;
using claimcheck::Kind;
using claimcheck::Mention;

std::vector<Mention> durations(const std::string& text) {
  std::vector<Mention> out;
  for (auto& m : claimcheck::extract(claimcheck::prepare(text)).mentions) {
    if (m.kind == Kind::duration) out.push_back(std::move(m));
  }
  return out;
}

std::string iso(const std::string& text) {
  const auto found = durations(text);
  if (found.size() != 1) return "<" + std::to_string(found.size()) + " durations>";
  return std::get<Duration>(found[0].value).iso;
}

TEST(Duration, Numerals) {
  EXPECT_EQ(iso("I'll leave for 3.5years"), "P3.5Y");
  EXPECT_EQ(iso("it took 18 months"), "P18M");
  EXPECT_EQ(iso("a 90 minutes meeting"), "PT90M");
  EXPECT_EQ(iso("the 24-hour news cycle"), "PT24H");
  EXPECT_EQ(iso("for 3 weeks"), "P3W");
}

TEST(Duration, ArticlesAndDecades) {
  EXPECT_EQ(iso("I'll leave for an hour"), "PT1H");
  EXPECT_EQ(iso("it took a decade"), "P10Y");
  EXPECT_EQ(iso("it lasted a month, they said"), "P1M");
}

TEST(Duration, QualifiersBecomeBounds) {
  auto found = durations("spend at least $500 million annually over 5 years");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "5 years");
  EXPECT_EQ(std::get<Duration>(found[0].value).iso, "P5Y");
  EXPECT_EQ(found[0].bound, Bound::min);
  ASSERT_TRUE(found[0].interval.low.has_value());
  EXPECT_EQ(found[0].interval.low->to_string(), "5");
  EXPECT_FALSE(found[0].interval.high.has_value());
  found = durations("one competitor cited $50 million within 2 weeks post-deal");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(std::get<Duration>(found[0].value).iso, "P2W");
  EXPECT_EQ(found[0].bound, Bound::max);
}

TEST(Duration, NotDurations) {
  EXPECT_TRUE(durations("I'll leave for several weeks").empty());
  EXPECT_TRUE(durations("I'll leave for a few minutes").empty());
  EXPECT_TRUE(durations("I'm away for the month").empty());
  EXPECT_TRUE(durations("the plants were grown for 3Y").empty());
  EXPECT_TRUE(durations("the cold lasted 2W").empty());
  EXPECT_TRUE(durations("who did I email 2 months ago").empty());
  EXPECT_TRUE(durations("twice a day").empty());
}

TEST(Duration, SpelledOut) {
  EXPECT_EQ(iso("Mayer left Meta after just two months."), "P2M");
  auto found = durations("annually over five years");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(std::get<Duration>(found[0].value).iso, "P5Y");
  EXPECT_EQ(found[0].bound, Bound::min);
  found = durations("$50 million within two weeks post-deal");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(std::get<Duration>(found[0].value).iso, "P2W");
  EXPECT_EQ(found[0].bound, Bound::max);
  EXPECT_TRUE(durations("who did I email two months ago").empty());
}

}  // namespace
