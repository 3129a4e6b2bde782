// Internal: the one-pass candidate test. Most text holds no amount; a token
// can start a mention only if it is a digit run, a currency sign, a few
// punctuation marks, or a word that some lexicon under data/ begins with.
#pragma once

#include <string_view>

#include <boost/unordered/unordered_flat_set.hpp>

#include "extract/phrases.hpp"

#include "text/tokens.hpp"

namespace claimcheck::detail {

class CandidateTable {
 public:
  CandidateTable();
  bool may_start(const TokenStream& tokens, std::size_t i) const;

 private:
  using WordSet = boost::unordered_flat_set<std::string_view, WordHash>;
  WordSet words_;    // lower-case first words
  WordSet symbols_;  // non-word first tokens ("$", "€")
};

/// Built once from the lexicons; immutable, so safe to share across threads.
const CandidateTable& candidate_table();

/// The lower-cased tokens of a lexicon phrase ("US$" → "us", "$"), split as
/// the text is: phrases match token by token.
std::vector<std::string> phrase_tokens(std::string_view phrase);

}  // namespace claimcheck::detail
