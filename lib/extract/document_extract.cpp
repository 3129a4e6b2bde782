#include "extract/document_extract.hpp"

#include <fmt/format.h>

namespace claimcheck::detail {
namespace {

ExtractOptions document_options(const InputDocument& in, const ExtractOptions& base) {
  ExtractOptions options = base;
  if (in.doc.published) options.reference_date = in.doc.published;
  options.begin = in.body_offset;
  return options;
}

}  // namespace

ExtractedDocument::ExtractedDocument(InputDocument& in, const ExtractOptions& base)
    : text(prepare(std::move(in.doc.text))),
      tokens(text.normalized()),
      found(extract_tokens(text, tokens, document_options(in, base))) {
  if (text.invalid_sequences()) {
    in.warnings.push_back(fmt::format("invalid-utf8: {} invalid byte sequence(s) replaced",
                                      text.invalid_sequences()));
  }
}

}  // namespace claimcheck::detail
