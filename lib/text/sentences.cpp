#include "text/sentences.hpp"

#include <algorithm>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace claimcheck::detail {
namespace {

bool is_para_sep(char c) {
  return c == '\n' || c == '\r';
}
bool is_sp(char c) {
  return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}
bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_sterm(char c) {
  return c == '!' || c == '?';
}
bool is_close(char c) {
  return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
         c == '}';
}
bool is_scontinue(char c) {
  return c == ',' || c == '-' || c == ':';
}

}  // namespace

// The sentence boundaries of plain ASCII text by the rules of Unicode's
// sentence segmentation (UAX #29, which ICU's English rules follow), with 0
// and the text's end. ICU costs a sixth of a check; most news text is ASCII
// after prepare(), and for it these few rules give ICU's very breaks (the
// tests compare the two).
std::vector<std::uint32_t> ascii_sentence_boundaries(std::string_view text) {
  std::vector<std::uint32_t> out{0};
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    const char c = text[i];
    if (is_para_sep(c)) {
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') continue;  // CR × LF
      if (i + 1 < n) out.push_back(static_cast<std::uint32_t>(i + 1));
      continue;
    }
    const bool aterm = c == '.';
    if (!aterm && !is_sterm(c)) continue;
    if (aterm && i + 1 < n && is_digit(text[i + 1])) continue;  // "3.5"
    if (aterm && i > 0 && (is_upper(text[i - 1]) || is_lower(text[i - 1])) && i + 1 < n &&
        is_upper(text[i + 1])) {
      continue;  // "U.S"
    }
    std::size_t k = i + 1;
    while (k < n && is_close(text[k])) ++k;
    while (k < n && is_sp(text[k])) ++k;
    if (k >= n || is_para_sep(text[k])) continue;  // the line's end breaks
    if (is_scontinue(text[k]) || text[k] == '.' || is_sterm(text[k])) continue;
    if (aterm) {
      // A lower-case letter next, past anything but letters, ends no sentence.
      std::size_t j = k;
      while (j < n && !is_upper(text[j]) && !is_lower(text[j]) && !is_para_sep(text[j]) &&
             text[j] != '.' && !is_sterm(text[j])) {
        ++j;
      }
      if (j < n && is_lower(text[j])) continue;
    }
    out.push_back(static_cast<std::uint32_t>(k));
  }
  if (out.back() != n) out.push_back(static_cast<std::uint32_t>(n));
  return out;
}

// Every sentence boundary of the text by ICU's English rules, with 0 and the
// text's end. One pass over the document: per-mention windows would re-run
// the rules (and ICU's backward "safe point" search) for every mention.
std::vector<std::uint32_t> icu_sentence_boundaries(std::string_view text) {
  // Loading ICU's rules is the costly part: one prototype for the process,
  // and one clone per thread (a break iterator is not thread-safe).
  static const std::unique_ptr<const icu::BreakIterator> prototype = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    return std::unique_ptr<const icu::BreakIterator>(U_SUCCESS(status) ? it.release() : nullptr);
  }();
  thread_local const std::unique_ptr<icu::BreakIterator> it(prototype ? prototype->clone()
                                                                      : nullptr);
  std::vector<std::uint32_t> out{0};
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_SUCCESS(status) && it) {
    it->setText(ut, status);
    for (std::int32_t b = it->next(); U_SUCCESS(status) && b != icu::BreakIterator::DONE;
         b = it->next()) {
      out.push_back(static_cast<std::uint32_t>(b));
    }
  }
  utext_close(ut);
  if (out.back() != text.size()) out.push_back(static_cast<std::uint32_t>(text.size()));
  return out;
}

bool plain_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80 && c != 0; });
}

std::vector<std::uint32_t> sentence_boundaries(std::string_view text) {
  return plain_ascii(text) ? ascii_sentence_boundaries(text) : icu_sentence_boundaries(text);
}

}  // namespace claimcheck::detail
