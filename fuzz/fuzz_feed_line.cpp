// One JSON Lines feed line: never a crash; a rejected line has a reason; the
// extract output for it is always valid JSON.
#include <boost/json.hpp>

#include "claimcheck/feed.hpp"
#include "claimcheck/report.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  claimcheck::InputDocument d = claimcheck::parse_feed_line(line, 1, "fuzz.jsonl");
  claimcheck::fuzz::require(!d.rejected || !d.reason.empty(), "a rejection has a reason");
  std::string out;
  if (d.rejected) {
    out = claimcheck::mentions_jsonl(d, nullptr);
  } else {
    const claimcheck::PreparedText text = claimcheck::prepare(d.doc.text);
    const claimcheck::ExtractResult r = claimcheck::extract(text);
    for (const auto& m : r.mentions) claimcheck::fuzz::check_mention(m, text.original());
    out = claimcheck::mentions_jsonl(d, &r);
  }
  boost::system::error_code ec;
  boost::json::parse(out, ec);
  claimcheck::fuzz::require(!ec, "the output line is valid JSON");
  return 0;
}
