#include "extract/candidates.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "data.hpp"

namespace claimcheck::detail {
namespace {

// Lexicon row types whose first word opens a mention only on the way to an
// anchor: calendar lead-ins, bounds and relative words ("the", "by", "next"),
// and number words that are no number by themselves ("a", "minus", "point").
constexpr std::array<std::string_view, 3> kWeakCalendarTypes = {"lead", "bound", "rel"};
constexpr std::array<std::string_view, 3> kWeakNumberTypes = {"article", "sign", "point"};
// Row types whose first word never opens a mention: qualifiers are read
// backwards from the amount they hedge ("about", "more than"), and joining
// words sit inside a number ("and", "over", "th"). They may still anchor one.
constexpr std::array<std::string_view, 3> kInnerNumberTypes = {"and", "over", "suffix"};
// How close the anchor must follow a number word that opens a number ("a
// dozen", "minus five", "point two"): the next word or the one after.
constexpr std::uint8_t kNumberWordWindow = 2;
// A unit opens a mention only before its number ("week 31"); elsewhere it
// follows one ("two years"), so as a starter it is weak even though it
// anchors the words before it.
constexpr std::uint8_t kUnitWindow = 1;
// How many tokens a weak starter may be from the next link of its lead-in
// (another tried starter, or the anchor itself).
constexpr std::size_t kChainGap = 2;

bool is_unit_row(std::string_view lexicon, const std::vector<std::string_view>& row) {
  return lexicon.data() == data::calendar_words.data() && row.size() > 1 && row[1] == "unit";
}

bool contains(std::span<const std::string_view> set, std::string_view s) {
  return std::find(set.begin(), set.end(), s) != set.end();
}

std::string_view row_type(const std::vector<std::string_view>& row) {
  return row.size() > 1 ? row[1] : std::string_view{};
}

// Whether a row of a lexicon makes its phrase's first token an anchor.
bool row_is_anchor(std::string_view lexicon, const std::vector<std::string_view>& row,
                   bool first_is_word) {
  const std::string_view type = row_type(row);
  if (lexicon.data() == data::calendar_words.data()) {
    return !contains(kWeakCalendarTypes, type) && type != "dq";
  }
  if (lexicon.data() == data::number_words.data()) {
    return !contains(kWeakNumberTypes, type) && !contains(kInnerNumberTypes, type);
  }
  // A currency sign is an anchor; a currency word ("us", "american") is weak:
  // money always states its number.
  if (lexicon.data() == data::currencies.data()) return !first_is_word;
  return true;  // percent units
}

// How far after its first token a row's phrase must reach an anchor for that
// token to be worth trying: 0 when the row starts no mention at all.
std::uint8_t row_start_window(std::string_view lexicon, const std::vector<std::string_view>& row) {
  const std::string_view type = row_type(row);
  if (lexicon.data() == data::calendar_words.data()) {
    if (type == "dq") return 0;
    if (type == "unit") return kUnitWindow;
  }
  if (lexicon.data() == data::number_words.data()) {
    if (contains(kInnerNumberTypes, type)) return 0;
    if (contains(kWeakNumberTypes, type)) return kNumberWordWindow;
  }
  return kAnchorWindow;
}

}  // namespace

std::vector<std::string> phrase_tokens(std::string_view phrase) {
  const TokenStream t(phrase);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < t.size(); ++i) out.emplace_back(t.lower(i));
  return out;
}

CandidateTable::CandidateTable() {
  // The first token of every phrase in the lexicons whose phrases can open a
  // mention: currencies (prefix forms), number words, calendar words.
  struct Opening {
    std::vector<std::string> tokens;
    bool anchor_row = false;
    bool unit_row = false;
  };
  std::vector<Opening> openings;
  for (const std::string_view lexicon :
       {data::currencies, data::number_words, data::calendar_words, data::percent_units}) {
    for (const auto& row : read_tsv(lexicon)) {
      auto toks = phrase_tokens(row[0]);
      if (toks.empty()) continue;
      const TokenStream first(toks.front());
      const bool is_word = first.size() == 1 && first[0].type == TokenType::word;
      std::uint8_t& m = (is_word ? words_ : symbols_).try_emplace(toks.front(), 0).first->second;
      if (const std::uint8_t window = row_start_window(lexicon, row); window > 0) {
        m = static_cast<std::uint8_t>(kStarts | kWeak | std::max(m & kWindowMask, window << 4));
      }
      openings.push_back(
          {std::move(toks), row_is_anchor(lexicon, row, is_word), is_unit_row(lexicon, row)});
    }
  }
  // Scale words ("million", "bn", "dozen") start nothing but anchor a number.
  for (const auto& row : read_tsv(data::scales)) {
    const auto toks = phrase_tokens(row[0]);
    if (!toks.empty()) words_.try_emplace(toks.front(), std::uint8_t{0}).first->second |= kAnchor;
  }
  // One-token phrases of anchor rows are anchors ("june", "$", "five", "year").
  for (const Opening& o : openings) {
    if (o.anchor_row && o.tokens.size() == 1) mark_anchor(o.tokens.front(), !o.unit_row);
  }
  // The first word of a longer one is an anchor only if the rest holds none:
  // "the day before yesterday" and "new year's day" reach the anchor "day",
  // so "the" and "new" stay weak starters.
  for (const Opening& o : openings) {
    if (!o.anchor_row || o.tokens.size() == 1) continue;
    const bool anchored = std::any_of(o.tokens.begin() + 1, o.tokens.end(),
                                      [&](const std::string& w) { return is_anchor(w); });
    if (!anchored) mark_anchor(o.tokens.front());
  }
  // A sign or decimal point opens a number only when the anchor is the very
  // next token (".5", "-3", "~40").
  for (const std::string_view s : {".", "-", "+", "~"}) {
    symbols_.try_emplace(std::string(s), 0).first->second = kStarts | kWeak | (1u << 4);
  }
  symbols_.try_emplace("$", kStarts);
  mark_anchor("$");
  // Anchors, and tokens whose every row starts nothing, need no window.
  for (auto* table : {&words_, &symbols_}) {
    for (auto& [token, m] : *table) {
      if (!(m & kWeak)) m &= static_cast<std::uint8_t>(~kWindowMask);
    }
  }
  short_keys_.resize(kShortSlots);
  short_marks_.resize(kShortSlots);
  for (const auto* table : {&words_, &symbols_}) {
    for (const auto& [token, m] : *table) {
      filter_.add(token);
      if (token.size() <= 8) add_short(token, m);
    }
  }
}

