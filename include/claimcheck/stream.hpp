// claimcheck/stream.hpp — the `extract` stage over a stream of documents,
// on several threads, with results delivered in input order. At most a few
// documents per thread are in flight, so a feed of any length streams in
// bounded memory.
//
//   claimcheck::ExtractStream stream(
//       {}, 4,
//       [](const claimcheck::InputDocument& in, const claimcheck::ExtractResult* found,
//          const claimcheck::PreparedText*) { return claimcheck::mentions_jsonl(in, found); },
//       [](std::string line) { std::cout << line << '\n'; });
//   claimcheck::read_input("feed.jsonl", [&](claimcheck::InputDocument d) {
//   stream.add(std::move(d)); }); stream.finish();
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "claimcheck/extract.hpp"
#include "claimcheck/feed.hpp"

namespace claimcheck {

/// The number of threads to use when the user does not say: all cores.
std::size_t default_jobs() noexcept;

class ExtractStream {
 public:
  /// Turns one document's result into output, on a worker thread. `found`
  /// and `text` are null for a rejected document.
  using Render = std::function<std::string(const InputDocument& input, const ExtractResult* found,
                                           const PreparedText* text)>;
  /// Receives the rendered outputs in input order, one call at a time.
  using Sink = std::function<void(std::string)>;

  /// `options` is the base for every document; a document's published date,
  /// when it has one, is its reference date. jobs <= 1 runs in the caller's thread.
  ExtractStream(ExtractOptions options, std::size_t jobs, Render render, Sink sink);
  ~ExtractStream();
  ExtractStream(const ExtractStream&) = delete;
  ExtractStream& operator=(const ExtractStream&) = delete;

  /// Prepares and extracts one document (on a worker when jobs > 1).
  void add(InputDocument input);
  /// Waits for every document added and delivers the remaining outputs.
  void finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimcheck
