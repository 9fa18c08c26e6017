#include "issuegraph/extract/confidence.hpp"

#include <algorithm>
#include <cmath>

namespace issuegraph::extract {

double triple_confidence(const ConfidenceFeatures& f) {
  // A logistic score over additive evidence, so that independent doubts compound smoothly.
  double z = 2.4;
  switch (f.actor) {
    case MentionKind::kLexiconName: break;
    case MentionKind::kCountryWord: z -= 0.2; break;
    case MentionKind::kUnknownName: z -= 0.8; break;
    case MentionKind::kPronoun: z -= 0.9; break;
    case MentionKind::kCollective: z -= 1.0; break;
    case MentionKind::kRole: z -= 1.2; break;
  }
  if (!f.action_from_lexicon) z -= 1.6;
  if (f.nominal_action) z -= 1.0;
  if (f.has_issue) {
    z += f.issue_from_lexicon ? 0.3 : -0.3;
  } else if (!f.has_target) {
    z -= 1.5;
  }
  if (f.has_target) z += 0.2;
  if (f.issue_source == IssueSource::kSpeech || f.issue_source == IssueSource::kControl) z -= 0.2;
  z -= 0.35 * std::min(f.subject_depth, 3);
  if (f.passive) z -= 0.3;
  const double p = 1.0 / (1.0 + std::exp(-z));
  return std::clamp(std::round(p * 1000.0) / 1000.0, 0.05, 0.99);
}

}  // namespace issuegraph::extract
