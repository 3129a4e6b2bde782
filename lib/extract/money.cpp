// Money: [prefix currency] number [scale] [suffix currency], e.g. "$14.3B",
// "US$44 billion", "€2.95bn", "420 million finnish markka", "fourteen billion
// dollars", "$32 billion US"; ranges "$50-60 million", "between $1 and $2
// billion"; "thirteen dollars and forty-five cents".
#include <algorithm>

#include "data.hpp"
#include "extract/context.hpp"
#include "extract/numbers.hpp"
#include "extract/recognize.hpp"

namespace claimcheck::detail {
namespace {

bool is_prefix_row(std::size_t r) {
  const auto& row = currency_table().row(r);
  return row.size() > 2 && (row[2] == "prefix" || row[2] == "both");
}
bool is_suffix_row(std::size_t r) {
  const auto& row = currency_table().row(r);
  return row.size() > 2 && (row[2] == "suffix" || row[2] == "both");
}
std::string currency_of(std::size_t r) {
  return std::string(currency_table().row(r)[1]);
}
// Flags after the "where" field: "attached", "hundredths".
bool row_flag(std::size_t r, std::string_view flag) {
  const auto& row = currency_table().row(r);
  return row.size() > 3 && std::find(row.begin() + 3, row.end(), flag) != row.end();
}
bool needs_attachment(std::size_t r) {
  return row_flag(r, "attached");
}
// "245p" is 2.45 pounds: a unit of hundredths is written in the whole unit.
void in_whole_units(NumberMatch& n) {
  n.value = n.value.shifted(-2);
  if (n.precision.low) n.precision.low = n.precision.low->shifted(-2);
  if (n.precision.high) n.precision.high = n.precision.high->shifted(-2);
}
// No space inside the phrase's tokens [first, last).
bool written_solid(const TokenStream& t, std::size_t first, std::size_t last) {
  for (std::size_t k = first + 1; k < last; ++k) {
    if (!t.attached(k)) return false;
  }
  return true;
}

NumberOptions money_number_options() {
  NumberOptions o;
  o.money_scales = true;
  o.allow_fraction = false;
  o.allow_ordinal = false;
  o.allow_space_groups = true;
  return o;
}

// One amount: currency and number, with the tokens they cover.
struct Amount {
  std::size_t first = 0, last = 0;
  NumberMatch number;
  std::string currency;  // empty when none was written (second half of a range)
};

// [prefix] number [suffix] at i; `need_currency`: one of prefix/suffix must be there.
std::optional<Amount> amount_at(const Scan& scan, std::size_t i, bool need_currency) {
  const TokenStream& t = scan.tokens;
  scan.count();
  Amount a;
  a.first = i;
  std::size_t j = i;
  // A letter glued to the word before ("Meta's $5") is no currency prefix.
  const bool glued = t.is_word(i) && t.attached(i);
  auto prefix = glued ? std::nullopt : currency_table().match_at(t, i, is_prefix_row);
  if (prefix && needs_attachment(prefix->row) && !written_solid(t, prefix->first, prefix->last)) {
    prefix.reset();
  }
  if (prefix) {
    a.currency = currency_of(prefix->row);
    j = prefix->last;
    if (t.is_symbol(j, '.') && !t.is_digits(j + 1)) ++j;  // "Rs. 500"
  }
  const auto number = match_number(scan, j, money_number_options());
  if (!number || number->ordinal) return std::nullopt;
  a.number = *number;
  a.last = number->last;
  // A suffix currency, or "US" after a bare dollar ("$32 billion US").
  auto suffix = currency_table().match_at(t, a.last, is_suffix_row);
  if (suffix && needs_attachment(suffix->row) &&
      !(t.attached(suffix->first) && written_solid(t, suffix->first, suffix->last))) {
    suffix.reset();  // "245p", not "245 p"
  }
  if (suffix &&
      (a.currency.empty() || a.currency == "$" || a.currency == currency_of(suffix->row))) {
    a.currency = currency_of(suffix->row);
    a.last = suffix->last;
    if (row_flag(suffix->row, "hundredths")) in_whole_units(a.number);
  } else if (a.currency == "$" &&
             (t.is(a.last, "us") || (t.is(a.last, "u") && t.is(a.last + 2, "s")))) {
    a.currency = "USD";
    a.last += t.is(a.last, "us") ? 1 : 3;
  }
  if (need_currency && a.currency.empty()) return std::nullopt;
  return a;
}

// "and forty-five cents" after "thirteen dollars".
void add_cents(const Scan& scan, Amount& a) {
  const TokenStream& t = scan.tokens;
  if (!t.is(a.last, "and")) return;
  NumberOptions o;
  o.allow_scale = false;
  o.allow_fraction = false;
  o.allow_sign = false;
  const auto cents = match_number(scan, a.last + 1, o);
  if (!cents || !(t.is(cents->last, "cents") || t.is(cents->last, "cent"))) return;
  a.number.value = a.number.value.plus(cents->value.shifted(-2));
  a.number.precision = stated_precision(a.number.value);
  a.last = cents->last + 1;
}

// The second amount of a range after `first` ("-60 million", "to $2 billion").
std::optional<Amount> range_end(const Scan& scan, const Amount& first, bool after_between) {
  const TokenStream& t = scan.tokens;
  std::size_t j = first.last;
  if (t.is_symbol(j, '-') || t.is(j, "to")) {
    ++j;
  } else if (after_between && t.is(j, "and")) {
    ++j;
  } else {
    return std::nullopt;
  }
  auto second = amount_at(scan, j, false);
  if (!second) return std::nullopt;
  if (!second->currency.empty() && second->currency != first.currency) return std::nullopt;
  return second;
}

}  // namespace

std::optional<Found> match_money(const Scan& scan, std::size_t i) {
  const TokenStream& t = scan.tokens;
  auto amount = amount_at(scan, i, true);
  if (!amount) return std::nullopt;
  if (amount->currency == "$" || amount->currency.size() == 3) add_cents(scan, *amount);

  const auto qualifier = qualifier_before(t, i);
  NumberMatch low = amount->number;
  std::size_t last = amount->last;
  std::optional<NumberMatch> high;
  if (auto second = range_end(scan, *amount, qualifier && qualifier->opens_range)) {
    // "$50-60 million": a scale written once applies to both ends.
    if (low.scale_power == 0 && second->number.scale_power > 0 && low.precision.low &&
        low.precision.high) {
      const int p = second->number.scale_power;
      low.value = low.value.shifted(p);
      low.precision = Interval{low.precision.low->shifted(p), low.precision.high->shifted(p)};
    }
    if (low.value < second->number.value) {
      high = second->number;
      last = second->last;
    }
  }

  Found f;
  f.first = i;
  f.last = last;
  Mention& m = f.mention;
  m.kind = Kind::money;
  m.value = Money{low.value, amount->currency};
  if (!low.value.ok() || (high && !high->value.ok())) {
    m.problem = "amount out of range: more than 18 significant digits or beyond 10^300";
    return f;
  }
  if (high) {
    m.range = true;
    m.interval = Interval{low.precision.low, high->precision.high};
  } else {
    apply_qualifier(m, low.value, low.precision,
                    qualifier && !qualifier->opens_range ? qualifier->qualifier : Qualifier::none);
  }
  return f;
}

}  // namespace claimcheck::detail
