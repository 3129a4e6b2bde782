// Internal: the number vocabulary of data/number_words.tsv and
// data/scales.tsv, read once into typed rows for the number parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "extract/phrases.hpp"
#include "text/tokens.hpp"

namespace claimcheck::detail {

enum class WordType : std::uint8_t {
  unit,      // zero … nine
  teen,      // ten … nineteen
  tens,      // twenty … ninety
  ordinal,   // first, fifth, fifths, hundredth
  fraction,  // half, quarter: denominators only
  article,   // a, an
  sign,      // minus, negative
  point,     // a spoken decimal point
  conj,      // and
  over,      // over, out of
  suffix,    // st, nd, rd, th after digits
};

struct NumberWord {
  WordType type = WordType::unit;
  std::int64_t value = 0;
  bool plural = false;  // "fifths": a denominator, never an ordinal
  bool noden = false;   // "first", "second": never a denominator alone
  bool alone = false;   // "half": a number by itself
};

struct ScaleWord {
  bool times = false;  // a multiplier (dozen), not a power of ten
  int amount = 0;      // the power of ten, or the multiplier
  bool word = false;   // may follow spelled-out numbers
  bool upper = false;  // only written in capitals
  bool attached = false;
  bool money = false;
};

template <class Row>
struct LexiconHit {
  const Row* row = nullptr;
  std::size_t last = 0;  // the token after the phrase
};

class NumberLexicon {
 public:
  NumberLexicon();
  /// The number word (or phrase: "out of") starting at token k.
  std::optional<LexiconHit<NumberWord>> word(const TokenStream& t, std::size_t k) const;
  /// The scale word at token k for which `accept` holds (a word may have several rows).
  template <class Accept>
  std::optional<LexiconHit<ScaleWord>> scale(const TokenStream& t, std::size_t k,
                                             Accept accept) const {
    const auto hit = scale_table_.match_at(
        t, k, [&](std::size_t r) { return scales_[r] && accept(*scales_[r]); });
    if (!hit) return std::nullopt;
    return LexiconHit<ScaleWord>{&*scales_[hit->row], hit->last};
  }

 private:
  PhraseTable word_table_;
  PhraseTable scale_table_;
  std::vector<std::optional<NumberWord>> words_;  // by row; nullopt for an unknown type
  std::vector<std::optional<ScaleWord>> scales_;
};

const NumberLexicon& number_lexicon();

}  // namespace claimcheck::detail
