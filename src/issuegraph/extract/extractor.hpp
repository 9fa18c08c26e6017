// The interface every extractor implements: a whole annotated document in, its triples out.
// Document-level (not sentence-level) because coreference and quote attribution cross sentence
// boundaries. Requires: sentences come from the pipeline for `doc`, in order.
#pragma once

#include <vector>

#include "issuegraph/extract/triple.hpp"
#include "issuegraph/text/document.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual std::vector<Triple> extract(const Document& doc,
                                      const std::vector<Sentence>& sentences) const = 0;
};

}  // namespace issuegraph
