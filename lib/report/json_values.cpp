#include "report/json_values.hpp"

#include <fmt/format.h>

namespace claimcheck::detail {
namespace {

namespace json = boost::json;

template <class... F>
struct overloaded : F... {
  using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;  // clang 14 lacks aggregate deduction

}  // namespace

json::string text_json(std::string_view bytes) {
  return json::string(repair_utf8(bytes));
}

json::value decimal_json(const Decimal& d) {
  if (!d.ok()) return nullptr;
  const Decimal n = d.normalized();
  if (n.exponent() >= 0 && n.digits() + n.exponent() <= 18) {
    std::int64_t v = n.coefficient();
    for (int k = 0; k < n.exponent(); ++k) v *= 10;  // fits: at most 18 digits
    return json::value(v);
  }
  return json::value(d.to_double());
}

json::value value_of(const Mention& m) {
  return std::visit(overloaded{
                        [](const Money& v) -> json::value { return decimal_json(v.amount); },
                        [](const Percent& v) -> json::value { return decimal_json(v.value); },
                        [](const Count& v) -> json::value { return decimal_json(v.value); },
                        [](const Duration& v) -> json::value { return json::string(v.iso); },
                        [](const Date& v) -> json::value {
                          if (v.end_timex.empty()) return json::string(v.timex);
                          return json::object{{"start", v.timex}, {"end", v.end_timex}};
                        },
                    },
                    m.value);
}

void add_value_fields(json::object& o, const Mention& m) {
  if (const auto* money = std::get_if<Money>(&m.value)) o["currency"] = money->currency;
  o["value"] = value_of(m);
  if (const auto* p = std::get_if<Percent>(&m.value)) {
    if (p->unit != PercentUnit::percent) o["unit"] = to_string(p->unit);
    if (p->change) o["change"] = true;
  }
  const bool numeric = m.kind == Kind::money || m.kind == Kind::percent || m.kind == Kind::number;
  if (numeric && m.interval.low) o["low"] = decimal_json(*m.interval.low);
  if (numeric && m.interval.high) o["high"] = decimal_json(*m.interval.high);
  o["approx"] = m.approx;
  if (m.bound != Bound::none) o["bound"] = to_string(m.bound);
  if (m.range) o["range"] = true;
  if (!m.alternatives.empty()) {
    json::array alts;
    for (const auto& a : m.alternatives) alts.push_back(json::string(a));
    o["alternatives"] = std::move(alts);
  }
}

std::string describe_value(const Mention& m) {
  std::string out = std::visit(
      overloaded{
          [](const Money& v) { return v.amount.to_string(); },
          [](const Percent& v) { return v.value.to_string(); },
          [](const Count& v) { return v.value.to_string(); },
          [](const Duration& v) { return v.iso; },
          [](const Date& v) { return v.end_timex.empty() ? v.timex : v.timex + "/" + v.end_timex; },
      },
      m.value);
  if (const auto* money = std::get_if<Money>(&m.value)) out += " " + money->currency;
  if (const auto* p = std::get_if<Percent>(&m.value)) {
    if (p->unit != PercentUnit::percent) out += fmt::format(" {}", to_string(p->unit));
    if (p->change) out += " (change)";
  }
  if (m.interval.low || m.interval.high) {
    out += fmt::format(" [{}, {}]", m.interval.low ? m.interval.low->to_string() : "-inf",
                       m.interval.high ? m.interval.high->to_string() : "+inf");
  }
  if (m.approx) out += " approx";
  if (m.bound != Bound::none) out += fmt::format(" bound={}", to_string(m.bound));
  return out;
}

}  // namespace claimcheck::detail
