// The frame stage: for each mention, the attribute word it quantifies, the
// entities it is about, its period and its basis — read from the tokens of
// its own sentence only, within small windows, so a figure is never tied to
// words of another sentence.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <boost/unordered/unordered_flat_set.hpp>

#include "claimcheck/claim.hpp"
#include "data.hpp"
#include "extract/context.hpp"
#include "extract/phrases.hpp"
#include "frame/frame_tokens.hpp"
#include "text/tokens.hpp"

namespace claimcheck {
namespace {

using detail::PhraseTable;
using detail::TokenStream;
using detail::TokenType;

constexpr std::size_t kAttributeBefore = 6;  // tokens searched before an amount
constexpr std::size_t kAttributeAfter = 4;   // and after it
constexpr std::size_t kClauseBefore = 12;    // tokens searched before it for a forecast word
constexpr std::size_t kEntityWindow = 16;
constexpr std::size_t kObjectWindow = 9;
constexpr std::size_t kQuoteBytes = 320;

// Sets of words, looked up by a token's text.
using WordSet = boost::unordered_flat_set<std::string_view, detail::WordHash, std::equal_to<>>;

const PhraseTable& basis_table() {
  static const PhraseTable table(detail::data::basis);
  return table;
}

const WordSet& not_entity_words();

// Whether a capitalised word may be one of not_entity_words() (lower-cased).
bool may_be_no_entity(std::string_view lower) {
  static const detail::WordFilter filter = [] {
    detail::WordFilter f;
    for (const std::string_view w : not_entity_words()) f.add(w);
    return f;
  }();
  return filter.may_contain(lower);
}

const WordSet& not_entity_words() {
  static const auto words = [] {
    WordSet set;
    for (const auto& row : detail::read_tsv(detail::data::entity_stopwords)) set.insert(row[0]);
    // Month and weekday names are capitalised but name no entity.
    for (const auto& row : detail::read_tsv(detail::data::calendar_words)) {
      const bool inner = row.size() > 3 && row[3].find("inner") != std::string_view::npos;
      if (row[0].find(' ') == std::string_view::npos && !inner) set.insert(row[0]);
    }
    // Nor do currency codes ("Rs", "USD", "EUR"); longer currency words
    // may be names ("Sterling", "Rand").
    constexpr std::size_t kLongestCode = 3;
    for (const auto& row : detail::read_tsv(detail::data::currencies)) {
      const std::string_view w = row[0];
      if (!w.empty() && w.size() <= kLongestCode &&
          std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        set.insert(w);
      }
    }
    return set;
  }();
  return words;
}

// How a word joins a small count to what it counts (data/count_links.tsv).
enum class CountLink : std::uint8_t { none, counted, helper, link };

CountLink count_link(std::string_view lower) {
  static const auto roles = [] {
    std::unordered_map<std::string_view, CountLink> map;
    for (const auto& row : detail::read_tsv(detail::data::count_links)) {
      if (row.size() < 2) continue;
      map[row[0]] = row[1] == "counted"  ? CountLink::counted
                    : row[1] == "helper" ? CountLink::helper
                    : row[1] == "link"   ? CountLink::link
                                         : CountLink::none;
    }
    return map;
  }();
  const auto it = roles.find(lower);
  return it == roles.end() ? CountLink::none : it->second;
}

// Everyday words (data/common_words.tsv), for capitalised sentence openers.
const WordSet& common_words() {
  static const auto words = [] {
    WordSet set;
    for (const auto& row : detail::read_tsv(detail::data::common_words)) set.insert(row[0]);
    return set;
  }();
  return words;
}

const WordSet& object_prepositions() {
  static const WordSet words = {"in", "into", "on", "for", "with", "to", "of", "from", "at", "by"};
  return words;
}

// A capitalised word at the start of a sentence may be a common word
// ("Critics say", "Adjusted earnings came to", "Revenue rose"): it is taken
// for a name unless the document writes it in lower case elsewhere, English
// does (data/common_words.tsv), it is an attribute word, or it has the
// ending of a verb or adverb (-ed, -ing, -ly) — and never when the document capitalises it inside a
// sentence too, or it is a possessive or part of a longer name ("Harbor Trust's").
struct DocumentWords {
  WordSet capitalised_inside;
  WordSet lowercase;
  const PhraseTable* attributes = nullptr;
  std::vector<bool> in_date;       // per token: part of a date mention
  std::vector<bool> in_percent;    // per token: part of a percentage
  std::vector<bool> in_figure;     // per token: part of an amount of money, a percentage or a count
  std::vector<std::uint8_t> name;  // per token: part of a name (note_names)
  WordSet persons;                 // lower-cased words of people's names (note_persons)
  bool is_name(std::size_t k) const { return k < name.size() && name[k]; }
};

// A number between an attribute word and its amount belongs to another
// amount, and the word to it ("revenue of $5 billion and 30% margins") —
// unless it is a date, which only says when ("expects the policy rate to
// finish 2025 at 3.9%").
bool other_amount(const TokenStream& t, std::size_t k, const DocumentWords& words) {
  return t.is_digits(k) && !(k < words.in_date.size() && words.in_date[k]);
}

// The token before a dash that ends a live update's time: "14:05 -", "4:09
// p.m. ET -", "18:30 -".
bool ends_update_time(const TokenStream& t, std::size_t k) {
  const std::string_view w = t.text(k);
  const bool zone = w.size() >= 2 && w.size() <= 4 &&
                    std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return t.is_digits(k) || zone || w == "." || w == "am" || w == "pm";
}

bool starts_sentence(const TokenStream& t, std::size_t k) {
  if (k == 0 || t[k].newline_before) return true;
  const std::string_view p = t.text(k - 1);
  // A live update's text opens after its time and a dash.
  if (p == "-" && k >= 2 && t[k - 1].space_before && ends_update_time(t, k - 2)) return true;
  // A list item's first word opens its sentence: "- Inflation, 2026: 4.4%".
  const bool bullet =
      (p == "-" || p == "*" || p == "\u2022") && (k == 1 || t[k - 1].newline_before);
  return bullet || p == "." || p == "!" || p == "?" || p == ":" || p == "\"";
}

// A word written with a capital that is no month, weekday or other word
// that names no entity: a candidate for a name, wherever it stands.
bool is_capitalised(const TokenStream& t, std::size_t k) {
  if (!t.is_word(k)) return false;
  const char c = t.text(k)[0];
  return c >= 'A' && c <= 'Z' &&
         !(may_be_no_entity(t.lower(k)) && not_entity_words().contains(t.lower(k)));
}

// Whether capitalised token k is part of a name, by the rules above.
bool names_entity(const TokenStream& t, std::size_t k, const DocumentWords& words,
                  const std::vector<std::uint8_t>& capitalised) {
  if (!starts_sentence(t, k) || words.capitalised_inside.contains(t.lower(k))) return true;
  if (k + 1 < t.size() && !t[k + 1].newline_before) {
    const std::string_view next = t.text(k + 1);
    if (next.starts_with('\'') && k + 2 < t.size() && t.is(k + 2, "s")) return true;
    if (capitalised[k + 1]) return true;
  }
  // "Reminder of", "Sales of", "Most of": a name opening a sentence is
  // rarely followed by "of" (a longer name goes on in capitals).
  if (k + 1 < t.size() && t.is(k + 1, "of")) return false;
  const std::string_view w = t.lower(k);
  const bool common_ending =
      w.size() > 4 && (w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly"));
  const bool attribute_word = words.attributes && words.attributes->match_at(t, k);
  return !(common_ending || attribute_word || words.lowercase.contains(w) ||
           common_words().contains(w));
}

// A headline in title case capitalises every word ("Willfulness Finding
// Puts Arclight At Risk Of Tripled Damages"): there a capital says nothing,
// and a word is a name only if the document capitalises it inside a
// sentence of running text too.
void unname_title_case(const TokenStream& t, DocumentWords& words) {
  constexpr std::size_t kFewestWords = 4;
  std::vector<std::uint8_t> in_title(t.size(), 0);
  bool any_title = false;
  for (std::size_t first = 0; first < t.size();) {
    std::size_t last = first + 1;
    while (last < t.size() && !t[last].newline_before) ++last;
    std::size_t word_count = 0, capital_count = 0;
    for (std::size_t k = first; k < last; ++k) {
      if (!t.is_word(k) || t.text(k).size() < 2) continue;
      ++word_count;
      capital_count += t.text(k)[0] >= 'A' && t.text(k)[0] <= 'Z' ? 1 : 0;
    }
    if (word_count >= kFewestWords && capital_count * 5 >= word_count * 4) {
      std::fill(in_title.begin() + static_cast<std::ptrdiff_t>(first),
                in_title.begin() + static_cast<std::ptrdiff_t>(last), 1);
      any_title = true;
    }
    first = last;
  }
  if (!any_title) return;
  WordSet capitalised_in_text;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (!in_title[k] && words.name[k] && !starts_sentence(t, k)) {
      capitalised_in_text.insert(t.lower(k));
    }
  }
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (in_title[k] && words.name[k] && !capitalised_in_text.contains(t.lower(k))) {
      words.name[k] = 0;
    }
  }
}

// Notes how the document writes its sentence-opening words, then which of
// its tokens are parts of names. The sets are asked only about capitalised
// words that open a sentence: the document's other words are not noted.
void note_names(const TokenStream& t, DocumentWords& words) {
  std::vector<std::uint8_t> capitalised(t.size());
  WordSet openers;
  detail::WordFilter may_open;
  for (std::size_t k = 0; k < t.size(); ++k) {
    capitalised[k] = is_capitalised(t, k);
    if (capitalised[k] && starts_sentence(t, k)) {
      openers.insert(t.lower(k));
      may_open.add(t.lower(k));
    }
  }
  for (std::size_t k = 0; k < t.size() && !openers.empty(); ++k) {
    if (!t.is_word(k) || !may_open.may_contain(t.lower(k)) || !openers.contains(t.lower(k))) {
      continue;
    }
    if (t.text(k)[0] >= 'a' && t.text(k)[0] <= 'z') {
      words.lowercase.insert(t.lower(k));
    } else if (capitalised[k] && !starts_sentence(t, k)) {
      words.capitalised_inside.insert(t.lower(k));
    }
  }
  words.name.assign(t.size(), 0);
  for (std::size_t k = 0; k < t.size(); ++k) {
    words.name[k] = capitalised[k] && names_entity(t, k, words, capitalised);
  }
  unname_title_case(t, words);
}

bool is_break_symbol(const TokenStream& t, std::size_t k) {
  if (t[k].type != TokenType::symbol) return false;
  const std::string_view s = t.text(k);
  return s == "," || s == ";" || s == ":" || s == "(" || s == ")" || s == "[" || s == "]" ||
         s == "\"" || s == "|";
}

// Whether field `field` of row `r` of a lexicon is `value` (the type or flag
// column of a TSV row).
bool field_is(const PhraseTable& table, std::size_t r, std::size_t field, std::string_view value) {
  const auto& row = table.row(r);
  return row.size() > field && row[field] == value;
}

// Roles of people and the classes a person can be the subject of
// (data/person_roles.tsv).
const PhraseTable& person_roles() {
  static const PhraseTable table(detail::data::person_roles);
  return table;
}

bool is_role_row(std::size_t r) {
  return field_is(person_roles(), r, 1, "role");
}

bool is_holder_row(std::size_t r) {
  return field_is(person_roles(), r, 1, "holder");
}

bool personal_class(std::string_view cls) {
  static const WordSet classes = [] {
    WordSet set;
    for (const auto& row : detail::read_tsv(detail::data::person_roles)) {
      if (row.size() > 1 && row[1] == "personal") set.insert(row[0]);
    }
    return set;
  }();
  return classes.contains(cls);
}

// Walking forward: whether token k ends the clause (a break symbol, a line
// break before it, or the end of the text).
bool is_clause_break(const TokenStream& t, std::size_t k) {
  return k >= t.size() || t[k].newline_before || is_break_symbol(t, k);
}

// Walking back: whether a clause opens at token k (a break symbol right
// before it, or a line break between the two). The first word of a line is
// in the clause that follows it.
bool clause_opens_at(const TokenStream& t, std::size_t k) {
  return k == 0 || k >= t.size() || t[k].newline_before || is_break_symbol(t, k - 1);
}

// "Scale AI" → key "scale", name "Scale AI". Tokens [first, last). A role
// before a person's name is no part of it: "Governor Amara Osei" is "amara".
Entity entity_of(const TokenStream& t, std::size_t first, std::size_t last) {
  if (const auto role = person_roles().match_at(t, first, is_role_row); role && role->last < last) {
    first = role->last;
  }
  Entity e;
  e.key = std::string(t.lower(first));
  e.name = std::string(t.source().substr(t[first].start, t[last - 1].end - t[first].start));
  return e;
}

// An ampersand joins the names on either side into one: "Hollins & Reade",
// "AT&T", "H&R Home".
bool joins_names(const TokenStream& t, std::size_t k, const DocumentWords& words) {
  // A single capital set against the ampersand is a name's initial ("H&R").
  const auto side = [&](std::size_t j, bool attached) {
    const std::string_view w = t.text(j);
    return words.is_name(j) ||
           (attached && t.is_word(j) && w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z');
  };
  return k > 0 && k + 1 < t.size() && t.is_symbol(k, '&') && !t[k].newline_before &&
         !t[k + 1].newline_before && side(k - 1, t.attached(k)) && side(k + 1, t.attached(k + 1));
}

// The capitalised run that ends at token k (inclusive), within [floor, k].
std::size_t run_start(const TokenStream& t, std::size_t k, std::size_t floor,
                      const DocumentWords& words) {
  std::size_t f = k;
  while (f > floor && !t[f].newline_before) {
    if (words.is_name(f - 1)) {
      --f;
    } else if (f - 1 > floor && joins_names(t, f - 1, words)) {
      f -= 2;
    } else {
      break;
    }
  }
  return f;
}

std::size_t run_end(const TokenStream& t, std::size_t k, std::size_t ceiling,
                    const DocumentWords& words) {
  std::size_t e = k + 1;
  while (e < ceiling && !t[e].newline_before) {
    if (words.is_name(e) || (t.is_digits(e) && t.attached(e))) {
      ++e;
    } else if (e + 1 < ceiling && joins_names(t, e, words)) {
      e += 2;
    } else {
      break;
    }
  }
  return e;
}

// The people a document names: a run of names right after a role ("chief
// executive Priya Lindell", "analyst Ruth Adebayo") or opening with one
// ("Governor Amara Osei"), and a name followed by a comma and a role
// ("Priya Lindell, the chief executive"). Every word of the run is noted, so
// that "Lindell" alone later is hers too.
void note_persons(const TokenStream& t, DocumentWords& words) {
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (!words.is_name(k)) continue;
    const std::size_t e = run_end(t, k, t.size(), words);
    bool person = person_roles().match_at(t, k, is_role_row).has_value() ||
                  (k > 0 && person_roles().match_before(t, k, is_role_row).has_value());
    if (!person && e + 1 < t.size() && t.is_symbol(e, ',')) {
      std::size_t r = e + 1;
      if (t.is(r, "the") || t.is(r, "a") || t.is(r, "an") || t.is(r, "its")) ++r;
      person = person_roles().match_at(t, r, is_role_row).has_value();
    }
    if (person) {
      for (std::size_t j = k; j < e; ++j) {
        if (t.is_word(j)) words.persons.insert(t.lower(j));
      }
    }
    k = e - 1;
  }
}

struct Window {
  std::size_t sentence_first = 0;  // tokens of the sentence [first, last)
  std::size_t sentence_last = 0;
  std::size_t first = 0;  // tokens of the mention
  std::size_t last = 0;
};

// The attribute class named next to the amount, and where its word ends
// when it follows the amount (`phrase_end`, else left as it is).
// A phrase ending in "to" names an attribute only before a verb: "has 90
// days to comply", not "five years to 2030", "a year to June", "two weeks to
// the day". A verb is told by what it is not: a lower-case word that is no
// article, pronoun or other word that names no entity.
bool before_a_verb(const TokenStream& t, const detail::PhraseHit& hit) {
  if (t.lower(hit.last - 1) != "to") return true;
  if (hit.last >= t.size() || !t.is_word(hit.last) || t[hit.last].newline_before) return false;
  const char c = t.text(hit.last)[0];
  return c >= 'a' && c <= 'z' && !not_entity_words().contains(t.lower(hit.last));
}

// Whether lexicon row r applies to an amount of kind k: a row names its
// kinds in a third field; without one it applies to money, percentages and
// counts, never to dates and lengths of time.
// A lexicon row's flag (its fourth field), "" for none.
std::string_view row_flag(const PhraseTable& attributes, std::size_t r) {
  const auto& row = attributes.row(r);
  return row.size() > 3 ? row[3] : std::string_view{};
}

// A row flagged "weak": a verb that yields to the noun after its amount.
bool is_weak_row(const PhraseTable& attributes, std::size_t r) {
  return row_flag(attributes, r) == "weak";
}

// A row flagged "before": a verb that names only an amount after it.
bool is_before_only_row(const PhraseTable& attributes, std::size_t r) {
  return row_flag(attributes, r) == "before";
}

bool row_applies(const PhraseTable& attributes, std::size_t r, Kind k) {
  const auto& row = attributes.row(r);
  if (row.size() < 3 || row[2].empty()) {
    return k == Kind::money || k == Kind::percent || k == Kind::number;
  }
  for (std::string_view rest = row[2]; !rest.empty();) {
    const auto comma = rest.find(',');
    if (rest.substr(0, comma) == to_string(k)) return true;
    rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
  }
  return false;
}

// An aside set off by commas right after a name ("Brightline Analytics, a
// Denver-based maker of forecasting software, for $2.4 billion"), or a
// relative clause after any word ("Adjusted operating profit, which excludes
// one-off items, rose to €3.12 billion"): when token `comma` closes one, the
// index of the comma that opens it; else npos.
std::size_t aside_opening(const TokenStream& t, std::size_t comma, std::size_t floor,
                          const DocumentWords& words) {
  constexpr std::size_t kAside = 14;
  if (!t.is_symbol(comma, ',')) return std::string_view::npos;
  for (std::size_t k = comma; k > floor && comma - k < kAside;) {
    --k;
    if (t.is_symbol(k, ',')) {
      const bool relative = t.is(k + 1, "which") || t.is(k + 1, "who");
      return k > floor && (words.is_name(k - 1) || relative) ? k : std::string_view::npos;
    }
    if (is_clause_break(t, k)) break;
  }
  return std::string_view::npos;
}

// A word's share of the distance between an attribute word and its amount:
// a name counts once however many words it has, a hyphen not at all
// ("sold to Texas-based Corvane Systems for $2.4 billion" is four words).
// A date between them counts as nothing: it says when, not what ("growth
// forecast for this year cut to 3.4%").
bool counts_as_a_word(const TokenStream& t, std::size_t k, const DocumentWords& words) {
  if (t.is_symbol(k, '-') || (k < words.in_date.size() && words.in_date[k])) return false;
  return !(k > 0 && words.is_name(k) && words.is_name(k - 1));
}

// The roles of closed classes of words (data/frame_words.tsv).
enum class WordRole : std::uint16_t {
  generic = 1,
  change = 2,
  conjunction = 4,
  part = 8,
  comparison = 16,
  pronoun = 32,
  speech = 64,
  trading = 128,
  function = 256,
  verb = 512,
  determiner = 1024,
  label = 2048,
};

// Every role of a word, as bits of WordRole.
std::uint16_t roles_of(std::string_view word) {
  static const auto roles = [] {
    constexpr std::pair<std::string_view, WordRole> kNames[] = {
        {"generic", WordRole::generic},         {"change", WordRole::change},
        {"conjunction", WordRole::conjunction}, {"part", WordRole::part},
        {"comparison", WordRole::comparison},   {"pronoun", WordRole::pronoun},
        {"speech", WordRole::speech},           {"trading", WordRole::trading},
        {"function", WordRole::function},       {"verb", WordRole::verb},
        {"determiner", WordRole::determiner},   {"label", WordRole::label}};
    detail::WordMap<std::uint16_t> map;
    for (const auto& row : detail::read_tsv(detail::data::frame_words)) {
      for (const auto& [name, r] : kNames) {
        if (row.size() > 1 && row[1] == name)
          map[std::string(row[0])] |= static_cast<std::uint16_t>(r);
      }
    }
    return map;
  }();
  const auto it = roles.find(word);
  return it == roles.end() ? 0 : it->second;
}

bool has_role(std::string_view word, WordRole role) {
  return (roles_of(word) & static_cast<std::uint16_t>(role)) != 0;
}

// A generic word for a transaction is whatever the verb that governs it
// makes it: "is buying Brightline in a $2.1bn deal" is a price, "the $14.3
// billion deal" alone an investment (its row's class).
bool is_generic(std::string_view phrase) {
  return has_role(phrase, WordRole::generic);
}

// Whether the word ending at `word_end` is followed by the amount at
// `amount`, past only "at" and a qualifier: "worth about $4.7 billion",
// "valued at $4.9 billion", not "valued the group at $40 billion".
bool names_amount_next(const TokenStream& t, std::size_t word_end, std::size_t amount) {
  std::size_t lead = amount;
  if (const auto q = detail::qualifier_before(t, amount); q && q->first >= word_end)
    lead = q->first;
  if (word_end < lead && t.is(word_end, "at")) ++word_end;
  return word_end == lead;
}

struct AttributeHit {
  std::string cls;
  std::optional<detail::PhraseHit> before;  // the word, when it precedes the amount
  bool generic = false;
  bool level = false;  // its row's flag "level": a change stated with it is its level
};

// A noun for a change after an amount says the amount is a change of
// something named a little further on: "a 50 basis point increase that took
// its policy rate to 4.75%" changes the rate, "a 5% rise in revenue" revenue.
bool is_change_noun(std::string_view w) {
  return has_role(w, WordRole::change);
}

// A bare small count — a number written as a word ("two", "three") or a
// single digit — is most often no figure of a fact ("two summers ago", "one
// of the three best-paid players"): it takes only an attribute word right
// next to it ("killed two", "three injuries").
bool bare_small_count(const Mention& m) {
  if (m.kind != Kind::number) return false;
  const auto digits =
      std::count_if(m.text.begin(), m.text.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits <= 1 && m.text.find_first_of(".,") == std::string::npos;
}

// "and", "or", "but" after an amount open another phrase: "reporting
// revenue of $8.4 billion and raising its outlook" is revenue, not a raise.
bool is_conjunction(std::string_view w) {
  return has_role(w, WordRole::conjunction);
}

// A word after an amount that opens a part of it, whose noun is the part's,
// not the amount's: "1.6 billion pounds including debt", "plus fees".
bool opens_a_part(std::string_view w) {
  return has_role(w, WordRole::part);
}

// A comparison word and an article right before an amount make it a point
// of reference, not the value of a word before them: "a market value well
// above the roughly $6.2 billion implied by the offering", "revenue below
// the $5 billion analysts expected". Token k is the one right before the
// words read so far.
// A word that sets an amount against a point of reference.
bool is_comparison_word(std::string_view w) {
  return has_role(w, WordRole::comparison);
}

bool reference_point(const TokenStream& t, std::size_t k, std::size_t floor) {
  return k >= floor + 2 && t.lower(k - 1) == "the" && is_comparison_word(t.lower(k - 2));
}

// The attribute word a little after "of" right after an amount, with at most
// an adjective or a possessive name before it ("of new bonds", "of Bramley's
// debt"); nothing when the words between hold another amount or a break.
template <class Applies>
std::optional<detail::PhraseHit> money_of_noun(const TokenStream& t, const Window& w,
                                               std::size_t after_from,
                                               const PhraseTable& attributes,
                                               const Applies& applies) {
  constexpr std::size_t kOfReach = 4;  // tokens read after "of"
  if (after_from >= w.sentence_last || !t.is(after_from, "of")) return std::nullopt;
  const std::size_t end = std::min(w.sentence_last, after_from + 1 + kOfReach);
  for (std::size_t k = after_from + 1; k < end; ++k) {
    if (is_clause_break(t, k) || t.is_digits(k) || is_conjunction(t.lower(k))) break;
    if (const auto hit = attributes.match_at(t, k, applies); hit && before_a_verb(t, *hit)) {
      return hit;
    }
  }
  return std::nullopt;
}

// The first attribute word of a label that opens its line and ends in the
// colon at token `colon`; nothing when the label holds another amount.
template <class Applies>
std::optional<detail::PhraseHit> label_attribute(const TokenStream& t, std::size_t colon,
                                                 std::size_t floor, const PhraseTable& attributes,
                                                 const Applies& applies) {
  constexpr std::size_t kLongestLabel = 8;  // tokens
  std::size_t first = colon;
  while (first > floor && colon - first < kLongestLabel && !t[first].newline_before) --first;
  if (!t[first].newline_before && first != floor) return std::nullopt;
  for (std::size_t k = first; k < colon; ++k) {
    if (t.is_symbol(k, '.') || t.is_symbol(k, ';')) return std::nullopt;
    if (const auto hit = attributes.match_at(t, k, applies); hit && hit->last <= colon) return hit;
  }
  return std::nullopt;
}

AttributeHit find_attribute(const TokenStream& t, const Window& w, const PhraseTable& attributes,
                            Kind kind, bool adjacent_only, std::size_t after_from,
                            std::size_t& phrase_end, const DocumentWords& words) {
  const auto class_of = [&](const detail::PhraseHit& h) {
    return std::string(attributes.row(h.row).size() > 1 ? attributes.row(h.row)[1] : "");
  };
  const auto after = [&](const detail::PhraseHit& h) {
    return AttributeHit{class_of(h), std::nullopt, is_generic(attributes.row(h.row)[0]),
                        row_flag(attributes, h.row) == "level"};
  };
  const auto before_hit = [&](const detail::PhraseHit& h) {
    return AttributeHit{class_of(h), h, false, row_flag(attributes, h.row) == "level"};
  };
  const auto applies_before = [&](std::size_t r) {
    const std::string_view phrase = attributes.row(r)[0];
    // "to" before an amount is no attribute: "cut to five years".
    return row_applies(attributes, r, kind) && phrase != "to" && !is_generic(phrase);
  };
  // What names an amount from after it.
  const auto applies = [&](std::size_t r) {
    return row_applies(attributes, r, kind) && !is_before_only_row(attributes, r);
  };
  // Right after: "$14.3 billion investment", "a 49% stake", "200 layoffs".
  // Who is counted yields to what is done to them, named right before:
  // "laid off 600 employees" counts layoffs.
  // A small count reaches its word through words that carry no fact of
  // their own: "Seven people have died", "five feared dead"; and one before
  // it through a verb of reaching: "the death toll reached seven", "the toll
  // rose to five".
  if (adjacent_only && kind == Kind::number) {
    std::size_t k = after_from;
    if (k < w.sentence_last && count_link(t.lower(k)) == CountLink::counted) ++k;
    while (k < w.sentence_last && k < after_from + kAttributeAfter &&
           count_link(t.lower(k)) == CountLink::helper) {
      ++k;
    }
    if (k > after_from && k < w.sentence_last) {
      if (const auto hit = attributes.match_at(t, k, applies); hit && before_a_verb(t, *hit)) {
        phrase_end = hit->last;
        return after(*hit);
      }
    }
    std::size_t verb = w.first;
    if (verb > w.sentence_first && (t.is(verb - 1, "to") || t.is(verb - 1, "at"))) --verb;
    if (verb > w.sentence_first && count_link(t.lower(verb - 1)) == CountLink::link) {
      adjacent_only = false;
    }
  }
  // A date or a length of time takes only a word right next to it: "a
  // five-year deal", "has 90 days to comply", "a deadline of 60 days".
  const bool time = kind == Kind::date || kind == Kind::duration || adjacent_only;
  // Money followed by "of" and the thing it is made of names that thing, not
  // a word before it: "fund the purchase with $2.5 billion of new bonds".
  if (kind == Kind::money && !time) {
    if (const auto hit = money_of_noun(t, w, after_from, attributes, applies)) {
      phrase_end = hit->last;
      return after(*hit);
    }
  }
  const std::size_t after_words = time ? 1 : 2;
  // A length of time reaches its noun past one hyphenated modifier: "a
  // 15-year naming-rights deal".
  if (time && kind == Kind::duration && after_from + 3 < w.sentence_last && t.is_word(after_from) &&
      t.is_symbol(after_from + 1, '-') && t.attached(after_from + 1) &&
      t.attached(after_from + 2) && t.is_word(after_from + 2) &&
      !attributes.match_at(t, after_from, applies)) {
    after_from += 3;
  }
  for (std::size_t k = after_from; k < std::min(w.sentence_last, after_from + after_words); ++k) {
    if (is_clause_break(t, k) || t.is_digits(k) || is_conjunction(t.lower(k)) ||
        opens_a_part(t.lower(k))) {
      break;
    }
    if (!time && is_change_noun(t.lower(k)) && !attributes.match_at(t, k, applies)) {
      constexpr std::size_t kChangeOf = 7;  // tokens read after the change noun
      for (std::size_t j = k + 1; j < std::min(w.sentence_last, k + 1 + kChangeOf); ++j) {
        if (is_clause_break(t, j) || other_amount(t, j, words)) break;
        if (const auto hit = attributes.match_at(t, j, applies); hit && before_a_verb(t, *hit)) {
          phrase_end = hit->last;
          return after(*hit);
        }
      }
      break;
    }
    if (const auto hit = attributes.match_at(t, k, applies); hit && before_a_verb(t, *hit)) {
      // A word right before the amount, or joined to it by a hyphen, outranks
      // one a word after it: "the magnitude-6.4 earthquake killed dozens".
      if (k > after_from) {
        const auto strong = [&](std::size_t r) {
          return applies_before(r) && !is_weak_row(attributes, r);
        };
        std::size_t b = w.first;
        if (b > w.sentence_first + 1 && t.is_symbol(b - 1, '-') && t.attached(b)) --b;
        if (b > w.sentence_first) {
          if (const auto before = attributes.match_before(t, b, strong)) {
            return before_hit(*before);
          }
        }
      }
      phrase_end = hit->last;
      if (class_of(*hit) == "employees" || class_of(*hit) == "jobs") {
        // Past a qualifier: "will cut about 4,000 jobs".
        std::size_t lead = w.first;
        if (const auto q = detail::qualifier_before(t, w.first); q && q->first > w.sentence_first) {
          lead = q->first;
        }
        if (const auto before = attributes.match_before(t, lead, applies_before))
          return before_hit(*before);
      }
      return after(*hit);
    }
  }
  // Shortly before: "invested $14.3 billion", "a fine of €2.95bn", "laid off
  // 9,000", "agreed to buy Brightline, a Denver-based software maker, for".
  std::size_t steps = 0;
  if (time) {
    if (w.first > w.sentence_first) {
      if (const auto hit = attributes.match_before(t, w.first, applies_before)) {
        return before_hit(*hit);
      }
    }
    return {};
  }
  for (std::size_t k = w.first; k > w.sentence_first && steps < kAttributeBefore; --k) {
    if (const std::size_t open = aside_opening(t, k - 1, w.sentence_first, words);
        open != std::string_view::npos) {
      k = open + 1;
      continue;
    }
    // A label and its value: "- Revenue: $9.68 billion", "- GDP growth,
    // 2025: 3.4 per cent" (the label's first attribute word, commas and all).
    if (k == w.first && t.is_symbol(k - 1, ':')) {
      if (const auto hit =
              label_attribute(t, k - 1, w.sentence_first, attributes, applies_before)) {
        return before_hit(*hit);
      }
      continue;
    }
    // A percentage on the way is the change that led to the amount, not
    // another amount of the word: "revenue rose 7% to $9.86 billion".
    if (kind != Kind::percent && k - 1 < words.in_percent.size() && words.in_percent[k - 1]) {
      continue;
    }
    // So is a change "by" an amount on the way "to" a level: "cut its policy
    // rate by 25 basis points to 3.50%".
    if (kind == Kind::percent && w.first > w.sentence_first && t.is(w.first - 1, "to") &&
        k - 1 < words.in_percent.size() && words.in_percent[k - 1]) {
      std::size_t p = k - 1;
      while (p > w.sentence_first && words.in_percent[p - 1]) --p;
      if (p > w.sentence_first && t.is(p - 1, "by")) {
        k = p;  // the loop steps onto "by"
        continue;
      }
    }
    if (clause_opens_at(t, k) || (other_amount(t, k - 1, words) && k - 1 + 1 < w.first)) break;
    if (reference_point(t, k, w.sentence_first)) break;
    if (const auto hit = attributes.match_before(t, k, applies_before)) return before_hit(*hit);
    if (counts_as_a_word(t, k - 1, words)) ++steps;
  }
  // A little further after: "$150 million worth of", "49% of the company's shares";
  // not past a clause break right after the amount (", while trading revenue").
  for (std::size_t k = after_from; k < std::min(w.sentence_last, after_from + kAttributeAfter);
       ++k) {
    if (is_clause_break(t, k) || t.is_digits(k) || is_conjunction(t.lower(k)) ||
        opens_a_part(t.lower(k))) {
      break;
    }
    if (k < after_from + 2) continue;  // read above
    if (const auto hit = attributes.match_at(t, k, applies); hit && before_a_verb(t, *hit)) {
      phrase_end = hit->last;
      return after(*hit);
    }
  }
  return {};
}

// The verb that governs an amount named by a generic word: the nearest
// attribute word earlier in its clause that is not generic ("Corvane is
// buying Brightline in a $2.1bn deal").
std::optional<detail::PhraseHit> governing_word(const TokenStream& t, const Window& w,
                                                const PhraseTable& attributes,
                                                const DocumentWords& words) {
  const auto applies = [&](std::size_t r) {
    const std::string_view phrase = attributes.row(r)[0];
    return row_applies(attributes, r, Kind::money) && phrase != "to" && !is_generic(phrase);
  };
  std::size_t steps = 0;
  for (std::size_t k = w.first; k > w.sentence_first && steps < kClauseBefore; --k) {
    if (const std::size_t open = aside_opening(t, k - 1, w.sentence_first, words);
        open != std::string_view::npos) {
      k = open + 1;
      continue;
    }
    if (clause_opens_at(t, k) || (other_amount(t, k - 1, words) && k - 1 + 1 < w.first)) break;
    if (const auto hit = attributes.match_before(t, k, applies)) return hit;
    if (counts_as_a_word(t, k - 1, words)) ++steps;
  }
  return std::nullopt;
}

// Who: the nearest entity before the amount that is not the object of a
// preposition ("Meta's $14.3 billion", "Google, which spent $150 million").
// An entity inside an aside set off by commas right after another name
// ("Stratavia, one of the Triangle's largest employers, is cutting 1,400")
// describes that name: the name is the subject.
bool is_pronoun(std::string_view w) {
  return has_role(w, WordRole::pronoun);
}

bool pronoun_between(const TokenStream& t, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    if (is_pronoun(t.lower(k))) return true;
  }
  return false;
}

bool is_speech_verb(std::string_view w) {
  return has_role(w, WordRole::speech);
}

// A name right before a holder word ("Bramley shareholders") names whose
// holders they are: the amount is in that name, not that name's doing.
bool before_holder_word(const TokenStream& t, std::size_t name_end, std::size_t limit) {
  return name_end < limit && person_roles().match_at(t, name_end, is_holder_row).has_value();
}

Entity find_subject(const TokenStream& t, const Window& w, const DocumentWords& words,
                    Entity* holders_of = nullptr) {
  const std::size_t floor =
      w.first > w.sentence_first + kEntityWindow ? w.first - kEntityWindow : w.sentence_first;
  std::size_t k = w.first;
  while (k > floor) {
    --k;
    if (t.is_symbol(k, ';')) break;
    if (!words.is_name(k)) continue;
    const std::size_t f = run_start(t, k, floor, words);
    // A place joined to "-based" describes the name it qualifies: "the
    // Austin-based company posted sales of $7.3 billion" is the company's.
    if (k + 2 < w.first && t.is_symbol(k + 1, '-') && t.attached(k + 1) &&
        t.lower(k + 2) == "based") {
      k = f;
      continue;
    }
    // "Portsgate City, whose 20-year agreement": the name the relative
    // clause describes is whose the amount is, whatever stands before it.
    if (k + 2 < w.first && t.is_symbol(k + 1, ',') && t.is(k + 2, "whose")) {
      return entity_of(t, f, k + 1);
    }
    if (before_holder_word(t, k + 1, w.first)) {
      if (holders_of && !holders_of->known()) *holders_of = entity_of(t, f, k + 1);
      k = f;
      continue;
    }
    const bool after_preposition =
        f > w.sentence_first && object_prepositions().contains(t.lower(f - 1));
    // Who speaks is the source, not the subject: "Villareal said the
    // manifest lists 321 passengers" — unless a pronoun takes the name up
    // again: "Acme said it is recalling 410,000 cars", "Summit Air said in
    // September it would shed 1,500 positions".
    if (k + 2 < w.first && is_speech_verb(t.lower(k + 1)) && !pronoun_between(t, k + 2, w.first)) {
      k = f;
      continue;
    }
    if (!after_preposition) {
      // An aside: a comma before the run, after a name, and the aside closed
      // by a comma before the amount.
      // The aside may open before the window: "Quillo, the chat app whose
      // European office employs some 900 people in Hesselmark, has been hit".
      std::size_t open = f;
      while (open > w.sentence_first && !t.is_symbol(open - 1, ',') && !clause_opens_at(t, open)) {
        --open;
      }
      bool closed = false;
      for (std::size_t j = k + 1; j < w.first; ++j) closed = closed || t.is_symbol(j, ',');
      if (closed && open > w.sentence_first + 1 && t.is_symbol(open - 1, ',')) {
        std::size_t name_last = open - 1;  // token before the comma
        if (name_last > 0 && t.is_symbol(name_last - 1, '\'')) --name_last;
        if (words.is_name(name_last - 1)) {
          const std::size_t nf = run_start(t, name_last - 1, w.sentence_first, words);
          return entity_of(t, nf, name_last);
        }
      }
      return entity_of(t, f, k + 1);
    }
    k = f;
  }
  return {};
}

// The place a sentence opens with, when nothing else names who an amount is
// of: "In Veresk, the capital, inflation reached 8.4%" is Veresk's rate, not
// the country's the document is about; "Across Ohio, 1,200 jobs will go".
Entity place_opener(const TokenStream& t, const Window& w, const DocumentWords& words) {
  const std::size_t first = w.sentence_first + 1;
  if (first >= w.first ||
      !(t.lower(w.sentence_first) == "in" || t.lower(w.sentence_first) == "across")) {
    return {};
  }
  std::size_t end = first;
  while (end < w.first && words.is_name(end) && !t[end].newline_before) ++end;
  if (end == first || end >= w.first || !t.is_symbol(end, ',')) return {};
  return entity_of(t, first, end);
}

// The token after a parenthesis that opens right after the amount and
// closes within a few tokens of the sentence; else the amount's end.
std::size_t past_parenthesis(const TokenStream& t, const Window& w) {
  constexpr std::size_t kParenthesis = 10;
  if (w.last >= w.sentence_last || !t.is_symbol(w.last, '(')) return w.last;
  for (std::size_t k = w.last + 1; k < std::min(w.sentence_last, w.last + kParenthesis); ++k) {
    if (t.is_symbol(k, '(') || t[k].newline_before) break;
    if (t.is_symbol(k, ')')) return k + 1;
  }
  return w.last;
}

// The entity a preposition introduces, read through words that describe
// it: "for North Sea producer Corrin Oil & Gas" is Corrin, "with streaming
// service Vistream" Vistream, "in Scale AI" Scale. Up to three lower-case
// words may come before the name and two between names; the last name of
// the phrase is the entity. Tokens [from, ceiling).
Entity entity_after_preposition(const TokenStream& t, std::size_t from, std::size_t ceiling,
                                const DocumentWords& words) {
  const auto descriptor = [&](std::size_t k) {
    if (k >= ceiling || !t.is_word(k) || t[k].newline_before) return false;
    const char c = t.text(k)[0];
    return c >= 'a' && c <= 'z' && !not_entity_words().contains(t.lower(k)) &&
           !object_prepositions().contains(t.lower(k));
  };
  // Descriptors, possibly hyphenated ("forecasting-software company"), up to
  // `most` words; returns the token after them.
  const auto skip_descriptors = [&](std::size_t k, std::size_t most) {
    std::size_t n = 0;
    while (n < most && descriptor(k)) {
      ++k;
      ++n;
      while (k + 1 < ceiling && t.is_symbol(k, '-') && t.attached(k) && descriptor(k + 1)) ++k;
    }
    return k;
  };
  std::size_t k = from;
  if (k < ceiling && t.lower(k) == "the") ++k;
  // A place joined to a descriptor describes the name after it: "Texas-based".
  if (k + 2 < ceiling && words.is_name(k) && t.is_symbol(k + 1, '-') && t.attached(k + 1) &&
      t.attached(k + 2) && descriptor(k + 2)) {
    k += 2;
  }
  k = skip_descriptors(k, 3);
  if (k >= ceiling || !words.is_name(k)) return {};
  std::size_t first = k, last = run_end(t, k, ceiling, words);
  for (;;) {
    const std::size_t next = skip_descriptors(last, 2);
    if (next == last || next >= ceiling || !words.is_name(next)) break;
    first = next;
    last = run_end(t, next, ceiling, words);
  }
  return entity_of(t, first, last);
}

// In what: a preposition and an entity right after the amount, its
// attribute word or its basis ("$14.3 billion investment in Scale AI",
// "$500 million a year on Scale's data"). A preposition further on belongs
// to another phrase ("the deal remains its largest bet on AI").
Entity find_object(const TokenStream& t, const Window& w, std::size_t phrase_end,
                   const DocumentWords& words) {
  const std::size_t ceiling = std::min(w.sentence_last, w.last + kObjectWindow);
  for (std::size_t k = w.last; k + 1 < ceiling && k <= phrase_end; ++k) {
    if (t.is_symbol(k, ';') || t.is_symbol(k, '(')) break;
    // "by" introduces who acts ("hit with a €310 million penalty by the
    // Data Commission"), not what the amount is in or for.
    if (object_prepositions().contains(t.lower(k)) && t.lower(k) != "by") {
      if (Entity e = entity_after_preposition(t, k + 1, ceiling, words); e.known()) return e;
    }
  }
  return {};
}

// Who and in what, read from a verb before the amount that names its
// attribute and is followed by a name: "Corvane agreed to buy Brightline
// for $2.4 billion" is Corvane's price of Brightline. After a passive verb
// ("sold to", "acquired by") the name is who buys, and the name before the
// verb what is bought: "Brightline is being sold to Corvane for $2.4
// billion". False when no name follows the verb.
bool roles_from_verb(const TokenStream& t, const Window& w, const detail::PhraseHit& verb,
                     const DocumentWords& words, Entity& subject, Entity& object) {
  if (verb.last >= w.first) return false;
  Entity named = entity_after_preposition(t, verb.last, w.first, words);
  if (!named.known()) return false;
  Window before = w;
  before.first = verb.first;
  Entity other = find_subject(t, before, words);
  const std::string_view last_word = t.lower(verb.last - 1);
  if (last_word == "to" || last_word == "by") {
    subject = std::move(named);
    object = std::move(other);
  } else {
    subject = std::move(other);
    object = std::move(named);
  }
  return true;
}

bool is_before_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "before");
}

