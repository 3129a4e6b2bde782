// The Checker's packed claims: every field comes back as it went in.
#include <gtest/gtest.h>

#include "claimcheck/claim.hpp"
#include "compare/claim_store.hpp"

namespace claimcheck {
namespace {

std::vector<Claim> framed(std::string_view text) {
  const PreparedText prepared = prepare(std::string(text));
  ExtractOptions options;
  options.reference_date = parse_iso_date("2025-08-30");
  return frame(prepared, extract(prepared, options), Lexicon::builtin(), 7);
}

void expect_same_mention(const Mention& a, const Mention& b) {
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.start, b.start);
  EXPECT_EQ(a.end, b.end);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.value.index(), b.value.index());
  EXPECT_EQ(a.interval.low, b.interval.low);
  EXPECT_EQ(a.interval.high, b.interval.high);
  EXPECT_EQ(a.approx, b.approx);
  EXPECT_EQ(a.bound, b.bound);
  EXPECT_EQ(a.range, b.range);
  EXPECT_EQ(a.problem, b.problem);
  EXPECT_EQ(a.alternatives, b.alternatives);
  if (const auto* m = std::get_if<Money>(&a.value)) {
    EXPECT_EQ(m->amount, std::get<Money>(b.value).amount);
    EXPECT_EQ(m->currency, std::get<Money>(b.value).currency);
  } else if (const auto* p = std::get_if<Percent>(&a.value)) {
    EXPECT_EQ(p->value, std::get<Percent>(b.value).value);
    EXPECT_EQ(p->unit, std::get<Percent>(b.value).unit);
    EXPECT_EQ(p->change, std::get<Percent>(b.value).change);
  } else if (const auto* d = std::get_if<Date>(&a.value)) {
    const Date& e = std::get<Date>(b.value);
    EXPECT_EQ(d->timex, e.timex);
    EXPECT_EQ(d->end_timex, e.end_timex);
    EXPECT_EQ(d->first_day, e.first_day);
    EXPECT_EQ(d->last_day, e.last_day);
    EXPECT_EQ(d->valid, e.valid);
  } else if (const auto* c = std::get_if<Count>(&a.value)) {
    EXPECT_EQ(c->value, std::get<Count>(b.value).value);
  } else if (const auto* u = std::get_if<Duration>(&a.value)) {
    EXPECT_EQ(u->iso, std::get<Duration>(b.value).iso);
    EXPECT_EQ(u->amount, std::get<Duration>(b.value).amount);
    EXPECT_EQ(u->unit, std::get<Duration>(b.value).unit);
  }
}

void expect_same_claim(const Claim& a, const Claim& b) {
  expect_same_mention(a.mention, b.mention);
  EXPECT_EQ(a.doc, b.doc);
  EXPECT_EQ(a.attribute, b.attribute);
  EXPECT_EQ(a.subject.key, b.subject.key);
  EXPECT_EQ(a.subject.name, b.subject.name);
  EXPECT_EQ(a.object.key, b.object.key);
  ASSERT_EQ(a.period != nullptr, b.period != nullptr);
  if (a.period) {
    EXPECT_EQ(a.period->timex, b.period->timex);
  }
  EXPECT_EQ(a.reported, b.reported);
  EXPECT_EQ(a.basis, b.basis);
  ASSERT_EQ(a.anchor != nullptr, b.anchor != nullptr);
  if (a.anchor) {
    expect_same_mention(*a.anchor, *b.anchor);
  }
  EXPECT_EQ(a.sentence_start, b.sentence_start);
  EXPECT_EQ(a.sentence_end, b.sentence_end);
  EXPECT_EQ(a.position.line, b.position.line);
  EXPECT_EQ(a.position.column, b.position.column);
  EXPECT_EQ(a.quote, b.quote);
}

TEST(ClaimStore, PackedClaimsComeBackWhole) {
  std::vector<Claim> claims = framed(
      "Meta's $14.3 billion investment in Scale AI, about 49% of it, closed in June 2025.\n"
      "Rates were cut by 25 basis points; 9,000 jobs went over five years.\n"
      "Since January 2025, when a previous round valued it at $14.8bn, it grew.\n"
      "Revenue fell to -$3 million from about 1,200 on 03/04/2025.");
  ASSERT_GE(claims.size(), 8u);
  claims[0].reported = parse_iso_date("2025-08-30");
  bool has_anchor = false, has_period = false;
  for (const Claim& c : claims) {
    has_anchor = has_anchor || c.anchor;
    has_period = has_period || c.period;
    expect_same_claim(c, detail::unpack_claim(detail::pack_claim(c)));
  }
  EXPECT_TRUE(has_anchor) << "the sample should hold a date anchored to an amount";
  EXPECT_TRUE(has_period) << "the sample should hold a dated amount";
}

TEST(ClaimStore, BlocksKeepTheirClaimsInOrder) {
  const std::vector<Claim> claims =
      framed("Acme paid $5 million. Beta paid $6 million. It rose 4%.");
  ASSERT_EQ(claims.size(), 3u);
  detail::ClaimStore store;
  store.add(claims[0], "money");
  store.add(claims[2], "percent");
  store.add(claims[1], "money");
  ASSERT_EQ(store.size(), 3u);
  ASSERT_EQ(store.blocks(), 2u);
  const std::vector<Claim> money = store.block(0);
  ASSERT_EQ(money.size(), 2u);
  EXPECT_EQ(money[0].mention.text, "$5 million");
  EXPECT_EQ(money[1].mention.text, "$6 million");
  EXPECT_EQ(store.block(1).at(0).mention.text, "4%");
  store.clear();
  EXPECT_EQ(store.size(), 0u);
  EXPECT_EQ(store.blocks(), 0u);
}

TEST(ClaimStore, ClaimsOfOneSentenceShareTheirQuote) {
  const std::vector<Claim> claims =
      framed("Acme paid $5 million and Beta paid $6 million. Gamma paid $7 million.");
  ASSERT_EQ(claims.size(), 3u);
  detail::ClaimStore store;
  for (const Claim& c : claims) store.add(c, "money");
  const std::vector<Claim> back = store.block(0);
  ASSERT_EQ(back.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) EXPECT_EQ(back[i].quote, claims[i].quote);
  EXPECT_EQ(back[0].quote, back[1].quote);
  EXPECT_NE(back[1].quote, back[2].quote);
}

TEST(ClaimStore, ATruncatedRecordIsABugNotAClaim) {
  const std::string packed = detail::pack_claim(framed("Acme paid $5 million.").at(0));
  EXPECT_THROW(detail::unpack_claim(std::string_view(packed).substr(0, packed.size() / 2)),
               std::logic_error);
}

}  // namespace
}  // namespace claimcheck
