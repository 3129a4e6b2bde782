// Internal: per-document memo of lexicon lookups. The number and date
// parsers ask for the same token's number word or calendar phrase many times
// (once per word type, once per recognizer, once per retry at the next start
// token); each ask costs a hash and a walk over the phrases of that first
// word. Recognizers look only a few dozen tokens around the candidate
// position, so a small direct-mapped table keyed by token index answers
// nearly every repeat in constant memory. One per extract() call: not shared
// between threads.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "extract/date_lexicon.hpp"
#include "extract/number_lexicon.hpp"
#include "extract/numbers.hpp"

namespace claimcheck::detail {

class LookupCache {
 public:
  /// Forgets every entry, for the next document (cheaper than a new cache:
  /// one store per slot instead of a fresh ~60 KB allocation).
  void clear() noexcept;
  /// number_lexicon().word(t, k), remembered.
  std::optional<LexiconHit<NumberWord>> number_word(const TokenStream& t, std::size_t k);
  /// A number parse at token k, remembered: the money, percent, count,
  /// duration and date recognizers each read the number at a position, some
  /// several times, and at the next positions again. `parse` computes it;
  /// `how` says which parse (NumberCache::key of its options).
  template <class Parse>
  std::optional<NumberMatch> number(std::size_t k, unsigned how, Parse parse) {
    NumberSlot& slot = numbers_[(k * 8 + how * 5) & (kNumberSlots - 1)];
    if (slot.token != k || slot.how != how) {
      slot.hit = parse();
      slot.token = k;
      slot.how = how;
    }
    return slot.hit;
  }
  /// calendar_at(t, k, type), remembered.
  std::optional<CalendarHit> calendar(const TokenStream& t, std::size_t k, std::string_view type);

 private:
  static constexpr std::size_t kWordSlots = 256;      // a power of two
  static constexpr std::size_t kCalendarSlots = 256;  // a power of two
  static constexpr std::size_t kNone = SIZE_MAX;
  struct WordSlot {
    std::size_t token = kNone;
    std::optional<LexiconHit<NumberWord>> hit;
  };
  // The longest phrase of every type at one token, from one pass over the
  // phrases that start with its word: the date parser asks for a dozen types
  // at each token, and most of its tokens start no phrase at all.
  struct CalendarSlot {
    std::size_t token = kNone;
    std::array<std::uint16_t, kCalendarTypes> row{};
    std::array<std::uint32_t, kCalendarTypes> last{};  // 0: no phrase of the type
    bool any = false;                                  // some type has a phrase
  };
  void fill(CalendarSlot& slot, const TokenStream& t, std::size_t k);
  static constexpr std::size_t kNumberSlots = 512;  // a power of two
  struct NumberSlot {
    std::size_t token = kNone;
    unsigned how = 0;
    std::optional<NumberMatch> hit;
  };
  std::array<NumberSlot, kNumberSlots> numbers_{};
  std::array<WordSlot, kWordSlots> words_{};
  std::array<CalendarSlot, kCalendarSlots> calendar_{};
};

}  // namespace claimcheck::detail
