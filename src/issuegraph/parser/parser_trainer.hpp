// Training of the DependencyParser: averaged perceptron over the arc-hybrid system with the
// dynamic oracle (Goldberg & Nivre 2013) and error exploration after the first iteration.
// Non-projective training trees are made projective by lifting. Deterministic for a seed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "issuegraph/parser/dependency_parser.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph::parser {

struct ParserTrainingOptions {
  int iterations = 15;
  std::uint64_t seed = 1;
  // From the second iteration on, a wrong prediction is followed with this probability, so
  // that the model learns to recover from its own mistakes.
  double explore = 0.9;
  // Averaged weights whose magnitude is below this are dropped from the saved model.
  float prune_below = 0.002f;
  // Features updated fewer times than this are dropped from the saved model (rare ones are
  // mostly noise and make up most of the table).
  int min_updates = 10;
  // Upper bound on the saved weights: min_updates is raised until the model fits.
  std::size_t max_weight_bytes = 13u << 20;
  // With a dev set: return the weights of the iteration with the best dev UAS + LAS (each
  // iteration's model pruned to the budget, as saved) instead of the last iteration's.
  bool select_on_dev = false;
  // Named in the model's metadata ("en_ewt-ud-train.conllu").
  std::string corpus;
  // Word clusters for the cluster features (null: every word's cluster is unknown). The
  // model records the table's checksum and needs the same table at run time.
  std::shared_ptr<const WordClusters> clusters;
};

// Requires: `train` sentences carry gold heads and deprels (sentences with a missing head are
// skipped) and the tags the parser will see at run time. `dev` may be empty; when given, its
// UAS/LAS are written to `log` after each iteration. Throws UsageError when `train` has no
// usable sentence.
DependencyParser train_parser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                              const ParserTrainingOptions& options, std::ostream* log);

// Heads, deprels, forms and tags of the sentences, for the model's corpus checksum.
std::uint64_t treebank_checksum(const std::vector<Sentence>& sentences);

}  // namespace issuegraph::parser
