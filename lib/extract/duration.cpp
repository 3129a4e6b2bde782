#include "extract/recognize.hpp"

namespace claimcheck::detail {

// Placeholder until the duration recognizer lands.
std::optional<Found> match_duration(const Scan&, std::size_t) { return std::nullopt; }

}  // namespace claimcheck::detail
