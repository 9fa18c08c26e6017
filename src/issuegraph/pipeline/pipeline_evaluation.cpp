#include "issuegraph/pipeline/pipeline_evaluation.hpp"

#include <chrono>

#include "issuegraph/parser/dependency_parser.hpp"

namespace issuegraph {

PipelineEvaluation evaluate_pipeline(const NlpPipeline& pipeline, const std::vector<Sentence>& gold,
                                     EvaluationInput input, std::vector<Sentence>* predicted) {
  std::vector<Sentence> work = gold;
  for (Sentence& s : work) {
    for (Token& t : s.tokens) {
      if (input == EvaluationInput::kForms) {
        t.upos.clear();
        t.xpos.clear();
        t.lemma.clear();
      }
      t.head = -1;
      t.deprel.clear();
    }
  }
  auto start = std::chrono::steady_clock::now();
  for (Sentence& s : work) {
    if (input == EvaluationInput::kForms) pipeline.annotate_tokens(s);
    else pipeline.parser().parse(s);
  }
  PipelineEvaluation result;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (std::size_t i = 0; i < gold.size(); ++i) {
    ++result.sentences;
    result.attachment.add(parser::score_sentence(gold[i], work[i]));
    for (std::size_t k = 0; k < gold[i].tokens.size() && k < work[i].tokens.size(); ++k) {
      const Token& g = gold[i].tokens[k];
      const Token& p = work[i].tokens[k];
      ++result.words;
      if (g.upos == p.upos) ++result.upos_correct;
      if (g.xpos == p.xpos) ++result.xpos_correct;
      if (g.lemma == p.lemma) ++result.lemma_correct;
    }
  }
  if (predicted != nullptr) *predicted = std::move(work);
  return result;
}

}  // namespace issuegraph
