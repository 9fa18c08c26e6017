// Actor mentions in one parsed sentence: names (with their titles), countries standing for
// governments (demonyms, capitals, institutions), role nouns ("officials", "the secretary"),
// collective phrases ("both sides") and pronouns. A mention carries its canonical entity when
// the sentence alone decides it; pronouns and bare role nouns are left for coreference.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/extract/sentence_view.hpp"
#include "issuegraph/extract/triple.hpp"

namespace issuegraph {
class Lexicon;
struct ActorEntry;
}

namespace issuegraph::extract {

enum class MentionKind {
  kLexiconName,  // a lexicon actor by name or alias
  kUnknownName,  // a proper name the lexicon does not know
  kCountryWord,  // demonym, capital or institution standing for a country
  kRole,         // a role noun without a name ("the secretary", "a senior official")
  kCollective,   // "both sides", "the two countries"
  kPronoun,
};

struct Mention {
  int head = -1;            // token index (0-based) of the mention's head
  int begin = 0;            // token span of the words shown as `mention`
  int end = 0;
  MentionKind kind = MentionKind::kUnknownName;
  EntityRef entity;         // id/label/type; empty id while unresolved (pronoun, bare role)
  std::vector<std::string> name_words;  // lowercase name words without titles (persons)
  std::string role;         // lowercase role lemma ("secretary", "official") when present
  std::vector<std::string> roles;  // lowercase words of a lexicon person's roles
  std::string gender;       // "male" | "female" | "" (persons, pronouns)
  bool plural = false;
  // One person in office standing for their country or organisation ("the Hungarian prime
  // minister" is Hungary): a later "he" or "she" may mean them.
  bool person_in_office = false;
  // The subject of a verb of saying ("he said"): in news a pronoun there continues the last
  // speaker.
  bool speaks = false;
  bool resolved() const { return !entity.id.empty(); }
};

// Snake-case ASCII id of a name: "Antony Blinken" -> "antony_blinken".
std::string entity_id(std::string_view name);

class MentionFinder {
 public:
  // Requires: `lexicon` outlives the finder.
  explicit MentionFinder(const Lexicon& lexicon);

  // The actor mention headed by token i, or nothing when i does not denote an actor.
  std::optional<Mention> find(const SentenceView& view, int i) const;

  // A person entry whose surname (last name word) is `word`, when exactly one lexicon person has
  // it; lets "Blinken" alone reach "Antony Blinken" in any document.
  const ActorEntry* person_by_surname(std::string_view word) const;

  // Token i read as a one-word personal name although the tagger took it for a common word
  // ("Corker said ..." at the start of a sentence). The caller decides when the document makes
  // that reading likely; the mention is the lexicon person with that surname when there is one.
  std::optional<Mention> surname_at(const SentenceView& view, int i) const;

 private:
  std::optional<Mention> find_pronoun(const SentenceView& view, int i) const;
  // The role of head i with the word that qualifies it when the lexicon knows the pair
  // ("prime minister"), else its lemma ("minister").
  std::string qualified_role(const SentenceView& view, int i) const;
  // The country or organisation a role's modifier c names ("Chinese", "South Korea's", "NATO"),
  // or null.
  const ActorEntry* modifier_actor(const SentenceView& view, int c) const;
  std::optional<Mention> find_name(const SentenceView& view, int i, int begin, int end) const;
  // The parts of find_name: a lexicon name, institution or capital in [begin, end), longest
  // first; the run of name words around head i (or beside its title), false when none; the
  // last title word before the name in a run ("Secretary of State" in "Secretary of State
  // Antony Blinken"), or -1.
  bool names_independent_body(const SentenceView& view, int i) const;
  std::optional<Mention> lexicon_name(const SentenceView& view, int i, int begin, int end) const;
  bool name_run(const SentenceView& view, int i, int begin, int end, int& run_begin, int& run_end) const;
  int last_title_word(const SentenceView& view, int run_begin, int run_end) const;
  std::optional<Mention> find_role(const SentenceView& view, int i, int begin, int end) const;
  // The country a possessive or modifier before word `before` names on word i, or null.
  const ActorEntry* country_owning(const SentenceView& view, int i, int before) const;
  // True when word i names a body of a state ("ministry", "embassy", "central bank").
  bool is_state_body(const SentenceView& view, int i) const;
  // A role whose "at"/"from"/"with" phrase names a body no lexicon knows, named after it.
  std::optional<Mention> role_of_unnamed_body(const SentenceView& view, int i, int end, const Mention& role,
                                              std::string_view type) const;
  void mention_span(const SentenceView& view, int i, int& begin, int& end) const;
  bool is_title_word(std::string_view lower) const;
  // A proper noun, an acronym, or a capitalised noun that heads a run of proper nouns.
  bool is_name_head(const SentenceView& view, int i) const;
  bool extends_name(const SentenceView& view, int k, int begin, int end) const;
  std::optional<Mention> name_beside_place(const SentenceView& view, int i) const;
  std::optional<Mention> voice_of(const SentenceView& view, int i, int begin, int end) const;
  // When token i opens one name written with "and" ("Trinidad and Tobago", "Peace and Security
  // Council"), the index after its last word; else -1.
  int and_name_end(const SentenceView& view, int i) const;
  // A lexicon name of two or more words that the tagger or parse broke into pieces with heads
  // of their own ("Human Rights Watch" read as an adjective, a noun and a name).
  struct SplitName {
    int begin = 0;
    int end = 0;
    int representative = -1;  // the last word headed outside the name: the one that speaks for it
  };
  std::optional<SplitName> split_known_name(const SentenceView& view, int i) const;
  // A group of people of a country that no lexicon lists ("Scottish fishermen"), or nothing.
  std::optional<Mention> people_of_country(const SentenceView& view, int i, int begin, int end) const;
  // The person named after a posting's organisation ("Ambassador to NATO Grace Hollings") in a
  // title run [begin, end), or nothing.
  std::optional<Mention> name_after_posting(const SentenceView& view, int begin, int end) const;
  // The person named in apposition to role noun i ("the envoy, Pavel Orlov,"), or nothing.
  std::optional<Mention> person_in_apposition(const SentenceView& view, int i) const;

  const Lexicon& lexicon_;
  std::vector<std::pair<std::string, const ActorEntry*>> surnames_;  // sorted by word
};

EntityRef entity_from_actor(const ActorEntry& actor);

}  // namespace issuegraph::extract
