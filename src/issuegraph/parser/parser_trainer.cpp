#include "issuegraph/parser/parser_trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/stable_hash.hpp"
#include "issuegraph/base/splitmix64.hpp"
#include "issuegraph/parser/attachment_score.hpp"
#include "issuegraph/parser/parser_features.hpp"

namespace issuegraph::parser {
namespace {

struct TrainEntry {
  std::uint16_t move;
  float weight;
  double total;         // sum of the weight over all past updates, for averaging
  std::uint64_t stamp;  // update count when `total` was last brought up to date
};

// Training weights: sparse rows keyed by feature hash, found through an open-addressing
// index (the unordered_map it replaced spent most of training in cache misses). Only used in
// memory; saving sorts the keys, so no hash order reaches a file.
class TrainingWeights {
 public:
  TrainingWeights() { rehash(1 << 20); }

  void score(const std::uint64_t* features, int count, float* scores) const {
    for (int i = 0; i < count; ++i) __builtin_prefetch(&keys_[home(features[i])]);
    for (int i = 0; i < count; ++i) {
      std::int64_t r = find(features[i]);
      if (r < 0) continue;
      for (const TrainEntry& e : rows_[static_cast<std::size_t>(r)]) scores[e.move] += e.weight;
    }
  }

  void update(const std::uint64_t* features, int count, Move move, float delta, std::uint64_t now) {
    for (int i = 0; i < count; ++i) {
      std::size_t r = find_or_add(features[i]);
      ++updates_[r];
      auto& row = rows_[r];
      TrainEntry* entry = nullptr;
      for (auto& e : row) {
        if (e.move == move) {
          entry = &e;
          break;
        }
      }
      if (entry == nullptr) {
        row.push_back(TrainEntry{static_cast<std::uint16_t>(move), 0.0f, 0.0, now});
        entry = &row.back();
      }
      entry->total += static_cast<double>(entry->weight) * static_cast<double>(now - entry->stamp);
      entry->stamp = now;
      entry->weight += delta;
    }
  }

  // The averaged weights, pruned and sorted by key.
  WeightTable averaged(std::uint64_t now, float prune_below, int min_updates, int moves) const {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
    order.reserve(row_keys_.size());
    for (std::uint32_t r = 0; r < row_keys_.size(); ++r) {
      if (updates_[r] >= static_cast<std::uint32_t>(min_updates)) order.emplace_back(row_keys_[r], r);
    }
    std::sort(order.begin(), order.end());
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> begin{0};
    std::vector<WeightEntry> entries;
    std::vector<WeightEntry> row_out;
    for (const auto& [key, r] : order) {
      row_out.clear();
      for (const TrainEntry& e : rows_[r]) {
        double total = e.total + static_cast<double>(e.weight) * static_cast<double>(now - e.stamp);
        auto avg = static_cast<float>(total / static_cast<double>(std::max<std::uint64_t>(now, 1)));
        if (std::fabs(avg) >= prune_below) row_out.push_back(WeightEntry{e.move, avg});
      }
      if (row_out.empty()) continue;
      std::sort(row_out.begin(), row_out.end(),
                [](const WeightEntry& a, const WeightEntry& b) { return a.move < b.move; });
      keys.push_back(key);
      entries.insert(entries.end(), row_out.begin(), row_out.end());
      begin.push_back(static_cast<std::uint32_t>(entries.size()));
    }
    // 16-bit weights: quantise here, so that the trained parser scores exactly as the saved one.
    float largest = 0.0f;
    for (const WeightEntry& e : entries) largest = std::max(largest, std::fabs(e.weight));
    const float scale = largest > 0.0f ? largest / 32767.0f : 1.0f;
    for (WeightEntry& e : entries) {
      long q = std::clamp(std::lround(e.weight / scale), -32767L, 32767L);
      e.weight = static_cast<float>(q) * scale;
    }
    WeightTable table;
    table.assign(std::move(keys), std::move(begin), std::move(entries), moves, scale);
    return table;
  }

  std::size_t feature_count() const { return row_keys_.size(); }

