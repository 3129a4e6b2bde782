// Internal: what the words around an amount say about it — qualifiers
// before it ("about", "more than", "up to"), shared by every numeric kind.
#pragma once

#include <cstddef>
#include <optional>

#include "claimcheck/extract.hpp"
#include "extract/phrases.hpp"

namespace claimcheck::detail {

struct QualifierHit {
  Qualifier qualifier = Qualifier::none;
  bool opens_range = false;  // "between", "from"
  std::size_t first = 0;     // first token of the qualifier phrase
};

/// The qualifier phrase ending just before token i, if any.
std::optional<QualifierHit> qualifier_before(const TokenStream& t, std::size_t i);

/// Sets interval, approx and bound of `m` from a value, its stated precision
/// and a qualifier.
void apply_qualifier(Mention& m, const Decimal& value, const Interval& precision, Qualifier q);

/// The currency lexicon (data/currencies.tsv).
const PhraseTable& currency_table();

}  // namespace claimcheck::detail