bool is_opener_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "opener");
}

bool is_clause_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "clause");
}

bool is_condition_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "condition");
}

// A condition on the amount: a sentence that opens with one, or one after
// the amount in its clause when "would" comes before it ("would lift the
// total to $510.6 million if exercised", not "whether the £1.45bn bill
// would rise if").
bool under_condition(const TokenStream& t, const Window& w) {
  if (w.sentence_first < w.first && basis_table().match_at(t, w.sentence_first, is_condition_row)) {
    return true;
  }
  bool would = false;
  for (std::size_t k = w.first; k > w.sentence_first && w.first - k < kClauseBefore; --k) {
    if (clause_opens_at(t, k)) break;
    would = would || t.is(k - 1, "would");
  }
  if (!would) return false;
  for (std::size_t k = w.last; k < std::min(w.sentence_last, w.last + kClauseBefore); ++k) {
    if (is_clause_break(t, k)) break;
    if (basis_table().match_at(t, k, is_condition_row)) return true;
  }
  return false;
}

// A row with no flag: a word right after the amount ("a year", "per share").
bool is_plain_row(std::size_t r) {
  const auto& row = basis_table().row(r);
  return row.size() < 3 || row[2].empty();
}

bool is_reference_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "reference");
}

// What a premium or discount is set against: the first reference word after
// "to", "over" or "on" in the amount's clause ("a 31 per cent premium to the
// stock's closing price"); empty when none is named.
std::string reference_basis(const TokenStream& t, const Window& w) {
  bool after_preposition = false;
  for (std::size_t k = w.last; k < std::min(w.sentence_last, w.last + kClauseBefore); ++k) {
    if (is_clause_break(t, k) || t.is_digits(k)) break;
    const std::string_view x = t.lower(k);
    if (x == "to" || x == "over" || x == "on") {
      after_preposition = true;
      continue;
    }
    if (!after_preposition) continue;
    if (const auto hit = basis_table().match_at(t, k, is_reference_row)) {
      return std::string(basis_table().row(hit->row)[1]);
    }
  }
  return {};
}

