// Percentages: number + unit ("49%", "3.5 percent", "25 basis points",
// "0.5 percentage points"), levels or changes ("rose 4%", "+0.72%", "a 25
// bps cut", "cut rates by 25 basis points"), ranges ("3.50%-3.75%"), shares
// ("half of", "a third of") and the inverted "percent of 10".
#include "data.hpp"
#include "extract/context.hpp"
#include "extract/numbers.hpp"
#include "extract/recognize.hpp"

namespace claimcheck::detail {
namespace {

const PhraseTable& unit_table() {
  static const PhraseTable table(data::percent_units);
  return table;
}
const PhraseTable& change_table() {
  static const PhraseTable table(data::change_words);
  return table;
}

std::string_view unit_name(const PhraseHit& hit) {
  return unit_table().row(hit.row)[1];
}

PercentUnit unit_of(std::string_view name) {
  if (name == "basis_point") return PercentUnit::basis_point;
  if (name == "percentage_point" || name == "point") return PercentUnit::percentage_point;
  return PercentUnit::percent;
}

NumberOptions percent_number_options() {
  NumberOptions o;
  o.allow_scale = false;
  o.allow_fraction = true;
  return o;
}

constexpr std::string_view kOutOfRange =
    "percentage out of range: more than 18 significant digits or beyond 10^300";

// A change word of the given placement at token k: +1, -1, or 0.
int change_sign_at(const TokenStream& t, std::size_t k, std::string_view where) {
  const auto hit = change_table().match_at(
      t, k, [&](std::size_t r) { return change_table().row(r)[2] == where; });
  if (!hit) return 0;
  return change_table().row(hit->row)[1] == "+" ? 1 : -1;
}

// Whether the words before token i make the amount a change, and its sign:
// "rose 4%", "down about 15%", "cut rates by 25 basis points". "rose to 4%"
// states the new level and "down from 3.3%" the old one, so "to" and
// "from" end the search.
int change_sign_before(const TokenStream& t, std::size_t i) {
  std::size_t k = i;
  if (const auto q = qualifier_before(t, k)) {
    if (q->qualifier == Qualifier::max && t.is(q->first, "up")) return 0;  // "up to 49%"
    // "down from 3.3%": the earlier level, whatever the change word before it.
    if (q->opens_range && t.is(q->first, "from")) return 0;
    k = q->first;
  }
  if (k == 0) return 0;
  if (t.is(k - 1, "to") || t.is(k - 1, "at") || t.is(k - 1, "from")) return 0;
  if (t.is(k - 1, "by")) {
    // A verb up to four words before "by": "cut interest rates by".
    for (std::size_t back = 2; back <= 5 && back <= k; ++back) {
      if (t[k - back + 1].type == TokenType::symbol) break;
      if (const int s = change_sign_at(t, k - back, "before")) return s;
    }
    return 0;
  }
  return change_sign_at(t, k - 1, "before");
}

// "percent of 10" and "percents of twenty": a unit word first, then the number.
std::optional<Found> inverted_percent(const Scan& scan, std::size_t i) {
  const TokenStream& t = scan.tokens;
  if (!(t.is(i, "percent") || t.is(i, "percents")) || !t.is(i + 1, "of")) return std::nullopt;
  if (i > 0 && (t.is_digits(i - 1) || may_start_number(t, i - 1))) return std::nullopt;
  const auto number = match_number(scan, i + 2, percent_number_options());
  if (!number) return std::nullopt;
  Found f;
  f.first = i;
  f.last = number->last;
  f.mention.kind = Kind::percent;
  f.mention.value = Percent{number->value, PercentUnit::percent, false};
  if (!number->value.ok()) {
    f.mention.problem = kOutOfRange;
    return f;
  }
  apply_qualifier(f.mention, number->value, number->precision, Qualifier::none);
  return f;
}

// "half of", "a third of", "two-thirds of": a share in percent.
std::optional<Found> share_of(const Scan& scan, const NumberMatch& number) {
  const TokenStream& t = scan.tokens;
  if (!number.fraction || !number.words || !t.is(number.last, "of")) return std::nullopt;
  if (number.value.is_negative() || Decimal::from_parts(1, 0) <= number.value) return std::nullopt;
  const Decimal percent = Decimal::from_double(number.value.to_double() * 100, 6);
  Found f;
  f.first = number.first;
  f.last = number.last;
  f.mention.kind = Kind::percent;
  f.mention.value = Percent{percent, PercentUnit::percent, false};
  f.mention.interval = stated_precision(percent);
  return f;
}

// "a quarter of a percentage point", "half a point", "three quarters of a
// per cent": a fraction of one unit, not a share of something.
std::optional<Found> fraction_of_unit(const Scan& scan, std::size_t i, const NumberMatch& number) {
  const TokenStream& t = scan.tokens;
  if (!number.fraction || !number.words || number.value.is_negative()) return std::nullopt;
  std::size_t k = number.last;
  if (t.is(k, "of")) ++k;
  if (!(t.is(k, "a") || t.is(k, "one"))) return std::nullopt;
  const auto unit = unit_table().match_at(t, k + 1);
  if (!unit) return std::nullopt;
  const int sign = change_sign_before(t, i);
  Decimal value = number.value;
  Interval precision = number.precision;
  if (sign < 0) {
    value = value.negated();
    precision = precision.negated();
  }
  Found f;
  f.first = i;
  f.last = unit->last;
  f.mention.kind = Kind::percent;
  f.mention.value = Percent{value, unit_of(unit_name(*unit)), sign != 0};
  apply_qualifier(f.mention, value, precision, Qualifier::none);
  return f;
}

}  // namespace

std::optional<Found> match_percent(const Scan& scan, std::size_t i) {
  const TokenStream& t = scan.tokens;
  scan.count();
  if (auto inverted = inverted_percent(scan, i)) return inverted;
  bool explicit_plus = false;
  std::size_t start = i;
  if (t.is_symbol(i, '+') && t.is_digits(i + 1) && t.attached(i + 1)) {
    explicit_plus = true;
    ++start;
  }
  const auto number = match_number(scan, start, percent_number_options());
  if (!number) return std::nullopt;
  auto unit = unit_table().match_at(t, number->last);
  std::optional<NumberMatch> unit_shared_with;  // "4.25-4.5%": the unit is written once
  if (!unit && t.is_symbol(number->last, '-')) {
    unit_shared_with = match_number(scan, number->last + 1, percent_number_options());
    if (unit_shared_with) unit = unit_table().match_at(t, unit_shared_with->last);
    if (!unit || unit_table().row(unit->row)[1] == "point") return std::nullopt;
  }
  if (!unit) {
    if (auto part = fraction_of_unit(scan, i, *number)) return part;
    return share_of(scan, *number);
  }

  const int sign_before = change_sign_before(t, i);
  const int sign_after = change_sign_at(t, unit->last, "after");
  int sign = explicit_plus ? 1 : number->negative ? -1 : sign_before ? sign_before : sign_after;
  // A bare "point" is a percentage point only in a change ("fell 0.5 points").
  if (unit_name(*unit) == "point" && sign == 0) return std::nullopt;

  Found f;
  f.first = i;
  f.last = unit->last;
  Mention& m = f.mention;
  m.kind = Kind::percent;
  const PercentUnit u = unit_of(unit_name(*unit));
  // A change keeps its sign in the value: "dropped 2%" is -2.
  Decimal value = number->value;
  Interval precision = number->precision;
  if (sign < 0 && !value.is_negative()) {
    value = value.negated();
    precision = precision.negated();
  }
  m.value = Percent{value, u, sign != 0};
  if (!value.ok()) {
    m.problem = kOutOfRange;
    return f;
  }

  const auto qualifier = qualifier_before(t, i);
  if (unit_shared_with && value < unit_shared_with->value) {
    m.range = true;
    m.interval = Interval{precision.low, unit_shared_with->precision.high};
    return f;
  }
  // A range: "3.50%-3.75%", "3.50% to 3.75%".
  std::size_t j = f.last;
  if (t.is_symbol(j, '-') || t.is(j, "to") ||
      (qualifier && qualifier->opens_range && t.is(j, "and"))) {
    const auto second = match_number(scan, j + 1, percent_number_options());
    const auto second_unit = second ? unit_table().match_at(t, second->last) : std::nullopt;
    if (second && second_unit && unit_of(unit_name(*second_unit)) == u && value < second->value) {
      m.range = true;
      m.interval = Interval{precision.low, second->precision.high};
      f.last = second_unit->last;
      return f;
    }
  }
  apply_qualifier(m, value, precision,
                  qualifier && !qualifier->opens_range ? qualifier->qualifier : Qualifier::none);
  return f;
}

}  // namespace claimcheck::detail