  // The smallest update threshold, from `start` up, whose rows fit in `budget` bytes as saved
  // (9 bytes per row, 3 per entry).
  int threshold_for(int start, std::size_t budget) const {
    // bytes[k]: the saved size of the rows updated exactly k times (capped).
    const std::size_t cap = 1 << 16;
    std::vector<std::size_t> bytes(cap + 1, 0);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      bytes[std::min<std::size_t>(updates_[r], cap)] += 9 + 3 * rows_[r].size();
    }
    std::size_t total = 0;
    for (std::size_t k = static_cast<std::size_t>(std::max(start, 1)); k <= cap; ++k) total += bytes[k];
    int k = std::max(start, 1);
    while (total > budget && static_cast<std::size_t>(k) < cap) {
      total -= bytes[static_cast<std::size_t>(k)];
      ++k;
    }
    return k;
  }

  // "k: features/entries" for rows updated at least k times, to choose min_updates.
  std::string update_histogram() const {
    std::string out;
    for (std::uint32_t k : {1u, 2u, 3u, 5u, 8u, 13u, 20u, 40u}) {
      std::size_t features = 0, entries = 0;
      for (std::size_t r = 0; r < rows_.size(); ++r) {
        if (updates_[r] >= k) {
          ++features;
          entries += rows_[r].size();
        }
      }
      out += " >=" + std::to_string(k) + ": " + std::to_string(features) + "/" + std::to_string(entries);
    }
    return out;
  }

