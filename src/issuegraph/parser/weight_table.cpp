#include "issuegraph/parser/weight_table.hpp"

namespace issuegraph::parser {

void WeightTable::assign(std::vector<std::uint64_t> keys, std::vector<std::uint32_t> row_begin,
                         std::vector<WeightEntry> entries) {
  keys_ = std::move(keys);
  row_begin_ = std::move(row_begin);
  entries_ = std::move(entries);
  // Load factor at most 1/2 keeps probe chains short.
  int bits = 1;
  while ((std::size_t{1} << bits) < 2 * keys_.size() + 2) ++bits;
  slots_.assign(std::size_t{1} << bits, Slot{});
  mask_ = (std::size_t{1} << bits) - 1;
  shift_ = 64 - bits;
  for (std::size_t r = 0; r < keys_.size(); ++r) {
    std::uint64_t key = keys_[r];
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{key, row_begin_[r], row_begin_[r + 1]};
  }
}

}  // namespace issuegraph::parser