void CandidateTable::add_short(std::string_view token, std::uint8_t mark) {
  const TokenStream t(token);
  const std::uint64_t key = t.lower_key(0);
  std::size_t s = short_slot(key);
  while (short_keys_[s] != 0 && short_keys_[s] != key) s = (s + 1) % kShortSlots;
  short_keys_[s] = key;
  short_marks_[s] = mark;
}

void CandidateTable::mark_anchor(std::string_view token, bool strong_starter) {
  for (WordMap<std::uint8_t>* table : {&words_, &symbols_}) {
    const auto it = table->find(token);
    if (it == table->end()) continue;
    it->second |= kAnchor;
    if (strong_starter) it->second &= static_cast<std::uint8_t>(~kWeak);
  }
}

bool CandidateTable::is_anchor(std::string_view token) const {
  for (const WordMap<std::uint8_t>* table : {&words_, &symbols_}) {
    const auto it = table->find(token);
    if (it != table->end() && (it->second & kAnchor)) return true;
  }
  return !token.empty() && token.front() >= '0' && token.front() <= '9';
}

std::uint8_t CandidateTable::mark(const TokenStream& tokens, std::size_t i) const {
  const Token& t = tokens[i];
  if (t.type == TokenType::digits) return kStarts | kAnchor;
  if (t.end - t.start > 8) return long_mark(tokens, i);
  const std::uint64_t key = tokens.lower_key(i);
  for (std::size_t s = short_slot(key);; s = (s + 1) % kShortSlots) {
    if (short_keys_[s] == key) return short_marks_[s];
    if (short_keys_[s] == 0) return 0;
  }
}

// A token longer than eight bytes: a word (symbols are one code point).
std::uint8_t CandidateTable::long_mark(const TokenStream& tokens, std::size_t i) const {
  const std::string_view key = tokens[i].type == TokenType::word ? tokens.lower(i) : tokens.text(i);
  if (!filter_.may_contain(key)) return 0;
  const WordMap<std::uint8_t>& table = tokens[i].type == TokenType::word ? words_ : symbols_;
  const auto it = table.find(key);
  return it == table.end() ? 0 : it->second;
}

bool CandidateTable::may_start(const TokenStream& tokens, std::size_t i) const {
  return (mark(tokens, i) & kStarts) != 0;
}

std::vector<std::uint8_t> CandidateTable::marks(const TokenStream& tokens) const {
  std::vector<std::uint8_t> out(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) out[i] = mark(tokens, i);
  // From the back, knowing the nearest anchor after each token: a weak
  // starter is worth trying only with one within its window.
  std::size_t anchor = SIZE_MAX, tried = SIZE_MAX;
  for (std::size_t i = out.size(); i-- > 0;) {
    const std::uint8_t m = out[i];
    const bool in_window = anchor != SIZE_MAX && anchor - i <= window_of(m);
    // Past kChainGap tokens the anchor counts only through a starter that is
    // itself tried within kChainGap after this one: a long lead-in is a chain
    // of lexicon words ("by the end of the year", "no later than the 1st"),
    // never a run of other words.
    const bool near = anchor != SIZE_MAX && anchor - i <= kChainGap;
    const bool chained = tried != SIZE_MAX && tried - i <= kChainGap;
    if ((m & kStarts) && (!(m & kWeak) || (in_window && (near || chained)))) {
      out[i] |= kTry;
      tried = i;
    }
    if (m & kAnchor) anchor = i;
  }
  return out;
}

const CandidateTable& candidate_table() {
  static const CandidateTable table;
  return table;
}

}  // namespace claimcheck::detail
