// Writers for `claimcheck check`: interchange.md §3 JSON and the terminal summary.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "claimcheck/report.hpp"
#include "report/evidence.hpp"
#include "report/json_values.hpp"

namespace claimcheck {
namespace {

namespace json = boost::json;

json::object key_json(const FactKey& k) {
  json::object o;
  o["kind"] = to_string(k.kind);
  o["attribute"] = k.attribute;
  if (!k.qualifier.empty()) o["qualifier"] = detail::text_json(k.qualifier);
  if (!k.label.empty()) o["label"] = detail::text_json(k.label);
  o["subject"] = detail::text_json(k.subject);
  o["object"] = detail::text_json(k.object);
  if (!k.period.empty()) o["period"] = k.period;
  if (!k.basis.empty()) o["basis"] = k.basis;
  if (!k.unit.empty()) o["unit"] = k.unit;
  return o;
}

json::object claim_json(const Claim& c, const Report& r) {
  json::object o;
  o["value"] = detail::value_of(c.mention);
  if (const auto* m = std::get_if<Money>(&c.mention.value)) o["currency"] = m->currency;
  if (const auto* p = std::get_if<Percent>(&c.mention.value)) {
    if (p->unit != PercentUnit::percent) o["unit"] = to_string(p->unit);
    if (p->change) o["change"] = true;
  }
  o["text"] = detail::text_json(c.mention.text);
  const SourceStatus& s = r.sources[c.doc];
  o["doc"] = detail::text_json(s.id);
  if (!s.source.empty()) o["source"] = detail::text_json(s.source);
  o["start"] = c.mention.start;
  o["end"] = c.mention.end;
  o["line"] = c.position.line;
  o["column"] = c.position.column;
  if (c.mention.interval.low) o["low"] = detail::decimal_json(*c.mention.interval.low);
  if (c.mention.interval.high) o["high"] = detail::decimal_json(*c.mention.interval.high);
  if (c.mention.approx) o["approx"] = true;
  if (c.mention.bound != Bound::none) o["bound"] = to_string(c.mention.bound);
  o["quote"] = detail::text_json(c.quote);
  return o;
}

json::object source_json(const SourceStatus& s) {
  json::object o;
  o["id"] = detail::text_json(s.id);
  if (!s.source.empty()) o["source"] = detail::text_json(s.source);
  if (!s.published.empty()) o["published"] = detail::text_json(s.published);
  if (!s.origin.empty()) o["path"] = detail::text_json(s.origin);
  o["status"] = s.rejected ? "rejected" : "ok";
  if (s.rejected) o["reason"] = detail::text_json(s.reason);
  if (!s.warnings.empty()) {
    json::array w;
    for (const auto& x : s.warnings) w.push_back(detail::text_json(x));
    o["warnings"] = std::move(w);
  }
  if (!s.rejected) {
    o["mentions"] = s.mentions;
    o["claims"] = s.claims;
  }
  return o;
}

std::string describe(const Claim& c) {
  std::string v = c.mention.text;
  return v;
}

}  // namespace

// The consensus as stated: a date or a length of time as written in TIMEX3
// or ISO 8601, a number in plain notation.
std::string consensus_value_text(const Discrepancy& d) {
  const Mention& m = d.values[d.consensus_member].mention;
  if (const auto* v = std::get_if<Date>(&m.value)) return v->timex;
  if (const auto* v = std::get_if<Duration>(&m.value)) return v->iso;
  return d.consensus_value.to_string();
}

std::string report_json(const Report& r, bool show_agreements) {
  json::object root;
  root["claimcheck"] = "1";
  json::array sources;
  for (const auto& s : r.sources) sources.push_back(source_json(s));
  root["sources"] = std::move(sources);
  json::array discrepancies;
  for (const Discrepancy& d : r.discrepancies) {
    json::object o;
    o["key"] = key_json(d.key);
    o["severity"] = to_string(d.severity);
    o["self_contradiction"] = d.self_contradiction;
    json::array values;
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      json::object v = claim_json(d.values[i], r);
      v["agrees_with_consensus"] = static_cast<std::size_t>(d.cluster[i]) == d.consensus_cluster;
      values.push_back(std::move(v));
    }
    o["values"] = std::move(values);
    o["relative_difference"] = std::round(d.relative_difference * 10000) / 10000;
    json::object consensus;
    // A date or a length of time is written as stated (TIMEX3, ISO 8601).
    const Mention& cm = d.values[d.consensus_member].mention;
    const bool numeric =
        cm.kind == Kind::money || cm.kind == Kind::percent || cm.kind == Kind::number;
    consensus["value"] = numeric ? detail::decimal_json(d.consensus_value) : detail::value_of(cm);
    consensus["support"] = d.support;
    consensus["against"] = d.against;
    consensus["sources"] = d.support_sources;
    o["consensus"] = std::move(consensus);
    json::array outliers;
    for (const auto& id : d.outliers) outliers.push_back(detail::text_json(id));
    o["outliers"] = std::move(outliers);
    discrepancies.push_back(std::move(o));
  }
  root["discrepancies"] = std::move(discrepancies);
  root["agreements"] = r.agreements.size();
  if (show_agreements) {
    json::array list;
    for (const Agreement& a : r.agreements) {
      json::object o;
      o["key"] = key_json(a.key);
      json::array values;
      for (const Claim& c : a.values) values.push_back(claim_json(c, r));
      o["values"] = std::move(values);
      list.push_back(std::move(o));
    }
    root["agreement_list"] = std::move(list);
  }
  root["not_comparable"] = r.not_comparable;
  root["claims"] = r.claims;
  return json::serialize(root);
}

