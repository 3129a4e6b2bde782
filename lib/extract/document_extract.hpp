// Internal: one input document through prepare and extract, as both the
// extract stream and the checker run it.
#pragma once

#include "claimcheck/extract.hpp"
#include "claimcheck/feed.hpp"

namespace claimcheck::detail {

struct ExtractedDocument {
  PreparedText text;
  ExtractResult found;
};

/// Prepares and extracts a document that was not rejected. Its published
/// date, when it has one, replaces `base`'s reference date; extraction starts
/// after its metadata header; repaired UTF-8 is noted in `in.warnings`.
ExtractedDocument extract_document(InputDocument& in, const ExtractOptions& base);

}  // namespace claimcheck::detail
