#include "extract/recognize.hpp"

namespace claimcheck::detail {

// Placeholder until the count recognizer lands.
std::optional<Found> match_count(const Scan&, std::size_t) { return std::nullopt; }

}  // namespace claimcheck::detail
