// Training of the Tagger: averaged perceptron, greedy left to right with the model's own
// previous predictions as context, sentence order shuffled each iteration with a fixed seed.
// The iteration with the best dev accuracy is kept (all of them when `dev` is empty).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "issuegraph/tagger/tagger.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

struct TaggerTrainingOptions {
  int iterations = 10;
  std::uint64_t seed = 1;
  std::string corpus;  // name recorded in the model's metadata (e.g. "UD_English-EWT r2.16")
};

// Requires: every training token has `form`, `upos` and `xpos`. Throws UsageError when `train`
// holds no token. `log` (may be nullptr) receives one line per iteration.
Tagger train_tagger(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                    const TaggerTrainingOptions& options, std::ostream* log);

}  // namespace issuegraph
