#include "issuegraph/tagger/tagger_trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <random>
#include <sstream>
#include <unordered_map>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/stable_hash.hpp"
#include "issuegraph/tagger/tagger_features.hpp"

namespace issuegraph {
namespace {

using tagger_detail::TokenHashes;

// A word enters the tag dictionary when seen this often with one label this large a share
// of the time (Honnibal's thresholds; they keep ambiguous words such as "that" out).
constexpr int kDictionaryMinCount = 20;
constexpr double kDictionaryMinShare = 0.97;
// Averaged weights smaller than this are dropped from the model: they almost never change a
// decision and would double its size.
constexpr float kPruneThreshold = 0.2F;
constexpr double kAmbiguityMinShare = 0.05;
constexpr std::size_t kFolds = 10;

// Sentences the trainer tags and stores in the model as its self-test (written for this
// project, news style).
const char* const kSelfTestSentences[] = {
    "The minister raised concerns about the new tariffs on Tuesday .",
    "Protesters gathered outside parliament after the vote was delayed .",
    "She said the company would not comment on the report .",
};

struct TrainWeight {
  std::uint16_t label;
  float weight;
  double total;         // sum of the weight over all steps so far (lazy: up to `stamp`)
  std::uint64_t stamp;  // step at which `total` was last brought up to date
};

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(std::size_t labels) : labels_(labels) {}

  void score(const std::uint64_t* features, std::size_t count, std::vector<float>& scores) const {
    std::fill(scores.begin(), scores.end(), 0.0F);
    for (std::size_t f = 0; f < count; ++f) {
      const std::uint64_t key = features[f];
      auto it = index_.find(key);
      if (it == index_.end()) continue;
      for (const TrainWeight& w : rows_[it->second]) scores[w.label] += w.weight;
    }
  }

  void update(const std::uint64_t* features, std::size_t count, int gold, int guess) {
    ++step_;
    if (gold == guess) return;
    for (std::size_t f = 0; f < count; ++f) {
      const std::uint64_t key = features[f];
      auto [it, inserted] = index_.try_emplace(key, static_cast<std::uint32_t>(rows_.size()));
      if (inserted) rows_.emplace_back();
      auto& row = rows_[it->second];
      bump(row, static_cast<std::uint16_t>(gold), 1.0F);
      bump(row, static_cast<std::uint16_t>(guess), -1.0F);
    }
  }

  // Counts an instance that was not scored (tag dictionary word): time still passes.
  void skip() { ++step_; }

  // The averaged weights, pruned, as rows for Tagger::from_parts.
  std::vector<TaggerFeatureRow> averaged() const {
    std::vector<TaggerFeatureRow> out;
    const double steps = static_cast<double>(step_ == 0 ? 1 : step_);
    for (const auto& [key, index] : index_) {
      TaggerFeatureRow row;
      row.key = key;
      for (const TrainWeight& w : rows_[index]) {
        double total = w.total + static_cast<double>(step_ - w.stamp) * w.weight;
        auto average = static_cast<float>(total / steps);
        if (std::fabs(average) >= kPruneThreshold) row.weights.push_back({w.label, average});
      }
      if (!row.weights.empty()) {
        std::sort(row.weights.begin(), row.weights.end(),
                  [](const TaggerClassWeight& a, const TaggerClassWeight& b) {
                    return a.label < b.label;
                  });
        out.push_back(std::move(row));
      }
    }
    return out;  // Tagger::from_parts sorts by key
  }

  std::size_t feature_count() const { return rows_.size(); }

 private:
  void bump(std::vector<TrainWeight>& row, std::uint16_t label, float delta) {
    for (TrainWeight& w : row) {
      if (w.label == label) {
        w.total += static_cast<double>(step_ - w.stamp) * w.weight;
        w.stamp = step_;
        w.weight += delta;
        return;
      }
    }
    row.push_back({label, delta, 0.0, step_});
  }

