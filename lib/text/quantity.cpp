#include "claimcheck/quantity.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

#include <fmt/format.h>

namespace claimcheck {
namespace {

constexpr std::int64_t kPow10[19] = {1,
                                     10,
                                     100,
                                     1000,
                                     10000,
                                     100000,
                                     1000000,
                                     10000000,
                                     100000000,
                                     1000000000,
                                     10000000000,
                                     100000000000,
                                     1000000000000,
                                     10000000000000,
                                     100000000000000,
                                     1000000000000000,
                                     10000000000000000,
                                     100000000000000000,
                                     1000000000000000000};
constexpr std::int64_t kMaxCoefficient = 999999999999999999;  // 18 digits

int digit_count(std::int64_t c) {
  std::uint64_t u = c < 0 ? 0 - static_cast<std::uint64_t>(c) : static_cast<std::uint64_t>(c);
  int n = 1;
  while (u >= 10) {
    u /= 10;
    ++n;
  }
  return n;
}

bool exponent_in_range(long e) {
  return e >= -Decimal::kMaxExponent && e <= Decimal::kMaxExponent;
}

// The coefficient's digits without sign and trailing zeros, and the power of
// ten of its leading digit: the canonical form compared digit by digit.
struct Canonical {
  std::string digits;
  long lead = 0;
};

Canonical canonical(const Decimal& d) {
  std::uint64_t u = d.coefficient() < 0 ? 0 - static_cast<std::uint64_t>(d.coefficient())
                                        : static_cast<std::uint64_t>(d.coefficient());
  Canonical c;
  c.digits = fmt::format("{}", u);
  long exp = d.exponent();
  while (c.digits.size() > 1 && c.digits.back() == '0') {
    c.digits.pop_back();
    ++exp;
  }
  c.lead = exp + static_cast<long>(c.digits.size()) - 1;
  return c;
}

}  // namespace

Decimal Decimal::from_parts(std::int64_t coefficient, int exponent) noexcept {
  Decimal d;
  if (coefficient > kMaxCoefficient || coefficient < -kMaxCoefficient ||
      !exponent_in_range(exponent)) {
    return out_of_range();
  }
  d.coef_ = coefficient;
  d.exp_ = coefficient == 0 ? 0 : exponent;
  return d;
}

Decimal Decimal::out_of_range() noexcept {
  Decimal d;
  d.valid_ = false;
  return d;
}

std::optional<Decimal> Decimal::parse(std::string_view s) noexcept {
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  std::int64_t coef = 0;
  long exp = 0;
  int significant = 0;
  bool any_digit = false, seen_point = false, overflow = false;
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') break;
    any_digit = true;
    if (significant == 0 && c == '0') {
      if (seen_point) --exp;
      continue;
    }
    if (significant < kMaxDigits) {
      coef = coef * 10 + (c - '0');
      ++significant;
      if (seen_point) --exp;
    } else if (c != '0') {
      overflow = true;  // a digit that cannot be kept exactly
    } else if (!seen_point) {
      ++exp;  // trailing integer zero past 18 digits: exact as a power of ten
    }
  }
  if (!any_digit) return std::nullopt;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    bool exp_negative = false;
    if (j < s.size() && (s[j] == '-' || s[j] == '+')) exp_negative = s[j++] == '-';
    if (j >= s.size() || s[j] < '0' || s[j] > '9') return std::nullopt;
    long e = 0;
    for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; ++j) {
      if (e < 100000) e = e * 10 + (s[j] - '0');
    }
    exp += exp_negative ? -e : e;
    i = j;
  }
  if (i != s.size()) return std::nullopt;
  if (overflow || !exponent_in_range(exp)) return out_of_range();
  return from_parts(negative ? -coef : coef, static_cast<int>(exp));
}

Decimal Decimal::from_double(double value, int significant) noexcept {
  if (!std::isfinite(value)) return out_of_range();
  if (value == 0) return Decimal{};
  significant = std::clamp(significant, 1, 17);
  char buf[40];  // "-d.ddddddddddddddddde-308" fits
  const auto written =
      std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific, significant - 1);
  auto d = parse(std::string_view(buf, static_cast<std::size_t>(written.ptr - buf)));
  return d ? d->normalized() : out_of_range();
}

