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
std::string mentions_jsonl(const InputDocument& input, const ExtractResult* result);

/// A readable listing of one document's mentions for `--format text`:
/// a header line, then one line per mention with its position and value.
std::string mentions_text(const InputDocument& input, const ExtractResult* result,
                          const PreparedText* text);

/// The discrepancy report of `claimcheck check --format json`
/// (interchange.md §3): sources, discrepancies with evidence, agreements.
std::string report_json(const Report& report, bool show_agreements = false);

struct TextStyle {
  bool color = false;            // ANSI colours (only on a terminal, never with NO_COLOR)
  bool show_agreements = false;  // list agreeing facts, not only count them
};

/// The report for people: one block per discrepancy, values side by side
/// with their sources and quotes, and the consensus.
std::string report_text(const Report& report, const TextStyle& style = {});

/// The value of a mention as interchange.md writes it: a number for money,
/// percent and counts, a TIMEX string (or {start, end}) for dates, an ISO
/// 8601 string for durations; as JSON text.
std::string value_json(const Mention& m);

// CI and page formats of `claimcheck check`. Each reports every conflicting
// (outlier) value, with stable rule ids (README "Rules"): money-conflict,
// percent-conflict, date-conflict, count-conflict, duration-conflict, and
// self-contradiction for a document that contradicts itself.

/// SARIF 2.1.0 for code scanning: one result per outlier value, with the
/// other values as relatedLocations, positions in lines and code points
/// (columnKind "unicodeCodePoints") plus byte and character offsets, and
/// partialFingerprints that do not depend on positions.
std::string report_sarif(const Report& report);

/// GitHub Actions workflow commands: one `::error`/`::warning` annotation
/// per outlier value (columns in code points), escaped as the format needs.
std::string report_github(const Report& report);

/// reviewdog diagnostics, one JSON object a line (rdjsonl); columns in bytes.
std::string report_rdjsonl(const Report& report);

/// JUnit XML: one test case per fact stated more than once (discrepancies
/// fail, agreements pass); rejected inputs are skipped test cases.
std::string report_junit(const Report& report);

/// Markdown for an issue or a pull request: a heading and a table per
/// discrepancy (value, source, doc, line:col, quote).
std::string report_markdown(const Report& report);

/// One self-contained HTML page (inline CSS, no script, no fetch): the
/// discrepancies with consensus and outliers, then each source's text with
/// conflicting spans in <mark> and agreeing ones greyed. Texts come from
/// SourceStatus::text: check with CheckOptions::keep_texts.
std::string report_html(const Report& report);

}  // namespace claimcheck
