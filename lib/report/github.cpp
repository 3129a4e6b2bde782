// `claimcheck check --format github`: GitHub Actions workflow commands, one
// annotation per conflicting (outlier) value.
#include <fmt/format.h>

#include "claimcheck/report.hpp"
#include "report/evidence.hpp"

namespace claimcheck {
namespace {

// Workflow-command data (the message): %, CR and LF.
std::string escape_data(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Workflow-command properties (file, title): also ':' and ','.
std::string escape_property(std::string_view s) {
  std::string out;
  for (const char c : escape_data(s)) {
    if (c == ':') {
      out += "%3A";
    } else if (c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string report_github(const Report& r) {
  std::string out;
  for (const SourceStatus& s : r.sources) {
    const std::string file = escape_property(repair_utf8(detail::artifact_path(s)));
    if (s.rejected) {
      out += fmt::format("::warning file={},title={}::{}\n", file,
                         escape_property("claimcheck: input rejected"),
                         escape_data(repair_utf8(s.id + " was not read: " + s.reason)));
    }
  }
  for (const Discrepancy& d : r.discrepancies) {
    for (const std::size_t i : detail::outlier_indices(d)) {
      const Claim& c = d.values[i];
      const SourceStatus& s = r.sources[c.doc];
      const detail::Span sp = detail::span_of(c, s);
      std::string where = fmt::format("file={},line={},col={}",
                                      escape_property(repair_utf8(detail::artifact_path(s))),
                                      sp.line, sp.char_column);
      // GitHub takes endColumn only on a one-line span.
      where += sp.end_line == sp.line ? fmt::format(",endColumn={}", sp.char_end_column)
                                      : fmt::format(",endLine={}", sp.end_line);
      const std::string message = detail::outlier_message(
          d, i, r, [](std::size_t, const std::string& label) { return label; });
      out += fmt::format("::{} {},title={}::{}\n", to_string(d.severity), where,
                         escape_property(repair_utf8("claimcheck " + detail::title(d))),
                         escape_data(repair_utf8(message)));
    }
  }
  return out;
}

}  // namespace claimcheck
