// Internal: the calendar lexicon (data/calendar_words.tsv) shared by the date
// and duration recognizers: month and weekday names, relative words, units,
// bound words and duration qualifiers. Rows are "phrase, type, value[, flags]".
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extract/phrases.hpp"

namespace claimcheck::detail {

/// The calendar lexicon, built once.
const PhraseTable& calendar_table();

/// A lexicon phrase of the given type matched at token i.
struct CalendarHit {
  std::size_t row = 0;
  std::size_t first = 0;
  std::size_t last = 0;
  std::string_view value;       // field 2
  std::string_view flags;       // field 3 (may be empty)
  int number() const noexcept;  // value as an integer (0 if not one)
  bool has(std::string_view flag) const noexcept {
    return flags.find(flag) != std::string_view::npos;
  }
};

/// How many types (field 1) the calendar lexicon has at most.
inline constexpr std::size_t kCalendarTypes = 16;
/// The number of a type among the lexicon's types (in order of first use),
/// or kCalendarTypes if no row has it.
std::size_t calendar_type_number(std::string_view type) noexcept;
/// The type number of a row.
std::size_t calendar_row_type(std::size_t row) noexcept;
/// The hit of a phrase that matched.
CalendarHit calendar_hit(const PhraseHit& h);

/// The longest phrase of `type` starting at token i.
std::optional<CalendarHit> calendar_at(const TokenStream& t, std::size_t i, std::string_view type);
/// The longest phrase of `type` ending just before token i.
std::optional<CalendarHit> calendar_before(const TokenStream& t, std::size_t i,
                                           std::string_view type);

}  // namespace claimcheck::detail
