// The extract driver: one pass over the tokens; at each candidate position
// the recognizers are tried and the longest match wins (ties go to the more
// specific kind: money, percent, date, duration, count). Matched tokens are
// consumed, so every token is examined a bounded number of times.
#include <algorithm>
#include <array>
#include <memory>

#include "claimcheck/extract.hpp"
#include "extract/candidates.hpp"
#include "extract/context.hpp"
#include "extract/document_extract.hpp"
#include "extract/lookup_cache.hpp"
#include "extract/recognize.hpp"

namespace claimcheck {
namespace {

using detail::Found;
using detail::Scan;
using detail::TokenStream;

using Recognizer = std::optional<Found> (*)(const Scan&, std::size_t);
constexpr std::array<Recognizer, 5> kRecognizers = {detail::match_money, detail::match_percent,
                                                    detail::match_date, detail::match_duration,
                                                    detail::match_count};

// The thread's lookup cache (~60 KB: not on the stack), cleared for each
// document; a nested extract() on the same thread gets a cache of its own.
class CacheLease {
 public:
  CacheLease() {
    thread_local detail::LookupCache shared;
    thread_local bool in_use = false;
    if (in_use) {
      own_ = std::make_unique<detail::LookupCache>();
      cache_ = own_.get();
      return;
    }
    in_use_ = &in_use;
    in_use = true;
    cache_ = &shared;
    cache_->clear();
  }
  ~CacheLease() {
    if (in_use_) *in_use_ = false;
  }
  CacheLease(const CacheLease&) = delete;
  CacheLease& operator=(const CacheLease&) = delete;
  detail::LookupCache* get() const noexcept { return cache_; }

 private:
  std::unique_ptr<detail::LookupCache> own_;
  detail::LookupCache* cache_ = nullptr;
  bool* in_use_ = nullptr;
};

Mention place(Found f, const TokenStream& tokens, const PreparedText& text) {
  Mention m = std::move(f.mention);
  m.start = text.to_original(tokens[f.first].start);
  m.end = text.to_original(tokens[f.last - 1].end);
  m.text = std::string(text.original().substr(m.start, m.end - m.start));
  return m;
}

// True when the text from `first` up to the mention at `start` (original
// offsets) is one qualifier phrase ending right before the mention. Not one
// that opens a range ("between $1 and $2 billion"): the mention's own text
// ("$1 and $2 billion") would then read as something else.
bool only_qualifier_before(const PreparedText& text, std::size_t start, std::size_t first) {
  const TokenStream tokens(text.normalized());
  std::size_t i = 0;
  while (i < tokens.size() && text.to_original(tokens[i].start) < start) ++i;
  const auto hit = detail::qualifier_before(tokens, i);
  return hit && !hit->opens_range && hit->first < tokens.size() &&
         text.to_original(tokens[hit->first].start) == first;
}

}  // namespace

std::string_view to_string(Bound b) noexcept {
  switch (b) {
    case Bound::none:
      return "none";
    case Bound::min:
      return "min";
    case Bound::max:
      return "max";
  }
  return "none";
}

ExtractResult extract(const PreparedText& text, const ExtractOptions& options) {
  return detail::extract_tokens(text, TokenStream(text.normalized()), options);
}

ExtractResult detail::extract_tokens(const PreparedText& text, const TokenStream& tokens,
                                     const ExtractOptions& options) {
  ExtractResult result;
  const CacheLease cache;
  const Scan scan{tokens, options, &result.work, cache.get()};
  const std::size_t budget =
      std::max<std::size_t>(4096, text.normalized().size() * options.work_per_byte);
  const std::vector<std::uint8_t> marks = detail::candidate_table().marks(tokens);

  std::size_t i = 0;
  while (i < tokens.size() && text.to_original(tokens[i].start) < options.begin) ++i;
  while (i < tokens.size()) {
    if (result.work > budget) {
      result.partial = true;
      result.warnings.push_back("work bound reached; text after byte " +
                                std::to_string(text.to_original(tokens[i].start)) +
                                " was not examined");
      break;
    }
    ++result.work;
    if (!detail::worth_trying(marks, i)) {
      ++i;
      continue;
    }
    std::optional<Found> best;
    for (const Recognizer recognize : kRecognizers) {
      std::optional<Found> f = recognize(scan, i);
      // Spans start at i: a recognizer may read words before i (a qualifier)
      // but never claims them.
      if (f && f->first == i && f->last > f->first && (!best || f->last > best->last)) {
        best = std::move(f);
      }
    }
    if (!best) {
      ++i;
      continue;
    }
    const std::size_t next = best->last;
    result.mentions.push_back(place(std::move(*best), tokens, text));
    i = next;
  }
  return result;
}

std::optional<Mention> parse_quantity(std::string_view text, const ExtractOptions& options) {
  const PreparedText prepared = prepare(std::string(text));
  ExtractResult r = extract(prepared, options);
  if (r.mentions.size() != 1) return std::nullopt;
  Mention& m = r.mentions.front();
  // The whole text, bar surrounding spaces, must be the one mention; a
  // qualifier before it ("about", "more than") is read into its interval
  // but, as in running text, is not part of its span.
  const auto first = text.find_first_not_of(" \t\n");
  const auto last = text.find_last_not_of(" \t\n");
  if (first == std::string_view::npos || m.end != last + 1) return std::nullopt;
  if (m.start != first && !(m.start > first && only_qualifier_before(prepared, m.start, first))) {
    return std::nullopt;
  }
  return std::move(m);
}

}  // namespace claimcheck