std::string report_text(const Report& r, const TextStyle& style) {
  const auto paint = [&](std::string_view code, std::string_view s) {
    return style.color ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  };
  std::string out;
  std::size_t rejected = 0;
  for (const auto& s : r.sources) {
    if (s.rejected) {
      ++rejected;
      out += fmt::format("{} {}: {}\n", paint("33", "rejected"), s.id, s.reason);
    }
    for (const auto& w : s.warnings)
      out += fmt::format("{} {}: {}\n", paint("33", "warning"), s.id, w);
  }
  for (const Discrepancy& d : r.discrepancies) {
    const std::string about =
        fmt::format("{}{}{}{}{}{}{}", d.key.subject.empty() ? "" : d.key.subject + " ",
                    d.key.qualifier.empty() ? "" : d.key.qualifier + " ", d.key.attribute,
                    d.key.object.empty() ? "" : " in " + d.key.object,
                    d.key.label.empty() ? "" : " (" + d.key.label + ")",
                    d.key.period.empty() ? "" : " (" + d.key.period + ")",
                    d.key.basis.empty() ? "" : " [" + d.key.basis + "]");
    out += fmt::format(
        "\n{} {} {}: {}{}\n",
        paint(d.severity == Severity::error ? "1;31" : "1;33", to_string(d.severity)),
        to_string(d.key.kind), paint("1", about),
        d.self_contradiction ? "a source contradicts itself; " : "", detail::difference_text(d));
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      const Claim& c = d.values[i];
      const bool agrees = static_cast<std::size_t>(d.cluster[i]) == d.consensus_cluster;
      const SourceStatus& s = r.sources[c.doc];
      out += fmt::format("  {} {:<16} {}:{}:{}  \"{}\"\n", agrees ? " " : paint("31", "✗"),
                         paint(agrees ? "32" : "31", describe(c)), s.id, c.position.line,
                         c.position.column, c.quote);
    }
    out += fmt::format(
        "  consensus: {} ({} of {} statements, {} independent source{}); outliers: {}\n",
        consensus_value_text(d), d.support, d.support + d.against, d.support_sources,
        d.support_sources == 1 ? "" : "s", fmt::join(d.outliers, ", "));
  }
  if (style.show_agreements) {
    for (const Agreement& a : r.agreements) {
      out += fmt::format("\n{} {} {} {}:", paint("2", "agrees"), to_string(a.key.kind),
                         a.key.subject, a.key.attribute);
      for (const Claim& c : a.values)
        out += fmt::format(" \"{}\" ({})", c.mention.text, r.sources[c.doc].id);
      out += '\n';
    }
  }
  out += fmt::format("\n{} document{} ({} rejected), {} claims: {} discrepanc{}, {} agreement{}",
                     r.sources.size(), r.sources.size() == 1 ? "" : "s", rejected, r.claims,
                     r.discrepancies.size(), r.discrepancies.size() == 1 ? "y" : "ies",
                     r.agreements.size(), r.agreements.size() == 1 ? "" : "s");
  if (r.not_comparable) out += fmt::format(", {} not comparable (currencies)", r.not_comparable);
  out += '\n';
  return out;
}

}  // namespace claimcheck