bool Decimal::is_integer() const noexcept {
  return normalized().exp_ >= 0;
}

int Decimal::digits() const noexcept {
  return digit_count(coef_);
}

double Decimal::to_double() const noexcept {
  if (!valid_) return std::numeric_limits<double>::quiet_NaN();
  // The double nearest the decimal value (14.3 becomes the double nearest
  // 14.3). When the coefficient and the power of ten are both exact doubles,
  // one multiplication or division rounds correctly; otherwise through the
  // decimal string.
  constexpr std::int64_t kExactInteger = std::int64_t{1} << 53;
  constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                    1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (coef_ <= kExactInteger && coef_ >= -kExactInteger && exp_ >= -22 && exp_ <= 22) {
    const auto c = static_cast<double>(coef_);
    return exp_ >= 0 ? c * kExactPow10[exp_] : c / kExactPow10[-exp_];
  }
  return std::strtod(fmt::format("{}e{}", coef_, exp_).c_str(), nullptr);
}

std::string Decimal::to_string() const {
  if (!valid_) return "out-of-range";
  const Decimal n = normalized();
  const bool negative = n.coef_ < 0;
  std::string digits = fmt::format("{}", negative ? 0 - static_cast<std::uint64_t>(n.coef_)
                                                  : static_cast<std::uint64_t>(n.coef_));
  std::string out = negative ? "-" : "";
  if (n.exp_ >= 0) {
    out += digits;
    out.append(static_cast<std::size_t>(n.exp_), '0');
  } else {
    const auto frac = static_cast<std::size_t>(-n.exp_);
    if (digits.size() <= frac) {
      out += "0.";
      out.append(frac - digits.size(), '0');
      out += digits;
    } else {
      out += digits.substr(0, digits.size() - frac);
      out += '.';
      out += digits.substr(digits.size() - frac);
    }
  }
  return out;
}

Decimal Decimal::shifted(int power) const noexcept {
  if (!valid_) return *this;
  const long e = static_cast<long>(exp_) + power;
  if (coef_ == 0) return Decimal{};
  if (!exponent_in_range(e)) return out_of_range();
  return from_parts(coef_, static_cast<int>(e));
}

Decimal Decimal::times(std::int64_t factor) const noexcept {
  if (!valid_) return *this;
  std::int64_t product = 0;
  if (__builtin_mul_overflow(coef_, factor, &product) || product > kMaxCoefficient ||
      product < -kMaxCoefficient) {
    // Trade trailing zeros of the coefficient for exponent before giving up.
    const Decimal n = normalized();
    if (n.coef_ != coef_) return n.times(factor);
    return out_of_range();
  }
  return from_parts(product, exp_);
}

Decimal Decimal::plus(const Decimal& other) const noexcept {
  if (!valid_) return *this;
  if (!other.valid_) return other;
  Decimal a = normalized(), b = other.normalized();
  if (a.coef_ == 0) return b;
  if (b.coef_ == 0) return a;
  // Align to the smaller exponent.
  if (a.exp_ < b.exp_) std::swap(a, b);
  const int diff = a.exp_ - b.exp_;
  if (diff > kMaxDigits) return out_of_range();
  std::int64_t scaled = 0, sum = 0;
  if (__builtin_mul_overflow(a.coef_, kPow10[diff], &scaled) ||
      __builtin_add_overflow(scaled, b.coef_, &sum) || sum > kMaxCoefficient ||
      sum < -kMaxCoefficient) {
    return out_of_range();
  }
  return from_parts(sum, b.exp_).normalized();
}

Decimal Decimal::negated() const noexcept {
  Decimal d = *this;
  d.coef_ = -d.coef_;
  return d;
}