bool is_after_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "after");
}

bool is_split_row(std::size_t r) {
  return field_is(basis_table(), r, 2, "split");
}

// The part of a price split between cash and shares that an amount is,
// when the words right after it name one part and its sentence another:
// "$1.6 billion in cash and $800 million in newly issued shares", "will pay
// $1.6 billion in cash, with the rest in shares".
std::string split_part(const TokenStream& t, const Window& w) {
  if (w.last >= w.sentence_last) return {};
  const auto part = basis_table().match_at(t, w.last, is_split_row);
  if (!part) return {};
  const std::string_view cls = basis_table().row(part->row)[1];
  for (std::size_t k = w.sentence_first; k < w.sentence_last; ++k) {
    if (k == w.last) continue;
    if (const auto other = basis_table().match_at(t, k, is_split_row);
        other && basis_table().row(other->row)[1] != cls) {
      return std::string(cls);
    }
  }
  return {};
}

std::string find_basis(const TokenStream& t, const Window& w, std::size_t& after,
                       const DocumentWords& words) {
  if (under_condition(t, w)) return "possible";
  if (std::string part = split_part(t, w); !part.empty()) return part;
  // A forecast verb right after the amount, in a clause that describes it:
  // "close to the 1.4 per cent the ministry is assuming".
  constexpr std::size_t kDescribedBy = 4;  // tokens after the amount
  for (std::size_t k = w.last; k < std::min(w.sentence_last, w.last + kDescribedBy); ++k) {
    if (is_clause_break(t, k) || other_amount(t, k, words)) break;
    if (const auto hit = basis_table().match_at(t, k, is_after_row)) {
      return std::string(basis_table().row(hit->row)[1]);
    }
  }
  for (std::size_t k = w.last; k < std::min(w.sentence_last, w.last + 2); ++k) {
    const auto hit = basis_table().match_at(t, k, is_plain_row);
    if (hit) {
      after = hit->last;
      return std::string(basis_table().row(hit->row)[1]);
    }
  }
  if (const auto hit = basis_table().match_before(t, w.first, is_before_row)) {
    return std::string(basis_table().row(hit->row)[1]);
  }
  // A sentence that opens with an earlier time and a comma states earlier
  // values: "A year earlier, the company posted sales of $7.3 billion"; one
  // that opens with "Of those," states parts of an earlier total.
  if (w.sentence_first < w.first) {
    const auto hit = basis_table().match_at(t, w.sentence_first, [](std::size_t r) {
      return is_opener_row(r) || (is_plain_row(r) && basis_table().row(r)[1] == "previous");
    });
    if (hit && hit->last < w.first && t.is_symbol(hit->last, ',')) {
      return std::string(basis_table().row(hit->row)[1]);
    }
  }
  // A word earlier in the amount's clause: "officials see the rate at 3.4%",
  // "expects the policy rate to finish 2025 at 3.9%" (a forecast), read past
  // an aside about a name ("the northern region of Varessa, home to much of
  // its industry, has a jobless rate of 9 per cent").
  std::size_t steps = 0;  // tokens read, an aside not counted
  for (std::size_t k = w.first; k > w.sentence_first && steps < kClauseBefore; --k, ++steps) {
    if (const std::size_t open = aside_opening(t, k - 1, w.sentence_first, words);
        open != std::string_view::npos) {
      k = open + 1;
      continue;
    }
    if (clause_opens_at(t, k)) break;
    if (const auto hit = basis_table().match_before(t, k, is_clause_row)) {
      return std::string(basis_table().row(hit->row)[1]);
    }
  }
  // A forecast word governs its whole clause, however long: "Consensus is
  // for quarterly growth of 0.3% and a jobless rate of 6.2%"; and a relative
  // clause of what it expects: "expect a cut of 25bp, which would take the
  // rate to 3.50%".
  constexpr std::size_t kLongestClause = 40;
  const auto forecast_row = [](std::size_t r) {
    return is_clause_row(r) && basis_table().row(r)[1] == "forecast";
  };
  bool relative = false;  // the amount's clause is a relative one
  for (std::size_t k = w.first; k > w.sentence_first && w.first - k < kLongestClause; --k) {
    if (clause_opens_at(t, k)) {
      const bool which =
          t.is(k, "which") && t.is_symbol(k - 1, ',') && k + 1 < w.first && t.is(k + 1, "would");
      if (!which || relative) break;
      relative = true;
      continue;
    }
    if (w.first - k < kClauseBefore && !relative) continue;
    if (basis_table().match_before(t, k, forecast_row)) return "forecast";
  }
  return {};
}

