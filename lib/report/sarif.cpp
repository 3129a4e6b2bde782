// `claimcheck check --format sarif`: SARIF 2.1.0 for code-scanning uploads.
#include <cmath>
#include <map>

#include <fmt/format.h>
#include <boost/json.hpp>

#include "claimcheck/claimcheck.hpp"
#include "report/evidence.hpp"
#include "report/json_values.hpp"

namespace claimcheck {
namespace {

namespace json = boost::json;

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kFingerprintKey = "claimcheckFinding/v1";

// Literal brackets and backslashes are escaped in SARIF message text, which
// may hold embedded links "[label](id)" (SARIF §3.11.6).
std::string sarif_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

json::object message(std::string_view text) {
  return {{"text", detail::text_json(text)}};
}

json::object physical(const Claim& c, const SourceStatus& s) {
  const detail::Span sp = detail::span_of(c, s);
  json::object region;
  region["startLine"] = sp.line;
  region["startColumn"] = sp.char_column;
  region["endLine"] = sp.end_line;
  region["endColumn"] = sp.char_end_column;
  region["charOffset"] = sp.char_offset;
  region["charLength"] = sp.char_length;
  region["byteOffset"] = sp.byte_offset;
  region["byteLength"] = sp.byte_length;
  region["snippet"] = message(c.mention.text);
  json::object artifact;
  artifact["uri"] = detail::text_json(detail::artifact_uri(s));
  return {{"artifactLocation", std::move(artifact)}, {"region", std::move(region)}};
}

json::object rule_json(const detail::Rule& r) {
  json::object o;
  o["id"] = r.id;
  o["name"] = r.name;
  o["shortDescription"] = message(r.short_description);
  o["fullDescription"] = message(r.full_description);
  o["help"] = json::object{
      {"text", fmt::format("{} Check the quoted statements against the original sources; "
                           "the consensus is the value most independent sources state.",
                           r.full_description)},
      {"markdown", fmt::format("**{}**\n\n{}\n\nCheck the quoted statements against the "
                               "original sources; the consensus is the value most independent "
                               "sources state.",
                               r.short_description, r.full_description)}};
  o["defaultConfiguration"] = json::object{{"level", "error"}};
  o["properties"] = json::object{{"tags", json::array{"claimcheck", "consistency"}},
                                 {"precision", "high"},
                                 {"problem.severity", "error"}};
  return o;
}

std::size_t rule_index(const detail::Rule& r) {
  const auto& all = detail::rules();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i].id == r.id) return i;
  return 0;
}

json::object notification(const SourceStatus& s, std::string_view level, std::string_view id,
                          std::string_view text) {
  json::object n;
  n["level"] = level;
  n["message"] = message(fmt::format("{}: {}", s.id, text));
  n["descriptor"] = json::object{{"id", id}};
  json::object artifact{{"uri", detail::text_json(detail::artifact_uri(s))}};
  n["locations"] =
      json::array{json::object{{"physicalLocation", {{"artifactLocation", std::move(artifact)}}}}};
  return n;
}

}  // namespace

std::string report_sarif(const Report& r) {
  json::array rules;
  for (const auto& rule : detail::rules()) rules.push_back(rule_json(rule));
  json::object driver;
  driver["name"] = "claimcheck";
  driver["version"] = version();
  driver["semanticVersion"] = version();
  driver["rules"] = std::move(rules);
  driver["notifications"] = json::array{
      json::object{{"id", "input-rejected"},
                   {"shortDescription", message("An input document was not read")}},
      json::object{{"id", "input-warning"},
                   {"shortDescription", message("An input document was read with a warning")}}};

  json::array results;
  std::map<std::string, std::size_t> seen;  // fingerprint → occurrences so far
  for (const Discrepancy& d : r.discrepancies) {
    const detail::Rule& rule = detail::rule_of(d);
    for (const std::size_t i : detail::outlier_indices(d)) {
      const Claim& c = d.values[i];
      json::object res;
      res["ruleId"] = rule.id;
      res["ruleIndex"] = rule_index(rule);
      res["level"] = to_string(d.severity);
      // Related location ids: value j gets id j + 1 (0 is this result's location).
      res["message"] = message(detail::outlier_message(
          d, i, r,
          [](std::size_t j, const std::string& label) {
            return fmt::format("[{}]({})", sarif_escape(label), j + 1);
          },
          sarif_escape));
      json::object loc{{"id", 0}, {"physicalLocation", physical(c, r.sources[c.doc])}};
      res["locations"] = json::array{std::move(loc)};
      json::array related;
      for (std::size_t j = 0; j < d.values.size(); ++j) {
        if (j == i) continue;
        const Claim& o = d.values[j];
        json::object rl;
        rl["id"] = j + 1;
        rl["physicalLocation"] = physical(o, r.sources[o.doc]);
        rl["message"] = message(fmt::format("{} in {} ({})", o.mention.text, detail::where(o, r),
                                            detail::agrees(d, j) ? "consensus" : "outlier"));
        related.push_back(std::move(rl));
      }
      res["relatedLocations"] = std::move(related);
      const std::string fp = detail::fingerprint(d, i);
      res["partialFingerprints"] =
          json::object{{kFingerprintKey, fmt::format("{}:{}", fp, ++seen[fp])}};
      json::object props;
      props["kind"] = to_string(d.key.kind);
      props["attribute"] = detail::text_json(d.key.attribute);
      if (!d.key.qualifier.empty()) props["qualifier"] = detail::text_json(d.key.qualifier);
      if (!d.key.label.empty()) props["label"] = detail::text_json(d.key.label);
      if (!d.key.subject.empty()) props["subject"] = detail::text_json(d.key.subject);
      if (!d.key.object.empty()) props["object"] = detail::text_json(d.key.object);
      if (!d.key.period.empty()) props["period"] = detail::text_json(d.key.period);
      props["value"] = detail::value_of(c.mention);
      props["text"] = detail::text_json(c.mention.text);
      props["doc"] = detail::text_json(r.sources[c.doc].id);
      props["quote"] = detail::text_json(c.quote);
      {
        const Mention& cm = d.values[d.consensus_member].mention;
        const bool numeric =
            cm.kind == Kind::money || cm.kind == Kind::percent || cm.kind == Kind::number;
        props["consensus"] =
            numeric ? detail::decimal_json(d.consensus_value) : detail::value_of(cm);
      }
      props["consensusText"] = detail::text_json(detail::consensus_text(d));
      props["relativeDifference"] = std::round(d.relative_difference * 10000) / 10000;
      props["selfContradiction"] = d.self_contradiction;
      res["properties"] = std::move(props);
      results.push_back(std::move(res));
    }
  }

  json::array notifications;
  for (const SourceStatus& s : r.sources) {
    if (s.rejected) notifications.push_back(notification(s, "error", "input-rejected", s.reason));
    for (const auto& w : s.warnings)
      notifications.push_back(notification(s, "warning", "input-warning", w));
  }
  json::object invocation;
  invocation["executionSuccessful"] = true;
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);

  json::object run;
  run["tool"] = json::object{{"driver", std::move(driver)}};
  run["invocations"] = json::array{std::move(invocation)};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);
  json::object root;
  root["$schema"] = kSchema;
  root["version"] = "2.1.0";
  root["runs"] = json::array{std::move(run)};
  return json::serialize(root);
}

}  // namespace claimcheck
