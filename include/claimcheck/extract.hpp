// claimcheck/extract.hpp — the `extract` stage: every stated amount of a
// document, normalized, with its exact span in the original bytes.
//
//   auto prepared = claimcheck::prepare("Meta paid $14.3 billion for a 49% stake.");
//   for (const auto& m : claimcheck::extract(prepared).mentions)
//     fmt::print("{} {} [{}, {})\n", claimcheck::to_string(m.kind), m.text, m.start, m.end);
//   // money $14.3 billion [10, 23)
//   // percent 49% [30, 33)
//
//   auto q = claimcheck::parse_quantity("$14.3B");   // one value, no document
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/document.hpp"
#include "claimcheck/quantity.hpp"

namespace claimcheck {

enum class Bound : std::uint8_t { none, min, max };
std::string_view to_string(Bound b) noexcept;

/// One stated amount.
struct Mention {
  Kind kind = Kind::number;
  std::size_t start = 0;  // UTF-8 byte offsets into the original input,
  std::size_t end = 0;    // end exclusive
  std::string text;       // the original bytes of [start, end)
  Quantity value;
  Interval interval;    // what the wording allows (numeric kinds)
  bool approx = false;  // about, nearly, roughly, ~
  Bound bound = Bound::none;
  bool range = false;  // "$50-60 million": value is the low end, interval both
  /// Non-empty when the value could not be represented or is impossible
  /// ("out of range", "February has no day 30"); value is then unusable.
  std::string problem;
  /// Other readings the text allows (e.g. "03/04/2025" as March 4 or April 3).
  std::vector<std::string> alternatives;

  bool ok() const noexcept { return problem.empty(); }
};

struct ExtractOptions {
  /// The reference date for relative dates ("last year", "December 30th").
  std::optional<std::chrono::year_month_day> reference_date;
  /// Work allowed per input byte (pattern attempts); past it the document is
  /// reported as partially processed.
  std::size_t work_per_byte = 64;
  /// Original byte offset where extraction starts: a metadata header before
  /// it is not read for amounts.
  std::size_t begin = 0;
};

struct ExtractResult {
  std::vector<Mention> mentions;  // in order of start offset
  bool partial = false;           // the work bound was hit
  std::size_t work = 0;           // pattern attempts made (for linear-time tests)
  std::vector<std::string> warnings;
};

/// Finds and normalizes every mention of the five kinds. Time is linear in
/// the text's length: candidates are found in one pass and every pattern is
/// bounded. Thread-safe: shared tables are built once and never mutated.
///   ExtractOptions options;
///   options.reference_date = parse_iso_date("2025-08-30");  // for "last year"
///   for (const Mention& m : extract(prepare(text), options).mentions)
///     if (!m.ok()) warn(m.text, m.problem);  // "February 30, 2025": invalid
ExtractResult extract(const PreparedText& text, const ExtractOptions& options = {});

/// Reads one amount written alone ("$14.3B", "49%", "June 2025"), perhaps
/// after a qualifier ("about 49%": the mention's span is "49%", its interval
/// wider). Returns nullopt unless the whole text is that one mention.
///   auto m = parse_quantity("$14.3B");      // money, 14300000000 "$", [14.25e9, 14.35e9]
///   auto p = parse_quantity("about 49%");   // percent 49, approx, wider interval
///   auto none = parse_quantity("Llama 4");  // nullopt: a name, not an amount
std::optional<Mention> parse_quantity(std::string_view text, const ExtractOptions& options = {});

}  // namespace claimcheck
