// A part-of-speech tagger: an averaged perceptron over hashed word, affix, shape and context
// features that predicts one joint "UPOS|XPOS" class per token, greedily left to right.
// A second pass, when the model has one, tags the sentence again with the first pass's labels
// of the right context as extra features (stacking). Frequent words that always carry the same
// class in training skip scoring (tag dictionary).
// Requires: tokens' `form` set (curly quotes are read as straight ones); ensures: `upos` and
// `xpos` filled for every token. A loaded Tagger is immutable; tag() is safe from many threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/model/model_file.hpp"
#include "issuegraph/tagger/tagger_features.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

// Bumped whenever the serialised sections change meaning (2: second-pass weights).
inline constexpr std::uint32_t kTaggerComponentVersion = 2;

// Weights are stored as 16-bit multiples of 1 / kTaggerWeightScale (the trainer prunes those
// under 0.2, so the step is fine enough); from_parts rounds to that grid, so a trained tagger
// tags exactly as it will once saved and loaded.
inline constexpr float kTaggerWeightScale = 64.0F;

// One feature's learned weights: only the classes whose weight is not zero.
struct TaggerClassWeight {
  std::uint16_t label = 0;
  float weight = 0.0F;
};
struct TaggerFeatureRow {
  std::uint64_t key = 0;  // feature hash, see tagger_features.hpp
  std::vector<TaggerClassWeight> weights;
};

class Tagger {
 public:
  Tagger() = default;

  // Assembles a tagger from trained parts (used by the trainer). `labels` are "UPOS|XPOS"
  // strings (at most 255); `rows` are the first pass's weights, `second_rows` the second
  // pass's (empty: one pass only); `first_pass_right_to_left` runs the first pass from the
  // last word to the first (then its history labels are those of the words to the right);
  // `dictionary` maps tagger_detail::dictionary keys to a label,
  // `lexicon` maps lower-cased and exact_lexicon_key form hashes to ambiguity classes. All
  // may come in any order (they are sorted by key here).
  static Tagger from_parts(std::vector<std::string> labels, std::vector<TaggerFeatureRow> rows,
                           std::vector<TaggerFeatureRow> second_rows,
                           std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                           std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon,
                           bool first_pass_right_to_left = false,
                           std::shared_ptr<const WordClusters> clusters = nullptr);

  // ModelFile::load with kind "tagger". A tagger trained with word clusters (metadata
  // "word_clusters") needs that table as `clusters`; ModelError otherwise.
  static Tagger load(const std::string& path, std::shared_ptr<const WordClusters> clusters = nullptr);
  static Tagger from_model(const ModelFile& model, std::shared_ptr<const WordClusters> clusters = nullptr);
  ModelFile to_model() const;  // save = to_model().save(path)

  void tag(Sentence& sentence) const;
  // The first pass's labels alone (indices into labels()), as the second pass sees them.
  std::vector<int> first_pass_labels(const Sentence& sentence) const;

  // Free-form metadata carried into the model header (training corpus, iterations, ...).
  void set_metadata(const std::string& key, const std::string& value) { metadata_[key] = value; }
  std::string metadata(const std::string& key) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t feature_count() const { return first_.rows() + second_.rows(); }
  std::size_t second_pass_feature_count() const { return second_.rows(); }
  bool has_second_pass() const { return second_.rows() > 0; }
  bool first_pass_right_to_left() const { return right_to_left_; }
  std::size_t dictionary_size() const { return dict_count_; }

  // Sentences stored in the model with the tags the trainer predicted for them; true when this
  // tagger still predicts the same (a check that loading restored the trained weights).
  bool self_test(std::string* failure = nullptr) const;
  void set_self_test(std::vector<Sentence> sentences) { self_test_ = std::move(sentences); }

