#include "extract/candidates.hpp"

#include <unordered_set>

#include "data.hpp"

namespace claimcheck::detail {
namespace {

// Interned strings for the table: views must outlive the table.
std::string_view intern(std::string s) {
  static std::unordered_set<std::string> pool;  // node-based: views stay valid
  return *pool.insert(std::move(s)).first;
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
  for (const std::string_view lexicon :
       {data::currencies, data::number_words, data::calendar_words, data::percent_units}) {
    for (const auto& row : read_tsv(lexicon)) {
      const auto toks = phrase_tokens(row[0]);
      if (toks.empty()) continue;
      const TokenStream first(toks.front());
      if (first.size() == 1 && first[0].type == TokenType::word) {
        words_.insert(intern(toks.front()));
      } else {
        symbols_.insert(intern(toks.front()));
      }
    }
  }
  for (const char* s : {".", "-", "+", "~", "$"}) symbols_.insert(s);
}

bool CandidateTable::may_start(const TokenStream& tokens, std::size_t i) const {
  switch (tokens[i].type) {
    case TokenType::digits:
      return true;
    case TokenType::word:
      return words_.contains(tokens.lower(i));
    case TokenType::symbol:
      return symbols_.contains(tokens.text(i));
  }
  return false;
}

const CandidateTable& candidate_table() {
  static const CandidateTable table;
  return table;
}

}  // namespace claimcheck::detail