// Whether a word of a day's trading comes earlier in the amount's sentence.
bool after_trading(const TokenStream& t, const Window& w) {
  for (std::size_t k = w.sentence_first; k < w.first; ++k) {
    if (has_role(t.lower(k), WordRole::trading)) return true;
  }
  return false;
}

// Whether the amount's clause names a market close: "at Thursday's close",
// "at the close", "at the close of trading", "the closing price" (before or
// after the amount, within its clause). "close to" is a qualifier, and "the
// close of the deal" no market's close.
bool at_market_close(const TokenStream& t, const Window& w) {
  const auto close_at = [&](std::size_t k) {
    const std::string_view x = t.lower(k);
    if (x == "closing") {
      return k + 1 < w.sentence_last && (t.lower(k + 1) == "price" || t.lower(k + 1) == "prices");
    }
    if (x != "close" || k == 0) return false;
    // "the close of trading" is a market's; "close of the deal" is not.
    if (k + 1 < w.sentence_last && t.lower(k + 1) == "of") {
      return k + 2 < w.sentence_last && t.lower(k + 2) == "trading";
    }
    if (k + 1 < w.sentence_last && t.lower(k + 1) == "to") return false;
    return t.lower(k - 1) == "the" || (t.lower(k - 1) == "s" && k >= 2 && t.is_symbol(k - 2, '\''));
  };
  for (std::size_t k = w.first; k > w.sentence_first && w.first - k < kClauseBefore; --k) {
    if (clause_opens_at(t, k)) break;
    if (close_at(k - 1)) return true;
  }
  for (std::size_t k = w.last; k < std::min(w.sentence_last, w.last + kClauseBefore); ++k) {
    if (is_clause_break(t, k) || t.is_digits(k)) break;  // another amount's close
    if (close_at(k)) return true;
  }
  return false;
}

