// Sentence boundaries on arbitrary bytes: for plain ASCII text the fast path
// must give exactly ICU's breaks.
#include "fuzz_common.hpp"
#include "text/sentences.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (!claimcheck::detail::plain_ascii(input)) return 0;
  claimcheck::fuzz::require(claimcheck::detail::ascii_sentence_boundaries(input) ==
                                claimcheck::detail::icu_sentence_boundaries(input),
                            "the ASCII rules give ICU's sentence breaks");
  return 0;
}
