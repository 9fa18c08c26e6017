// Attachment scores of predicted trees against gold ones, as the CoNLL 2018 shared-task script
// counts them on gold tokenisation: every word counts (punctuation included), and LAS compares
// only the universal part of the relation ("nsubj:pass" scores as "nsubj").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "issuegraph/text/sentence.hpp"

namespace issuegraph::parser {

struct AttachmentScore {
  std::size_t words = 0;
  std::size_t head_correct = 0;   // UAS numerator
  std::size_t label_correct = 0;  // LAS numerator (head and universal relation right)
  std::size_t full_label_correct = 0;  // head and full relation, subtype included
  double uas() const { return words == 0 ? 0.0 : 100.0 * head_correct / words; }
  double las() const { return words == 0 ? 0.0 : 100.0 * label_correct / words; }
  double full_las() const { return words == 0 ? 0.0 : 100.0 * full_label_correct / words; }
  void add(const AttachmentScore& other);
};

// "obl:tmod" -> "obl".
std::string_view universal_relation(std::string_view deprel);

// Requires: the same sentences with the same word counts (gold tokenisation); a pair whose
// counts differ is skipped (counted in neither numerator nor denominator).
AttachmentScore score_sentence(const Sentence& gold, const Sentence& predicted);

}  // namespace issuegraph::parser
