// Which actions a sentence states: a predicate token (verb, or predicative adjective/noun) is
// matched to the lexicon's action entries together with its light-verb object ("raise
// concerns"), its particle ("call on", "rule out") and its negation ("did not rule out",
// "never", "no longer"). Predicates the lexicon lacks may be kept as a low-confidence fallback.
#pragma once

#include <optional>

#include "issuegraph/extract/sentence_view.hpp"
#include "issuegraph/extract/triple.hpp"

namespace issuegraph {
class Lexicon;
struct ActionEntry;
}

namespace issuegraph::extract {

struct ActionMatch {
  int head = -1;                        // the predicate token
  const ActionEntry* entry = nullptr;   // null for a fallback predicate
  int object = -1;                      // light-verb object token ("concerns"), -1 if none
  int particle = -1;                    // particle or preposition token of the entry, -1 if none
  int particle_phrase = -1;             // the phrase the particle introduces ("the United States")
  Action action;
  bool fallback = false;
  bool speech = false;
  bool nominal = false;                 // a noun predicate ("Blinken's visit")
  bool mutual = false;                  // the class is done together (ActionClass::mutual)
  bool urges = false;                   // the object is the one urged (ActionClass::urges)
  bool addressed = false;               // a to-phrase names the party (ActionClass::addressed)
  bool complete = false;                // news without issue or party (ActionClass::complete)
  bool stative = false;                 // a participle read as an adjective ("is concerned",
                                        // "are focused on"): its passive subject is the actor
};

class PredicateFinder {
 public:
  // Requires: `lexicon` outlives the finder.
  explicit PredicateFinder(const Lexicon& lexicon);

  // The action stated by token p, or nothing. With `allow_fallback`, a verb without a lexicon
  // entry becomes a make_statement-like action marked `fallback`.
  std::optional<ActionMatch> find(const SentenceView& view, int p, bool allow_fallback) const;

  // True when p or its auxiliaries carry a negation ("not", "never", "no longer", "no").
  static bool negated(const SentenceView& view, int p);
  // True when the governor of an xcomp `p` says it did not happen ("failed to", "not able to").
  static bool negated_by_governor(const SentenceView& view, int p);

 private:
  const Lexicon& lexicon_;
};

}  // namespace issuegraph::extract
