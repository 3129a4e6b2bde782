// Internal: one input document through prepare and extract, as both the
// extract stream and the checker run it. The tokens are kept, so that the
// checker's frame stage reads the same stream instead of tokenizing again.
#pragma once

#include "claimcheck/extract.hpp"
#include "claimcheck/feed.hpp"
#include "text/tokens.hpp"

namespace claimcheck::detail {

/// Prepares and extracts a document that was not rejected. Its published
/// date, when it has one, replaces `base`'s reference date; extraction starts
/// after its metadata header; repaired UTF-8 is noted in `in.warnings`.
/// Not movable: the tokens are views into the prepared text.
struct ExtractedDocument {
  ExtractedDocument(InputDocument& in, const ExtractOptions& base);
  ExtractedDocument(const ExtractedDocument&) = delete;
  ExtractedDocument& operator=(const ExtractedDocument&) = delete;

  PreparedText text;
  TokenStream tokens;
  ExtractResult found;
};

/// extract() on tokens already made from text.normalized().
ExtractResult extract_tokens(const PreparedText& text, const TokenStream& tokens,
                             const ExtractOptions& options);

}  // namespace claimcheck::detail
