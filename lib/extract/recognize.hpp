// Internal: what every recognizer shares. A recognizer looks at the token
// stream from one candidate position and either returns the mention that
// starts there (with its token range) or nothing. Recognizers only read;
// the driver in extract.cpp decides which match wins and maps spans back to
// the original bytes.
#pragma once

#include <cstddef>
#include <optional>

#include "claimcheck/extract.hpp"
#include "text/tokens.hpp"

namespace claimcheck::detail {

/// A mention found in token space: tokens [first, last).
struct Found {
  std::size_t first = 0;
  std::size_t last = 0;
  Mention mention;  // kind, value, interval, approx, bound, problem; spans filled by the driver
};

class LookupCache;

/// What a recognizer reads: the tokens, the options, and a work counter that
/// each pattern attempt increments (the driver bounds it per document); and,
/// when the driver gives one, the document's memo of lexicon lookups.
struct Scan {
  const TokenStream& tokens;
  const ExtractOptions& options;
  std::size_t* work;
  LookupCache* cache = nullptr;

  void count(std::size_t n = 1) const noexcept { *work += n; }
};

std::optional<Found> match_money(const Scan& scan, std::size_t i);
std::optional<Found> match_percent(const Scan& scan, std::size_t i);
std::optional<Found> match_date(const Scan& scan, std::size_t i);
std::optional<Found> match_duration(const Scan& scan, std::size_t i);
std::optional<Found> match_count(const Scan& scan, std::size_t i);

}  // namespace claimcheck::detail
