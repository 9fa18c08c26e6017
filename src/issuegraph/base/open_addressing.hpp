// Slot arithmetic for the open-addressing tables the trained models use to find a 64-bit
// feature key's row at run time (linear probing over a power-of-two table, 0 = empty slot).
#pragma once

#include <cstddef>
#include <cstdint>

namespace issuegraph {

// Home slot of a key: multiplicative mixing so that FNV's weak low bits do not cluster probes.
inline std::size_t open_addressing_slot(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 17) & mask;
}

// A power-of-two size that keeps the table at most half full.
inline std::size_t open_addressing_size(std::size_t count) {
  std::size_t size = 16;
  while (size < 2 * count) size *= 2;
  return size;
}

}  // namespace issuegraph
