// How sure the extractor is of one triple, from what it had to guess: a lexicon actor or an
// unknown name or a pronoun, a lexicon predicate or a fallback, a lexicon issue or a label made
// from the phrase, a subject of the predicate itself or one inherited through other clauses.
// The weights are set by hand and checked against the dev gold (docs/extractor.md): a triple
// with every part from the lexicon and a direct subject scores about 0.9; each guess lowers it.
#pragma once

#include "issuegraph/extract/clause_rules.hpp"
#include "issuegraph/extract/mention_finder.hpp"

namespace issuegraph::extract {

struct ConfidenceFeatures {
  MentionKind actor = MentionKind::kLexiconName;
  bool action_from_lexicon = true;
  bool nominal_action = false;     // "Blinken's visit to China"
  bool has_issue = false;
  bool issue_from_lexicon = false;
  bool has_target = false;
  IssueSource issue_source = IssueSource::kNone;
  int subject_depth = 0;           // clauses climbed to find the actor
  bool passive = false;
};

// A value in [0.05, 0.99].
double triple_confidence(const ConfidenceFeatures& features);

}  // namespace issuegraph::extract
