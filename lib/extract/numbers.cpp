#include "extract/numbers.hpp"

namespace claimcheck::detail {

// Placeholder: digits only, until the full number parser lands.
std::optional<NumberMatch> match_number(const Scan& scan, std::size_t i, const NumberOptions&) {
  const auto& t = scan.tokens;
  if (!t.is_digits(i)) return std::nullopt;
  std::size_t last = i + 1;
  std::string s(t.text(i));
  if (t.is_symbol(last, '.') && t.attached(last) && t.is_digits(last + 1) && t.attached(last + 1)) {
    s += '.';
    s += t.text(last + 1);
    last += 2;
  }
  auto d = Decimal::parse(s);
  if (!d) return std::nullopt;
  NumberMatch m;
  m.first = i;
  m.last = last;
  m.value = *d;
  m.precision = stated_precision(*d);
  return m;
}

bool may_start_number(const TokenStream& t, std::size_t i) { return t.is_digits(i); }

std::optional<NumberMatch> match_small_ordinal(const Scan&, std::size_t) { return std::nullopt; }

}  // namespace claimcheck::detail
