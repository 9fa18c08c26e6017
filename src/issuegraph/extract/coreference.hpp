// One actor, every name, within a document: later short names ("Blinken", "Mr. Blinken"),
// role nouns ("the secretary") and pronouns ("he", "its") resolve to an entity met earlier.
// The table is filled sentence by sentence in reading order; it lives for one document only, so
// the extractor stays const and thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/extract/mention_finder.hpp"

namespace issuegraph::extract {

class DocumentEntities {
 public:
  // Rewrites `mention` to the entity it names when an earlier entity explains it better than
  // the sentence alone: a surname or partial name of an earlier person, a role noun held by an
  // earlier person, a pronoun agreeing with a salient earlier actor. Returns false when a
  // pronoun or bare role finds no antecedent (the mention stays unresolved). A pronoun or role
  // never resolves to `excluded` (the id of its own clause's subject: "she accused him" is not
  // herself, nor "rights groups accused the group" the rights groups).
  bool resolve(Mention& mention, std::size_t sentence, std::string_view excluded = {}) const;

  // True when a person met so far has `word` (lower case) as the last word of their name.
  bool knows_surname(std::string_view word) const;

  // Records a resolved mention; `subject` marks grammatical subjects, which are more salient.
  void add(const Mention& mention, std::size_t sentence, bool subject);

 private:
  static constexpr std::size_t kNever = static_cast<std::size_t>(-1);
  struct Known {
    EntityRef entity;
    std::vector<std::string> name_words;
    std::vector<std::string> roles;
    std::string gender;
    bool plural = false;
    std::size_t sentence = 0;
    int token = 0;
    bool subject = false;
    bool lexicon = false;  // known to the lexicon (or a country word), not a guessed name
    int mentions = 0;      // how often the document has named it so far
    // The last sentence that named it in the plural ("Chinese officials" for China): "they" there
    // and in the next sentence may be it. kNever when none did.
    std::size_t plural_sentence = kNever;
    // The last sentence that named it by one person in office ("the Hungarian prime minister"
    // for Hungary): "he" or "she" there and in the next sentence may be it. kNever when none did.
    std::size_t office_sentence = kNever;
    // The last sentence in which it was the subject of a verb of saying. kNever when none was.
    std::size_t speaker_sentence = kNever;
  };
  bool resolve_name(Mention& mention) const;
  bool resolve_role(Mention& mention, std::string_view excluded) const;
  bool resolve_home_government(Mention& mention) const;
  bool resolve_pronoun(Mention& mention, std::size_t sentence, std::string_view excluded) const;

  std::vector<Known> known_;
};

}  // namespace issuegraph::extract
