// Internal: frame() on tokens already made, for the checker, which has the
// extract stage's tokens at hand.
#pragma once

#include "claimcheck/claim.hpp"
#include "text/tokens.hpp"

namespace claimcheck::detail {

/// frame() with `tokens` made from text.normalized().
std::vector<Claim> frame_tokens(const PreparedText& text, const TokenStream& tokens,
                                const ExtractResult& found, const Lexicon& lexicon,
                                std::size_t doc);

}  // namespace claimcheck::detail
