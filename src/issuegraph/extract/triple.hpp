// An actor–action–issue triple: who did or said what, about which issue, to whom, with the
// sentence that says so. This is the record `issuegraph extract` prints (schemas/
// triple.schema.json) and the unit the knowledge graph is built from.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace issuegraph {

// An actor or target: a canonical id shared by every name of the same entity.
struct EntityRef {
  std::string id;       // e.g. "antony_blinken", "china"
  std::string label;    // canonical name, e.g. "Antony Blinken"
  std::string type;     // person | organization | country | group
  std::string mention;  // the words in this sentence, e.g. "Mr. Blinken", "he"
};

// The class of a verb no lexicon entry lists ("towed the trawler"): the lemma says what was
// done, and there is no CAMEO code to give.
inline constexpr std::string_view kOtherAction = "other";

struct Action {
  std::string lemma;         // e.g. "raise concern"
  std::string action_class;  // e.g. "express_concern"
  std::string text;          // the words in the sentence, e.g. "raised concerns about"
  std::string cameo;         // nearest CAMEO code of the class, e.g. "112"; may be empty
  bool negated = false;
};

struct IssueRef {
  std::string id;     // e.g. "russia_support"
  std::string label;  // e.g. "Support for Russia"
  std::string text;   // the words in the sentence
};

struct Triple {
  std::string doc;
  std::size_t sentence = 0;  // 0-based within the document
  std::string evidence;      // the sentence text
  EntityRef actor;
  Action action;
  std::optional<IssueRef> issue;    // may be empty only when a target is present
  std::optional<EntityRef> target;
  double confidence = 0.0;
  // The guesses the confidence was computed from ("actor.pronoun", "issue.phrase", ...); filled
  // only on request (ExtractorOptions::explain, `extract --explain`).
  std::vector<std::string> confidence_features;
  std::string date;                 // the document's date when known
};

}  // namespace issuegraph
