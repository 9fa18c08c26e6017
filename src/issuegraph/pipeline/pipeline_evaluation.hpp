// Scores the pipeline against a gold treebank on gold tokenisation: the gold words are
// re-annotated from their forms alone, then UPOS, XPOS, lemma accuracy and UAS/LAS are
// counted over all words as the CoNLL 2018 shared-task script does (punctuation included;
// LAS on the universal part of the relation, "nsubj:pass" = "nsubj").
#pragma once

#include <cstddef>
#include <vector>

#include "issuegraph/parser/attachment_score.hpp"
#include "issuegraph/pipeline/nlp_pipeline.hpp"

namespace issuegraph {

struct PipelineEvaluation {
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t upos_correct = 0;
  std::size_t xpos_correct = 0;
  std::size_t lemma_correct = 0;
  parser::AttachmentScore attachment;
  double seconds = 0.0;  // annotation time only (tag + lemmatise + parse)
  double percent(std::size_t n) const { return words == 0 ? 0.0 : 100.0 * n / words; }
  double words_per_second() const { return seconds > 0 ? words / seconds : 0.0; }
};

// Which stages re-annotate: kGoldTags keeps the gold tags and lemmas and only parses.
enum class EvaluationInput { kForms, kGoldTags };

// `predicted` (optional) receives the annotated sentences, e.g. to write them as CoNLL-U.
PipelineEvaluation evaluate_pipeline(const NlpPipeline& pipeline, const std::vector<Sentence>& gold,
                                     EvaluationInput input = EvaluationInput::kForms,
                                     std::vector<Sentence>* predicted = nullptr);

}  // namespace issuegraph
