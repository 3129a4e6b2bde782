// parse_quantity on arbitrary bytes: a value read alone must read the same
// again from its own text (parse → text → parse).
#include "claimcheck/extract.hpp"
#include "claimcheck/report.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto m = claimcheck::parse_quantity(input);
  if (!m) return 0;
  claimcheck::fuzz::check_mention(*m, input);
  const auto again = claimcheck::parse_quantity(m->text);
  claimcheck::fuzz::require(again.has_value(), "its own text parses again");
  claimcheck::fuzz::require(again->kind == m->kind, "same kind again");
  claimcheck::fuzz::require(claimcheck::value_json(*again) == claimcheck::value_json(*m),
                            "same value again");
  return 0;
}