// Whether a money amount is a price per share: stated per share (or "each"
// of shares) for an offering or a sale of shares, or "shares at $24".
bool share_price(const TokenStream& t, const Window& w, std::string_view attribute,
                 std::string_view basis) {
  // "its $31 IPO price", "the 245p offer price".
  if (attribute == "price" && basis.empty() && w.last + 1 < w.sentence_last &&
      (t.is(w.last, "ipo") || t.is(w.last, "offer") || t.is(w.last, "offering")) &&
      t.is(w.last + 1, "price")) {
    return true;
  }
  const bool of_shares = attribute == "ipo" || attribute == "shares_sold";
  if (!of_shares) return false;
  if (basis == "per_share" || (basis == "per_unit" && attribute == "shares_sold")) return true;
  // "prices IPO at $31", "priced its offering at $24": what an offering is
  // priced at is the price of a share.
  if (basis.empty() && attribute == "ipo" && w.first > w.sentence_first &&
      t.is(w.first - 1, "at")) {
    for (std::size_t k = w.first - 1; k > w.sentence_first && w.first - k < kClauseBefore; --k) {
      const std::string_view word = t.lower(k - 1);
      if (word == "priced" || word == "prices" || word == "pricing" || word == "price") return true;
      if (clause_opens_at(t, k)) break;
    }
  }
  // "its shares at $24": the shares word right before "at" — but not what a
  // verb of value puts on them all ("values its shares at £1.2bn").
  if (!(basis.empty() && attribute == "shares_sold" && w.first >= w.sentence_first + 2 &&
        t.lower(w.first - 1) == "at" &&
        (t.lower(w.first - 2) == "shares" || t.lower(w.first - 2) == "share"))) {
    return false;
  }
  constexpr std::size_t kVerbBefore = 3;  // "values its shares", "valued the company's shares"
  for (std::size_t k = w.first - 2; k > w.sentence_first && w.first - 2 - k < kVerbBefore; --k) {
    const std::string_view word = t.lower(k - 1);
    if (word == "values" || word == "valued" || word == "valuing" || word == "value") return false;
  }
  return true;
}

// Whether the sentence opens with "The N-year-old" ("The 24-year-old has
// signed", "The 58-year-old chief executive said").
bool age_descriptor_subject(const TokenStream& t, const Window& w) {
  std::size_t k = w.sentence_first;
  if (k + 5 >= t.size() || t.lower(k) != "the" || !t.is_digits(k + 1)) return false;
  return t.is_symbol(k + 2, '-') && t.lower(k + 3) == "year" && t.is_symbol(k + 4, '-') &&
         t.lower(k + 5) == "old";
}

