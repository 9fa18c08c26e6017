// A hash that is the same on every machine and every run (FNV-1a, 64 bit), for anything that
// is persisted or decides output order: feature hashing in models, checksums, generated ids.
// Never use std::hash for these; its values are not specified across implementations.
#pragma once

#include <cstdint>
#include <string_view>

namespace issuegraph {

inline constexpr std::uint64_t kFnvOffset = 14695981039346656037ULL;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

constexpr std::uint64_t stable_hash(std::string_view bytes, std::uint64_t seed = kFnvOffset) {
  std::uint64_t h = seed;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= kFnvPrime;
  }
  return h;
}

// Combines a hash with a further integer value (e.g. a feature template id and a word id).
constexpr std::uint64_t stable_hash_combine(std::uint64_t h, std::uint64_t value) {
  for (int i = 0; i < 8; ++i) {
    h ^= (value >> (8 * i)) & 0xffU;
    h *= kFnvPrime;
  }
  return h;
}

}  // namespace issuegraph
