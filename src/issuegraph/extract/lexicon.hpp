// The lexicons the extractor consults: who can act (actors, role nouns), which predicates count
// as actions and which CAMEO-like class each belongs to, and which phrases name a known issue.
// Loaded from data/lexicons/*.json (each validated against schemas/<name>.schema.json) and
// optionally overridden by a user directory. Lookups are hash-map backed and deterministic.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace issuegraph {

struct ActorEntry {
  std::string id;                         // "china", "antony_blinken" (snake_case ASCII)
  std::string label;                      // "China", "Antony Blinken"
  std::string type;                       // "person" | "organization" | "country" | "group"
  std::vector<std::string> aliases;       // "PRC", "Antony J. Blinken", "U.N."
  std::vector<std::string> demonyms;      // countries: "Chinese"
  std::vector<std::string> capitals;      // countries: "Beijing" (and seats of government)
  std::vector<std::string> institutions;  // countries: "White House", "Kremlin"
  std::string country;                    // persons/organizations: country id, "" if international
  std::string gender;                     // persons: "male" | "female" | ""
  std::vector<std::string> roles;         // persons: "Secretary of State"
};

// A noun that heads an actor mention without a name ("officials", "the ministry").
struct RoleNoun {
  std::string lemma;  // "official", "prime minister" (lowercase; multi-word allowed)
  std::string type;   // "person" | "organization" | "group"
  bool state = false;  // a body of a state: "ministry", "embassy", "army"
};

struct ActionClass {
  std::string id;     // "express_concern"
  std::string label;  // "express concern"
  std::string cameo;  // "112" (nearest CAMEO code, as a string to keep leading zeros: "010")
  bool mutual = false;  // done together: coordinated subjects are each other's target
  bool urges = false;   // the object is the one urged, its to-clause the issue
  bool addressed = false;  // a to-phrase names the party addressed ("apologised to X")
  bool complete = false;   // news with neither issue nor party ("declined to comment")
};

// One predicate: a head lemma, optionally with a light-verb object and/or a particle.
struct ActionEntry {
  std::string lemma;         // head lemma: "raise", "warn", "concerned" (adj), "warning" (noun)
  std::string pos;           // "verb" | "noun" | "adj"
  std::string object;        // light-verb object lemma or "": raise + "concern"
  std::string particle;      // particle/preposition or "": call + "on", rule + "out"
  std::string action_class;  // id of an ActionClass
  std::string display;       // "raise concern", "call on", "warn"
  bool speech = false;       // introduces reported speech/content ("say", "warn", "deny")
  bool predicative = false;  // needs an object and what it is called: 'called the deal "void"'
  bool party = false;        // the particle's phrase names someone: "raised the dispute with Morocco's minister"
};

struct IssueEntry {
  std::string id;     // "russia_support"
  std::string label;  // "Support for Russia"
  // Each rule is a list of groups; a phrase matches the rule when EVERY group has one term that
  // matches a lemma (lowercased) of the phrase. A term matches a lemma it equals or is a prefix
  // of ("ukrain" matches "ukrainian"); a term written "=ai" must equal the lemma exactly; a term
  // with spaces ("south china sea") must match that many consecutive lemmas, word by word.
  std::vector<std::vector<std::vector<std::string>>> rules;
  int priority = 0;  // higher wins when several issues match
};

// Normalises a name for lookup: Unicode case folding and accent stripping ("Élysée" = "elysee"),
// curly quotes to ', dashes to -, periods dropped ("U.S." = "us"), whitespace collapsed to one
// space and trimmed, a leading "the " dropped. Exposed so the extractor can build keys the same
// way.
std::string normalize_lexicon_key(std::string_view name);

class Lexicon {
 public:
  // Reads <dir>/actors.json, roles.json, actions.json, issues.json, validating each with
  // JsonSchema("<name>.schema.json") and throwing SchemaError "<path>: <json pointer>: <what>",
  // or InputError for malformed JSON, a missing file, or a bad reference (an action naming an
  // undefined class, a duplicate id, a person's country that is not a country id).
  static Lexicon load_directory(const std::string& dir);
  // The lexicon shipped in data/lexicons, for callers that know the data directory.
  static Lexicon load_default(const std::string& data_dir);