// Whether the date at token `date` can date the amount at token `amount`
// of its sentence. "since Tuesday" starts a span that runs to the report,
// and a date in a "which"/"who" clause set off by commas describes the name
// before it: "The fire, which broke out on Tuesday, has burned 8,200 acres".
bool dates_the_amount(const TokenStream& t, std::size_t date, std::size_t amount) {
  if (t.lower(date) == "since" || (date > 0 && t.lower(date - 1) == "since")) {
    // Unless a "when" clause says what happened then: "the deadliest flood
    // since 2007, when 13 people were killed".
    for (std::size_t j = date + 1; j + 1 < amount; ++j) {
      if (t.is_symbol(j, ',')) return t.is(j + 1, "when");
    }
    return false;
  }
  // A parenthesis between them sets the one apart from the other: "core EPS
  // of €1.84 (Q3 2024: €1.62)" dates only the figure inside.
  for (std::size_t j = std::min(date, amount); j < std::max(date, amount); ++j) {
    if (t.is_symbol(j, '(') || t.is_symbol(j, ')')) return false;
  }
  if (date > amount) return true;
  std::size_t k = date;
  while (k > 0 && !clause_opens_at(t, k)) --k;
  if (k == 0 || !t.is_symbol(k - 1, ',') || (t.lower(k) != "which" && t.lower(k) != "who")) {
    return true;
  }
  for (std::size_t j = date; j < amount; ++j) {
    if (t.is_symbol(j, ',')) return false;  // the clause closes before the amount
  }
  return true;
}

const PhraseTable& change_table() {
  static const PhraseTable table(detail::data::change_words);
  return table;
}

// Whether token k may narrow an attribute word: a word (or a digit run
// joined by a hyphen, "5-year") that is no name, no word of grammar and no
// verb of change or link.
bool narrows(const TokenStream& t, std::size_t k, const DocumentWords& words) {
  if (k < words.in_figure.size() && words.in_figure[k]) return false;
  if (t.is_digits(k)) return k + 1 < t.size() && t.is_symbol(k + 1, '-') && t.attached(k + 1);
  if (!t.is_word(k) || words.is_name(k)) return false;
  const std::string_view w = t.lower(k);
  // The "s" of a possessive ("next year's deficit"): whose, not which kind.
  if (w == "s" && k > 0 && t.attached(k) && (t.is_symbol(k - 1, '\'') || t.is(k - 1, "\u2019")))
    return false;
  constexpr auto kEnds =
      static_cast<std::uint16_t>(WordRole::function) | static_cast<std::uint16_t>(WordRole::verb) |
      static_cast<std::uint16_t>(WordRole::pronoun) | static_cast<std::uint16_t>(WordRole::speech);
  return (roles_of(w) & kEnds) == 0 && !change_table().match_at(t, k) &&
         count_link(w) == CountLink::none;
}

// A qualifier word in one form: "apprentices" and "apprentice" narrow alike.
std::string qualifier_word(std::string_view w) {
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
  return std::string(w);
}

// The words that narrow what an attribute word measures, from the noun
// phrase it heads: "the apprentice rate rises to", "- First-time buyer
// average price:", "the average rate on a five-year fixed mortgage fell
// to". Sorted and unique, space-separated; empty when there are none. Only
// a word apart from its amount heads such a phrase; one right before the
// amount is mostly a verb ("the company invested $14.3 billion").
std::string qualifier_of(const TokenStream& t, const detail::PhraseHit& hit, const Window& w,
                         const DocumentWords& words) {
  constexpr std::size_t kQualifierWords = 6;
  std::size_t lead = w.first;
  if (const auto q = detail::qualifier_before(t, w.first); q && q->first > w.sentence_first)
    lead = q->first;
  if (hit.last >= lead) return {};
  // A word followed by what it does or is ("rises to", "is", ":", "at"), not
  // by an object ("private investors valued the business at").
  if (!t.is_symbol(hit.last, ':') &&
      (narrows(t, hit.last, words) || has_role(t.lower(hit.last), WordRole::determiner))) {
    return {};
  }
  std::vector<std::string> found;
  const auto joined = [&](std::size_t k) {  // a hyphen inside a word: "first-time"
    return t.is_symbol(k, '-') && t.attached(k) && k + 1 < t.size() && t.attached(k + 1);
  };
  const auto in_date = [&](std::size_t k) { return k < words.in_date.size() && words.in_date[k]; };
  for (std::size_t k = hit.first;
       !t[k].newline_before && k > w.sentence_first && found.size() < kQualifierWords;) {
    --k;
    if (joined(k) || in_date(k)) continue;  // "first-time"; "the third-quarter revenue"
    if (!narrows(t, k, words)) break;
    found.push_back(qualifier_word(t.lower(k)));
  }
  // After it, a phrase "on" or "for" what it is of, up to the verb.
  if (t.is(hit.last, "on") || t.is(hit.last, "for")) {
    std::size_t k = hit.last + 1;
    while (k < lead && t.is_word(k) && has_role(t.lower(k), WordRole::function)) ++k;
    for (std::size_t n = 0; k < lead && n < kQualifierWords; ++k) {
      if (joined(k) || in_date(k)) continue;
      if (!narrows(t, k, words)) break;
      found.push_back(qualifier_word(t.lower(k)));
      ++n;
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return fmt::format("{}", fmt::join(found, " "));
}

// A label's mark after its noun: a number of up to three digits, a capital
// letter or a Roman numeral ("phase 3", "Series C", "Tier II").
bool is_label_mark(const TokenStream& t, std::size_t k) {
  if (k >= t.size()) return false;
  const std::string_view s = t.text(k);
  if (t.is_digits(k)) return s.size() <= 3;
  if (!t.is_word(k)) return false;
  if (s.size() == 1) return s[0] >= 'A' && s[0] <= 'Z';
  return s == "II" || s == "III" || s == "IV";
}

// The numbered or lettered thing a sentence is about, nearest before the
// amount, else after it: "in the phase 3 study, 62.4% of patients" and "in
// its phase 2 study, 48%" are two studies, "Class A shares" and "Class B
// shares" two prices. Empty when the sentence names none.
std::string label_of(const TokenStream& t, const Window& w) {
  const auto label_at = [&](std::size_t k) {
    return k + 1 < w.sentence_last && is_label_mark(t, k + 1) && t.is_word(k) &&
           has_role(t.lower(k), WordRole::label);
  };
  const auto label = [&](std::size_t k) {
    return std::string(t.lower(k)) + " " + std::string(t.lower(k + 1));
  };
  for (std::size_t k = w.first; k-- > w.sentence_first;) {
    if (label_at(k)) return label(k);
  }
  for (std::size_t k = w.last; k < w.sentence_last; ++k) {
    if (label_at(k)) return label(k);
  }
  return {};
}

// The sign of the verb of change earlier in an amount's clause ("raised",
// "cut", "lowered"), +1 or -1; 0 when there is none.
int change_verb_sign(const TokenStream& t, const Window& w) {
  const auto verb = [](std::size_t r) {
    const auto& row = change_table().row(r);
    return row.size() > 2 && row[2] == "before";
  };
  for (std::size_t k = w.first; k > w.sentence_first && w.first - k < kClauseBefore; --k) {
    if (clause_opens_at(t, k)) break;
    if (const auto hit = change_table().match_before(t, k, verb)) {
      const auto& row = change_table().row(hit->row);
      return row[1] == "-" ? -1 : 1;
    }
  }
  return 0;
}

// Vote tallies (data/tallies.tsv).
const PhraseTable& tally_table() {
  static const PhraseTable table(detail::data::tallies);
  return table;
}

bool tally_row_is(std::size_t r, std::string_view role) {
  return field_is(tally_table(), r, 1, role);
}

// Whether two counts, tokens [a_first, a_last) and [b_first, b_last) of one
// sentence, are a vote's for and against: a gap of data/tallies.tsv between
// them and a cue word in or near them ("passed by 31 votes to 18").
bool is_tally(const TokenStream& t, std::size_t a_first, std::size_t a_last, std::size_t b_first,
              std::size_t b_last, std::size_t sentence_first, std::size_t sentence_last) {
  constexpr std::size_t kCueBefore = 4;  // tokens before the first count
  constexpr std::size_t kCueAfter = 2;   // tokens after the second
  const auto gap =
      tally_table().match_at(t, a_last, [](std::size_t r) { return tally_row_is(r, "gap"); });
  if (!gap || gap->last != b_first) return false;
  const std::size_t from =
      a_first > sentence_first + kCueBefore ? a_first - kCueBefore : sentence_first;
  const std::size_t to = std::min(sentence_last, b_last + kCueAfter);
  for (std::size_t k = from; k < to; ++k) {
    if (tally_table().match_at(t, k, [](std::size_t r) { return tally_row_is(r, "cue"); })) {
      return true;
    }
  }
  return false;
}

// A percentage of the other sign, its interval turned with it.
void negate_percent(Percent& p, Interval& interval) {
  p.value = p.value.negated();
  interval = interval.negated();
}

std::size_t token_index_at(const TokenStream& t, std::size_t normalized_offset) {
  const auto& v = t.tokens();
  return static_cast<std::size_t>(
      std::lower_bound(v.begin(), v.end(), normalized_offset,
                       [](const detail::Token& tok, std::size_t off) { return tok.start < off; }) -
      v.begin());
}

std::string quote_of(const PreparedText& text, std::size_t begin, std::size_t end,
                     const Mention& m) {
  // At most kQuoteBytes, centred on the mention, cut at character boundaries.
  const std::string_view original = text.original();
  if (end - begin > kQuoteBytes) {
    const std::size_t centre = (m.start + m.end) / 2;
    begin = std::max(begin, centre > kQuoteBytes / 2 ? centre - kQuoteBytes / 2 : 0);
    end = std::min(end, begin + kQuoteBytes);
    while (begin < m.start && (static_cast<unsigned char>(original[begin]) & 0xC0) == 0x80) ++begin;
    while (end > m.end && end < original.size() &&
           (static_cast<unsigned char>(original[end]) & 0xC0) == 0x80) {
      --end;
    }
  }
  std::string quote(original.substr(begin, end - begin));
  std::replace(quote.begin(), quote.end(), '\n', ' ');
  return quote;
}

// Money and percentages carry an earlier amount's attribute over "and";
// counts do not ("cut 200 jobs and closed 3 plants").
bool continues_earlier(Kind k) {
  return k == Kind::money || k == Kind::percent;
}

// Whether tokens [from, to) join two amounts with "and" and name nothing
// new: after the "and" at most a few lower-case words, none an article,
// a possessive or an attribute word ("and to average", "and by").
bool joined_by_and(const TokenStream& t, std::size_t from, std::size_t to,
                   const PhraseTable& attributes, Kind kind) {
  const auto applies = [&](std::size_t r) { return row_applies(attributes, r, kind); };
  constexpr std::size_t kWordsAfterAnd = 3;
  std::size_t and_at = to;
  for (std::size_t k = from; k < to; ++k) {
    if (t.is(k, "and")) and_at = k;
    if (t.is_symbol(k, ';') || t.is_symbol(k, '.') || t[k].newline_before) return false;
  }
  if (and_at == to || to - and_at - 1 > kWordsAfterAnd) return false;
  for (std::size_t k = and_at + 1; k < to; ++k) {
    if (!t.is_word(k)) return false;
    const std::string_view w = t.lower(k);
    if (t.text(k)[0] < 'a' || t.text(k)[0] > 'z' || w == "the" || w == "a" || w == "an" ||
        w == "its" || w == "their" || w == "his" || w == "her" ||
        attributes.match_at(t, k, applies)) {
      return false;
    }
  }
  return true;
}

// The entity the document names most often (by the first word of each
// capitalised run), when it clearly leads: named at least three times and
// half as often again as any other.
Entity main_entity(const TokenStream& t, const DocumentWords& words) {
  std::unordered_map<std::string_view, std::size_t> counts;
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> longest;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (!words.is_name(k)) continue;
    const std::size_t e = run_end(t, k, t.size(), words);
    // A person quoted throughout is no topic of the story's figures.
    if (words.persons.contains(t.lower(k))) {
      k = e - 1;
      continue;
    }
    ++counts[t.lower(k)];
    auto& span = longest[t.lower(k)];
    if (e - k > span.second - span.first) span = {k, e};
    k = e - 1;
  }
  std::string_view best;
  std::size_t first = 0, second = 0;
  for (const auto& [key, n] : counts) {
    if (n > first || (n == first && key < best)) {
      if (key != best) second = first;
      first = n;
      best = key;
    } else if (n > second) {
      second = n;
    }
  }
  if (first < 3 || 2 * first < 3 * second) return {};
  return entity_of(t, longest[best].first, longest[best].second);
}

}  // namespace

