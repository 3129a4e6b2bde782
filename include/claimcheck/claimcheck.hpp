// claimcheck — find where news reports disagree on stated amounts.
//
// A tour: read documents, check them, print the report.
//
//   #include <claimcheck/claimcheck.hpp>
//
//   claimcheck::Checker checker;  // CheckOptions: jobs, rates, lexicon, reference date
//   checker.add(claimcheck::text_document("a", "Meta's $14.3 billion stake in Scale AI.", "a"));
//   claimcheck::read_input("feed.jsonl", [&](claimcheck::InputDocument d) {
//     checker.add(std::move(d));
//   });
//   claimcheck::Report report = checker.finish();
//   std::cout << claimcheck::report_text(report);  // or report_json, report_sarif …
//   for (const claimcheck::Discrepancy& d : report.discrepancies)
//     for (const claimcheck::Claim& c : d.values)  // c.mention.text, c.doc, c.quote
//       show(c.mention.start, c.mention.end);      // byte offsets into the input
//
// One stage at a time, for a single text:
//
//   auto text = claimcheck::prepare("Meta paid $14.3 billion for a 49% stake in June 2025.");
//   for (const claimcheck::Mention& m : claimcheck::extract(text).mentions) {
//     // m.kind: money, percent, date; m.text: "$14.3 billion"; m.value:
//     // Money{14300000000, "$"}; m.interval: [14.25e9, 14.35e9], what its wording allows.
//   }
//
// Stages, one header each: document.hpp (prepare), extract.hpp, claim.hpp
// (frame), check.hpp (compare), feed.hpp (reading inputs), report.hpp
// (writing results); quantity.hpp holds the value model they share.
#pragma once

#include <string_view>

#include "claimcheck/check.hpp"
#include "claimcheck/claim.hpp"
#include "claimcheck/document.hpp"
#include "claimcheck/extract.hpp"
#include "claimcheck/feed.hpp"
#include "claimcheck/quantity.hpp"
#include "claimcheck/report.hpp"
#include "claimcheck/stream.hpp"

namespace claimcheck {

/// The library's version, "MAJOR.MINOR.PATCH".
std::string_view version() noexcept;

}  // namespace claimcheck
