// What an action is about: a phrase of the sentence (an object, an about/over/on phrase, the
// content of reported speech) becomes an IssueRef. The lexicon's issue rules decide the id and
// label when they match the phrase's lemmas, so differently worded phrases share one node;
// otherwise a readable label is built from the phrase's head and its key modifiers.
#pragma once

#include <vector>

#include "issuegraph/extract/sentence_view.hpp"
#include "issuegraph/extract/triple.hpp"

namespace issuegraph {
class Lexicon;
}

namespace issuegraph::extract {

// The words of an issue phrase headed by `head`: its subtree without coordinated conjuncts
// (each conjunct is an issue of its own), comma-separated relative clauses, and leading
// prepositions, determiners or conjunctions. Sorted token indices.
std::vector<int> issue_phrase_tokens(const SentenceView& view, int head);

class IssueNormalizer {
 public:
  // Requires: `lexicon` outlives the normalizer.
  explicit IssueNormalizer(const Lexicon& lexicon);

  // `tokens` from issue_phrase_tokens; sets `from_lexicon` when a lexicon rule matched.
  IssueRef normalize(const SentenceView& view, int head, const std::vector<int>& tokens,
                     bool& from_lexicon) const;

 private:
  // `tokens`: the phrase; a clause subject outside it is left out of the label.
  std::string fallback_label(const SentenceView& view, int head, const std::vector<int>& tokens) const;

  const Lexicon& lexicon_;
};

}  // namespace issuegraph::extract
