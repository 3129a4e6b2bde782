// check on two documents (the input split at its first newline pair): both
// are in the report's sources, and the JSON report is valid JSON whose
// values point inside their documents.
#include <boost/json.hpp>

#include "claimcheck/check.hpp"
#include "claimcheck/report.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto cut = input.find("\n\n");
  const std::string a(input.substr(0, cut));
  const std::string b(cut == std::string_view::npos ? std::string_view{} : input.substr(cut + 2));
  claimcheck::Checker checker;
  checker.add(claimcheck::text_document("a", a, "a"));
  checker.add(claimcheck::text_document("b", b, "b"));
  const claimcheck::Report report = checker.finish();
  claimcheck::fuzz::require(report.sources.size() == 2, "both documents are in the sources");
  for (const auto& d : report.discrepancies) {
    for (const auto& c : d.values) {
      const std::string& text = c.doc == 0 ? a : b;
      claimcheck::fuzz::check_mention(c.mention, text);
    }
  }
  boost::system::error_code ec;
  boost::json::parse(claimcheck::report_json(report, true), ec);
  claimcheck::fuzz::require(!ec, "the report is valid JSON");
  return 0;
}
