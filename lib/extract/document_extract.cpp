#include "extract/document_extract.hpp"

#include <fmt/format.h>

namespace claimcheck::detail {

ExtractedDocument extract_document(InputDocument& in, const ExtractOptions& base) {
  ExtractOptions options = base;
  if (in.doc.published) options.reference_date = in.doc.published;
  options.begin = in.body_offset;
  ExtractedDocument out{prepare(std::move(in.doc.text)), {}};
  if (out.text.invalid_sequences()) {
    in.warnings.push_back(fmt::format("invalid-utf8: {} invalid byte sequence(s) replaced",
                                      out.text.invalid_sequences()));
  }
  out.found = extract(out.text, options);
  return out;
}

}  // namespace claimcheck::detail
