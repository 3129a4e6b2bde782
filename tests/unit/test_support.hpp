// Helpers shared by the unit tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/extract.hpp"
#include "claimcheck/quantity.hpp"

namespace claimcheck::testing {

// A decimal from its text; a test failure (and zero) when the text is no number.
inline Decimal dec(std::string_view s) {
  const auto d = Decimal::parse(s);
  EXPECT_TRUE(d.has_value()) << s;
  return d.value_or(Decimal{});
}

// The mentions of one kind that extract() finds in `text`, in order.
inline std::vector<Mention> mentions_of(Kind kind, std::string_view text) {
  std::vector<Mention> out;
  for (Mention& m : extract(prepare(std::string(text))).mentions) {
    if (m.kind == kind) out.push_back(std::move(m));
  }
  return out;
}

}  // namespace claimcheck::testing
