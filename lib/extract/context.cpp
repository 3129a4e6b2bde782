#include "extract/context.hpp"

#include "data.hpp"

namespace claimcheck::detail {
namespace {

const PhraseTable& qualifier_table() {
  static const PhraseTable table(data::qualifiers);
  return table;
}

Qualifier qualifier_named(std::string_view name) {
  if (name == "approx") return Qualifier::approx;
  if (name == "nearly") return Qualifier::nearly;
  if (name == "min") return Qualifier::min;
  if (name == "max") return Qualifier::max;
  return Qualifier::none;
}

}  // namespace

std::optional<QualifierHit> qualifier_before(const TokenStream& t, std::size_t i) {
  const PhraseTable& table = qualifier_table();
  const auto hit = table.match_before(t, i);
  if (!hit) return std::nullopt;
  const std::string_view kind = table.row(hit->row).size() > 1 ? table.row(hit->row)[1] : "";
  return QualifierHit{qualifier_named(kind), kind == "range", hit->first};
}

void apply_qualifier(Mention& m, const Decimal& value, const Interval& precision, Qualifier q) {
  m.interval = qualified(precision, value, q);
  m.approx = q == Qualifier::approx || q == Qualifier::nearly;
  m.bound = q == Qualifier::min ? Bound::min : q == Qualifier::max ? Bound::max : Bound::none;
}

const PhraseTable& currency_table() {
  static const PhraseTable table(data::currencies);
  return table;
}

}  // namespace claimcheck::detail
