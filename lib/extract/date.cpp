#include "extract/recognize.hpp"

namespace claimcheck::detail {

// Placeholder until the date recognizer lands.
std::optional<Found> match_date(const Scan&, std::size_t) { return std::nullopt; }

}  // namespace claimcheck::detail