  std::size_t labels_;
  std::uint64_t step_ = 0;
  std::unordered_map<std::uint64_t, std::uint32_t> index_;
  std::vector<std::vector<TrainWeight>> rows_;
};

std::string label_of(const Token& token) { return token.upos + "|" + token.xpos; }

// Fisher-Yates with the raw 64-bit outputs of mt19937_64: unlike std::shuffle, the order is
// the same with every standard library.
void shuffle(std::vector<std::size_t>& order, std::mt19937_64& rng) {
  for (std::size_t i = order.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
}

struct Accuracy {
  std::size_t tokens = 0;
  std::size_t upos = 0;
  std::size_t xpos = 0;
  double upos_rate() const { return tokens == 0 ? 0.0 : static_cast<double>(upos) / tokens; }
  double xpos_rate() const { return tokens == 0 ? 0.0 : static_cast<double>(xpos) / tokens; }
};

Accuracy evaluate(const Tagger& tagger, const std::vector<Sentence>& gold) {
  Accuracy acc;
  for (const Sentence& sentence : gold) {
    Sentence copy;
    copy.tokens.resize(sentence.tokens.size());
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      copy.tokens[i].form = sentence.tokens[i].form;
    }
    tagger.tag(copy);
    for (std::size_t i = 0; i < copy.tokens.size(); ++i) {
      ++acc.tokens;
      acc.upos += copy.tokens[i].upos == sentence.tokens[i].upos ? 1 : 0;
      acc.xpos += copy.tokens[i].xpos == sentence.tokens[i].xpos ? 1 : 0;
    }
  }
  return acc;
}

std::string percent(double rate) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", 100.0 * rate);
  return buffer;
}

// The training data as both passes see it: labels, hashed tokens with jackknifed ambiguity
// classes, gold labels, tag dictionary and lexicon.
struct PreparedData {
  std::vector<std::string> labels;
  std::map<std::string, std::uint16_t> label_index;
  std::vector<std::vector<TokenHashes>> hashes;
  std::vector<std::vector<int>> gold;
  std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary;
  std::unordered_map<std::uint64_t, int> dictionary_map;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon;
  std::uint64_t checksum = kFnvOffset;
  std::size_t token_count = 0;
};

