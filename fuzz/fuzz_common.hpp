// Shared checks of the fuzz targets: properties every mention must have.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "claimcheck/extract.hpp"

namespace claimcheck::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "property violated: %s\n", what);
  std::abort();
}

inline void require(bool ok, const char* what) {
  if (!ok) fail(what);
}

/// Span inside the input, text equal to its bytes, interval around the value.
inline void check_mention(const Mention& m, std::string_view input) {
  require(m.start <= m.end && m.end <= input.size(), "span inside the input");
  require(input.substr(m.start, m.end - m.start) == m.text, "text equals the bytes at the span");
  if (!m.ok()) return;
  const Decimal* v = nullptr;
  if (const auto* money = std::get_if<Money>(&m.value)) v = &money->amount;
  if (const auto* count = std::get_if<Count>(&m.value)) v = &count->value;
  if (const auto* percent = std::get_if<Percent>(&m.value)) v = &percent->value;
  if (v == nullptr) return;
  require(v->ok(), "an ok mention has a representable value");
  const Interval& i = m.interval;
  require(!i.low || !i.high || *i.low <= *i.high, "low <= high");
  if (!m.range) {
    require(!i.low || *i.low <= *v, "low <= value");
    require(!i.high || *v <= *i.high, "value <= high");
  }
}

}  // namespace claimcheck::fuzz
