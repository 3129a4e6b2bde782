// Internal: lexicon phrases matched token by token. A phrase is tokenized as
// text is ("US$" → us $), compared lower-cased, and dots inside it are
// optional on both sides ("U.S.$", "u.s $" and "US$" are one phrase).
#pragma once

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container_hash/hash.hpp>
#include <boost/unordered/unordered_flat_map.hpp>

#include "text/tokens.hpp"

namespace claimcheck::detail {

/// Hashes std::string keys and std::string_view probes alike, so that a
/// lookup by a token's text builds no string.
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept {
    return boost::hash<std::string_view>()(s);
  }
};

/// A map from lower-case words, looked up by std::string_view.
template <class Value>
using WordMap = boost::unordered_flat_map<std::string, Value, WordHash, std::equal_to<>>;

/// A filter in front of a word table asked about most tokens of a text: the
/// first two bytes and the length of a word rule most others out without
/// hashing them. False positives only cost the lookup behind it.
class WordFilter {
 public:
  void add(std::string_view w) noexcept { bits_.set(key(w)); }
  bool may_contain(std::string_view w) const noexcept { return bits_.test(key(w)); }

 private:
  static std::size_t key(std::string_view w) noexcept {
    const auto byte = [&](std::size_t k) -> std::size_t {
      return k < w.size() ? static_cast<unsigned char>(w[k]) & 31u : 0;
    };
    return (byte(0) << 10) | (byte(1) << 5) | std::min<std::size_t>(w.size(), 31);
  }
  std::bitset<32 * 32 * 32> bits_;
};

struct PhraseHit {
  std::size_t row = 0;    // index of the lexicon row
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
};

class PhraseTable {
 public:
  /// Rows of a TSV lexicon; field 0 is the phrase, the rest is the caller's.
  explicit PhraseTable(std::string_view tsv);
  /// Takes ownership of the text (for lexicons built at run time).
  explicit PhraseTable(std::string&& tsv);
  PhraseTable(const PhraseTable&) = delete;  // rows are views into the text
  PhraseTable& operator=(const PhraseTable&) = delete;

  const std::vector<std::string_view>& row(std::size_t r) const { return rows_[r]; }
  /// Whether some phrase starts with token i's word (one lookup).
  bool may_start_at(const TokenStream& t, std::size_t i) const {
    return i < t.size() && first_word_may_be(t, i) && by_first_.contains(t.lower(i));
  }
  std::size_t size() const noexcept { return rows_.size(); }

  /// The longest phrase starting at token i (rows for which `accept` is true).
  template <class Accept>
  std::optional<PhraseHit> match_at(const TokenStream& t, std::size_t i, Accept accept) const;
  std::optional<PhraseHit> match_at(const TokenStream& t, std::size_t i) const {
    return match_at(t, i, [](std::size_t) { return true; });
  }
  /// Calls visit(row, last) for every phrase that starts at token i, in the
  /// order match_at() considers them (one lookup for all of them).
  template <class Visit>
  void for_each_match_at(const TokenStream& t, std::size_t i, Visit visit) const;
  /// The longest phrase ending just before token i (last == i).
  template <class Accept>
  std::optional<PhraseHit> match_before(const TokenStream& t, std::size_t i, Accept accept) const;
  std::optional<PhraseHit> match_before(const TokenStream& t, std::size_t i) const {
    return match_before(t, i, [](std::size_t) { return true; });
  }

 private:
  // Tokens of phrase r without dots; matching from the front / from the back.
  std::size_t match_forward(const TokenStream& t, std::size_t i, std::size_t r) const;
  std::size_t match_backward(const TokenStream& t, std::size_t i, std::size_t r) const;

  // False when token i is surely no phrase's first word. Most tokens asked
  // about are none: a token of up to eight bytes is looked up by its
  // TokenStream::lower_key in an open-addressed set of integers, which costs
  // less than hashing its text for by_first_.
  bool first_word_may_be(const TokenStream& t, std::size_t i) const noexcept {
    if (first_keys_.empty() || t[i].end - t[i].start > 8) return true;
    const std::uint64_t key = t.lower_key(i);
    if (key == 0) return true;  // a NUL token: 0 marks an empty slot
    const std::size_t mask = first_keys_.size() - 1;
    for (std::size_t s = (key * 0x9E3779B97F4A7C15u) >> 40 & mask;; s = (s + 1) & mask) {
      if (first_keys_[s] == key) return true;
      if (first_keys_[s] == 0) return false;
    }
  }
  void index_first_keys();

  void index();
  std::string owned_;
  std::vector<std::vector<std::string_view>> rows_;
  std::vector<std::vector<std::string>> words_;
  WordMap<std::vector<std::size_t>> by_first_, by_last_;
  std::vector<std::uint64_t> first_keys_;  // a power of two in size, 0 empty; none: no filter
};

template <class Accept>
std::optional<PhraseHit> PhraseTable::match_at(const TokenStream& t, std::size_t i,
                                               Accept accept) const {
  if (i >= t.size() || !first_word_may_be(t, i)) return std::nullopt;
  const auto it = by_first_.find(t.lower(i));
  if (it == by_first_.end()) return std::nullopt;
  std::optional<PhraseHit> best;
  for (const std::size_t r : it->second) {
    if (!accept(r)) continue;
    const std::size_t last = match_forward(t, i, r);
    if (last > i && (!best || last > best->last)) best = PhraseHit{r, i, last};
  }
  return best;
}

template <class Visit>
void PhraseTable::for_each_match_at(const TokenStream& t, std::size_t i, Visit visit) const {
  if (i >= t.size() || !first_word_may_be(t, i)) return;
  const auto it = by_first_.find(t.lower(i));
  if (it == by_first_.end()) return;
  for (const std::size_t r : it->second) {
    const std::size_t last = match_forward(t, i, r);
    if (last > i) visit(r, last);
  }
}

template <class Accept>
std::optional<PhraseHit> PhraseTable::match_before(const TokenStream& t, std::size_t i,
                                                   Accept accept) const {
  if (i == 0 || i > t.size()) return std::nullopt;
  const auto it = by_last_.find(t.lower(i - 1));
  if (it == by_last_.end()) return std::nullopt;
  std::optional<PhraseHit> best;
  for (const std::size_t r : it->second) {
    if (!accept(r)) continue;
    const std::size_t first = match_backward(t, i, r);
    if (first < i && (!best || first < best->first)) best = PhraseHit{r, first, i};
  }
  return best;
}

}  // namespace claimcheck::detail