PreparedData prepare(const std::vector<Sentence>& train, const WordClusters* clusters) {
  PreparedData data;
  // Label set, sorted, and the corpus checksum over forms and labels.
  for (const Sentence& sentence : train) {
    for (const Token& token : sentence.tokens) {
      data.label_index.emplace(label_of(token), 0);
      data.checksum = stable_hash(token.form, data.checksum);
      data.checksum = stable_hash(label_of(token), stable_hash("\t", data.checksum));
      data.checksum = stable_hash("\n", data.checksum);
      ++data.token_count;
    }
  }
  if (data.token_count == 0) throw UsageError("train_tagger: the training data holds no token");
  if (data.label_index.size() > 255) {
    throw UsageError("train_tagger: more than 255 UPOS|XPOS labels in the training data");
  }
  for (auto& [label, index] : data.label_index) {
    index = static_cast<std::uint16_t>(data.labels.size());
    data.labels.push_back(label);
  }

  // Hashes of every training sentence, computed once, and the gold label of every token.
  auto& hashes = data.hashes;
  auto& gold = data.gold;
  hashes.resize(train.size());
  gold.resize(train.size());
  std::unordered_map<std::uint64_t, std::map<std::uint16_t, int>> form_labels;
  for (std::size_t s = 0; s < train.size(); ++s) {
    tagger_detail::hash_tokens(train[s], hashes[s], clusters);
    for (std::size_t i = 0; i < train[s].tokens.size(); ++i) {
      int label = data.label_index.at(label_of(train[s].tokens[i]));
      gold[s].push_back(label);
      ++form_labels[hashes[s][i + tagger_detail::kPadding].exact][static_cast<std::uint16_t>(label)];
    }
  }
  for (const auto& [key, counts] : form_labels) {
    int total = 0;
    int best = 0;
    std::uint16_t best_label = 0;
    for (const auto& [label, count] : counts) {
      total += count;
      if (count > best) {
        best = count;
        best_label = label;
      }
    }
    if (total >= kDictionaryMinCount && best >= kDictionaryMinShare * total) {
      data.dictionary.emplace_back(key, best_label);
      data.dictionary_map.emplace(key, best_label);
    }
  }
  std::sort(data.dictionary.begin(), data.dictionary.end());

  // Lexicon: the ambiguity class of every lower-cased training word, from the labels that make
  // up at least kAmbiguityMinShare of its occurrences (annotation slips stay out).
  auto class_of = [](const std::map<int, int>& counts) {
    int total = 0;
    for (const auto& entry : counts) total += entry.second;
    std::vector<int> kept;
    for (const auto& [label, count] : counts) {
      if (count > 0 && count >= kAmbiguityMinShare * total) kept.push_back(label);
    }
    return kept.empty() ? tagger_detail::kUnknownAmbiguity : tagger_detail::ambiguity_class(kept);
  };
  // Counts over the whole corpus and per fold: the training sentences of fold f see the classes
  // of a lexicon built without fold f (jackknifing), so that the perceptron learns to trust
  // them as much as it can at run time, where some words are unknown.
  std::unordered_map<std::uint64_t, std::map<int, int>> lower_labels;
  std::vector<std::unordered_map<std::uint64_t, std::map<int, int>>> fold_labels(kFolds);
  for (std::size_t s = 0; s < train.size(); ++s) {
    for (std::size_t i = 0; i < gold[s].size(); ++i) {
      const auto& h = hashes[s][i + tagger_detail::kPadding];
      for (std::uint64_t key : {h.lower, tagger_detail::exact_lexicon_key(h.exact)}) {
        ++lower_labels[key][gold[s][i]];
        ++fold_labels[s % kFolds][key][gold[s][i]];
      }
    }
  }
  for (const auto& [key, counts] : lower_labels) data.lexicon.emplace_back(key, class_of(counts));
  std::sort(data.lexicon.begin(), data.lexicon.end());
  for (std::size_t s = 0; s < train.size(); ++s) {
    const auto& held_out = fold_labels[s % kFolds];
    for (std::size_t i = 0; i < gold[s].size(); ++i) {
      auto& h = hashes[s][i + tagger_detail::kPadding];
      std::map<int, int> counts = lower_labels.at(h.lower);
      for (const auto& [label, count] : held_out.at(h.lower)) counts[label] -= count;
      h.ambiguity = class_of(counts);
      const std::uint64_t exact_key = tagger_detail::exact_lexicon_key(h.exact);
      counts = lower_labels.at(exact_key);
      for (const auto& [label, count] : held_out.at(exact_key)) counts[label] -= count;
      h.exact_ambiguity = class_of(counts);
    }
  }
  return data;
}

// The same data with every sentence reversed, for a right-to-left pass (see Tagger::tag).
PreparedData reversed_copy(const PreparedData& data) {
  PreparedData out = data;
  for (auto& hashes : out.hashes) std::reverse(hashes.begin(), hashes.end());
  for (auto& gold : out.gold) std::reverse(gold.begin(), gold.end());
  return out;
}

struct PassResult {
  Tagger best;
  std::vector<TaggerFeatureRow> best_rows;  // the kept iteration's averaged weights
  int best_iteration = 0;
  Accuracy best_accuracy;
};

