// `claimcheck check --format markdown`: a report to paste into an issue or a
// pull request. GitHub-flavoured: a heading and a table per discrepancy.
#include <fmt/format.h>

#include "claimcheck/report.hpp"
#include "report/evidence.hpp"

namespace claimcheck {
namespace {

// Text from the input inside Markdown (and a table cell): valid UTF-8, one
// line, and every character that could start markup backslash-escaped —
// `|` (cells), `$` (GitHub math), `<` and `&` (HTML), emphasis and links.
std::string md(std::string_view bytes) {
  std::string out;
  for (const char c : repair_utf8(bytes)) {
    switch (c) {
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '|':
      case '~':
      case '$':
      case '&':
      case '#':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A value as a code span: no markup inside, only `|` still needs escaping in
// a table cell (GFM), and a backtick cannot appear.
std::string code(std::string_view bytes) {
  std::string out = "`";
  for (const char c : repair_utf8(bytes)) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '`') {
      out += '\'';
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + '`';
}

std::string doc_label(const SourceStatus& s) {
  return s.source.empty() ? md(s.id) : fmt::format("{} / {}", md(s.source), md(s.id));
}

}  // namespace

std::string report_markdown(const Report& r) {
  std::size_t rejected = 0;
  for (const auto& s : r.sources) rejected += s.rejected ? 1 : 0;
  std::string out = fmt::format(
      "## claimcheck: {} discrepanc{}\n\n{} document{} ({} rejected), {} claims: {} "
      "discrepanc{}, {} agreement{}{}.\n",
      r.discrepancies.size(), r.discrepancies.size() == 1 ? "y" : "ies", r.sources.size(),
      r.sources.size() == 1 ? "" : "s", rejected, r.claims, r.discrepancies.size(),
      r.discrepancies.size() == 1 ? "y" : "ies", r.agreements.size(),
      r.agreements.size() == 1 ? "" : "s",
      r.not_comparable ? fmt::format(", {} not comparable (currencies)", r.not_comparable) : "");
  std::size_t n = 0;
  for (const Discrepancy& d : r.discrepancies) {
    std::vector<std::string> outliers;
    for (const auto& id : d.outliers) outliers.push_back(md(id));
    out += fmt::format(
        "\n### {}. {} {} · {} · {}\n\n{}Values differ by {:.1f}%. Consensus: {} ({} of {} "
        "statements, {} independent source{}). Outliers: {}.\n\n",
        ++n, d.severity == Severity::error ? "🛑" : "⚠️", to_string(d.severity),
        detail::rule_of(d).id, md(detail::about(d.key)),
        d.self_contradiction ? "**A document contradicts itself.** " : "",
        d.relative_difference * 100, code(detail::consensus_text(d)), d.support,
        d.support + d.against, d.support_sources, d.support_sources == 1 ? "" : "s",
        fmt::join(outliers, ", "));
    out += "| | value | source / doc | line:col | quote |\n|:-:|---|---|---|---|\n";
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      const Claim& c = d.values[i];
      out += fmt::format("| {} | {} | {} | {}:{} | {} |\n", detail::agrees(d, i) ? "✓" : "✗",
                         code(c.mention.text), doc_label(r.sources[c.doc]), c.position.line,
                         c.position.column, md(c.quote));
    }
  }
  if (!r.agreements.empty()) {
    out += fmt::format("\n<details><summary>{} agreeing fact{}</summary>\n\n", r.agreements.size(),
                       r.agreements.size() == 1 ? "" : "s");
    for (const Agreement& a : r.agreements) {
      std::vector<std::string> values;
      for (const Claim& c : a.values)
        values.push_back(fmt::format("{} ({})", code(c.mention.text), md(r.sources[c.doc].id)));
      out += fmt::format("- {} {}: {}\n", to_string(a.key.kind), md(detail::about(a.key)),
                         fmt::join(values, ", "));
    }
    out += "\n</details>\n";
  }
  if (rejected) {
    out += "\n### Inputs not read\n\n| doc | reason |\n|---|---|\n";
    for (const auto& s : r.sources)
      if (s.rejected) out += fmt::format("| {} | {} |\n", md(s.id), md(s.reason));
  }
  return out;
}

}  // namespace claimcheck
