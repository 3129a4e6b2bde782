#include "claimcheck/claimcheck.hpp"

namespace claimcheck {

std::string_view version() noexcept {
  return CLAIMCHECK_VERSION;
}

}  // namespace claimcheck
