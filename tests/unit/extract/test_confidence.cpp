// Confidence: each guess lowers the score, so that a threshold separates sure triples from
// guessed ones.
#include <catch2/catch.hpp>

#include "issuegraph/extract/confidence.hpp"

using issuegraph::extract::ConfidenceFeatures;
using issuegraph::extract::MentionKind;
using issuegraph::extract::triple_confidence;

namespace {

ConfidenceFeatures sure() {
  ConfidenceFeatures f;
  f.actor = MentionKind::kLexiconName;
  f.has_issue = true;
  f.issue_from_lexicon = true;
  return f;
}

}  // namespace

TEST_CASE("confidence is high for a triple built wholly from the lexicon", "[confidence]") {
  CHECK(triple_confidence(sure()) >= 0.85);
  CHECK(triple_confidence(sure()) <= 0.99);
}

TEST_CASE("confidence drops with each guessed part", "[confidence]") {
  const double base = triple_confidence(sure());
  ConfidenceFeatures pronoun = sure();
  pronoun.actor = MentionKind::kPronoun;
  ConfidenceFeatures unknown = sure();
  unknown.actor = MentionKind::kUnknownName;
  ConfidenceFeatures fallback = sure();
  fallback.action_from_lexicon = false;
  ConfidenceFeatures label = sure();
  label.issue_from_lexicon = false;
  ConfidenceFeatures inherited = sure();
  inherited.subject_depth = 2;
  for (const auto& f : {pronoun, unknown, fallback, label, inherited}) CHECK(triple_confidence(f) < base);
  ConfidenceFeatures both = fallback;
  both.actor = MentionKind::kPronoun;
  CHECK(triple_confidence(both) < triple_confidence(fallback));
}

TEST_CASE("confidence stays within its bounds", "[confidence]") {
  ConfidenceFeatures worst;
  worst.actor = MentionKind::kRole;
  worst.action_from_lexicon = false;
  worst.nominal_action = true;
  worst.subject_depth = 5;
  worst.passive = true;
  CHECK(triple_confidence(worst) >= 0.05);
  CHECK(triple_confidence(worst) < 0.3);
}
