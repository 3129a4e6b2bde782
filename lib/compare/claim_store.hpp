// Internal: the claims a Checker keeps until finish(), packed. A Claim in
// memory is ~650 bytes of fixed fields (most strings empty or short, most
// optionals unset) plus its quote; packed into bytes it is about a third of
// that, which is what bounds check's memory on a long feed. Claims are
// unpacked one block (same kind, attribute, basis and unit) at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimcheck/claim.hpp"

namespace claimcheck::detail {

class ClaimStore {
 public:
  /// Packs `claim` into the block named `block_key`.
  void add(const Claim& claim, const std::string& block_key);
  std::size_t size() const noexcept { return offsets_.size(); }
  /// Block indices in the order their first claims were added.
  std::size_t blocks() const noexcept { return block_members_.size(); }
  /// The claims of block b, unpacked, in the order they were added.
  std::vector<Claim> block(std::size_t b) const;
  /// Releases every packed claim.
  void clear();

 private:
  std::string_view record(std::size_t index) const;
  Claim unpack(std::size_t index) const;
  // Packed claims live in chunks, so that growing never copies them all.
  static constexpr std::size_t kChunkBytes = 1 << 16;
  std::vector<std::string> chunks_;
  struct Place {
    std::uint32_t chunk, offset;
  };
  std::vector<Place> offsets_;
  std::vector<std::uint32_t> quote_from_;  // by claim: the claim whose record holds its quote
  std::string last_quote_;
  std::unordered_map<std::string, std::size_t> block_of_;
  std::vector<std::vector<std::uint32_t>> block_members_;
};

/// Packs and unpacks one claim (exposed for the round-trip test).
std::string pack_claim(const Claim& claim, bool with_quote = true);
Claim unpack_claim(std::string_view bytes);

}  // namespace claimcheck::detail
