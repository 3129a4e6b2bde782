#include "extract/phrases.hpp"

#include "data.hpp"
#include "extract/candidates.hpp"

namespace claimcheck::detail {

PhraseTable::PhraseTable(std::string_view tsv) : rows_(read_tsv(tsv)) {
  index();
}

PhraseTable::PhraseTable(std::string&& tsv) : owned_(std::move(tsv)) {
  rows_ = read_tsv(owned_);
  index();
}

void PhraseTable::index() {
  words_.reserve(rows_.size());
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    std::vector<std::string> words;
    for (std::string& w : phrase_tokens(rows_[r][0])) {
      if (w != ".") words.push_back(std::move(w));
    }
    if (!words.empty()) {
      by_first_[words.front()].push_back(r);
      by_last_[words.back()].push_back(r);
    }
    words_.push_back(std::move(words));
  }
  index_first_keys();
}

void PhraseTable::index_first_keys() {
  std::size_t size = 16;
  while (size < 4 * by_first_.size()) size *= 2;
  first_keys_.assign(size, 0);
  const std::size_t mask = size - 1;
  for (const auto& [word, rows] : by_first_) {
    const TokenStream t(word);
    if (word.size() > 8) continue;  // looked up in by_first_ alone
    if (t.size() != 1) {            // no one token's key: no filter
      first_keys_.clear();
      return;
    }
    const std::uint64_t key = t.lower_key(0);
    std::size_t s = (key * 0x9E3779B97F4A7C15u) >> 40 & mask;
    while (first_keys_[s] != 0 && first_keys_[s] != key) s = (s + 1) & mask;
    first_keys_[s] = key;
  }
}

std::size_t PhraseTable::match_forward(const TokenStream& t, std::size_t i, std::size_t r) const {
  const auto& words = words_[r];
  std::size_t k = i;
  for (std::size_t w = 0; w < words.size(); ++w, ++k) {
    while (w > 0 && t.is_symbol(k, '.') && k < t.size()) ++k;  // optional inner dots
    if (k >= t.size() || t.lower(k) != words[w]) return i;
  }
  return k;
}

std::size_t PhraseTable::match_backward(const TokenStream& t, std::size_t i, std::size_t r) const {
  const auto& words = words_[r];
  std::size_t k = i;  // one past the token to compare
  for (std::size_t w = words.size(); w-- > 0;) {
    if (k == 0) return i;
    --k;
    if (w + 1 < words.size()) {
      while (k > 0 && t.is_symbol(k, '.')) --k;
    }
    if (t.lower(k) != words[w]) return i;
  }
  return k;
}

}  // namespace claimcheck::detail
