// Writers for `claimcheck extract`: interchange.md §2 and a text listing.
#include <fmt/format.h>
#include <boost/json.hpp>

#include "claimcheck/report.hpp"
#include "report/json_values.hpp"

namespace claimcheck {
namespace {

namespace json = boost::json;

json::object mention_object(const Mention& m) {
  json::object o;
  o["kind"] = to_string(m.kind);
  o["start"] = m.start;
  o["end"] = m.end;
  o["text"] = detail::text_json(m.text);
  if (!m.ok()) {
    o["error"] = m.problem;
    return o;
  }
  detail::add_value_fields(o, m);
  return o;
}

}  // namespace

std::string value_json(const Mention& m) {
  return json::serialize(detail::value_of(m));
}

std::string mentions_jsonl(const InputDocument& input, const ExtractResult* result) {
  json::object line;
  line["id"] = detail::text_json(input.doc.id);
  json::array mentions;
  if (result) {
    for (const Mention& m : result->mentions) mentions.push_back(mention_object(m));
  }
  line["mentions"] = std::move(mentions);
  if (input.rejected) line["error"] = detail::text_json(input.reason);
  if (result && result->partial) line["partial"] = true;
  if (!input.warnings.empty() || (result && !result->warnings.empty())) {
    json::array w;
    for (const auto& s : input.warnings) w.push_back(detail::text_json(s));
    if (result) {
      for (const auto& s : result->warnings) w.push_back(detail::text_json(s));
    }
    line["warnings"] = std::move(w);
  }
  return json::serialize(line);
}

std::string mentions_text(const InputDocument& input, const ExtractResult* result,
                          const PreparedText* text) {
  std::string out = fmt::format("{}", input.doc.id);
  if (input.rejected) return out + fmt::format(": rejected ({})\n", input.reason);
  out += fmt::format(": {} mention{}\n", result ? result->mentions.size() : 0,
                     result && result->mentions.size() == 1 ? "" : "s");
  for (const auto& w : input.warnings) out += fmt::format("  warning: {}\n", w);
  if (!result) return out;
  for (const auto& w : result->warnings) out += fmt::format("  warning: {}\n", w);
  for (const Mention& m : result->mentions) {
    const LineColumn lc = text ? text->line_column(m.start) : LineColumn{};
    out += fmt::format("  {}:{}  {:<8} {:<28} ", lc.line, lc.column, to_string(m.kind),
                       fmt::format("\"{}\"", m.text));
    if (!m.ok()) {
      out += fmt::format("invalid: {}\n", m.problem);
      continue;
    }
    out += detail::describe_value(m);
    out += '\n';
  }
  return out;
}

}  // namespace claimcheck
