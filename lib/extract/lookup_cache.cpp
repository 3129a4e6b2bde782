#include "extract/lookup_cache.hpp"

namespace claimcheck::detail {

void LookupCache::clear() noexcept {
  for (auto& slot : numbers_) slot.token = kNone;
  for (auto& slot : words_) slot.token = kNone;
  for (auto& slot : calendar_) slot.token = kNone;
}

std::optional<LexiconHit<NumberWord>> LookupCache::number_word(const TokenStream& t,
                                                               std::size_t k) {
  WordSlot& slot = words_[k & (kWordSlots - 1)];
  if (slot.token != k) {
    slot.token = k;
    slot.hit = number_lexicon().word(t, k);
  }
  return slot.hit;
}

std::optional<CalendarHit> LookupCache::calendar(const TokenStream& t, std::size_t k,
                                                 std::string_view type) {
  CalendarSlot& slot = calendar_[k & (kCalendarSlots - 1)];
  if (slot.token != k) fill(slot, t, k);
  // Most tokens asked about start no calendar phrase: answer them before
  // looking up the type's number.
  if (!slot.any) return std::nullopt;
  const std::size_t n = calendar_type_number(type);
  if (n == kCalendarTypes || slot.last[n] == 0) return std::nullopt;
  return calendar_hit(PhraseHit{slot.row[n], k, slot.last[n]});
}

void LookupCache::fill(CalendarSlot& slot, const TokenStream& t, std::size_t k) {
  slot.token = k;
  slot.last.fill(0);
  slot.any = false;
  // As calendar_at() chooses: the longest phrase, the first row of the
  // longest ones.
  calendar_table().for_each_match_at(t, k, [&](std::size_t row, std::size_t last) {
    const std::size_t n = calendar_row_type(row);
    if (n < kCalendarTypes && last > slot.last[n]) {
      slot.row[n] = static_cast<std::uint16_t>(row);
      slot.last[n] = static_cast<std::uint32_t>(last);
      slot.any = true;
    }
  });
}

}  // namespace claimcheck::detail