// Trains one pass. First pass: `first_labels` is nullptr. Second pass: `first_labels` holds
// the (jackknifed) first-pass labels of every training sentence and `first_rows` the first
// pass's weights, with which each candidate is assembled for the dev evaluation.
PassResult train_pass(const PreparedData& data, const std::vector<std::vector<int>>* first_labels,
                      const std::vector<TaggerFeatureRow>* first_rows,
                      const std::vector<Sentence>& dev, int iterations, std::uint64_t seed,
                      bool right_to_left, const std::shared_ptr<const WordClusters>& clusters,
                      std::ostream* log) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const bool second = first_labels != nullptr;
  const std::size_t feature_count =
      second ? tagger_detail::kSecondPassFeatureCount : tagger_detail::kFeatureCount;
  AveragedPerceptron perceptron(data.labels.size());
  std::vector<float> scores(data.labels.size());
  std::array<std::uint64_t, tagger_detail::kFeatureCount> features;
  std::array<std::uint64_t, tagger_detail::kSecondPassFeatureCount> second_features;
  const std::uint64_t* keys = second ? second_features.data() : features.data();
  std::vector<std::size_t> order(data.gold.size());
  for (std::size_t s = 0; s < order.size(); ++s) order[s] = s;
  // The second pass shuffles with its own stream, so that it does not replay the first's order.
  std::mt19937_64 rng(second ? seed ^ 0x5EC0D9A55ULL : seed);

  PassResult result;
  double best_dev = -1.0;
  for (int iteration = 1; iteration <= iterations; ++iteration) {
    shuffle(order, rng);
    std::size_t correct = 0;
    for (std::size_t s : order) {
      const auto& hashes = data.hashes[s];
      const auto& gold = data.gold[s];
      int prev1 = -1;
      int prev2 = -1;
      for (std::size_t i = 0; i < gold.size(); ++i) {
        int guess;
        const auto& token = hashes[i + tagger_detail::kPadding];
        auto dict = data.dictionary_map.find(token.exact);
        if (dict == data.dictionary_map.end() && token.dictionary_fallback != 0) {
          dict = data.dictionary_map.find(token.dictionary_fallback);  // as Tagger::tag
        }
        if (dict != data.dictionary_map.end()) {
          guess = dict->second;
          perceptron.skip();
        } else {
          if (second) {
            tagger_detail::extract_second_pass_features(hashes, i, prev1, prev2,
                                                        (*first_labels)[s], second_features);
          } else {
            tagger_detail::extract_features(hashes, i, prev1, prev2, features);
          }
          perceptron.score(keys, feature_count, scores);
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          perceptron.update(keys, feature_count, gold[i], guess);
        }
        correct += guess == gold[i] ? 1 : 0;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    std::vector<TaggerFeatureRow> rows = perceptron.averaged();
    Tagger candidate =
        second ? Tagger::from_parts(data.labels, *first_rows, rows, data.dictionary, data.lexicon,
                                    right_to_left, clusters)
               : Tagger::from_parts(data.labels, rows, {}, data.dictionary, data.lexicon,
                                    right_to_left, clusters);
    Accuracy accuracy = evaluate(candidate, dev);
    // Without dev data the last iteration wins.
    double dev_score = dev.empty() ? iteration : accuracy.upos_rate() + accuracy.xpos_rate();
    if (log != nullptr) {
      double seconds = std::chrono::duration<double>(Clock::now() - start).count();
      *log << (second ? "tagger pass 2 iteration " : "tagger iteration ") << iteration
           << ": train " << percent(static_cast<double>(correct) / data.token_count) << "%";
      if (!dev.empty()) {
        *log << ", dev UPOS " << percent(accuracy.upos_rate()) << "% XPOS "
             << percent(accuracy.xpos_rate()) << "%";
      }
      *log << ", " << rows.size() << " features, " << seconds << " s\n";
    }
    if (dev_score > best_dev) {
      best_dev = dev_score;
      result.best = std::move(candidate);
      result.best_rows = std::move(rows);
      result.best_iteration = iteration;
      result.best_accuracy = accuracy;
    }
  }
  return result;
}

// First-pass labels of every training sentence, each predicted by a first-pass tagger trained
// on the other folds with `iterations` iterations; indices into data.labels.
std::vector<std::vector<int>> jackknifed_first_pass(const std::vector<Sentence>& train,
                                                    const PreparedData& data, int folds,
                                                    int iterations, std::uint64_t seed,
                                                    bool right_to_left,
                                                    const std::shared_ptr<const WordClusters>& clusters) {
  std::vector<std::vector<int>> out(train.size());
  TaggerTrainingOptions fold_options;
  fold_options.iterations = iterations;
  fold_options.second_pass = false;
  fold_options.seed = seed;
  fold_options.first_pass_right_to_left = right_to_left;
  fold_options.clusters = clusters;
  const std::size_t k = static_cast<std::size_t>(folds);
  for (std::size_t fold = 0; fold < k; ++fold) {
    std::vector<Sentence> rest;
    rest.reserve(train.size() - train.size() / k);
    for (std::size_t s = 0; s < train.size(); ++s) {
      if (s % k != fold) rest.push_back(train[s]);
    }
    const Tagger tagger = train_tagger(rest, {}, fold_options, nullptr);
    for (std::size_t s = fold; s < train.size(); s += k) {
      std::vector<int> labels = tagger.first_pass_labels(train[s]);
      for (int& label : labels) {
        label = data.label_index.at(tagger.labels()[static_cast<std::size_t>(label)]);
      }
      out[s] = std::move(labels);
    }
  }
  return out;
}

}  // namespace

