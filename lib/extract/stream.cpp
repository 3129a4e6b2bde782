#include "claimcheck/stream.hpp"

#include <algorithm>
#include <thread>

#include <fmt/format.h>

#include "extract/document_extract.hpp"
#include "io/ordered_pool.hpp"

namespace claimcheck {
namespace {

// One document: prepared, extracted, rendered (rejected ones only rendered).
std::string examine(const ExtractOptions& base, const ExtractStream::Render& render,
                    InputDocument in) {
  if (in.rejected) return render(in, nullptr, nullptr);
  const detail::ExtractedDocument d(in, base);
  return render(in, &d.found, &d.text);
}

}  // namespace

std::size_t default_jobs() noexcept {
  return std::max(1u, std::thread::hardware_concurrency());
}

struct ExtractStream::Impl {
  Impl(ExtractOptions o, std::size_t jobs, Render r, Sink sink)
      : options(std::move(o)),
        render(std::move(r)),
        pool(
            jobs, [this](InputDocument in) { return examine(options, render, std::move(in)); },
            std::move(sink)) {}

  ExtractOptions options;
  Render render;
  detail::OrderedPool<InputDocument, std::string> pool;  // last: its threads use the above
};

ExtractStream::ExtractStream(ExtractOptions options, std::size_t jobs, Render render, Sink sink)
    : impl_(std::make_unique<Impl>(std::move(options), jobs, std::move(render), std::move(sink))) {}

ExtractStream::~ExtractStream() {
  if (impl_) impl_->pool.finish();
}

void ExtractStream::add(InputDocument input) {
  impl_->pool.push(std::move(input));
}

void ExtractStream::finish() {
  impl_->pool.finish();
}

}  // namespace claimcheck
