#include "issuegraph/parser/attachment_score.hpp"

namespace issuegraph::parser {

void AttachmentScore::add(const AttachmentScore& other) {
  words += other.words;
  head_correct += other.head_correct;
  label_correct += other.label_correct;
  full_label_correct += other.full_label_correct;
}

std::string_view universal_relation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

AttachmentScore score_sentence(const Sentence& gold, const Sentence& predicted) {
  AttachmentScore score;
  if (gold.tokens.size() != predicted.tokens.size()) return score;
  for (std::size_t i = 0; i < gold.tokens.size(); ++i) {
    const Token& g = gold.tokens[i];
    const Token& p = predicted.tokens[i];
    ++score.words;
    if (g.head != p.head) continue;
    ++score.head_correct;
    if (universal_relation(g.deprel) == universal_relation(p.deprel)) ++score.label_correct;
    if (g.deprel == p.deprel) ++score.full_label_correct;
  }
  return score;
}

}  // namespace issuegraph::parser
