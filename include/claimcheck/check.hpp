// claimcheck/check.hpp — the `compare` stage: claims about the same fact are
// grouped by key (never all pairs), and a group whose values cannot all hold
// at once is a discrepancy, with a consensus and its outliers.
//
//   claimcheck::Checker checker;                       // built-in lexicon
//   checker.add(claimcheck::text_document("a", "Meta's $14.3 billion investment in Scale AI",
//   "a")); checker.add(claimcheck::text_document("b", "Meta's $14.8 billion investment in Scale
//   AI", "b")); claimcheck::Report report = checker.finish();
//   // report.discrepancies[0].values: $14.3 billion (a), $14.8 billion (b)
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimcheck/claim.hpp"
#include "claimcheck/feed.hpp"

namespace claimcheck {

enum class Severity : std::uint8_t { warning, error };
std::string_view to_string(Severity s) noexcept;

/// A position in a document counted in characters (Unicode code points; an
/// invalid UTF-8 sequence counts as one, as its replacement U+FFFD), for
/// writers whose readers count characters (SARIF, editors).
struct CharPosition {
  std::size_t byte = 0;    // original byte offset
  std::size_t offset = 0;  // characters before it in the document
  std::size_t line = 1;    // 1-based
  std::size_t column = 1;  // 1-based, in characters
};

/// What the report says of each input document.
struct SourceStatus {
  std::string id;
  std::string source;  // outlet
  std::string origin;  // path it was read from
  std::string published;
  bool rejected = false;
  std::string reason;
  std::vector<std::string> warnings;
  std::size_t mentions = 0;
  std::size_t claims = 0;
  /// A live document: two or more of its lines open with the time of an
  /// update ("14:30 —", "Updated: 8/30/2025, 1:50 AM"). Only such a document
  /// is reported as contradicting itself.
  bool updated = false;
  /// Character positions of every claim's start and end, sorted by byte
  /// (two per claim: memory grows with the claims, not with the text).
  std::vector<CharPosition> char_positions;
  /// The document's original bytes, only with CheckOptions::keep_texts.
  std::string text;
};

/// The fact a group of claims is about.
struct FactKey {
  Kind kind = Kind::number;
  std::string attribute;
  std::string qualifier;  // words that narrow the attribute, when stated
  std::string label;      // the numbered thing it is of ("phase 3"), when stated
  std::string subject;    // display names
  std::string object;
  std::string period;  // TIMEX of the period, when known
  std::string basis;
  std::string unit;  // percent unit / "change", currency for money
};

struct Discrepancy {
  FactKey key;
  Severity severity = Severity::error;
  bool self_contradiction = false;   // one document states both values
  std::vector<Claim> values;         // every claim of the group, in input order
  std::vector<int> cluster;          // per value: which agreeing cluster it is in
  double relative_difference = 0;    // largest gap between clusters, relative
  Decimal consensus_value;           // dates: days since 1970-01-01; lengths of time: seconds
  std::size_t consensus_member = 0;  // index in values of a claim stating the consensus value
  std::size_t consensus_cluster = 0;
  std::size_t support = 0;            // claims in the consensus cluster
  std::size_t against = 0;            // claims outside it
  std::size_t support_sources = 0;    // independent sources behind the consensus
  std::vector<std::string> outliers;  // ids of documents stating another value
};

/// A group of claims about one fact whose values agree.
struct Agreement {
  FactKey key;
  std::vector<Claim> values;
};

struct Report {
  std::vector<SourceStatus> sources;
  std::vector<Discrepancy> discrepancies;
  std::vector<Agreement> agreements;
  std::size_t not_comparable = 0;  // groups in different currencies without a rate
  std::size_t claims = 0;          // claims framed (with an attribute)
};

/// How far a Checker has got, for progress displays.
struct CheckProgress {
  std::size_t documents = 0;  // documents examined (rejected ones included)
  std::size_t rejected = 0;
  std::size_t claims = 0;  // claims framed so far
};

struct CheckOptions {
  Lexicon lexicon = Lexicon::builtin();
  std::optional<std::chrono::year_month_day> reference_date;  // for inputs without one
  /// Prior weight of a source (outlet name → weight, default 1).
  std::map<std::string, double> source_priors;
  /// Units of currency per 1 USD ("EUR" → 0.92), from --rates.
  std::map<std::string, double> rates;
  /// Documents prepared, extracted and framed in parallel (1: in the caller's thread).
  std::size_t jobs = 1;
  /// Keep every document's text in SourceStatus::text, for writers that show
  /// it (report_html). Off by default: the report then holds claims only.
  bool keep_texts = false;
  /// Keep the claims of each agreement in Report::agreements. Off, an
  /// agreement keeps its key only: enough to count the agreeing facts, and a
  /// long feed's report then holds the claims of its discrepancies alone.
  bool keep_agreement_values = true;
  /// Called after each document is examined, in input order and never from two
  /// threads at once (possibly from a worker thread). Keep it cheap: e.g.
  ///   options.on_progress = [](const CheckProgress& p) { show(p.documents, p.claims); };
  std::function<void(const CheckProgress&)> on_progress;
};

/// Feeds documents one at a time; keeps claims, not texts, so memory grows
/// with what is found, not with what is read.
class Checker {
 public:
  explicit Checker(CheckOptions options = {});
  ~Checker();
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;
  /// Prepares, extracts and frames one document (or records its rejection);
  /// with jobs > 1 this happens on a worker thread, results kept in input order.
  ///   checker.add(text_document("live.txt", bytes, "articles/live.txt"));
  void add(InputDocument input);
  /// Groups the claims and finds the discrepancies. Call once, after the last add().
  ///   const Report report = checker.finish();
  ///   if (!report.discrepancies.empty()) return 1;  // as `claimcheck check` does
  Report finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Reads "CODE<TAB>units per USD" rows; returns an error message or empty.
///   CheckOptions options;
///   if (auto e = parse_rates("EUR\t0.92\nGBP\t0.79\n", options.rates); !e.empty()) fail(e);
std::string parse_rates(std::string_view tsv, std::map<std::string, double>& rates);

}  // namespace claimcheck