 private:
  std::size_t home(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  std::int64_t find(std::uint64_t key) const {
    for (std::size_t i = home(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == 0) return -1;
    }
  }
  std::size_t find_or_add(std::uint64_t key) {
    std::size_t i = home(key);
    for (; keys_[i] != 0; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
    }
    keys_[i] = key;
    values_[i] = static_cast<std::uint32_t>(rows_.size());
    row_keys_.push_back(key);
    rows_.emplace_back();
    updates_.push_back(0);
    if (2 * row_keys_.size() > keys_.size()) rehash(keys_.size() * 2);
    return rows_.size() - 1;
  }
  void rehash(std::size_t size) {
    int bits = 0;
    while ((std::size_t{1} << bits) < size) ++bits;
    keys_.assign(std::size_t{1} << bits, 0);
    values_.assign(keys_.size(), 0);
    mask_ = keys_.size() - 1;
    shift_ = 64 - bits;
    for (std::uint32_t r = 0; r < row_keys_.size(); ++r) {
      std::size_t i = home(row_keys_[r]);
      while (keys_[i] != 0) i = (i + 1) & mask_;
      keys_[i] = row_keys_[r];
      values_[i] = r;
    }
  }

  std::vector<std::uint64_t> keys_;      // slot -> feature hash (0 = empty)
  std::vector<std::uint32_t> values_;    // slot -> row
  std::size_t mask_ = 0;
  int shift_ = 64;
  std::vector<std::uint64_t> row_keys_;  // row -> feature hash
  std::vector<std::vector<TrainEntry>> rows_;
  std::vector<std::uint32_t> updates_;   // row -> how many updates touched it
};

// A training sentence with its projectivised gold tree in label ids.
struct GoldTree {
  const Sentence* sentence;
  std::vector<int> head;   // 1-based, entry 0 unused
  std::vector<int> label;
};

// Costs of every move in one pass (the per-move formula of move_cost, shared across labels).
void all_costs(const ParserState& state, const GoldTree& gold, int label_count, int root_label,
               std::vector<int>& costs) {
  const int big = std::numeric_limits<int>::max() / 2;
  std::fill(costs.begin(), costs.end(), big);
  if (state.valid(kShift, root_label)) costs[kShift] = move_cost(state, kShift, gold.head, gold.label);
  const int s0 = state.stack(0);
  if (s0 < 0) return;
  const int b0 = state.buffer(0);
  const int s1 = state.stack(1);
  const int gold_label = gold.label[s0];
  const bool left_possible = b0 != 0 || state.stack_size() == 1;
  // The label-independent part: the cost of the move with the gold label (or any label when
  // the arc is not gold).
  int left_base = -1, right_base = -1;
  if (left_possible) {
    Move probe = left_move(gold.head[s0] == b0 ? gold_label : (b0 == 0 ? root_label : gold_label));
    left_base = move_cost(state, probe, gold.head, gold.label);
  }
  if (s1 >= 0) right_base = move_cost(state, right_move(gold_label), gold.head, gold.label);
  for (int label = 0; label < label_count; ++label) {
    Move l = left_move(label);
    if (left_base >= 0 && state.valid(l, root_label)) {
      costs[l] = left_base + (gold.head[s0] == b0 && label != gold_label ? 1 : 0);
    }
    Move r = right_move(label);
    if (right_base >= 0 && state.valid(r, root_label)) {
      costs[r] = right_base + (gold.head[s0] == s1 && label != gold_label ? 1 : 0);
    }
  }
}

bool has_tree(const Sentence& s) {
  if (s.tokens.empty()) return false;
  const int n = static_cast<int>(s.tokens.size());
  int roots = 0;
  for (const Token& t : s.tokens) {
    if (t.head < 0 || t.head > n || t.deprel.empty() || t.deprel == "_") return false;
    if (t.head == 0) ++roots;
  }
  return roots == 1;
}

}  // namespace

std::uint64_t treebank_checksum(const std::vector<Sentence>& sentences) {
  std::uint64_t h = kFnvOffset;
  for (const Sentence& s : sentences) {
    for (const Token& t : s.tokens) {
      h = stable_hash(t.form, h);
      h = stable_hash(t.upos, h);
      h = stable_hash(t.xpos, h);
      h = stable_hash_combine(h, static_cast<std::uint64_t>(t.head + 1));
      h = stable_hash(t.deprel, h);
    }
    h = stable_hash_combine(h, 0xffU);
  }
  return h;
}

namespace {

// The metadata that ties a parser to the cluster table it is trained with.
std::map<std::string, std::string> cluster_metadata(const ParserTrainingOptions& options) {
  std::map<std::string, std::string> metadata;
  if (options.clusters != nullptr && !options.clusters->empty()) {
    metadata["word_clusters"] = options.clusters->checksum_hex();
  }
  return metadata;
}

}  // namespace

DependencyParser train_parser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                              const ParserTrainingOptions& options, std::ostream* log) {
  // Labels sorted by name, so that ids do not depend on corpus order.
  std::set<std::string> label_set{"root"};
  for (const Sentence& s : train) {
    if (!has_tree(s)) continue;
    for (const Token& t : s.tokens) {
      if (t.head != 0) label_set.insert(t.deprel);
    }
  }
  std::vector<std::string> labels(label_set.begin(), label_set.end());
  if (labels.size() > 127) throw UsageError("parser training: more than 127 dependency relations");
  const int label_count = static_cast<int>(labels.size());
  const int root_label = static_cast<int>(std::find(labels.begin(), labels.end(), "root") - labels.begin());
  auto label_id = [&](const std::string& l) {
    return static_cast<int>(std::lower_bound(labels.begin(), labels.end(), l) - labels.begin());
  };

  std::vector<GoldTree> golds;
  int lifted = 0;
  for (const Sentence& s : train) {
    if (!has_tree(s)) continue;
    GoldTree g;
    g.sentence = &s;
    const int n = static_cast<int>(s.tokens.size());
    g.head.assign(static_cast<std::size_t>(n + 1), 0);
    g.label.assign(static_cast<std::size_t>(n + 1), 0);
    for (int i = 1; i <= n; ++i) {
      const Token& t = s.tokens[static_cast<std::size_t>(i - 1)];
      g.head[i] = t.head;
      g.label[i] = t.head == 0 ? root_label : label_id(t.deprel);
    }
    lifted += projectivize(g.head) > 0 ? 1 : 0;
    golds.push_back(std::move(g));
  }
  if (golds.empty()) throw UsageError("parser training: no sentence with a complete tree");
  if (log != nullptr) {
    *log << "parser: " << golds.size() << " training sentences (" << lifted
         << " made projective), " << label_count << " labels\n";
  }

  TrainingWeights weights;
  SplitMix64 random(options.seed);
  std::vector<std::size_t> order(golds.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<float> scores(static_cast<std::size_t>(move_count(label_count)));
  std::vector<int> costs(scores.size());
  std::vector<WordAtoms> atoms;
  std::uint64_t features[kMaxFeatures];
  ParserState state(0);
  std::uint64_t now = 1;

  int min_updates = options.min_updates;
  WeightTable best_table;
  double best_score = -2.0;
  int best_iteration = 0;
  int best_min_updates = min_updates;

  for (int iteration = 1; iteration <= options.iterations; ++iteration) {
    auto started = std::chrono::steady_clock::now();
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.below(i)]);
    std::size_t steps = 0, errors = 0;
    for (std::size_t index : order) {
      const GoldTree& gold = golds[index];
      state.reset(static_cast<int>(gold.sentence->tokens.size()));
      compute_word_atoms(*gold.sentence, options.clusters.get(), atoms);
      while (!state.terminal()) {
        int count = extract_features(state, atoms, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        weights.score(features, count, scores.data());
        all_costs(state, gold, label_count, root_label, costs);
        Move predicted = best_valid_move(state, scores.data(), label_count, root_label);
        int min_cost = *std::min_element(costs.begin(), costs.end());
        Move best_gold = -1;
        for (Move m = 0; m < static_cast<Move>(costs.size()); ++m) {
          if (costs[m] == min_cost && (best_gold == -1 || scores[m] > scores[best_gold])) best_gold = m;
        }
        ++steps;
        Move follow = best_gold;
        if (costs[predicted] > min_cost) {
          ++errors;
          weights.update(features, count, best_gold, 1.0f, now);
          weights.update(features, count, predicted, -1.0f, now);
          if (iteration > 1 && random.uniform() < options.explore) follow = predicted;
        }
        ++now;
        state.apply(follow);
      }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (log != nullptr) {
      char line[200];
      std::snprintf(line, sizeof line, "parser: iteration %d: move accuracy %.2f%%, %zu features, %.1f s",
                    iteration, 100.0 * static_cast<double>(steps - errors) / static_cast<double>(std::max<std::size_t>(steps, 1)),
                    weights.feature_count(), seconds);
      *log << line;
    }
    // The model as it would be saved now (pruned to the size budget), scored on dev; the best
    // iteration's weights are the ones returned, so dev (never test) picks the stopping point.
    min_updates = weights.threshold_for(options.min_updates, options.max_weight_bytes);
    WeightTable table = weights.averaged(now, options.prune_below, min_updates, move_count(label_count));
    double score = -1.0;
    if (!dev.empty()) {
      DependencyParser current(labels, table, cluster_metadata(options));
      current.use_clusters(options.clusters, "parser training");
      AttachmentScore total;
      for (const Sentence& gold_sentence : dev) {
        Sentence predicted = gold_sentence;
        current.parse(predicted);
        total.add(score_sentence(gold_sentence, predicted));
      }
      score = total.uas() + total.las();
      if (log != nullptr) {
        char line[160];
        std::snprintf(line, sizeof line, "; dev UAS %.2f LAS %.2f (min_updates %d)", total.uas(),
                      total.las(), min_updates);
        *log << line;
      }
    }
    if (log != nullptr) *log << '\n' << std::flush;
    if (!options.select_on_dev || dev.empty() || score > best_score) {
      best_score = score;
      best_iteration = iteration;
      best_min_updates = min_updates;
      best_table = std::move(table);
    }
  }

  if (log != nullptr) {
    *log << "parser: features/entries by updates:" << weights.update_histogram() << '\n'
         << "parser: iteration " << best_iteration << " kept, features with at least "
         << best_min_updates << " updates\n";
  }
  std::map<std::string, std::string> metadata = cluster_metadata(options);
  metadata["corpus"] = options.corpus;
  char checksum[17];
  std::snprintf(checksum, sizeof checksum, "%016llx", static_cast<unsigned long long>(treebank_checksum(train)));
  metadata["corpus_checksum"] = checksum;
  metadata["iterations"] = std::to_string(options.iterations);
  // Only written when not the default, so that older training commands still reproduce their
  // models byte for byte.
  if (options.select_on_dev && !dev.empty()) metadata["best_iteration"] = std::to_string(best_iteration);
  if (options.explore != ParserTrainingOptions{}.explore) metadata["explore"] = std::to_string(options.explore);
  metadata["seed"] = std::to_string(options.seed);
  metadata["min_updates"] = std::to_string(best_min_updates);
  metadata["training_sentences"] = std::to_string(golds.size());
  metadata["transition_system"] = "arc-hybrid, root last, dynamic oracle";
  DependencyParser parser(labels, std::move(best_table), std::move(metadata));
  parser.use_clusters(options.clusters, "parser training");
  return parser;
}

}  // namespace issuegraph::parser
