// The interface every extractor implements: a whole annotated document in, its triples out.
// Document-level (not sentence-level) because coreference and quote attribution cross sentence
// boundaries. Requires: sentences come from the pipeline for `doc`, in order.
#pragma once

#include <functional>
#include <vector>

#include "issuegraph/extract/triple.hpp"
#include "issuegraph/text/document.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

// The parser's other readings of one of the document's sentences, which an extractor asks for
// when some words of it (0-based) gave nothing in the first parse: readings that parse those
// words differently. Empty = the first parse only.
using OtherReadings = std::function<std::vector<Sentence>(const Sentence&, const std::vector<int>&)>;

class Extractor {
 public:
  virtual ~Extractor() = default;
  std::vector<Triple> extract(const Document& doc, const std::vector<Sentence>& sentences) const {
    return extract(doc, sentences, {});
  }
  // An extractor with no use for other readings ignores them.
  virtual std::vector<Triple> extract(const Document& doc, const std::vector<Sentence>& sentences,
                                      const OtherReadings& other_readings) const = 0;
};

}  // namespace issuegraph
