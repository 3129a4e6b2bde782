// claimcheck/quantity.hpp — the value model: exact decimals, the interval a
// wording allows, and the five kinds of amount (money, percent, date, count,
// duration).
//
//   auto d = claimcheck::Decimal::parse("14.3");       // 143 × 10^-1, exact
//   auto i = claimcheck::stated_precision(*d);         // [14.25, 14.35]
//   claimcheck::Money m{*d, "USD"};                    // Money + Percent does not compile
//
// Values never throw for bad input: an out-of-range decimal or an impossible
// date is a value whose ok() is false, with a reason.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace claimcheck {

/// An exact decimal: coefficient × 10^exponent, with at most 18 significant
/// digits and |exponent| ≤ 300. Anything beyond is not rounded but marked
/// out of range (ok() == false), so an absurd amount can never overflow.
class Decimal {
 public:
  static constexpr int kMaxDigits = 18;
  static constexpr int kMaxExponent = 300;

  constexpr Decimal() = default;
  /// coefficient × 10^exponent; out of range when |exponent| > kMaxExponent.
  ///   Decimal::from_parts(143, 8).to_string() == "14300000000"
  static Decimal from_parts(std::int64_t coefficient, int exponent) noexcept;
  /// Parses plain ASCII decimal notation: "14.3", "-0.5", ".23456000", "1e10",
  /// "12.32e+14". No grouping separators. Returns nullopt when not a number;
  /// a number with too many significant digits is returned with ok() false.
  ///   Decimal::parse("14.3")->shifted(9) == *Decimal::parse("14.3e9")
  ///   Decimal::parse("1,000")                    // nullopt: no separators
  ///   Decimal::parse("9999999999999999999")->ok() // false: 19 digits
  static std::optional<Decimal> parse(std::string_view text) noexcept;
  /// The nearest decimal with `significant` digits (for values such as 2/3).
  static Decimal from_double(double value, int significant = 15) noexcept;
  static Decimal out_of_range() noexcept;

  bool ok() const noexcept { return valid_; }
  std::int64_t coefficient() const noexcept { return coef_; }
  int exponent() const noexcept { return exp_; }
  bool is_zero() const noexcept { return coef_ == 0; }
  bool is_negative() const noexcept { return coef_ < 0; }
  bool is_integer() const noexcept;
  /// Number of digits in the coefficient (1 for zero).
  int digits() const noexcept;

  double to_double() const noexcept;
  /// Exact, shortest plain notation: "14300000000", "0.23456", "-4.5".
  std::string to_string() const;

  /// × 10^power (exact); out of range past the limits.
  Decimal shifted(int power) const noexcept;
  /// × factor, exact while it fits in kMaxDigits; else out of range.
  Decimal times(std::int64_t factor) const noexcept;
  Decimal plus(const Decimal& other) const noexcept;
  Decimal negated() const noexcept;
  /// Drops trailing zeros of the coefficient (same value).
  Decimal normalized() const noexcept;

  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) noexcept;
  friend bool operator==(const Decimal& a, const Decimal& b) noexcept {
    return (a <=> b) == std::strong_ordering::equal;
  }

 private:
  std::int64_t coef_ = 0;
  std::int32_t exp_ = 0;
  bool valid_ = true;
};

/// The values a wording allows. An absent end is open ("more than 200" has
/// no high end).
struct Interval {
  std::optional<Decimal> low;
  std::optional<Decimal> high;

  bool contains(const Decimal& v) const noexcept;
  /// True when some value lies in both.
  bool overlaps(const Interval& other) const noexcept;
  /// The values of the other sign: [-high, -low].
  Interval negated() const;
};

/// How a qualifier bends a stated value: "about" widens it, "more than" and
/// "at least" open it upward (min), "up to" and "under" downward (max),
/// "nearly" and "almost" allow just under it.
enum class Qualifier : std::uint8_t { none, approx, min, max, nearly };

/// The interval of a value written with the digits of `written`: half a unit
/// in its last significant digit ("14.3" → [14.25, 14.35]). Trailing zeros of
/// an integer may be rounding: they allow a quarter unit of the last non-zero
/// digit ("150" → [147.5, 152.5]).
///   stated_precision(*Decimal::parse("14.3")).contains(*Decimal::parse("14.34"))  // true
Interval stated_precision(const Decimal& written) noexcept;
/// The interval once a qualifier is applied to a precision interval.
///   const Decimal v = *Decimal::parse("15");
///   qualified(stated_precision(v), v, Qualifier::nearly)  // [13.5, 15.5]: just under 15
///   qualified(stated_precision(v), v, Qualifier::min)     // [15, +inf): "more than 15"
Interval qualified(const Interval& precise, const Decimal& value, Qualifier q) noexcept;

enum class Kind : std::uint8_t { money, percent, date, number, duration };
std::string_view to_string(Kind k) noexcept;

/// An amount of one currency. `currency` is an ISO 4217 code when the text
/// tells it, else the symbol as written ("$", "£"): an unresolved "$" is
/// compatible with any dollar.
struct Money {
  Decimal amount;
  std::string currency;
};

enum class PercentUnit : std::uint8_t { percent, percentage_point, basis_point };
std::string_view to_string(PercentUnit u) noexcept;

/// A percentage: a level ("a 49% stake") or a signed change ("rose 0.72%").
struct Percent {
  Decimal value;
  PercentUnit unit = PercentUnit::percent;
  bool change = false;
};

/// A count: "200 layoffs", "five people", "a dozen".
struct Count {
  Decimal value;
};

/// A date at its stated granularity, as a TIMEX3 value ("2025-06",
/// "2025-09-18", "XXXX-12-30", "2025-Q3", "2016-W45-WE"), with its first and
/// last day when the year is known. A range holds an end value too.
struct Date {
  std::string timex;
  std::string end_timex;  // non-empty for a range {start, end}
  std::optional<std::chrono::year_month_day> first_day;
  std::optional<std::chrono::year_month_day> last_day;
  bool valid = true;    // false for "February 30, 2025"
  std::string problem;  // why it is not valid
  bool ok() const noexcept { return valid; }
  /// One known day ("2025-09-18", "Tuesday" resolved), not a longer period.
  bool one_day() const noexcept { return first_day && first_day == last_day; }
  /// A quarter or half of a year ("2025-Q3", "2026-H1").
  bool part_of_year() const noexcept {
    return timex.find("-Q") != std::string::npos || timex.find("-H") != std::string::npos;
  }
};

/// A length of time as ISO 8601 ("P2M", "PT90M"), with the amount and unit
/// it was stated in for comparisons.
struct Duration {
  std::string iso;
  Decimal amount;
  char unit = 'D';  // Y, M, W, D, h, m, s
};

using Quantity = std::variant<Money, Percent, Date, Count, Duration>;

/// The kind of a quantity's alternative.
Kind kind_of(const Quantity& q) noexcept;

}  // namespace claimcheck
