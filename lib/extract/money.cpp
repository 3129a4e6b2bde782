#include "extract/recognize.hpp"

namespace claimcheck::detail {

std::optional<Found> match_money(const Scan&, std::size_t) { return std::nullopt; }

}  // namespace claimcheck::detail
