#include "issuegraph/extract/confidence.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "issuegraph/base/error.hpp"
#include "issuegraph/extract/quotation.hpp"
#include "issuegraph/io/json_schema.hpp"

namespace issuegraph::extract {
namespace {

constexpr std::size_t kFeatureCount = kConfidenceFeatureNames.size();

std::size_t feature_index(std::string_view name) {
  auto it = std::find(kConfidenceFeatureNames.begin(), kConfidenceFeatureNames.end(), name);
  return static_cast<std::size_t>(it - kConfidenceFeatureNames.begin());
}

std::string_view actor_feature(MentionKind kind) {
  switch (kind) {
    case MentionKind::kLexiconName: return {};
    case MentionKind::kUnknownName: return "actor.unknown_name";
    case MentionKind::kCountryWord: return "actor.country_word";
    case MentionKind::kRole: return "actor.role";
    case MentionKind::kCollective: return "actor.collective";
    case MentionKind::kPronoun: return "actor.pronoun";
  }
  return {};
}

std::string_view source_feature(IssueSource source) {
  switch (source) {
    case IssueSource::kNone: return {};
    case IssueSource::kObject: return "issue.from_object";
    case IssueSource::kPreposition: return "issue.from_preposition";
    case IssueSource::kSpeech: return "issue.from_speech";
    case IssueSource::kControl: return "issue.from_control";
    case IssueSource::kLightObject: return "issue.from_light_object";
  }
  return {};
}

}  // namespace

std::vector<std::string_view> confidence_feature_names(const ConfidenceFeatures& f) {
  std::vector<std::string_view> names;
  auto add = [&](std::string_view name) {
    if (!name.empty()) names.push_back(name);
  };
  add(actor_feature(f.actor));
  if (!f.action_from_lexicon) add("action.fallback");
  if (f.nominal_action) add("action.nominal");
  if (f.has_issue) add(f.issue_from_lexicon ? "issue.lexicon" : "issue.phrase");
  if (f.has_issue) add(source_feature(f.issue_source));
  if (!f.has_issue) add("issue.none");
  if (f.has_issue && f.long_issue) add("issue.long");
  if (f.quoted_sentence) add("sentence.quote");
  if (f.long_sentence) add("sentence.long");
  if (f.relative_clause) add("clause.relative");
  if (f.reported_clause) add("clause.reported");
  if (f.has_target) add("target");
  if (f.subject_depth >= 1) add("subject.inherited");
  if (f.subject_depth >= 2) add("subject.inherited_far");
  if (f.passive) add("passive");
  if (f.from_patterns) add("extractor.patterns");
  std::sort(names.begin(), names.end(), [](std::string_view a, std::string_view b) {
    return feature_index(a) < feature_index(b);
  });
  return names;
}

ConfidenceModel ConfidenceModel::prior() {
  // The weights the extractor used before it was calibrated; kept as the fallback model.
  ConfidenceModel m;
  m.bias_ = 0.9;
  const std::pair<std::string_view, double> weights[] = {
      {"actor.country_word", -0.2}, {"actor.unknown_name", -0.8}, {"actor.pronoun", -0.9},
      {"actor.collective", -1.0},   {"actor.role", -1.2},          {"action.fallback", -1.6},
      {"action.nominal", -1.0},     {"issue.lexicon", 1.8},        {"issue.phrase", 1.2},
      {"issue.from_speech", -0.2},  {"issue.from_control", -0.2},  {"target", 0.2},
      {"subject.inherited", -0.35}, {"subject.inherited_far", -0.35}, {"passive", -0.3},
      {"extractor.patterns", -1.5}};
  for (const auto& [name, w] : weights) m.weights_[feature_index(name)] = w;
  m.metadata_["source"] = "hand-set prior";
  return m;
}

ConfidenceModel ConfidenceModel::from_json_text(const std::string& text, const std::string& source) {
  rapidjson::Document doc = parse_json(text, source);
  static const JsonSchema schema("confidence-model.schema.json");
  schema.validate(doc, source);
  ConfidenceModel m;
  m.bias_ = doc["bias"].GetDouble();
  for (const auto& member : doc["weights"].GetObject()) {
    const std::string name = member.name.GetString();
    const std::size_t index = feature_index(name);
    if (index == kFeatureCount) {
      throw ModelError(source, "unknown confidence feature '" + name + "' in 'weights'");
    }
    m.weights_[index] = member.value.GetDouble();
  }
  if (doc.HasMember("metadata")) {
    for (const auto& member : doc["metadata"].GetObject()) {
      const auto& v = member.value;
      std::string value;
      if (v.IsString()) {
        value = v.GetString();
      } else {
        std::ostringstream number;
        number << v.GetDouble();
        value = number.str();
      }
      m.metadata_[member.name.GetString()] = value;
    }
  }
  return m;
}

ConfidenceModel ConfidenceModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ModelError(path, "cannot open the confidence model");
  std::ostringstream text;
  text << in.rdbuf();
  return from_json_text(text.str(), path);
}

double ConfidenceModel::weight(std::string_view feature) const {
  const std::size_t index = feature_index(feature);
  return index == kFeatureCount ? 0.0 : weights_[index];
}

double ConfidenceModel::score(const ConfidenceFeatures& features) const {
  double z = bias_;
  for (std::string_view name : confidence_feature_names(features)) z += weights_[feature_index(name)];
  const double p = 1.0 / (1.0 + std::exp(-z));
  return std::clamp(std::round(p * 1000.0) / 1000.0, 0.01, 0.99);
}

void assign_confidence(Triple& triple, const ConfidenceFeatures& given, const ConfidenceModel& model,
                       bool explain) {
  ConfidenceFeatures features = given;
  if (triple.issue) {
    const std::string& text = triple.issue->text;
    features.long_issue = std::count(text.begin(), text.end(), ' ') >= 8;  // nine words or more
  }
  triple.confidence = model.score(features);
  triple.confidence_features.clear();
  if (!explain) return;
  for (std::string_view name : confidence_feature_names(features)) {
    triple.confidence_features.emplace_back(name);
  }
}

// What the sentence and the predicate's place in it say about how far the parse can be trusted.
void describe_clause(const SentenceView& view, int predicate, ConfidenceFeatures& f) {
  const int n = view.size();
  f.long_sentence = n > 40;
  for (int t = 0; t < n && !f.quoted_sentence; ++t) {
    const std::string& w = view.token(t).form;
    f.quoted_sentence = is_quote(w);
  }
  // Up from the predicate to the root: inside a relative clause, inside reported content.
  for (int k = predicate; k >= 0; k = view.head(k)) {
    if (view.deprel(k) == "acl:relcl") f.relative_clause = true;
    if (view.rel(k) == "ccomp") f.reported_clause = true;
  }
}

ConfidenceFeatures reported_speech_features(const SentenceView& view, int predicate, MentionKind actor,
                                            bool issue_from_lexicon) {
  ConfidenceFeatures f;
  describe_clause(view, predicate, f);
  f.actor = actor;
  f.has_issue = true;
  f.issue_from_lexicon = issue_from_lexicon;
  f.issue_source = IssueSource::kSpeech;
  f.subject_depth = 1;
  return f;
}

}  // namespace issuegraph::extract
