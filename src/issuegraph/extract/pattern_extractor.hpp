// The first extractor: token patterns and the lexicon, no parse. An actor name, then within a
// few words a lexicon predicate (with its light-verb object and particle), then an optional
// named target and the rest of the clause as the issue. It is the fallback for sentences the
// parser did not annotate and the baseline the parse-based extractor is measured against.
#pragma once

#include <memory>
#include <vector>

#include "issuegraph/extract/confidence.hpp"
#include "issuegraph/extract/extractor.hpp"
#include "issuegraph/extract/extractor_factory.hpp"
#include "issuegraph/extract/sentence_view.hpp"

namespace issuegraph {
class Lexicon;
}

namespace issuegraph::extract {

class PatternExtractor : public Extractor {
 public:
  // Requires: lexicon is not null.
  PatternExtractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options);

  using Extractor::extract;
  std::vector<Triple> extract(const Document& doc, const std::vector<Sentence>& sentences,
                              const OtherReadings& other_readings) const override;

  // The triples of one sentence, appended to `out` (used by the parse-based extractor for
  // sentences without a parse). Confidence is not yet filtered.
  void extract_sentence(const SentenceView& view,
                        std::vector<Triple>& out) const;

 private:
  struct Span {
    int begin = 0;
    int end = 0;
    EntityRef entity;
  };
  std::vector<Span> find_actors(const SentenceView& view) const;

  std::shared_ptr<const Lexicon> lexicon_;
  ExtractorOptions options_;
  std::shared_ptr<const ConfidenceModel> confidence_;  // options_.confidence or the prior
};

// Candidate lemmas of an English word form without a lemmatiser: "raised" -> raise, rais;
// "warning" -> warn, warne; "accuses" -> accuse, accus. Lowercase input.
std::vector<std::string> guess_lemmas(std::string_view lower);

}  // namespace issuegraph::extract
