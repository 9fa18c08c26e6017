// How callers obtain an extractor: the full parse-based one (with the token-pattern fallback for
// sentences that carry no parse) or the pattern-based baseline alone. Both share one lexicon,
// which must outlive nothing in particular: the extractor keeps its own shared_ptr to it.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "issuegraph/extract/extractor.hpp"

namespace issuegraph {

class Lexicon;
namespace extract {
class ConfidenceModel;
}

struct ExtractorOptions {
  double min_confidence = 0.0;  // triples scored below this are dropped
  // Turns what the extractor guessed into a confidence; null = ConfidenceModel::prior().
  std::shared_ptr<const extract::ConfidenceModel> confidence;
  bool explain = false;  // fill Triple::confidence_features
  // A verb no lexicon entry lists, with its own subject and an issue, is reported with class
  // "other" ("Vietnam towed the trawler"); false keeps to the lexicon's classes.
  bool unlisted_actions = true;
};

// The full parse-based extractor, falling back to token patterns for sentences without a parse
// (tokens whose head is -1). Requires: lexicon is not null.
std::unique_ptr<Extractor> make_extractor(std::shared_ptr<const Lexicon> lexicon,
                                          const ExtractorOptions& options);

// The first, pattern-based extractor (tokens + lexicon only), kept as the fallback and as a
// baseline. Requires: lexicon is not null.
std::unique_ptr<Extractor> make_pattern_extractor(std::shared_ptr<const Lexicon> lexicon,
                                                  const ExtractorOptions& options);

}  // namespace issuegraph
