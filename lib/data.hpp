// Internal: the lexicons under data/, compiled into the library by
// cmake/EmbedData.cmake, and a reader for their tab-separated lines.
#pragma once

#include <string_view>
#include <vector>

namespace claimcheck::detail {
namespace data {
extern const std::string_view currencies;
extern const std::string_view scales;
extern const std::string_view number_words;
extern const std::string_view qualifiers;
extern const std::string_view calendar_words;
extern const std::string_view not_counts;
extern const std::string_view attributes;
extern const std::string_view common_words;
extern const std::string_view change_words;
extern const std::string_view percent_units;
extern const std::string_view basis;
extern const std::string_view entity_stopwords;
extern const std::string_view count_links;
extern const std::string_view person_roles;
extern const std::string_view tallies;
extern const std::string_view frame_words;
}  // namespace data

/// The fields of each line of a TSV lexicon; blank lines and lines starting
/// with '#' are skipped. Views point into `tsv`.
std::vector<std::vector<std::string_view>> read_tsv(std::string_view tsv);

}  // namespace claimcheck::detail
