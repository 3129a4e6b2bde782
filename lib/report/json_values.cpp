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

void write_decimal(JsonWriter& w, const Decimal& d) {
  if (!d.ok()) {
    w.null();
    return;
  }
  const Decimal n = d.normalized();
  if (n.exponent() >= 0 && n.digits() + n.exponent() <= 18) {
    std::int64_t v = n.coefficient();
    for (int k = 0; k < n.exponent(); ++k) v *= 10;  // fits: at most 18 digits
    w.integer(v);
    return;
  }
  w.real(d.to_double());
}

void write_value(JsonWriter& w, const Mention& m) {
  std::visit(overloaded{
                 [&](const Money& v) { write_decimal(w, v.amount); },
                 [&](const Percent& v) { write_decimal(w, v.value); },
                 [&](const Count& v) { write_decimal(w, v.value); },
                 [&](const Duration& v) { w.string(v.iso); },
                 [&](const Date& v) {
                   if (v.end_timex.empty()) {
                     w.string(v.timex);
                     return;
                   }
                   w.begin_object().key("start").string(v.timex).key("end").string(v.end_timex);
                   w.end_object();
                 },
             },
             m.value);
}

// The DOM forms are read back from the writer's bytes: one mapping of
// values to JSON for every writer.
json::value decimal_json(const Decimal& d) {
  std::string out;
  JsonWriter w(out);
  write_decimal(w, d);
  return json::parse(out);
}

json::value value_of(const Mention& m) {
  std::string out;
  JsonWriter w(out);
  write_value(w, m);
  return json::parse(out);
}

void write_value_fields(JsonWriter& w, const Mention& m) {
  if (const auto* money = std::get_if<Money>(&m.value)) w.key("currency").string(money->currency);
  w.key("value");
  write_value(w, m);
  if (const auto* p = std::get_if<Percent>(&m.value)) {
    if (p->unit != PercentUnit::percent) w.key("unit").string(to_string(p->unit));
    if (p->change) w.key("change").boolean(true);
  }
  const bool numeric = m.kind == Kind::money || m.kind == Kind::percent || m.kind == Kind::number;
  if (numeric && m.interval.low) {
    w.key("low");
    write_decimal(w, *m.interval.low);
  }
  if (numeric && m.interval.high) {
    w.key("high");
    write_decimal(w, *m.interval.high);
  }
  w.key("approx").boolean(m.approx);
  if (m.bound != Bound::none) w.key("bound").string(to_string(m.bound));
  if (m.range) w.key("range").boolean(true);
  if (!m.alternatives.empty()) {
    w.key("alternatives").begin_array();
    for (const auto& a : m.alternatives) w.string(a);
    w.end_array();
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
