// Internal: what the CI and page writers (SARIF, GitHub annotations,
// reviewdog, JUnit, Markdown, HTML) share — rule ids, where a claim is in
// every unit a consumer counts, the description of a fact, the messages and
// the fingerprints. One place, so that every format says the same thing.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/check.hpp"

namespace claimcheck::detail {

/// Called while a document's text is still at hand (Checker, per document):
/// records the character positions of every claim's start and end, and the
/// text itself when `keep_text`.
void note_positions(std::string_view original, const std::vector<Claim>& claims, bool keep_text,
                    SourceStatus& status);

/// A rule of the CI formats: one per kind of conflict, and one for a
/// document that contradicts itself. Ids are stable (README "Rules").
struct Rule {
  std::string_view id;
  std::string_view name;  // PascalCase, SARIF reportingDescriptor.name
  std::string_view short_description;
  std::string_view full_description;
};
const std::vector<Rule>& rules();
const Rule& rule_of(const Discrepancy& d);

/// Where a claim is, in every unit a consumer counts. Lines are 1-based;
/// columns are 1-based and `end_*` columns are exclusive (the column just
/// after the span), in bytes (`column`) or characters (`char_column`).
struct Span {
  std::size_t line = 1;
  std::size_t column = 1;
  std::size_t end_line = 1;
  std::size_t end_column = 1;
  std::size_t char_column = 1;
  std::size_t char_end_column = 1;
  std::size_t byte_offset = 0;
  std::size_t byte_length = 0;
  std::size_t char_offset = 0;
  std::size_t char_length = 0;
};
Span span_of(const Claim& c, const SourceStatus& s);

/// The file a document came from, as CI tools name it: its path, or its id
/// when it came from a feed or standard input (positions are then in the
/// feed line's "text", not in the feed file).
std::string artifact_path(const SourceStatus& s);
/// artifact_path as a URI reference (percent-encoded; file:// when absolute).
std::string artifact_uri(const SourceStatus& s);

/// "Meta investment in Scale AI (2025-06) [annual]".
std::string about(const FactKey& k);
/// "money-conflict: Meta investment in Scale AI".
std::string title(const Discrepancy& d);

/// True when value i stands with the consensus.
bool agrees(const Discrepancy& d, std::size_t i);

/// "a.txt:3:12" (byte column, as the text and JSON reports count).
std::string where(const Claim& c, const Report& r);

/// The message of an outlier value i: names its value and the others', and
/// where they stand. `link(j, label)` writes a reference to value j;
/// `escape` is applied to every text taken from the report (not to links).
using LinkFn = std::function<std::string(std::size_t, const std::string&)>;
using EscapeFn = std::function<std::string(std::string_view)>;
std::string outlier_message(const Discrepancy& d, std::size_t i, const Report& r,
                            const LinkFn& link, const EscapeFn& escape = {});

/// A fingerprint of a finding that does not move with unrelated text: a
/// hash of the rule id, the fact's key, the value's text and the other
/// values' texts (sorted), never of positions. 16 hex digits.
std::string fingerprint(const Discrepancy& d, std::size_t i);

/// The values of a discrepancy that are not with the consensus, in order.
std::vector<std::size_t> outlier_indices(const Discrepancy& d);

/// Decimal to plain text for people: "14300000000".
std::string consensus_text(const Discrepancy& d);
/// "values differ by 3.5%", or for dates "dates 31 days apart" (the largest
/// gap between an outlier's first day and the consensus's).
std::string difference_text(const Discrepancy& d);

}  // namespace claimcheck::detail