Tagger train_tagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                    const TaggerTrainingOptions& options, std::ostream* log) {
  const PreparedData data = prepare(train, options.clusters.get());
  const int iterations = options.iterations < 1 ? 1 : options.iterations;
  const bool right_to_left = options.first_pass_right_to_left;
  PassResult first =
      right_to_left
          ? train_pass(reversed_copy(data), nullptr, nullptr, dev, iterations, options.seed, true,
                       options.clusters, log)
          : train_pass(data, nullptr, nullptr, dev, iterations, options.seed, false, options.clusters, log);
  Tagger best = std::move(first.best);
  Accuracy best_accuracy = first.best_accuracy;

  // A fold needs at least one sentence, and the tagger trained without it at least one too.
  const int folds = options.jackknife_folds;
  const bool second_pass = options.second_pass && folds >= 2 &&
                           train.size() >= static_cast<std::size_t>(folds);
  int second_iterations = 0;
  int second_best = 0;
  if (second_pass) {
    const std::vector<std::vector<int>> first_labels =
        jackknifed_first_pass(train, data, folds,
                              std::max(1, std::min(first.best_iteration, options.jackknife_iterations)),
                              options.seed, right_to_left, options.clusters);
    if (log != nullptr) *log << "tagger: first pass jackknifed over " << folds << " folds\n";
    second_iterations =
        options.second_pass_iterations < 1 ? iterations : options.second_pass_iterations;
    PassResult second_result = train_pass(data, &first_labels, &first.best_rows, dev,
                                          second_iterations, options.seed, right_to_left,
                                          options.clusters, log);
    best = std::move(second_result.best);
    best_accuracy = second_result.best_accuracy;
    second_best = second_result.best_iteration;
  }

  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(data.checksum));
  best.set_metadata("training_corpus", options.corpus.empty() ? "unnamed" : options.corpus);
  best.set_metadata("training_corpus_checksum", hex);
  best.set_metadata("training_sentences", std::to_string(train.size()));
  best.set_metadata("training_tokens", std::to_string(data.token_count));
  best.set_metadata("iterations", std::to_string(iterations));
  best.set_metadata("best_iteration", std::to_string(first.best_iteration));
  best.set_metadata("first_pass_direction", right_to_left ? "right to left" : "left to right");
  if (second_pass) {
    best.set_metadata("second_pass_iterations", std::to_string(second_iterations));
    best.set_metadata("second_pass_best_iteration", std::to_string(second_best));
    best.set_metadata("second_pass_jackknife_folds", std::to_string(folds));
  }
  best.set_metadata("seed", std::to_string(options.seed));
  if (options.clusters != nullptr && !options.clusters->empty()) {
    best.set_metadata("word_clusters", options.clusters->checksum_hex());
  }
  best.set_metadata("labels", std::to_string(data.labels.size()));
  best.set_metadata("dictionary_words", std::to_string(data.dictionary.size()));
  if (!dev.empty()) {
    best.set_metadata("dev_upos_accuracy", percent(best_accuracy.upos_rate()));
    best.set_metadata("dev_xpos_accuracy", percent(best_accuracy.xpos_rate()));
  }

  std::vector<Sentence> self_test;
  for (const char* text : kSelfTestSentences) {
    Sentence sentence;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
      Token token;
      token.form = word;
      sentence.tokens.push_back(std::move(token));
    }
    best.tag(sentence);
    self_test.push_back(std::move(sentence));
  }
  best.set_self_test(std::move(self_test));
  return best;
}

}  // namespace issuegraph
