#include "issuegraph/parser/parser_average_trainer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <sstream>
#include <string>
#include <thread>

#include "issuegraph/base/error.hpp"

namespace issuegraph::parser {
namespace {

struct Row {
  std::uint64_t key = 0;
  std::uint32_t begin = 0;  // into the merged entries
  std::uint32_t end = 0;
  float peak = 0.0f;  // largest |weight| of the row: what pruning compares
};

// Bytes of one saved row (u64 key, u8 length, 3 bytes per entry): see DependencyParser::to_model.
std::size_t row_bytes(const Row& row) { return 9 + 3 * static_cast<std::size_t>(row.end - row.begin); }

}  // namespace

DependencyParser average_parsers(const std::vector<DependencyParser>& parsers, std::size_t max_weight_bytes,
                                 std::ostream* log) {
  if (parsers.empty()) throw UsageError("average_parsers: no parser given");
  for (const DependencyParser& p : parsers) {
    if (p.labels() != parsers.front().labels()) {
      throw UsageError("average_parsers: the parsers have different labels (different training data?)");
    }
  }
  const int moves = move_count(static_cast<int>(parsers.front().labels().size()));
  const float share = 1.0f / static_cast<float>(parsers.size());

  // N-way merge of the sorted key lists; each merged row sums the weights of its moves.
  std::vector<Row> rows;
  std::vector<WeightEntry> entries;
  std::vector<std::size_t> at(parsers.size(), 0);
  std::vector<float> sum(static_cast<std::size_t>(moves), 0.0f);
  std::vector<std::uint16_t> touched;
  while (true) {
    std::uint64_t key = 0;
    bool any = false;
    for (std::size_t m = 0; m < parsers.size(); ++m) {
      const auto& keys = parsers[m].weights().keys();
      if (at[m] < keys.size() && (!any || keys[at[m]] < key)) {
        key = keys[at[m]];
        any = true;
      }
    }
    if (!any) break;
    touched.clear();
    for (std::size_t m = 0; m < parsers.size(); ++m) {
      const WeightTable& w = parsers[m].weights();
      if (at[m] >= w.keys().size() || w.keys()[at[m]] != key) continue;
      for (std::uint32_t e = w.row_begin()[at[m]]; e < w.row_begin()[at[m] + 1]; ++e) {
        const WeightEntry& entry = w.entries()[e];
        if (sum[entry.move] == 0.0f) touched.push_back(entry.move);
        sum[entry.move] += entry.weight * share;
      }
      ++at[m];
    }
    std::sort(touched.begin(), touched.end());
    Row row{key, static_cast<std::uint32_t>(entries.size()), 0, 0.0f};
    for (std::uint16_t move : touched) {
      if (sum[move] != 0.0f) {
        entries.push_back(WeightEntry{move, sum[move]});
        row.peak = std::max(row.peak, std::fabs(sum[move]));
      }
      sum[move] = 0.0f;
    }
    row.end = static_cast<std::uint32_t>(entries.size());
    if (row.end > row.begin) rows.push_back(row);
  }

  // Keep the rows with the largest weights that fit the budget.
  std::vector<std::size_t> order(rows.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rows[a].peak > rows[b].peak; });
  std::vector<bool> keep(rows.size(), false);
  std::size_t bytes = 0;
  std::size_t kept = 0;
  for (std::size_t i : order) {
    if (bytes + row_bytes(rows[i]) > max_weight_bytes) break;
    bytes += row_bytes(rows[i]);
    keep[i] = true;
    ++kept;
  }

  // The saved model stores weights as 16-bit multiples of one scale: quantise now, so that the
  // returned parser scores exactly as its saved copy will.
  float peak = 0.0f;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (keep[i]) peak = std::max(peak, rows[i].peak);
  }
  const float scale = peak > 0.0f ? peak / 32767.0f : 1.0f;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> row_begin{0};
  std::vector<WeightEntry> kept_entries;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!keep[i]) continue;
    const std::size_t before = kept_entries.size();
    for (std::uint32_t e = rows[i].begin; e < rows[i].end; ++e) {
      const long q = std::lround(entries[e].weight / scale);
      if (q != 0) kept_entries.push_back(WeightEntry{entries[e].move, static_cast<float>(q) * scale});
    }
    if (kept_entries.size() == before) continue;
    keys.push_back(rows[i].key);
    row_begin.push_back(static_cast<std::uint32_t>(kept_entries.size()));
  }
  if (log != nullptr) {
    *log << "parser: averaged " << parsers.size() << " models: " << rows.size() << " features, kept "
         << keys.size() << " (" << bytes << " bytes)\n";
  }
  WeightTable table;
  table.assign(std::move(keys), std::move(row_begin), std::move(kept_entries), moves, scale);
  auto metadata = parsers.front().metadata();
  metadata["averaged_models"] = std::to_string(parsers.size());
  return DependencyParser(parsers.front().labels(), std::move(table), std::move(metadata));
}

DependencyParser train_averaged_parser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                                       const ParserTrainingOptions& options, int seeds, std::ostream* log) {
  if (seeds < 1) throw UsageError("train_averaged_parser: at least one seed is needed");
  const auto count = static_cast<std::size_t>(seeds);
  std::vector<DependencyParser> parsers(count);
  std::vector<std::ostringstream> logs(count);
  std::vector<std::exception_ptr> errors(count);
  auto train_one = [&](std::size_t k) {
    try {
      ParserTrainingOptions mine = options;
      mine.seed = options.seed + k;
      parsers[k] = train_parser(train, dev, mine, &logs[k]);
    } catch (...) {
      errors[k] = std::current_exception();
    }
  };
  for (std::size_t k = 0; k < count; k += 2) {
    std::thread second;
    if (k + 1 < count) second = std::thread(train_one, k + 1);
    train_one(k);
    if (second.joinable()) second.join();
    for (std::size_t j = k; j < std::min(count, k + 2); ++j) {
      if (errors[j]) std::rethrow_exception(errors[j]);
      if (log != nullptr) *log << "parser, seed " << options.seed + j << ":\n" << logs[j].str();
    }
  }
  DependencyParser mean = average_parsers(parsers, options.max_weight_bytes, log);
  mean.use_clusters(options.clusters, "parser training");
  return mean;
}

}  // namespace issuegraph::parser
