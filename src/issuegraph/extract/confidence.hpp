// How sure the extractor is of one triple, from what it had to guess: a lexicon actor or an
// unknown name or a pronoun, a lexicon predicate or a fallback, a lexicon issue or a label made
// from the phrase, a subject of the predicate itself or one inherited through other clauses.
//
// The guesses are named binary features (confidence_feature_names); a ConfidenceModel turns them
// into a probability with a logistic function. scripts/calibrate.sh fits the model on labelled
// triples (docs/confidence.md) and writes data/models/confidence.json, which the extractor
// loads; the hand-set prior (ConfidenceModel::prior) is used when no model is given.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/extract/clause_rules.hpp"
#include "issuegraph/extract/triple.hpp"
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
  bool from_patterns = false;      // found by the token-pattern fallback, not the parse
  // Where the predicate stands; set by the parse-based extractor (describe_clause).
  bool quoted_sentence = false;    // the sentence holds a quotation mark
  bool long_sentence = false;      // more than 40 tokens: parses go wrong more often
  bool relative_clause = false;    // the predicate is in a relative clause ("X, which ...")
  bool reported_clause = false;    // the predicate is inside someone's reported speech
  bool long_issue = false;         // the issue phrase has more than eight words
};

// Sets the features of where `predicate` stands: a long sentence, a quotation in it, a relative
// clause or reported content above the predicate.
void describe_clause(const SentenceView& view, int predicate, ConfidenceFeatures& f);

// The features of a triple whose issue is what `actor` is reported to have said, with the speaker
// found outside the predicate's own subject (a quotation's speaker, an "according to" source).
ConfidenceFeatures reported_speech_features(const SentenceView& view, int predicate, MentionKind actor,
                                            bool issue_from_lexicon);

// Every feature a model may weigh, in a fixed order. Names are stable: model files use them.
inline constexpr std::array<std::string_view, 25> kConfidenceFeatureNames = {
    "actor.unknown_name", "actor.country_word", "actor.role", "actor.collective",
    "actor.pronoun", "action.fallback", "action.nominal", "issue.lexicon", "issue.phrase",
    "issue.from_object", "issue.from_preposition", "issue.from_speech", "issue.from_control",
    "issue.from_light_object", "target", "subject.inherited", "subject.inherited_far", "passive",
    "extractor.patterns", "issue.none", "issue.long", "sentence.quote", "sentence.long",
    "clause.relative", "clause.reported"};

// The names of the features that fire for `features`, in catalogue order.
std::vector<std::string_view> confidence_feature_names(const ConfidenceFeatures& features);

class ConfidenceModel {
 public:
  // The hand-set prior: a triple with every part from the lexicon and a direct subject scores
  // about 0.9, and each guess lowers it.
  static ConfidenceModel prior();

  // Reads a model file (schemas/confidence-model.schema.json). Throws ModelError naming the
  // file for unreadable or malformed files and unknown feature names.
  static ConfidenceModel load(const std::string& path);
  static ConfidenceModel from_json_text(const std::string& text, const std::string& source);

  // A probability in [0.01, 0.99], rounded to three decimals.
  double score(const ConfidenceFeatures& features) const;

  double bias() const { return bias_; }
  double weight(std::string_view feature) const;
  const std::map<std::string, std::string>& metadata() const { return metadata_; }

 private:
  double bias_ = 0.0;
  std::array<double, kConfidenceFeatureNames.size()> weights_{};
  std::map<std::string, std::string> metadata_;
};

// Sets triple.confidence from the model and, when `explain`, triple.confidence_features.
void assign_confidence(Triple& triple, const ConfidenceFeatures& features, const ConfidenceModel& model,
                       bool explain);

}  // namespace issuegraph::extract
