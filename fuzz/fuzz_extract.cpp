// extract on arbitrary bytes: every mention's span lies in the input, its
// text is those bytes, and its interval holds its value; mentions are ordered
// and do not overlap.
#include "claimcheck/extract.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  claimcheck::ExtractOptions options;
  options.reference_date = claimcheck::parse_iso_date("2025-08-30");
  const claimcheck::ExtractResult r = claimcheck::extract(claimcheck::prepare(input), options);
  std::size_t previous_end = 0;
  for (const claimcheck::Mention& m : r.mentions) {
    claimcheck::fuzz::check_mention(m, input);
    claimcheck::fuzz::require(m.start >= previous_end, "mentions are ordered and disjoint");
    previous_end = m.end;
  }
  return 0;
}
