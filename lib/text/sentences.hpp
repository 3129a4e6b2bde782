// Internal: sentence boundaries. ICU's English sentence rules, with a fast
// path for plain ASCII text that applies the same rules (UAX #29) itself.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::detail {

/// Every sentence boundary of the text, with 0 and the text's end.
std::vector<std::uint32_t> sentence_boundaries(std::string_view text);

/// The same by the rules applied to plain ASCII text only.
std::vector<std::uint32_t> ascii_sentence_boundaries(std::string_view text);

/// The same by ICU, for any text.
std::vector<std::uint32_t> icu_sentence_boundaries(std::string_view text);

/// Whether the text is all ASCII and holds no NUL.
bool plain_ascii(std::string_view text);

}  // namespace claimcheck::detail
