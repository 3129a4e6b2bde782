// Internal: the one-pass candidate test. Most text holds no amount; a token
// can start a mention only if it is a digit run, a currency sign, a few
// punctuation marks, or a word that some lexicon under data/ begins with.
//
// Most such words are common ones ("the", "a", "by", "this", "over", "and",
// "-", "."): they open calendar phrases, qualifiers and number words, but
// only ever as the first word of a mention that goes on to an anchor — a
// digit, a currency sign, %, a month or weekday name, a number word, a unit
// or scale word. These weak starters are tried only when an anchor follows
// within a few tokens, reached through a chain of lexicon words ("by the end
// of the year"); on prose that is most of the recognizer calls saved.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/phrases.hpp"
#include "text/tokens.hpp"

namespace claimcheck::detail {

/// What one token is to the candidate test (bit flags).
enum Mark : std::uint8_t {
  kStarts = 1,         // may start a mention
  kWeak = 2,           // ... but only with an anchor within kAnchorWindow tokens after it
  kAnchor = 4,         // an anchor
  kTry = 8,            // worth trying: it may start a mention, and if weak an anchor follows
  kWindowMask = 0xF0,  // a weak starter's window: how many tokens after it the anchor may be
};

/// How far after a weak starter an anchor must be. The longest lead-in in the
/// lexicons ("no later than the end of the year": the anchor "year" is the
/// 8th token) fits with room to spare.
inline constexpr std::uint8_t kAnchorWindow = 12;

/// The window of a weak starter's marks.
inline constexpr std::size_t window_of(std::uint8_t mark) noexcept {
  return mark >> 4;
}

class CandidateTable {
 public:
  CandidateTable();
  bool may_start(const TokenStream& tokens, std::size_t i) const;
  /// The marks of every token (one lexicon lookup per token), kTry included.
  std::vector<std::uint8_t> marks(const TokenStream& tokens) const;

 private:
  std::uint8_t mark(const TokenStream& tokens, std::size_t i) const;
  std::uint8_t long_mark(const TokenStream& tokens, std::size_t i) const;
  // Makes a token an anchor and, unless it is a unit, a starter tried
  // without waiting for an anchor after it.
  void mark_anchor(std::string_view token, bool strong_starter = true);
  // Tokens of up to eight bytes (nearly all) are looked up by
  // TokenStream::lower_key in an open-addressed table of integers: one
  // multiply and, mostly, one compare. Longer words go to the maps below.
  // Keys and marks in separate arrays, keys 16 KB: the table stays in the
  // first-level cache next to the tokens being marked.
  static constexpr std::size_t kShortSlots = 2048;  // a power of two, > 3 x the short words
  static std::size_t short_slot(std::uint64_t key) noexcept {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> 53);  // 11 bits: kShortSlots
  }
  void add_short(std::string_view token, std::uint8_t mark);
  std::vector<std::uint64_t> short_keys_;  // 0: empty (only a NUL token has key 0; its mark is 0)
  std::vector<std::uint8_t> short_marks_;
  // In front of the hash lookups: most tokens of prose are in neither table.
  WordFilter filter_;
  bool is_anchor(std::string_view token) const;
  WordMap<std::uint8_t> words_;    // lower-case words: first words and anchors
  WordMap<std::uint8_t> symbols_;  // non-word tokens ("$", "€", "%", ".")
};

/// Built once from the lexicons; immutable, so safe to share across threads.
const CandidateTable& candidate_table();

/// Whether token i may start a mention, given every token's marks.
inline bool worth_trying(const std::vector<std::uint8_t>& marks, std::size_t i) {
  return (marks[i] & kTry) != 0;
}

/// The lower-cased tokens of a lexicon phrase ("US$" → "us", "$"), split as
/// the text is: phrases match token by token.
std::vector<std::string> phrase_tokens(std::string_view phrase);

}  // namespace claimcheck::detail
