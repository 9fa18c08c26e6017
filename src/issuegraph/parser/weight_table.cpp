#include "issuegraph/parser/weight_table.hpp"

#include <algorithm>
#include <cmath>

namespace issuegraph::parser {

void WeightTable::assign(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> row_begin,
                         std::vector<WeightEntry> entries, int move_count, float scale) {
  scale_ = scale;
  keys_ = std::move(keys);
  row_begin_ = std::move(row_begin);
  entries_ = std::move(entries);
  move_count_ = move_count < kMaxMoves ? move_count : kMaxMoves;
  dense_.clear();
  // Load factor at most 2/3 keeps linear probe chains short; a sparser table cost more in page
  // faults at load (a quarter of the load time) than it saved in probes.
  int bits = 1;
  while ((std::size_t{1} << bits) < keys_.size() + keys_.size() / 2 + 2) ++bits;
  slots_.assign(std::size_t{1} << bits, Slot{});
  mask_ = (std::size_t{1} << bits) - 1;
  shift_ = 64 - bits;
  for (std::size_t r = 0; r < keys_.size(); ++r) {
    std::uint64_t key = keys_[r];
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    std::uint32_t begin = row_begin_[r], end = row_begin_[r + 1];
    // A row with weights for over a fifth of the moves is cheaper to add as a dense vector.
    if (move_count_ > 0 && 5 * (end - begin) > static_cast<std::uint32_t>(move_count_)) {
      auto offset = static_cast<std::uint32_t>(dense_.size());
      dense_.resize(dense_.size() + static_cast<std::size_t>(move_count_), 0);
      for (std::uint32_t e = begin; e < end; ++e) {
        // Exact: every weight is a 16-bit integer times scale_ (see assign's contract).
        const long q = std::lround(entries_[e].weight / scale_);
        dense_[offset + entries_[e].move] = static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L));
      }
      slots_[i] = Slot{key, offset, kDense};
    } else {
      slots_[i] = Slot{key, begin, end};
    }
  }
}

}  // namespace issuegraph::parser
