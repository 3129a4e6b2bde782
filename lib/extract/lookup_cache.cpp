#include "extract/lookup_cache.hpp"

namespace claimcheck::detail {

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
  // Most tokens asked about start no calendar phrase of any type: one
  // remembered lookup answers every type for them.
  StartSlot& start = calendar_starts_[k & (kWordSlots - 1)];
  if (start.token != k) {
    start.token = k;
    start.starts = calendar_table().may_start_at(t, k);
  }
  if (!start.starts) return std::nullopt;
  // The type names are short and distinct in their length and first letter
  // often enough; a collision only costs a lookup, as the slot checks both.
  const std::size_t mix = k * 8 + type.size() * 3 + (type.empty() ? 0 : type.front());
  CalendarSlot& slot = calendar_[mix & (kCalendarSlots - 1)];
  if (slot.token != k || slot.type != type) {
    slot.token = k;
    slot.type = type;
    slot.hit = calendar_at(t, k, type);
  }
  return slot.hit;
}

}  // namespace claimcheck::detail