Lexicon Lexicon::builtin() {
  Lexicon l;
  l.add_tsv(detail::data::attributes);
  return l;
}

std::string Lexicon::add_tsv(std::string_view tsv) {
  std::size_t line = 0;
  std::vector<std::pair<std::string, std::string>> rows;
  std::vector<std::string> kinds, flags;
  for (const auto& row : detail::read_tsv(tsv)) {
    ++line;
    if (row.size() < 2 || row[0].empty() || row[1].empty()) {
      return "lexicon row " + std::to_string(line) +
             " needs a phrase and a class separated by a tab";
    }
    std::string phrase(row[0]);
    std::transform(phrase.begin(), phrase.end(), phrase.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::string row_kinds(row.size() > 2 ? row[2] : "");
    for (std::string_view rest = row_kinds; !rest.empty();) {
      const auto comma = rest.find(',');
      const std::string_view kind = rest.substr(0, comma);
      if (kind != "money" && kind != "percent" && kind != "number" && kind != "date" &&
          kind != "duration") {
        return "lexicon row " + std::to_string(line) + ": unknown kind \"" + std::string(kind) +
               "\" (money, percent, number, date, duration)";
      }
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    const std::string_view flag = row.size() > 3 ? row[3] : std::string_view{};
    if (!flag.empty() && flag != "weak" && flag != "before" && flag != "level") {
      return "lexicon row " + std::to_string(line) + ": unknown flag \"" + std::string(flag) +
             "\" (weak, before, level)";
    }
    rows.emplace_back(std::move(phrase), std::string(row[1]));
    kinds.push_back(std::move(row_kinds));
    flags.emplace_back(flag);
  }
  std::move(rows.begin(), rows.end(), std::back_inserter(rows_));
  std::move(kinds.begin(), kinds.end(), std::back_inserter(kinds_));
  std::move(flags.begin(), flags.end(), std::back_inserter(flags_));
  compile();
  return {};
}

void Lexicon::compile() {
  std::string tsv;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    tsv += rows_[r].first + '\t' + rows_[r].second;
    if (!kinds_[r].empty() || !flags_[r].empty()) tsv += '\t' + kinds_[r];
    if (!flags_[r].empty()) tsv += '\t' + flags_[r];
    tsv += '\n';
  }
  table_ = std::make_shared<const detail::PhraseTable>(std::move(tsv));
}

std::vector<Claim> frame(const PreparedText& text, const ExtractResult& found,
                         const Lexicon& lexicon, std::size_t doc) {
  if (found.mentions.empty()) return {};
  return detail::frame_tokens(text, TokenStream(text.normalized()), found, lexicon, doc);
}

std::vector<Claim> detail::frame_tokens(const PreparedText& text, const TokenStream& t,
                                        const ExtractResult& found, const Lexicon& lexicon,
                                        std::size_t doc) {
  std::vector<Claim> claims;
  claims.reserve(found.mentions.size());
  if (found.mentions.empty()) return claims;
  DocumentWords words;
  words.attributes = &lexicon.table();
  words.in_date.assign(t.size(), false);
  words.in_percent.assign(t.size(), false);
  words.in_figure.assign(t.size(), false);
  for (const Mention& m : found.mentions) {
    if (m.kind == Kind::duration) continue;
    for (std::size_t k = token_index_at(t, text.to_normalized(m.start));
         k < t.size() && t[k].start < text.to_normalized(m.end); ++k) {
      if (m.kind == Kind::date) {
        words.in_date[k] = true;
        continue;
      }
      words.in_figure[k] = true;
      if (m.kind == Kind::percent) words.in_percent[k] = true;
    }
  }
  note_names(t, words);
  note_persons(t, words);
  const Entity topic = main_entity(t, words);
  struct Span {
    std::size_t first, last, sentence_last;  // tokens
  };
  std::vector<Span> spans;  // per claim
  spans.reserve(found.mentions.size());

  // Dates that can give a period: by sentence, filled as sentences are met.
  for (const Mention& m : found.mentions) {
    Claim c;
    c.mention = m;
    c.doc = doc;
    c.position = text.line_column(m.start);
    const auto [sb, se] = text.sentence_around(m.start);
    c.sentence_start = sb;
    c.sentence_end = std::max(se, m.end);
    c.quote = quote_of(text, sb, c.sentence_end, m);

    Window w;
    w.sentence_first = token_index_at(t, text.to_normalized(sb));
    w.sentence_last = token_index_at(t, text.to_normalized(c.sentence_end));
    w.first = token_index_at(t, text.to_normalized(m.start));
    w.last = token_index_at(t, text.to_normalized(m.end));
    w.sentence_first = std::min(w.sentence_first, w.first);
    w.sentence_last = std::max(w.sentence_last, w.last);

    // What follows the amount is read past a parenthesis right after it,
    // which restates it: "£4.2 billion ($5.6 billion) offer for Corrin".
    Window tail = w;
    tail.last = past_parenthesis(t, w);
    std::size_t after = tail.last;
    c.basis = find_basis(t, tail, after, words);
    std::size_t phrase_end = after;
    AttributeHit attribute = find_attribute(t, tail, lexicon.table(), m.kind, bare_small_count(m),
                                            after, phrase_end, words);
    // What a deal is worth is the deal's amount: "a deal worth $4.69
    // billion", "a cash deal valued at $4.9 billion" read as "a $4.69
    // billion deal", not as what the company is valued at.
    Window governed = w;  // where the verb governing a generic word is looked for
    if (attribute.before && attribute.cls == "valuation" && attribute.before->first > 0 &&
        is_generic(t.lower(attribute.before->first - 1)) &&
        names_amount_next(t, attribute.before->last, w.first)) {
      if (const auto deal = lexicon.table().match_at(
              t, attribute.before->first - 1,
              [&](std::size_t r) { return row_applies(lexicon.table(), r, m.kind); })) {
        attribute.cls = std::string(lexicon.table().row(deal->row)[1]);
        attribute.generic = true;
        governed.first = deal->first;
      }
    }
    if (attribute.generic && m.kind != Kind::date && m.kind != Kind::duration) {
      if (const auto verb = governing_word(t, governed, lexicon.table(), words)) {
        attribute.cls = std::string(lexicon.table().row(verb->row)[1]);
        attribute.before = verb;
      }
    }
    c.attribute = attribute.cls;
    // Growth named by what grows is that measure's: "comparable sales
    // growth of 6.4%" is comparable sales, as "comparable sales rose 6.4%".
    if (attribute.before && attribute.cls == "growth" &&
        attribute.before->first > w.sentence_first) {
      const auto grows =
          lexicon.table().match_before(t, attribute.before->first, [&](std::size_t r) {
            return row_applies(lexicon.table(), r, m.kind) &&
                   !is_generic(lexicon.table().row(r)[0]);
          });
      if (grows && lexicon.table().row(grows->row).size() > 1) {
        attribute.cls = std::string(lexicon.table().row(grows->row)[1]);
        c.attribute = attribute.cls;
        attribute.before = detail::PhraseHit{grows->row, grows->first, attribute.before->last};
      }
    }
    if (attribute.before) c.qualifier = qualifier_of(t, *attribute.before, w, words);
    c.label = label_of(t, w);
    // What a company is worth at a market close is its market value, not
    // what a deal or an offering values it at: "at Thursday's close it was
    // worth about $8 billion", "based on the closing price".
    if (c.attribute == "valuation" && (at_market_close(t, tail) || after_trading(t, w))) {
      c.attribute = "market_value";
    }
    // A measure of a group within the whole is a fact of its own:
    // "unemployment among young people climbed to 11.8%".
    if (attribute.before && c.basis.empty() && attribute.before->last < w.first &&
        t.is(attribute.before->last, "among")) {
      c.basis = "among";
    }
    // Shares that moved to an amount trade at it: "Corvane shares jumped 58%
    // to $37.55" is a share price, not a sale of shares.
    if (m.kind == Kind::money && c.attribute == "shares_sold" && attribute.before &&
        change_verb_sign(t, Window{attribute.before->last, w.sentence_last, w.first, w.last}) !=
            0) {
      c.attribute = "market_price";
    }
    if ((c.attribute == "premium" || c.attribute == "discount") && c.basis.empty()) {
      c.basis = reference_basis(t, tail);
    }
    // An amount of money per share of an offering or a sale of shares is a
    // price per share: "priced its IPO at $24 a share", "sold 18 million
    // shares at $27 each", "priced its shares at $24".
    if (m.kind == Kind::money && share_price(t, w, c.attribute, c.basis)) {
      c.attribute = "price";
      c.basis = "per_share";
    }
    // A percentage after "by" is what something changed by, in the
    // direction of the verb earlier in its clause: "raised its main policy
    // rate by 25 basis points" is +25, "lowered its forecast by 2%" -2.
    if (auto* p = std::get_if<Percent>(&c.mention.value);
        p && !p->change && w.first > w.sentence_first && t.lower(w.first - 1) == "by") {
      if (const int sign = change_verb_sign(t, w); sign != 0) {
        p->change = true;
        if (sign < 0 && !p->value.is_negative()) negate_percent(*p, c.mention.interval);
      }
    }
    // A percentage of something is a share of it, not a change: "will cut
    // 11% of its workforce" cuts a share of the staff.
    if (auto* p = std::get_if<Percent>(&c.mention.value);
        p && p->change && p->unit == PercentUnit::percent && tail.last < w.sentence_last &&
        t.is(tail.last, "of")) {
      p->change = false;
      // The sign was the verb's ("cutting 11%"), not the number's.
      if (p->value.is_negative() && m.text.find('-') == std::string::npos &&
          m.text.find("\u2212") == std::string::npos) {
        negate_percent(*p, c.mention.interval);
      }
    }
    // A rate of change named as such is its level: "consumer prices rose
    // 8.7% year on year" is inflation of 8.7%.
    if (auto* p = std::get_if<Percent>(&c.mention.value);
        p && p->change && attribute.level && p->unit == PercentUnit::percent) {
      p->change = false;
    }
    const bool roles_from_the_verb =
        attribute.before && roles_from_verb(t, w, *attribute.before, words, c.subject, c.object);
    if (!roles_from_the_verb) {
      Entity holders_of;
      c.subject = find_subject(t, w, words, &holders_of);
      // A person is the subject only of what a person earns, signs or owns.
      if (c.subject.known() && words.persons.contains(c.subject.key) &&
          !personal_class(c.attribute)) {
        c.subject = {};
      }
      if (!c.subject.known()) c.subject = place_opener(t, w, words);
      c.object = find_object(t, tail, phrase_end, words);
      if (!c.object.known()) c.object = std::move(holders_of);
    }
    // A fine is told apart by who pays it, not by who imposes it: "EDMA
    // fined Tessaly €2.41 billion" and "Tessaly was fined €2.41 billion"
    // are one fact of Tessaly's. (Not "a fine for the Kessel spill".)
    if (c.attribute == "fine" && roles_from_the_verb && c.object.known()) {
      c.subject = std::move(c.object);
      c.object = {};
    }
    // A sentence about "the 24-year-old" is about a person it does not
    // name, who need not be what the document names most (often the
    // company or club): an amount with no subject of its own there is of an
    // unknown subject, not of the topic.
    c.topic = age_descriptor_subject(t, w) ? Entity{} : topic;
    claims.push_back(std::move(c));
    spans.push_back({w.first, w.last, w.sentence_last});
  }

  // A date followed by "when" and a clause that states an amount dates that
  // amount's fact: "a previous round valued it at $14.8bn in January 2025"
  // is written "since January 2025, when a previous round valued it at
  // $14.8bn". The date takes the amount's attribute, entities and basis,
  // and keeps the amount as its anchor.
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& d = claims[i];
    if (d.mention.kind != Kind::date || !d.attribute.empty() || !d.mention.ok()) continue;
    std::size_t k = spans[i].last;
    if (k < spans[i].sentence_last && t.is_symbol(k, ',')) ++k;
    if (k >= spans[i].sentence_last || t.lower(k) != "when") continue;
    std::size_t clause_end = k + 1;
    while (clause_end < spans[i].sentence_last && !is_clause_break(t, clause_end)) ++clause_end;
    for (std::size_t j = i + 1; j < claims.size() && spans[j].first < clause_end; ++j) {
      const Claim& a = claims[j];
      if (a.mention.kind == Kind::date || a.mention.kind == Kind::duration) continue;
      if (!a.attribute.empty() && a.mention.ok()) {
        d.attribute = a.attribute;
        d.subject = a.subject;
        d.object = a.object;
        d.basis = a.basis;
        d.anchor = std::make_shared<const Mention>(a.mention);
      }
      break;
    }
  }

  // A total spread over a length of time is another fact than a total of
  // its own or a rate: "invest £4 billion in the network over five years"
  // is not the "£6.2bn deal", nor "£800m a year".
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (!c.basis.empty() || c.mention.kind == Kind::date || c.mention.kind == Kind::duration) {
      continue;
    }
    constexpr std::size_t kOverWithin = 10;  // tokens from the amount to "over"
    for (std::size_t j = i + 1; j < claims.size() && spans[j].first <= spans[i].last + kOverWithin;
         ++j) {
      if (claims[j].mention.kind != Kind::duration || !claims[j].mention.ok()) continue;
      const std::size_t over = spans[j].first - 1;
      if (!(t.is(over, "over") || t.is(over, "across"))) break;
      bool broken = false;
      for (std::size_t k = spans[i].last; k < over; ++k) broken = broken || is_clause_break(t, k);
      if (!broken) c.basis = "over " + std::get<Duration>(claims[j].mention.value).iso;
      break;
    }
  }

  // An amount joined by "and" to an earlier one of its sentence and kind
  // (not an earlier value it was set against) says the same of another time
  // or part when nothing new is named between them: "expects inflation to end this year at 5.1% and
  // to average 4.4% next year", "sales rose 5% in 2024 and 7% in 2025".
  for (std::size_t i = 1; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (!c.attribute.empty() || !continues_earlier(c.mention.kind)) continue;
    std::size_t p = i;
    while (p-- > 0 && claims[p].sentence_start == c.sentence_start &&
           (claims[p].mention.kind != c.mention.kind || claims[p].attribute.empty() ||
            claims[p].basis == "previous")) {
    }
    if (p >= claims.size() || claims[p].sentence_start != c.sentence_start) continue;
    if (!joined_by_and(t, spans[p].last, spans[i].first, lexicon.table(), c.mention.kind)) {
      continue;
    }
    // Set against a point of reference of its own, it is another measure:
    // "a 31% premium to the last close and 38% above the 30-day average".
    if (spans[i].last < spans[i].sentence_last && is_comparison_word(t.lower(spans[i].last))) {
      continue;
    }
    const Claim& earlier = claims[p];
    c.attribute = earlier.attribute;
    if (c.basis.empty()) c.basis = earlier.basis;
    if (!c.subject.known()) c.subject = earlier.subject;
    if (!c.object.known()) c.object = earlier.object;
  }

  // A date right after an earlier value ("52 people were injured, up from
  // 40 earlier in the week", "from $4.8 billion in 2024") dates that value
  // only: the amount it was set against is of its own, later time. By date
  // claim: the index of the earlier value it dates, else npos.
  std::vector<std::size_t> dates_previous(claims.size(), std::string_view::npos);
  for (std::size_t j = 1; j < claims.size(); ++j) {
    if (claims[j].mention.kind != Kind::date) continue;
    const std::size_t p = j - 1;
    const Claim& prev = claims[p];
    if (prev.sentence_start != claims[j].sentence_start || prev.basis != "previous" ||
        prev.mention.kind == Kind::date || prev.mention.kind == Kind::duration) {
      continue;
    }
    constexpr std::size_t kPreviousPhrase = 3;  // tokens between the value and its date
    if (spans[j].first < spans[p].last || spans[j].first - spans[p].last > kPreviousPhrase) {
      continue;
    }
    bool broken = false;
    for (std::size_t k = spans[p].last; k < spans[j].first; ++k) {
      broken = broken || is_clause_break(t, k) || t.is_digits(k);
    }
    if (!broken) dates_previous[j] = p;
  }

  // Period: the nearest date of the same sentence (not a clock time).
  // Claims are in text order, so a sentence's claims are neighbours. A
  // quarter or half-year named in the sentence outranks a day, which says
  // when the figure was reported: "reported third-quarter revenue of $8.1
  // billion on Tuesday" is revenue of the third quarter.
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.mention.kind == Kind::date || c.mention.kind == Kind::duration) continue;
    std::size_t best_distance = SIZE_MAX;
    bool best_part_of_year = false;
    std::size_t next_break = spans[i].last;  // the first clause break after the amount
    while (next_break < spans[i].sentence_last && !is_clause_break(t, next_break)) ++next_break;
    auto consider = [&](const Claim& d, std::size_t j) {
      if (d.mention.kind != Kind::date || !d.mention.ok()) return;
      // Past an earlier value set against the amount, a later date is the
      // comparisons': "put aside $612 million, up from $488 million a year ago
      // and $575 million in the second quarter" does not date the $612 million.
      // Nor past another amount of its kind in a clause of its own: "a
      // valuation of $5.1 billion, a discount of 19% to the $6.3 billion
      // valuation of its 2024 round" dates the $6.3 billion only.
      if (j > i) {
        for (std::size_t k = i + 1; k < j; ++k) {
          if (claims[k].mention.kind != c.mention.kind) continue;
          if (claims[k].basis == "previous") return;
          if (next_break < spans[k].first) return;
        }
      }
      if (dates_previous[j] != std::string_view::npos && dates_previous[j] != i) return;
      // A date written before another measure's word, which states an
      // amount of its own, dates that measure: "4.2 per cent of the
      // company's 2025 turnover of €57.4 billion" does not date the penalty
      // it is a share of.
      if (const std::size_t after = spans[j].last;
          after < spans[j].sentence_last && after != spans[i].first) {
        if (const auto hit = lexicon.table().match_at(t, after);
            hit && lexicon.table().row(hit->row).size() > 1 &&
            lexicon.table().row(hit->row)[1] != c.attribute) {
          constexpr std::size_t kOwnAmount = 2;  // tokens from the word to its amount
          // Claims are in text order: the measure's amount, if any, is among
          // the next few after the date.
          for (std::size_t k = j + 1; k < claims.size() && spans[k].first <= hit->last + kOwnAmount;
               ++k) {
            if (k != i && spans[k].first >= hit->last) return;
          }
        }
      }
      if (!dates_the_amount(t, token_index_at(t, text.to_normalized(d.mention.start)),
                            token_index_at(t, text.to_normalized(c.mention.start)))) {
        return;
      }
      const Date& date = std::get<Date>(d.mention.value);
      // A clock time is no period; a part of a day is its day ("Tuesday evening").
      const auto time_at = date.timex.find('T');
      const bool part_of_day = time_at != std::string::npos && time_at + 1 < date.timex.size() &&
                               date.timex[time_at + 1] >= 'A' && date.timex[time_at + 1] <= 'Z';
      // A month named without its year ("at its September meeting") is a
      // period too: compare places it in the year of the report.
      const bool month_only = date.timex.size() == 7 && date.timex.starts_with("XXXX-");
      if ((time_at != std::string::npos && !part_of_day) || (!date.first_day && !month_only)) {
        return;
      }
      const std::size_t distance = d.mention.start > c.mention.end
                                       ? d.mention.start - c.mention.end
                                       : c.mention.start - d.mention.end;
      const bool part_of_year = date.part_of_year();
      const bool day = date.one_day();
      if (best_part_of_year && day) return;
      const bool outranks = part_of_year && !best_part_of_year && c.period && c.period->one_day();
      // On a tie the date after the amount: "3.9% for end-2026 and 3.6% for
      // end-2027".
      const bool tie_after = distance == best_distance && d.mention.start > c.mention.end;
      if (distance < best_distance || outranks || tie_after) {
        best_distance = distance;
        best_part_of_year = best_part_of_year || part_of_year;
        c.period = std::make_shared<const Date>(date);
      }
    };
    for (std::size_t j = i; j-- > 0 && claims[j].sentence_start == c.sentence_start;)
      consider(claims[j], j);
    for (std::size_t j = i + 1; j < claims.size() && claims[j].sentence_start == c.sentence_start;
         ++j) {
      consider(claims[j], j);
    }
  }
  // Two counts of a vote are those for and those against it, whatever word
  // was framed near them: "passed by 31 votes to 18", "a 31-18 vote".
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    Claim& a = claims[i];
    Claim& b = claims[i + 1];
    if (a.mention.kind != Kind::number || b.mention.kind != Kind::number ||
        a.sentence_start != b.sentence_start ||
        !is_tally(t, spans[i].first, spans[i].last, spans[i + 1].first, spans[i + 1].last,
                  token_index_at(t, text.to_normalized(a.sentence_start)),
                  spans[i + 1].sentence_last)) {
      continue;
    }
    a.attribute = "votes_for";
    b.attribute = "votes_against";
    // A vote is held on a day; a longer period near it is of what was voted
    // on ("a budget for next year, with 32 votes in favour").
    if (!(a.period && a.period->one_day())) a.period = nullptr;
    b.subject = a.subject;
    b.object = a.object;
    b.period = a.period;
  }

  return claims;
}

}  // namespace claimcheck
