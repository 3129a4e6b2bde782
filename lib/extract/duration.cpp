// Durations: "two months" (P2M), "over five years" (P5Y, bound min),
// "within two weeks" (P2W, bound max), "3.5years", "18 months", "a decade"
// (P10Y), "90 minutes" (PT90M), "an hour" (PT1H), "a five-year deal".
//
// Not durations: a date written with a unit ("two months ago", "3 days from
// today": the date recognizer takes them, with the longer span), vague
// amounts ("several weeks", "a few days": no value), ordinals ("the third
// year"), unit letters glued to a number ("3Y", "2W").
//
// The qualifier ("over", "within", "about") is read before the number and is
// not part of the span, as for money and percentages.
#include <string>

#include "extract/date_lexicon.hpp"
#include "extract/lookup_cache.hpp"
#include "extract/numbers.hpp"
#include "extract/recognize.hpp"

namespace claimcheck::detail {

std::optional<Found> match_duration(const Scan& scan, std::size_t i) {
  const TokenStream& t = scan.tokens;
  if (i >= t.size()) return std::nullopt;
  scan.count();
  // A number glued to letters before it ("A1") is no amount.
  if (t.is_digits(i) && t.attached(i) && i > 0 && t.is_word(i - 1)) return std::nullopt;

  Decimal amount;
  std::size_t k = i;
  if (t.is(i, "a") || t.is(i, "an")) {
    // "twice a day", "once a year": a rate, not a length.
    if (i > 0 && (t.is(i - 1, "once") || t.is(i - 1, "twice") || t.is(i - 1, "thrice") ||
                  t.is(i - 1, "times") || t.is(i - 1, "per"))) {
      return std::nullopt;
    }
    amount = Decimal::from_parts(1, 0);
    k = i + 1;
  } else {
    NumberOptions o;
    o.allow_scale = false;
    o.allow_fraction = false;
    o.allow_sign = false;
    o.allow_ordinal = false;
    const auto n = match_number(scan, i, o);
    if (!n || n->ordinal || n->negative || !n->value.ok() || n->value.is_zero())
      return std::nullopt;
    amount = n->value;
    k = n->last;
  }
  // "five-year", "18-month"
  if (t.is_symbol(k, '-') && t.attached(k) && t.attached(k + 1) && t.is_word(k + 1)) ++k;
  scan.count();
  const auto u = scan.cache ? scan.cache->calendar(t, k, "unit") : calendar_at(t, k, "unit");
  if (!u) return std::nullopt;
  std::string_view unit = u->value;
  if (unit == "Q" || unit == "WE") return std::nullopt;
  // "3Y"-style letters are not units; a unit glued to a number is fine ("3.5years").
  std::size_t last = u->last;
  if (last < t.size() && t.attached(last) && (t.is_word(last) || t.is_digits(last)))
    return std::nullopt;
  // A date, not a length: "two months ago", "3 days from today".
  if (t.is(last, "ago")) return std::nullopt;
  if ((t.is(last, "from") || t.is(last, "after") || t.is(last, "before")) &&
      (calendar_at(t, last + 1, "relday") || t.is(last + 1, "now"))) {
    return std::nullopt;
  }

  char letter = 'D';
  if (unit == "10Y") {
    amount = amount.times(10);
    letter = 'Y';
  } else if (unit == "100Y") {
    amount = amount.times(100);
    letter = 'Y';
  } else if (unit == "2W") {
    amount = amount.times(2);
    letter = 'W';
  } else {
    letter = unit.front();
  }
  if (!amount.ok()) return std::nullopt;

  Found f;
  f.first = i;
  f.last = last;
  Mention& m = f.mention;
  m.kind = Kind::duration;
  const bool time_unit = letter == 'h' || letter == 'm' || letter == 's';
  const char iso_letter = static_cast<char>(letter >= 'a' ? letter - ('a' - 'A') : letter);
  Duration d;
  d.amount = amount;
  d.unit = letter;
  d.iso = std::string(time_unit ? "PT" : "P") + amount.normalized().to_string() + iso_letter;
  m.value = d;

  // A qualifier just before: "over five years", "within two weeks".
  Qualifier q = Qualifier::none;
  if (const auto dq = calendar_before(t, i, "dq")) {
    if (dq->value == "min")
      q = Qualifier::min;
    else if (dq->value == "max")
      q = Qualifier::max;
    else if (dq->value == "approx")
      q = Qualifier::approx;
  }
  const Interval exact{amount, amount};
  m.interval = qualified(exact, amount, q);
  m.approx = q == Qualifier::approx;
  m.bound = q == Qualifier::min ? Bound::min : q == Qualifier::max ? Bound::max : Bound::none;
  return f;
}

}  // namespace claimcheck::detail
