// The parser's scoring weights at run time: for each feature hash, a short row of (move, weight)
// pairs for the moves that feature ever voted for. Rows live in one flat array and are found
// through an open-addressing table, so scoring a state costs one probe per feature. Rows that
// hold weights for many moves (tag features fire in every state) are also kept dense, since a
// vector add over all moves is several times faster than scattering the same entries. Dense
// rows keep the 16-bit integers the weights are stored as (a weight is an integer times the
// model's scale) and are summed exactly in 32 bits: half the bytes of floats to fetch, and
// fetching them is most of the time scoring takes.
#pragma once

#include <cstdint>
#include <vector>

namespace issuegraph::parser {

struct WeightEntry {
  std::uint16_t move = 0;
  float weight = 0.0f;
};

class WeightTable {
 public:
  static constexpr int kMaxRows = 256;  // features scored per call, at most
  static constexpr int kMaxMoves = 256;  // moves of a model, at most (2 * 127 labels + shift)

  // Requires: `keys` strictly increasing and non-zero; row i is entries[row_begin[i],
  // row_begin[i+1]); row_begin has keys.size() + 1 entries.
  // `move_count` bounds the moves (the dense rows' width). Weights are multiples of `scale`
  // (they are stored as 16-bit integers times scale).
  void assign(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> row_begin,
              std::vector<WeightEntry> entries, int move_count, float scale);
  float scale() const { return scale_; }

  // Adds the weights of every known feature to scores[move].
  void score(const std::uint64_t* features, int count, float* scores) const {
    // Scoring is bound by cache misses, not arithmetic: first touch every feature's slot, then
    // every found row, so that the memory system serves the misses of a pass in parallel.
    const Slot* found[kMaxRows];
    if (count > kMaxRows) count = kMaxRows;
    for (int i = 0; i < count; ++i) __builtin_prefetch(&slots_[home(features[i])]);
    int rows = 0;
    for (int i = 0; i < count; ++i) {
      const Slot* slot = find(features[i]);
      if (slot == nullptr) continue;
      __builtin_prefetch(slot->end == kDense ? static_cast<const void*>(&dense_[slot->begin])
                                             : static_cast<const void*>(&entries_[slot->begin]));
      found[rows++] = slot;
    }
    const std::size_t width = static_cast<std::size_t>(move_count_);
    std::int32_t dense_sums[kMaxMoves];
    for (std::size_t m = 0; m < width; ++m) dense_sums[m] = 0;
    for (int r = 0; r < rows; ++r) {
      const Slot* slot = found[r];
      if (slot->end == kDense) {
        const std::int16_t* row = &dense_[slot->begin];
        for (std::size_t m = 0; m < width; ++m) dense_sums[m] += row[m];
      } else {
        for (std::uint32_t e = slot->begin; e < slot->end; ++e) {
          scores[entries_[e].move] += entries_[e].weight;
        }
      }
    }
    for (std::size_t m = 0; m < width; ++m) scores[m] += static_cast<float>(dense_sums[m]) * scale_;
  }

  std::size_t feature_count() const { return keys_.size(); }
  std::size_t entry_count() const { return entries_.size(); }
  const std::vector<std::uint64_t>& keys() const { return keys_; }
  const std::vector<std::uint32_t>& row_begin() const { return row_begin_; }
  const std::vector<WeightEntry>& entries() const { return entries_; }

 private:
  struct Slot {
    std::uint64_t key = 0;  // 0 = empty
    std::uint32_t begin = 0;  // first entry, or offset in dense_ when end == kDense
    std::uint32_t end = 0;
  };
  std::size_t home(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  const Slot* find(std::uint64_t key) const {
    std::size_t i = home(key);
    while (true) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return &slot;
      if (slot.key == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  static constexpr std::uint32_t kDense = 0xffffffffU;  // Slot::end of a dense row
  // The sorted form is kept for saving; the slots and dense rows are built from it.
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> row_begin_;
  std::vector<WeightEntry> entries_;
  std::vector<std::int16_t> dense_;  // in units of scale_
  int move_count_ = 0;
  float scale_ = 1.0f;
  std::vector<Slot> slots_ = std::vector<Slot>(2);
  std::size_t mask_ = 1;
  int shift_ = 63;
};

}  // namespace issuegraph::parser