  // User overrides (`--lexicon DIR`): files present in dir are validated the same way; an entry
  // whose id (actors, issues, classes), lemma (roles) or (lemma,pos,object,particle) (actions)
  // already exists REPLACES it in place, others are appended. Missing files are fine. When two
  // actors claim the same name, the later one (the override) wins. Invalidates earlier pointers.
  // On error (same errors as load_directory) the lexicon is left unchanged.
  void merge_directory(const std::string& dir);

  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<RoleNoun>& role_nouns() const { return roles_; }
  const std::vector<ActionClass>& action_classes() const { return classes_; }
  const std::vector<ActionEntry>& actions() const { return actions_; }
  const std::vector<IssueEntry>& issues() const { return issues_; }

  const ActorEntry* actor_by_id(std::string_view id) const;
  // Label and aliases of any actor, matched after normalize_lexicon_key ("u.s." = "US").
  // Names that spell a common English word ("US", "WHO", "IS", "Fed") must keep their case:
  // "US", "U.S." and "u.s." find the United States, "us" finds nothing.
  const ActorEntry* actor_by_name(std::string_view name) const;
  // Demonyms of countries and of blocs: "Chinese" → China, "European" → EU.
  const ActorEntry* country_by_demonym(std::string_view word) const;
  const ActorEntry* country_by_capital(std::string_view name) const;    // "Beijing"
  const ActorEntry* actor_by_institution(std::string_view name) const;  // "White House" → US
  const RoleNoun* role_noun(std::string_view lemma) const;
  // All entries with this head lemma (case-insensitive), in file order.
  std::vector<const ActionEntry*> actions_for_lemma(std::string_view lemma) const;
  const ActionClass* action_class(std::string_view id) const;
  // True for a verb of being, having or undergoing ("have", "remain", "face"), listed under
  // "stative" in actions.json: without an entry of its own it states no action.
  bool is_stative(std::string_view lemma) const;
  // The best issue whose rule matches the given lemmas (lowercased inside), or nullptr.
  // Ties on priority go to the rule with more groups, then to the earlier issue in the file.
  const IssueEntry* match_issue(const std::vector<std::string>& lemmas) const;
  // The longest number of words in any actor name, demonym, capital or institution, so a
  // caller scanning token spans knows how far to look.
  std::size_t max_name_words() const { return max_name_words_; }

 private:
  void merge_file_set(const std::string& dir, bool require_all);
  void check_references(const std::string& dir) const;
  void rebuild_indexes();
  const ActorEntry* find_name(const std::unordered_map<std::string, std::size_t>& map,
                              std::string_view name) const;

  std::vector<ActorEntry> actors_;
  std::vector<RoleNoun> roles_;
  std::vector<ActionClass> classes_;
  std::vector<ActionEntry> actions_;
  std::vector<IssueEntry> issues_;
  std::unordered_set<std::string> stative_;  // lowercase lemmas

  // Indexes into the vectors above, keyed by normalize_lexicon_key (ids by their exact text).
  std::unordered_map<std::string, std::size_t> actor_ids_;
  std::unordered_map<std::string, std::size_t> actor_names_;
  std::unordered_map<std::string, std::size_t> demonyms_;
  std::unordered_map<std::string, std::size_t> capitals_;
  std::unordered_map<std::string, std::size_t> institutions_;
  std::unordered_map<std::string, std::size_t> role_index_;
  std::unordered_map<std::string, std::size_t> class_index_;
  std::unordered_map<std::string, std::vector<std::size_t>> action_index_;
  std::size_t max_name_words_ = 0;

  // Issue rules compiled for match_issue: each term is indexed by its first word (without the
  // "=" mark); a term of several words keeps the words after the first in issue_term_rests_.
  static constexpr std::size_t kNoRest = static_cast<std::size_t>(-1);
  struct IssueTermRef {
    std::size_t group;  // global index of the group the term belongs to
    std::size_t rest;   // index into issue_term_rests_, or kNoRest
    bool exact;         // the first word must equal the lemma, not just begin it
  };
  struct IssueRuleRef {
    std::size_t issue;        // index into issues_
    std::size_t first_group;  // the rule's groups are [first_group, first_group + group_count)
    std::size_t group_count;
  };
  std::unordered_map<std::string, std::vector<IssueTermRef>> issue_terms_;
  std::vector<std::vector<std::string>> issue_term_rests_;
  std::vector<IssueRuleRef> issue_rules_;
  std::size_t issue_group_count_ = 0;
  std::size_t max_issue_term_length_ = 0;
};

}  // namespace issuegraph
