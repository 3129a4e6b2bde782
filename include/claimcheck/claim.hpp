// claimcheck/claim.hpp — the `frame` stage: what each amount is a statement
// about. A claim is a mention plus its attribute class ("investment"), its
// subject ("Meta") and object ("Scale AI"), its period ("2024") and basis
// ("annual" for "$500 million a year").
//
//   claimcheck::Lexicon lexicon = claimcheck::Lexicon::builtin();
//   auto text = claimcheck::prepare("Meta's $14.3 billion investment in Scale AI");
//   auto claims = claimcheck::frame(text, claimcheck::extract(text), lexicon);
//   // claims[0].attribute == "investment", subject "meta", object "scale"
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/document.hpp"
#include "claimcheck/extract.hpp"

namespace claimcheck {
namespace detail {
class PhraseTable;
}

/// Attribute words and their synonym classes (data/attributes.tsv), which a
/// user can extend with files of the same format. A row may name, in a third
/// field, the kinds of amount it applies to ("date,duration"); without it a
/// row applies to money, percentages and counts only, so that a date or a
/// length of time gets an attribute only from words meant for it
/// ("deadline", "a five-year contract").
class Lexicon {
 public:
  /// The lexicon compiled into the library.
  static Lexicon builtin();
  /// Adds "phrase<TAB>class[<TAB>kinds[<TAB>flag]]" rows; returns an error
  /// message, empty if fine. A flag "weak" makes a verb yield to a noun after
  /// the amount, "before" lets a verb name only an amount after it.
  ///   Lexicon lexicon = Lexicon::builtin();
  ///   lexicon.add_tsv("ridership\tpassengers\nsign-on bonus\tsalary\n");
  std::string add_tsv(std::string_view tsv);
  /// The rows, in order (built-in first).
  const std::vector<std::pair<std::string, std::string>>& rows() const noexcept { return rows_; }
  /// The kinds each row applies to ("" for money, percent and number), by row.
  const std::vector<std::string>& row_kinds() const noexcept { return kinds_; }
  /// The flags of each row ("weak", "before"; "" for none), by row.
  const std::vector<std::string>& row_flags() const noexcept { return flags_; }
  /// The compiled phrase index (internal).
  const detail::PhraseTable& table() const noexcept { return *table_; }

 private:
  void compile();
  std::vector<std::pair<std::string, std::string>> rows_;
  std::vector<std::string> kinds_;
  std::vector<std::string> flags_;
  std::shared_ptr<const detail::PhraseTable> table_;  // immutable: copies share it
};

/// A named entity as a comparable key ("scale" for "Scale AI" and "Scale")
/// and as written (the longest form seen).
struct Entity {
  std::string key;
  std::string name;
  bool known() const noexcept { return !key.empty(); }
};

struct Claim {
  Mention mention;
  std::size_t doc = 0;    // index of the document in the caller's list
  std::string attribute;  // synonym class; empty when no attribute word was found
  /// Words that narrow the attribute, sorted: "apprentice" for "the
  /// apprentice rate", "buyer first time" for "first-time buyer price".
  std::string qualifier;
  /// The numbered or lettered thing its sentence is about: "phase 3",
  /// "series c", "class b" (lower-cased); empty when none.
  std::string label;
  Entity subject;  // who: "Meta's", "Google, which spent"
  Entity object;   // in what: "in Scale AI", "for Twitter"
  Entity topic;    // the entity its document names most, if one clearly leads
  /// The subject is the topic, filled in by the checker where the sentence
  /// names none: it is only the name this document gives its story.
  bool subject_from_topic = false;
  /// When: "in 2024", "last year"; null when not stated. By pointer, like
  /// anchor: an empty std::optional<Date> would cost every kept claim ~120 bytes.
  std::shared_ptr<const Date> period;
  /// The date its document was published (or the reference date), if known.
  std::optional<std::chrono::year_month_day> reported;
  std::string basis;  // "" (a total), "annual", "quarterly", "per_share", …
  /// A date's: the amount whose fact it dates, stated in a clause that
  /// follows it ("last December, when the company was valued at $15 billion");
  /// such dates are compared only when their amounts agree. Null when none.
  /// Held by pointer, not in place: few claims have one, and an empty
  /// std::optional<Mention> would still cost every claim the ~300 bytes of a
  /// Mention (the Checker keeps every claim until finish()). Shared and
  /// immutable, so copies of a claim are cheap and see the same anchor.
  std::shared_ptr<const Mention> anchor;
  std::size_t sentence_start = 0;  // original byte offsets of its sentence
  std::size_t sentence_end = 0;
  LineColumn position;  // of mention.start
  std::string quote;    // the sentence, trimmed to at most ~300 bytes around the mention
};

/// Frames every mention of one document. `doc` is stored in each claim.
///   auto text = prepare("Meta's $14.3 billion investment in Scale AI.");
///   for (const Claim& c : frame(text, extract(text), Lexicon::builtin()))
///     if (!c.attribute.empty()) use(c.attribute, c.subject.key, c.object.key);
///     // "investment", "meta", "scale"
std::vector<Claim> frame(const PreparedText& text, const ExtractResult& found,
                         const Lexicon& lexicon, std::size_t doc = 0);

}  // namespace claimcheck
