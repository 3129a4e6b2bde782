// Internal: numbers as written — numerals ("1,234.5", "14,21,94,700",
// "1 234 567", ".5", "1e10", "1.1^23", "-4/5"), number words ("fourteen",
// "one hundred and six", "two thirds", "a dozen", "naught point five"), and
// scale words after either ("14.3 billion", "10k", "13 lakh", "$14.3B").
// Money, percent, date, duration and count recognizers all build on this.
#pragma once

#include <cstddef>
#include <optional>

#include "claimcheck/quantity.hpp"
#include "extract/recognize.hpp"

namespace claimcheck::detail {

struct NumberOptions {
  bool allow_words = true;  // spelled-out numbers
  bool allow_scale = true;  // thousand, million, bn, k, M, lakh, crore, dozen
  /// Lower-case one-letter scales ("m", "b") and "mn"/"bn" spaced from the
  /// number: only where money is certain ("$5 m"); "1m" alone is a metre.
  bool money_scales = false;
  bool allow_sign = true;          // a leading '-' or "minus"/"negative"
  bool allow_fraction = true;      // "4/5", "two thirds", "one over three"
  bool allow_ordinal = false;      // "21st", "twenty-second" (dates ask for them)
  bool allow_space_groups = true;  // "1 234 567"
};

struct NumberMatch {
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  Decimal value;       // after scale; exact for numerals, nearest for fractions
  Interval precision;  // stated precision of the value (after scale)
  bool words = false;  // spelled out, wholly or in part
  bool ordinal = false;
  bool fraction = false;
  bool negative = false;
  bool exponent = false;  // 1e10, 1.1^23
  int scale_power = 0;    // power of ten of a scale word (9 for billion; 0 if none)
  bool dozen = false;     // a multiplier word that is not a power of ten
};

/// The longest number starting at token i, or nothing.
std::optional<NumberMatch> match_number(const Scan& scan, std::size_t i,
                                        const NumberOptions& options = {});

/// True when token i can start a number (a digit run, '.', '-' before a
/// digit, or a number word): the driver's candidate test.
bool may_start_number(const TokenStream& tokens, std::size_t i);

/// The value of a spelled-out cardinal or ordinal word sequence used in
/// dates ("twenty second" → 22), with the tokens it covers.
std::optional<NumberMatch> match_small_ordinal(const Scan& scan, std::size_t i);

}  // namespace claimcheck::detail