 private:
  // One pass's weights: an open-addressing table (linear probing, power-of-two size) from
  // feature hash to the range [begin, end) of entries; key 0 marks an empty slot. Key and
  // range share a cache line.
  class WeightTable {
   public:
    void build(std::vector<TaggerFeatureRow> rows);
    // Decodes a "weights" / "weights2" section (see to_model); throws ModelError.
    void read(std::string_view bytes, const std::string& source, std::uint32_t label_count);
    std::size_t rows() const { return rows_; }
    // Adds the weights of `count` features to `scores` (zeroed here) and returns the best
    // label; ties go to the lowest label index.
    int best_label(const std::uint64_t* features, std::size_t count,
                   std::vector<float>& scores) const;
    std::vector<TaggerFeatureRow> sorted_rows() const;

   private:
    struct Slot {
      std::uint64_t key = 0;
      std::uint32_t begin = 0;
      std::uint32_t end = 0;
    };
    std::int64_t find_row(std::uint64_t key) const;  // slot index, or -1
    std::vector<Slot> slots_;
    std::vector<TaggerClassWeight> entries_;
    std::size_t rows_ = 0;
  };

  void build_index(std::vector<TaggerFeatureRow> rows, std::vector<TaggerFeatureRow> second_rows,
                   std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                   std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon);
  std::uint64_t find_ambiguity(std::uint64_t lower_key) const;
  // See tagger.cpp: a "that" after a reporting verb and a phrase opens its clause.
  void open_reported_clauses(const Sentence& sentence, std::vector<int>& labels) const;
  bool follows_reporting_verb(const std::vector<Token>& tokens, const std::vector<int>& labels,
                              std::size_t that) const;
  int find_label(std::string_view upos, std::string_view xpos) const;  // -1 when absent
  // See tagger.cpp: retags one word of a "that" clause without a verb as its verb.
  void give_verbless_clauses_a_verb(const Sentence& sentence,
                                    const std::vector<tagger_detail::TokenHashes>& hashes,
                                    const std::vector<int>& first, std::vector<int>& labels,
                                    std::vector<float>& scores) const;
  struct VerbCandidate {
    std::size_t word = 0;
    int label = -1;  // the verb class, or -1 when there is none
    float shortfall = 0.0F;
  };
  // Scores, in units of the second pass, within which a word becomes a clause's missing verb.
  static constexpr float kMaxShortfall = 12.0F;
  static constexpr float kMaxShortfallBeforeObject = 100.0F;
  bool object_starts_after(const std::vector<Token>& tokens, const std::vector<int>& labels,
                           std::size_t j) const;
  std::size_t clause_end(const std::vector<Token>& tokens, const std::vector<int>& labels,
                         std::size_t begin) const;
  VerbCandidate verb_reading(const Sentence& sentence,
                             const std::vector<tagger_detail::TokenHashes>& hashes,
                             const std::vector<int>& first, const std::vector<int>& labels,
                             std::vector<float>& scores, std::size_t j) const;
  int find_dictionary(std::uint64_t key) const;
  // The token's label from the tag dictionary (exact form, then its fallback key), or -1.
  int find_dictionary(const tagger_detail::TokenHashes& token) const;
  // Hashes the sentence into `hashes` (in sentence order) and runs the first pass into
  // `first` (labels in sentence order, whatever the pass's direction).
  void run_first_pass(const Sentence& sentence, std::vector<tagger_detail::TokenHashes>& hashes,
                      std::vector<int>& first, std::vector<float>& scores) const;

  std::vector<std::string> labels_;
  std::vector<std::string> upos_;  // per label
  std::vector<std::string> xpos_;
  WeightTable first_;
  WeightTable second_;
  bool right_to_left_ = false;  // direction of the first pass
  // Tag dictionary, also open addressing: normalised form hash -> label.
  std::vector<std::uint64_t> dict_keys_;
  std::vector<std::uint16_t> dict_labels_;
  std::size_t dict_count_ = 0;
  // Lexicon: lower-cased form hash -> ambiguity class (open addressing as above).
  std::vector<std::uint64_t> lexicon_keys_;
  std::vector<std::uint64_t> lexicon_classes_;
  std::map<std::string, std::string> metadata_;
  std::vector<Sentence> self_test_;
  std::shared_ptr<const WordClusters> clusters_;
};

}  // namespace issuegraph
