// Writers for `claimcheck extract`: interchange.md §2 and a text listing.
#include <fmt/format.h>

#include "claimcheck/report.hpp"
#include "report/json_values.hpp"

namespace claimcheck {
namespace {

void write_mention(detail::JsonWriter& w, const Mention& m) {
  w.begin_object();
  w.key("kind").string(to_string(m.kind));
  w.key("start").integer(static_cast<std::int64_t>(m.start));
  w.key("end").integer(static_cast<std::int64_t>(m.end));
  w.key("text").string(m.text);
  if (!m.ok()) {
    w.key("error").string(m.problem);
  } else {
    detail::write_value_fields(w, m);
  }
  w.end_object();
}

}  // namespace

std::string value_json(const Mention& m) {
  std::string out;
  detail::JsonWriter w(out);
  detail::write_value(w, m);
  return out;
}

std::string mentions_jsonl(const InputDocument& input, const ExtractResult* result) {
  std::string out;
  detail::JsonWriter w(out);
  w.begin_object().key("id").string(input.doc.id);
  w.key("mentions").begin_array();
  if (result) {
    for (const Mention& m : result->mentions) write_mention(w, m);
  }
  w.end_array();
  if (input.rejected) w.key("error").string(input.reason);
  if (result && result->partial) w.key("partial").boolean(true);
  if (!input.warnings.empty() || (result && !result->warnings.empty())) {
    w.key("warnings").begin_array();
    for (const auto& s : input.warnings) w.string(s);
    if (result) {
      for (const auto& s : result->warnings) w.string(s);
    }
    w.end_array();
  }
  w.end_object();
  return out;
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
