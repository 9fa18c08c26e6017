// A greedy transition-based dependency parser (arc-hybrid, averaged perceptron over hashed
// Zhang & Nivre features) that fills HEAD and DEPREL of a tokenised, tagged sentence.
// Requires: tokens carry form, upos (and xpos, lemma when available). parse() is const and
// thread-safe; one parser may serve many threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "issuegraph/clusters/word_clusters.hpp"
#include "issuegraph/model/model_file.hpp"
#include "issuegraph/parser/transition_system.hpp"
#include "issuegraph/parser/weight_table.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph::parser {

inline constexpr const char* kParserModelKind = "parser";
inline constexpr std::uint32_t kParserComponentVersion = 2;  // 2: 16-bit weights

// What a greedy parse did: every move, and each decision where a move of another kind (shift,
// left arc, right arc) was also valid, with the best such move, how much lower it scored and
// the words the decision was about. Other readings branch off at these calls.
struct ParseTrail {
  struct Call {
    std::uint32_t step;
    Move other;
    float margin;
    int words[3];  // top of the stack, second on the stack, front of the buffer (1-based, 0 = none)
  };
  std::vector<Move> moves;
  std::vector<Call> calls;  // in step order
};

class DependencyParser {
 public:
  DependencyParser() = default;
  // Requires: labels non-empty, at most 127 of them, one of them "root".
  DependencyParser(std::vector<std::string> labels, WeightTable weights,
                   std::map<std::string, std::string> metadata);

  // Throws ModelError for a missing, corrupt, truncated or mismatched file, and for a parser
  // trained with word clusters when `clusters` is not that table.
  static DependencyParser load(const std::string& path, std::shared_ptr<const WordClusters> clusters = nullptr);
  static DependencyParser from_model(const ModelFile& model, std::shared_ptr<const WordClusters> clusters = nullptr);
  ModelFile to_model() const;

  // Gives the parser the word clusters it was trained with (metadata "word_clusters", the
  // table's checksum). Throws ModelError naming `source` when the parser was trained with
  // clusters and `clusters` is null or another table; a parser trained without clusters
  // ignores them.
  void use_clusters(std::shared_ptr<const WordClusters> clusters, const std::string& source);

  // Fills head (1-based, 0 = root) and deprel of every token; a sentence without tokens is
  // left as it is.
  void parse(Sentence& sentence) const;
  // Same, and keeps in `trail` what the parse did, so that its other readings can be built
  // later without parsing the sentence again.
  void parse(Sentence& sentence, ParseTrail& trail) const;
  // The moves the parser takes on the sentence, for tests and debugging ("S", "L-nsubj", ...).
  std::vector<std::string> trace(const Sentence& sentence) const;
  // Other readings of a sentence, for a caller that finds the parse unusable: up to `count`
  // trees, each the greedy parse except that at one of the decisions the model was least sure
  // of (the smallest margin between its move and the best move of another kind: shift, left
  // arc, right arc) it takes that other move and goes on greedily from there. Closest call
  // first; no tree twice, none equal to the greedy parse. Each is a copy of `sentence` with
  // head and deprel filled.
  std::vector<Sentence> alternatives(const Sentence& sentence, int count) const;
  // The same readings of a sentence that parse(parsed, trail) has parsed, without parsing it
  // again; with `focus` (0-based words), only from the calls made about one of those words (on
  // top of the stack, second on it or at the front of the buffer), so that each reading changes
  // how the parse treats them. Requires: `parsed` and `trail` are as that call left them.
  std::vector<Sentence> alternatives(const Sentence& parsed, const ParseTrail& trail, int count,
                                     const std::vector<int>& focus = {}) const;

  const std::vector<std::string>& labels() const { return labels_; }
  int root_label() const { return root_label_; }
  const WeightTable& weights() const { return weights_; }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

 private:
  // Parses greedily after applying `prefix` unscored; fills `output` when given and returns
  // every move (the prefix included). Records its moves and calls in `trail` when given.
  std::vector<Move> run(const Sentence& sentence, Sentence* output, const std::vector<Move>& prefix = {},
                        ParseTrail* trail = nullptr) const;
  std::vector<std::string> labels_;
  int root_label_ = -1;
  WeightTable weights_;
  std::map<std::string, std::string> metadata_;
  std::shared_ptr<const WordClusters> clusters_;
};


// The highest-scoring valid move for `state` (-1 when none is valid, i.e. at the end); shared
// by parsing and training so that both apply the same validity rules. `skip` (when >= 0 a
// MoveType) leaves out the moves of that kind.
Move best_valid_move(const ParserState& state, const float* scores, int label_count,
                     int root_label, int skip = -1);

// The best valid move and the best valid move of another type (-1 when none), as
// best_valid_move(state, ...) and best_valid_move(state, ..., move_type(best)) would give them,
// in one pass over the scores.
struct MovePair {
  Move best;
  Move other;
};
MovePair best_valid_moves(const ParserState& state, const float* scores, int label_count, int root_label);

}  // namespace issuegraph::parser
