// claimcheck — find where news reports disagree on stated amounts.
//
// A tour in ten lines:
//
//   #include <claimcheck/claimcheck.hpp>
//
//   auto text = claimcheck::prepare("Meta paid $14.3 billion for a 49% stake in June 2025.");
//   claimcheck::ExtractOptions options;
//   options.reference_date = claimcheck::parse_iso_date("2025-08-30");
//   for (const claimcheck::Mention& m : claimcheck::extract(text, options).mentions) {
//     // m.kind: money, percent, date; m.text: "$14.3 billion"; m.start/m.end:
//     // byte offsets into the input; m.value: Money{14300000000, "$"}; m.interval:
//     // [14.25e9, 14.35e9], the values its wording allows.
//   }
//
// Stages, one header each: document.hpp (prepare), extract.hpp, feed.hpp
// (reading inputs), report.hpp (writing results); quantity.hpp holds the
// value model they share.
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
