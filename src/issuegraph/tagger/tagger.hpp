// A part-of-speech tagger: an averaged perceptron over hashed word, affix, shape and context
// features that predicts one joint "UPOS|XPOS" class per token, greedily left to right.
// Frequent words that always carry the same class in training skip scoring (tag dictionary).
// Requires: tokens' `form` set (curly quotes are read as straight ones); ensures: `upos` and
// `xpos` filled for every token. A loaded Tagger is immutable; tag() is safe from many threads.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/model/model_file.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

// Bumped whenever the serialised sections change meaning.
inline constexpr std::uint32_t kTaggerComponentVersion = 1;

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
  // strings (at most 255); `dictionary` maps tagger_detail::dictionary keys to a label,
  // `lexicon` maps lower-cased and exact_lexicon_key form hashes to ambiguity classes. All
  // may come in any order (they are sorted by key here).
  static Tagger from_parts(std::vector<std::string> labels, std::vector<TaggerFeatureRow> rows,
                           std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                           std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon);

  static Tagger load(const std::string& path);  // ModelFile::load with kind "tagger"
  static Tagger from_model(const ModelFile& model);
  ModelFile to_model() const;  // save = to_model().save(path)

  void tag(Sentence& sentence) const;

  // Free-form metadata carried into the model header (training corpus, iterations, ...).
  void set_metadata(const std::string& key, const std::string& value) { metadata_[key] = value; }
  std::string metadata(const std::string& key) const;

  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t feature_count() const { return slots_.size() - empty_slots_; }
  std::size_t dictionary_size() const { return dict_count_; }

  // Sentences stored in the model with the tags the trainer predicted for them; true when this
  // tagger still predicts the same (a check that loading restored the trained weights).
  bool self_test(std::string* failure = nullptr) const;
  void set_self_test(std::vector<Sentence> sentences) { self_test_ = std::move(sentences); }

 private:
  void build_index(std::vector<TaggerFeatureRow> rows,
                   std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                   std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon);
  std::uint64_t find_ambiguity(std::uint64_t lower_key) const;
  // Index of the open-addressing slot holding `key`, or -1.
  std::int64_t find_row(std::uint64_t key) const;
  int find_dictionary(std::uint64_t key) const;

  std::vector<std::string> labels_;
  std::vector<std::string> upos_;  // per label
  std::vector<std::string> xpos_;
  // Open-addressing table (linear probing, power-of-two size) from feature hash to the range
  // [begin, end) of entries_; key 0 marks an empty slot. Key and range share a cache line.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
  };
  std::vector<Slot> slots_;
  std::vector<TaggerClassWeight> entries_;
  std::size_t empty_slots_ = 0;
  // Tag dictionary, also open addressing: normalised form hash -> label.
  std::vector<std::uint64_t> dict_keys_;
  std::vector<std::uint16_t> dict_labels_;
  std::size_t dict_count_ = 0;
  // Lexicon: lower-cased form hash -> ambiguity class (open addressing as above).
  std::vector<std::uint64_t> lexicon_keys_;
  std::vector<std::uint64_t> lexicon_classes_;
  std::map<std::string, std::string> metadata_;
  std::vector<Sentence> self_test_;
};

}  // namespace issuegraph