Decimal Decimal::normalized() const noexcept {
  Decimal d = *this;
  if (d.coef_ == 0) {
    d.exp_ = 0;
    return d;
  }
  while (d.coef_ % 10 == 0 && d.exp_ < kMaxExponent) {
    d.coef_ /= 10;
    ++d.exp_;
  }
  return d;
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept {
  if (a.valid_ != b.valid_)
    return a.valid_ ? std::strong_ordering::less : std::strong_ordering::greater;
  const int sa = (a.coef_ > 0) - (a.coef_ < 0);
  const int sb = (b.coef_ > 0) - (b.coef_ < 0);
  if (sa != sb) return sa <=> sb;
  if (sa == 0) return std::strong_ordering::equal;
  const Canonical ca = canonical(a), cb = canonical(b);
  std::strong_ordering magnitude = ca.lead <=> cb.lead;
  if (magnitude == std::strong_ordering::equal) {
    const int cmp = ca.digits.compare(cb.digits);
    magnitude = cmp <=> 0;
  }
  if (sa < 0) return 0 <=> magnitude;
  return magnitude;
}

bool Interval::contains(const Decimal& v) const noexcept {
  return (!low || *low <= v) && (!high || v <= *high);
}

bool Interval::overlaps(const Interval& o) const noexcept {
  if (low && o.high && *o.high < *low) return false;
  if (o.low && high && *high < *o.low) return false;
  return true;
}

Interval Interval::negated() const {
  Interval out;
  if (high) out.low = high->negated();
  if (low) out.high = low->negated();
  return out;
}

namespace {
// A bound that cannot be represented (past 18 digits) is left open: an open
// end never makes two values conflict.
Interval bounded(const Decimal& low, const Decimal& high) {
  Interval i;
  if (low.ok()) i.low = low;
  if (high.ok()) i.high = high;
  return i;
}
}  // namespace

Interval stated_precision(const Decimal& written) noexcept {
  if (!written.ok()) return {};
  // Half a unit in the last written digit: ±5 × 10^(e-1) around c × 10^e.
  // An integer's trailing zeros may be rounding or exact ("30" is 25–35 or
  // 29.5–30.5): take a quarter unit of its last non-zero digit, so that a
  // round figure still agrees with its neighbours ("150" with "152") but not
  // with the next figure a writer would have used ("30" against "25").
  const Decimal unit = written.is_integer() ? written.normalized() : written;
  const bool round_figure = unit.exponent() > written.exponent() && unit.exponent() > 0;
  const Decimal margin =
      Decimal::from_parts(round_figure ? 25 : 5, unit.exponent() - (round_figure ? 2 : 1));
  return bounded(written.plus(margin.negated()), written.plus(margin));
}

Interval qualified(const Interval& precise, const Decimal& value, Qualifier q) noexcept {
  // Approximate wording allows ±7.5 % (or the stated precision if wider):
  // "about $15 billion" holds $14.3 billion, "roughly 11%" not 13%. "Nearly"
  // allows up to 10 % below.
  // A fraction of |value|, to six digits; computed only for the qualifiers
  // that use it (most amounts have none).
  const auto part = [&value](double fraction) {
    return Decimal::from_double(std::abs(value.to_double()) * fraction, 6);
  };
  switch (q) {
    case Qualifier::none:
      return precise;
    case Qualifier::approx: {
      const Decimal hedge = part(0.075);
      Interval wide = bounded(value.plus(hedge.negated()), value.plus(hedge));
      if (precise.low && wide.low && *precise.low < *wide.low) wide.low = precise.low;
      if (precise.high && wide.high && *wide.high < *precise.high) wide.high = precise.high;
      return wide;
    }
    case Qualifier::nearly: {
      Interval i = bounded(value.plus(part(0.1).negated()), value);
      i.high = precise.high;
      return i;
    }
    case Qualifier::min:
      return {value, std::nullopt};
    case Qualifier::max:
      return {std::nullopt, value};
  }
  return precise;
}

std::string_view to_string(Kind k) noexcept {
  switch (k) {
    case Kind::money:
      return "money";
    case Kind::percent:
      return "percent";
    case Kind::date:
      return "date";
    case Kind::number:
      return "number";
    case Kind::duration:
      return "duration";
  }
  return "number";
}

std::string_view to_string(PercentUnit u) noexcept {
  switch (u) {
    case PercentUnit::percent:
      return "percent";
    case PercentUnit::percentage_point:
      return "percentage_point";
    case PercentUnit::basis_point:
      return "basis_point";
  }
  return "percent";
}

Kind kind_of(const Quantity& q) noexcept {
  static constexpr Kind kinds[] = {Kind::money, Kind::percent, Kind::date, Kind::number,
                                   Kind::duration};
  return kinds[q.index()];
}

}  // namespace claimcheck
