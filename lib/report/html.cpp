// `claimcheck check --format html`: one self-contained page — inline CSS, no
// script, no fetch (a Content-Security-Policy forbids them) — with the
// discrepancies, then each source's text with the conflicting spans in
// <mark> (linked to the summary and to the other side) and agreeing ones
// greyed.
#include <algorithm>

#include <fmt/format.h>

#include "claimcheck/claimcheck.hpp"
#include "report/evidence.hpp"
#include "report/json_values.hpp"

namespace claimcheck {
namespace {

std::string html(std::string_view bytes) {
  std::string out;
  for (const char c : repair_utf8(bytes)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The normalized value as interchange.md writes it, without JSON quotes.
std::string normalized(const Mention& m) {
  const boost::json::value v = detail::value_of(m);
  return v.is_string() ? std::string(v.as_string()) : boost::json::serialize(v);
}

std::string mark_id(std::size_t d, std::size_t i) {
  return fmt::format("m{}-{}", d + 1, i);
}

// A span to highlight in a source's text.
struct Highlight {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string open;  // the opening tag(s) and the closing ones
  std::string close;
};

constexpr std::string_view kStyle = R"(
:root { color-scheme: light; --bad: #b42318; --good: #067647; --warn: #b54708; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto;
       max-width: 72rem; padding: 1rem 2rem; color: #1d2433; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.totals { color: #555; margin-top: 0; }
article.discrepancy { border: 1px solid #d0d5dd; border-left: 6px solid var(--bad);
       border-radius: 6px; padding: .5rem 1rem; margin: 1rem 0; }
article.discrepancy.warning { border-left-color: var(--warn); }
article:target, tr:target { box-shadow: 0 0 0 3px #fec84b; }
h2 { font-size: 1.15rem; margin: .4rem 0; }
.sev { text-transform: uppercase; font-size: .75rem; font-weight: 700; color: #fff;
       background: var(--bad); border-radius: 4px; padding: .1rem .4rem; vertical-align: middle; }
.warning .sev { background: var(--warn); }
code.rule { font-size: .8rem; color: #475467; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #eaecf0;
         vertical-align: top; }
tr.outlier td.v { color: var(--bad); font-weight: 600; }
tr.consensus td.v { color: var(--good); font-weight: 600; }
td.q { color: #475467; }
section.source { margin: 1.5rem 0; }
.meta { color: #667085; font-size: .85rem; font-weight: normal; }
pre.text { white-space: pre-wrap; overflow-wrap: anywhere; font: 14px/1.6 Georgia, serif;
           background: #fcfcfd; border: 1px solid #eaecf0; border-radius: 6px; padding: 1rem; }
mark { border-radius: 3px; padding: 0 .15rem; }
mark.outlier { background: #fee4e2; outline: 2px solid var(--bad); }
mark.consensus { background: #dcfae6; outline: 1px solid var(--good); }
mark:target { background: #fec84b; }
mark a { color: inherit; text-decoration: none; }
mark sup a { color: #667085; font-size: .7rem; padding-left: .1rem; }
span.agree { color: #98a2b3; background: #f2f4f7; border-radius: 3px; }
.rejected { color: var(--warn); }
)";

}  // namespace

std::string report_html(const Report& r) {
  std::size_t rejected = 0;
  for (const auto& s : r.sources) rejected += s.rejected ? 1 : 0;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta name=\"generator\" content=\"claimcheck {}\">\n"
      "<title>claimcheck: {} discrepanc{}</title>\n<style>{}</style>\n</head>\n<body>\n"
      "<header>\n<h1>claimcheck report</h1>\n<p class=\"totals\" id=\"totals\">{} document{} ({} "
      "rejected), {} claims: <b>{} discrepanc{}</b>, {} agreement{}</p>\n</header>\n",
      html(version()), r.discrepancies.size(), r.discrepancies.size() == 1 ? "y" : "ies", kStyle,
      r.sources.size(), r.sources.size() == 1 ? "" : "s", rejected, r.claims,
      r.discrepancies.size(), r.discrepancies.size() == 1 ? "y" : "ies", r.agreements.size(),
      r.agreements.size() == 1 ? "" : "s");

  // Summary: one article per discrepancy, a row per value linking to its mark.
  std::vector<std::vector<Highlight>> spans(r.sources.size());
  out += "<main>\n<section id=\"discrepancies\">\n";
  for (std::size_t k = 0; k < r.discrepancies.size(); ++k) {
    const Discrepancy& d = r.discrepancies[k];
    std::vector<std::string> outliers;
    for (const auto& id : d.outliers) outliers.push_back(html(id));
    out += fmt::format(
        "<article class=\"discrepancy {0}\" id=\"d{1}\" data-rule=\"{2}\" data-kind=\"{3}\">\n"
        "<h2><span class=\"sev\">{0}</span> {4} <code class=\"rule\">{2}</code></h2>\n"
        "<p>{5}Values differ by {6:.1f}%. Consensus: <b class=\"consensus\">{7}</b> ({8} of {9} "
        "statements, {10} independent source{11}). Outliers: <b class=\"outliers\">{12}</b>.</p>\n"
        "<table>\n<tr><th></th><th>value</th><th>normalized</th><th>doc</th><th>line:col</th>"
        "<th>quote</th></tr>\n",
        to_string(d.severity), k + 1, detail::rule_of(d).id, to_string(d.key.kind),
        html(detail::about(d.key)),
        d.self_contradiction ? "<b>A document contradicts itself.</b> " : "",
        d.relative_difference * 100, html(detail::consensus_text(d)), d.support,
        d.support + d.against, d.support_sources, d.support_sources == 1 ? "" : "s",
        fmt::join(outliers, ", "));
    // The first value on the other side, for the link from each mark.
    std::size_t first_consensus = d.values.size(), first_outlier = d.values.size();
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      std::size_t& first = detail::agrees(d, i) ? first_consensus : first_outlier;
      if (first == d.values.size()) first = i;
    }
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      const Claim& c = d.values[i];
      const SourceStatus& s = r.sources[c.doc];
      const bool agrees = detail::agrees(d, i);
      const char* cls = agrees ? "consensus" : "outlier";
      const bool shown = !s.text.empty() && c.mention.end <= s.text.size();
      const std::string value =
          shown ? fmt::format("<a href=\"#{}\">{}</a>", mark_id(k, i), html(c.mention.text))
                : html(c.mention.text);
      out += fmt::format(
          "<tr class=\"{}\" id=\"r{}-{}\"><td>{}</td><td class=\"v\">{}</td><td>{}</td>"
          "<td><a href=\"#doc{}\">{}</a></td><td>{}:{}</td><td class=\"q\">{}</td></tr>\n",
          cls, k + 1, i, agrees ? "✓" : "✗", value, html(detail::describe_value(c.mention)), c.doc,
          html(s.id), c.position.line, c.position.column, html(c.quote));
      if (!shown) continue;
      std::vector<std::string> related;
      for (std::size_t j = 0; j < d.values.size(); ++j)
        if (j != i) related.push_back(mark_id(k, j));
      const std::size_t other = agrees ? first_outlier : first_consensus;
      Highlight h;
      h.start = c.mention.start;
      h.end = c.mention.end;
      h.open = fmt::format(
          "<mark id=\"{}\" class=\"{}\" data-value=\"{}\" data-normalized=\"{}\" data-doc=\"{}\" "
          "data-discrepancy=\"d{}\" data-related=\"{}\" title=\"{}\"><a href=\"#r{}-{}\">",
          mark_id(k, i), cls, html(c.mention.text), html(normalized(c.mention)), html(s.id), k + 1,
          fmt::join(related, " "),
          html(fmt::format("{}: {} ({}); consensus {}", detail::about(d.key), c.mention.text, cls,
                           detail::consensus_text(d))),
          k + 1, i);
      h.close = other < d.values.size()
                    ? fmt::format("</a><sup><a href=\"#{}\" title=\"{}\">↔</a></sup></mark>",
                                  mark_id(k, other), html(d.values[other].mention.text))
                    : "</a></mark>";
      spans[c.doc].push_back(std::move(h));
    }
    out += "</table>\n</article>\n";
  }
  if (r.discrepancies.empty()) out += "<p>No discrepancies.</p>\n";
  out += "</section>\n";

  for (std::size_t k = 0; k < r.agreements.size(); ++k) {
    const Agreement& a = r.agreements[k];
    for (const Claim& c : a.values) {
      const SourceStatus& s = r.sources[c.doc];
      if (s.text.empty() || c.mention.end > s.text.size()) continue;
      spans[c.doc].push_back(
          {c.mention.start, c.mention.end,
           fmt::format("<span class=\"agree\" id=\"a{}-{}\" data-value=\"{}\" data-doc=\"{}\" "
                       "title=\"{}\">",
                       k + 1, c.mention.start, html(c.mention.text), html(s.id),
                       html(fmt::format("agrees: {}", detail::about(a.key)))),
           "</span>"});
    }
  }

  // Sources: each text, with its spans.
  out += "<section id=\"sources\">\n<h2>Sources</h2>\n";
  for (std::size_t doc = 0; doc < r.sources.size(); ++doc) {
    const SourceStatus& s = r.sources[doc];
    std::vector<std::string> meta;
    if (!s.source.empty()) meta.push_back(html(s.source));
    if (!s.published.empty()) meta.push_back(html(s.published));
    if (!s.origin.empty()) meta.push_back(html(s.origin));
    out += fmt::format(
        "<section class=\"source\" id=\"doc{}\" data-doc=\"{}\">\n<h3>{} <span "
        "class=\"meta\">{}</span></h3>\n",
        doc, html(s.id), html(s.id), fmt::join(meta, " · "));
    if (s.rejected) {
      out += fmt::format("<p class=\"rejected\">Not read: {}</p>\n</section>\n", html(s.reason));
      continue;
    }
    for (const auto& w : s.warnings) out += fmt::format("<p class=\"rejected\">{}</p>\n", html(w));
    if (s.text.empty()) {
      out += "<p class=\"meta\">Text not kept (CheckOptions::keep_texts).</p>\n</section>\n";
      continue;
    }
    auto& hs = spans[doc];
    std::stable_sort(hs.begin(), hs.end(),
                     [](const Highlight& a, const Highlight& b) { return a.start < b.start; });
    out += "<pre class=\"text\">";
    std::size_t at = 0;
    const std::string_view text = s.text;
    for (const Highlight& h : hs) {
      if (h.start < at || h.end < h.start) continue;  // overlapping spans: the first wins
      out += html(text.substr(at, h.start - at));
      out += h.open;
      out += html(text.substr(h.start, h.end - h.start));
      out += h.close;
      at = h.end;
    }
    out += html(text.substr(at));
    out += "</pre>\n</section>\n";
  }
  out += "</section>\n</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace claimcheck
