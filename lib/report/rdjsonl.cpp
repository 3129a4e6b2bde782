// `claimcheck check --format rdjsonl`: reviewdog diagnostics, one JSON
// object a line (reviewdog's rdjsonl; columns count UTF-8 bytes).
#include <fmt/format.h>
#include <boost/json.hpp>

#include "claimcheck/report.hpp"
#include "report/evidence.hpp"
#include "report/json_values.hpp"

namespace claimcheck {
namespace {

namespace json = boost::json;

json::object location(const Claim& c, const SourceStatus& s) {
  const detail::Span sp = detail::span_of(c, s);
  json::object range{{"start", {{"line", sp.line}, {"column", sp.column}}},
                     {"end", {{"line", sp.end_line}, {"column", sp.end_column}}}};
  return {{"path", detail::text_json(detail::artifact_path(s))}, {"range", std::move(range)}};
}

}  // namespace

std::string report_rdjsonl(const Report& r) {
  std::string out;
  for (const Discrepancy& d : r.discrepancies) {
    const detail::Rule& rule = detail::rule_of(d);
    for (const std::size_t i : detail::outlier_indices(d)) {
      const Claim& c = d.values[i];
      json::object o;
      o["message"] = detail::text_json(detail::outlier_message(
          d, i, r, [](std::size_t, const std::string& label) { return label; }));
      o["location"] = location(c, r.sources[c.doc]);
      o["severity"] = d.severity == Severity::error ? "ERROR" : "WARNING";
      o["source"] = json::object{{"name", "claimcheck"}};
      o["code"] = json::object{{"value", rule.id}};
      json::array related;
      for (std::size_t j = 0; j < d.values.size(); ++j) {
        if (j == i) continue;
        const Claim& other = d.values[j];
        related.push_back(json::object{
            {"message",
             detail::text_json(fmt::format("{} ({})", other.mention.text,
                                           detail::agrees(d, j) ? "consensus" : "outlier"))},
            {"location", location(other, r.sources[other.doc])}});
      }
      o["related_locations"] = std::move(related);
      out += json::serialize(o);
      out += '\n';
    }
  }
  return out;
}

}  // namespace claimcheck
