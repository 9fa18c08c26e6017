// Training of the Tagger: averaged perceptron, greedy left to right with the model's own
// previous predictions as context, sentence order shuffled each iteration with a fixed seed.
// The iteration with the best dev accuracy is kept (the last one when `dev` is empty).
// Two passes by default: the second pass learns from first-pass labels that taggers trained
// without each training sentence predicted (jackknifing), as noisy as they are at run time.
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "issuegraph/tagger/tagger.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

struct TaggerTrainingOptions {
  int iterations = 10;         // first pass
  bool second_pass = true;
  // The first pass tags from the last word to the first, so that the second pass (left to
  // right) sees labels that were predicted from the right context.
  bool first_pass_right_to_left = true;
  int second_pass_iterations = 0;  // 0: the same as `iterations`
  // Folds of the first-pass jackknife that gives the second pass its training context, and
  // the iterations of each fold's first-pass tagger (at most the first pass's best count).
  int jackknife_folds = 4;
  int jackknife_iterations = 5;
  std::uint64_t seed = 1;
  std::string corpus;  // name recorded in the model's metadata (e.g. "UD_English-EWT r2.16")
  // Word clusters for the cluster features (null: none). The model records the table's
  // checksum and needs the same table at run time.
  std::shared_ptr<const WordClusters> clusters;
};

// Requires: every training token has `form`, `upos` and `xpos`. Throws UsageError when `train`
// holds no token. `log` (may be nullptr) receives one line per iteration.
Tagger train_tagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                    const TaggerTrainingOptions& options, std::ostream* log);

}  // namespace issuegraph
