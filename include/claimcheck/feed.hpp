// claimcheck/feed.hpp — reading inputs: plain text files (one document
// each), JSON Lines feeds ({"id","text","source","published","url","title"},
// or the test-case lines {"id","input","ref"}), and standard input ("-").
// Nothing is lost silently: every document read or refused yields an
// InputDocument, refused ones with a reason.
//
//   claimcheck::read_input("feed.jsonl", [](claimcheck::InputDocument d) {
//     if (d.rejected) fmt::print(stderr, "{}: {}\n", d.doc.id, d.reason);
//   });
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/document.hpp"

namespace claimcheck {

struct InputDocument {
  Document doc;
  std::string origin;           // the path it came from ("-" for standard input)
  std::size_t line = 0;         // its line in a JSON Lines feed (1-based), 0 for a file
  std::size_t body_offset = 0;  // bytes of a metadata header before the body
  bool rejected = false;
  std::string reason;  // why it was rejected (stable id first: "empty", "binary", ...)
  std::vector<std::string> warnings;
};

/// Why a path could not be read at all (missing, unreadable); empty if fine.
struct ReadError {
  std::string message;
  explicit operator bool() const noexcept { return !message.empty(); }
};

using DocumentSink = std::function<void(InputDocument)>;

/// Reads one input path and hands each document to `sink` in order.
/// "-" reads JSON Lines from standard input; "*.jsonl"/"*.ndjson" are JSON
/// Lines; a directory reads its *.txt, *.md and *.jsonl files in name order;
/// anything else is one plain-text document whose id is its file name.
/// Feeds are streamed line by line (memory does not grow with the feed).
///   if (auto e = read_input("articles/", [&](InputDocument d) { checker.add(std::move(d)); }))
///     fail(e.message);  // the path itself could not be read
ReadError read_input(const std::string& path, const DocumentSink& sink);

/// One line of a JSON Lines feed (line_number is 1-based, for messages).
///   auto d = parse_feed_line(R"({"id":"a","text":"Up 4%.","published":"2025-08-30"})", 1, "f");
///   auto bad = parse_feed_line("{oops", 2, "f");  // bad.rejected, reason "malformed-line: line 2
///   …"
InputDocument parse_feed_line(std::string_view line, std::size_t line_number,
                              const std::string& origin);

/// A plain-text document: checks size, emptiness and binary content, and
/// reads an optional metadata header ("# source: …", "# published: …",
/// "# url: …", "# title: …" lines, then a blank line).
///   auto d = text_document("a.txt", "# source: Wire\n\nMeta paid $14.3 billion.", "a.txt");
///   // d.doc.source == "Wire"; d.body_offset: where the text after the header starts
InputDocument text_document(std::string id, std::string bytes, const std::string& origin);

}  // namespace claimcheck
