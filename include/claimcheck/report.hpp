// claimcheck/report.hpp — the `report` stage: the same results written for
// machines (JSON Lines, JSON) and for people (text).
//
//   auto in = claimcheck::text_document("a.txt", "Meta paid $14.3 billion.", "a.txt");
//   auto prepared = claimcheck::prepare(in.doc.text);
//   auto found = claimcheck::extract(prepared);
//   std::cout << claimcheck::mentions_jsonl(in, &found) << '\n';
#pragma once

#include <string>

#include "claimcheck/check.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/feed.hpp"

namespace claimcheck {

/// One line of `claimcheck extract --format jsonl` (interchange.md §2):
/// {"id", "mentions": [...]}; a rejected document gets "mentions": [] and
/// "error" with the reason. `result` may be null for a rejected document.
///   std::cout << mentions_jsonl(in, &found) << '\n';
///   // {"id":"a.txt","mentions":[{"kind":"money","start":10,"end":23,...}]}
std::string mentions_jsonl(const InputDocument& input, const ExtractResult* result);

/// A readable listing of one document's mentions for `--format text`:
/// a header line, then one line per mention with its position and value.
///   std::cout << mentions_text(in, &found, &prepared);
///   // a.txt: 1 mentions
///   //   1:11  money    "$14.3 billion"   14300000000 $ [14250000000, 14350000000]
std::string mentions_text(const InputDocument& input, const ExtractResult* result,
                          const PreparedText* text);

/// The discrepancy report of `claimcheck check --format json`
/// (interchange.md §3): sources, discrepancies with evidence, agreements.
/// `show_agreements` adds "agreement_list" with every agreeing group.
///   std::cout << report_json(checker.finish()) << '\n';  // {"claimcheck":"1","sources":[...
std::string report_json(const Report& report, bool show_agreements = false);

struct TextStyle {
  bool color = false;            // ANSI colours (only on a terminal, never with NO_COLOR)
  bool show_agreements = false;  // list agreeing facts, not only count them
};

/// The report for people: one block per discrepancy, values side by side
/// with their sources and quotes, and the consensus.
///   TextStyle style;
///   style.color = isatty(1) && !std::getenv("NO_COLOR");
///   std::cout << report_text(report, style);
std::string report_text(const Report& report, const TextStyle& style = {});

/// The value of a mention as interchange.md writes it: a number for money,
/// percent and counts, a TIMEX string (or {start, end}) for dates, an ISO
/// 8601 string for durations; as JSON text.
///   value_json(*parse_quantity("$14.3 billion"));  // "14300000000"
///   value_json(*parse_quantity("June 2025"));      // "\"2025-06\""
std::string value_json(const Mention& m);

// CI and page formats of `claimcheck check`. Each reports every conflicting
// (outlier) value, with stable rule ids (README "Rules"): money-conflict,
// percent-conflict, date-conflict, count-conflict, duration-conflict, and
// self-contradiction for a document that contradicts itself.

/// SARIF 2.1.0 for code scanning: one result per outlier value, with the
/// other values as relatedLocations, positions in lines and code points
/// (columnKind "unicodeCodePoints") plus byte and character offsets, and
/// partialFingerprints that do not depend on positions.
///   std::ofstream("claimcheck.sarif") << report_sarif(report);  // then upload-sarif
std::string report_sarif(const Report& report);

/// GitHub Actions workflow commands: one `::error`/`::warning` annotation
/// per outlier value (columns in code points), escaped as the format needs.
///   std::cout << report_github(report);
///   // ::error file=live.txt,line=9,col=8,endColumn=21,title=claimcheck money-conflict%3A …::…
std::string report_github(const Report& report);

/// reviewdog diagnostics, one JSON object a line (rdjsonl); columns in bytes.
///   std::cout << report_rdjsonl(report);  // | reviewdog -f=rdjsonl
std::string report_rdjsonl(const Report& report);

/// JUnit XML: one test case per fact stated more than once (discrepancies
/// fail, agreements pass); rejected inputs are skipped test cases.
///   std::ofstream("claimcheck-junit.xml") << report_junit(report);
std::string report_junit(const Report& report);

/// Markdown for an issue or a pull request: a heading and a table per
/// discrepancy (value, source, doc, line:col, quote).
///   std::cout << report_markdown(report);  // paste into an issue
std::string report_markdown(const Report& report);

/// One self-contained HTML page (inline CSS, no script, no fetch): the
/// discrepancies with consensus and outliers, then each source's text with
/// conflicting spans in <mark> and agreeing ones greyed. Texts come from
/// SourceStatus::text: check with CheckOptions::keep_texts.
///   CheckOptions options;
///   options.keep_texts = true;
///   Checker checker(options);  // … add documents …
///   std::ofstream("report.html") << report_html(checker.finish());
std::string report_html(const Report& report);

}  // namespace claimcheck
