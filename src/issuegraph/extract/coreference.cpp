#include "issuegraph/extract/coreference.hpp"

#include <algorithm>

namespace issuegraph::extract {
namespace {

bool has_word(const std::vector<std::string>& words, const std::string& w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// "European Automobile Manufacturers' Association" -> "association" (ASCII case folding is
// enough for the role nouns of the lexicon).
std::string last_word_lower(const std::string& label) {
  const std::size_t space = label.find_last_of(' ');
  std::string word = label.substr(space == std::string::npos ? 0 : space + 1);
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return word;
}

// True when every word of `role` ("prime minister") is among the words of the roles a person
// was seen with: "the minister" fits a foreign minister, "the prime minister" does not.
bool holds_role(const std::vector<std::string>& roles, const std::string& role) {
  std::vector<std::string> held;
  for (const std::string& r : roles) {
    std::size_t start = 0;
    for (std::size_t k = 0; k <= r.size(); ++k) {
      if (k == r.size() || r[k] == ' ') {
        if (k > start) held.push_back(r.substr(start, k - start));
        start = k + 1;
      }
    }
  }
  std::size_t start = 0;
  for (std::size_t k = 0; k <= role.size(); ++k) {
    if (k == role.size() || role[k] == ' ') {
      if (k > start && !has_word(held, role.substr(start, k - start))) return false;
      start = k + 1;
    }
  }
  return !role.empty();
}

// True when `words` open on an indefinite determiner ("a", "an", "another").
bool indefinite(const std::string& words) {
  std::string first = words.substr(0, words.find(' '));
  for (char& c : first) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return first == "a" || first == "an" || first == "another";
}

}  // namespace

bool DocumentEntities::resolve(Mention& mention, std::size_t sentence, std::string_view excluded) const {
  switch (mention.kind) {
    case MentionKind::kPronoun:
      return resolve_pronoun(mention, sentence, excluded);
    case MentionKind::kRole:
      return resolve_role(mention, excluded) || resolve_home_government(mention);
    case MentionKind::kUnknownName:
      resolve_name(mention);
      return true;
    default:
      return true;
  }
}

bool DocumentEntities::resolve_name(Mention& mention) const {
  // Only shorter names point back ("Blinken" after "Antony J. Blinken"); every word of the
  // short name must be a word of the earlier person's name.
  if (mention.name_words.empty() || mention.entity.type == "country") return false;
  for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
    const Known& k = *it;
    if (k.entity.type != "person" || k.entity.id == mention.entity.id) continue;
    if (k.name_words.size() < mention.name_words.size()) continue;
    if (k.name_words == mention.name_words) continue;
    // A stray possessive s ("Blinkens' trip") still names the same person.
    const bool all = std::all_of(mention.name_words.begin(), mention.name_words.end(), [&](const std::string& w) {
      return has_word(k.name_words, w) ||
             (w.size() > 3 && w.back() == 's' && has_word(k.name_words, w.substr(0, w.size() - 1)));
    });
    if (!all) continue;
    const std::string words = mention.entity.mention;
    mention.entity = k.entity;
    mention.entity.mention = words;
    mention.kind = MentionKind::kLexiconName;
    if (mention.gender.empty()) mention.gender = k.gender;
    return true;
  }
  return false;
}

bool DocumentEntities::resolve_role(Mention& mention, std::string_view excluded) const {
  // "the secretary": the latest person who held that role in this document; "the association":
  // the latest organisation whose name ends in that noun ("... Manufacturers' Association");
  // "the group": the latest armed or other group the lexicon knows as one.
  // Plural roles ("officials") name a group, not an entity met before.
  if (mention.plural || mention.role.empty()) return false;
  // "a senior official", "another diplomat": an indefinite role brings in someone new.
  if (indefinite(mention.entity.mention)) return false;
  for (auto it = known_.rbegin(); it != known_.rend(); ++it) {
    if (it->entity.id == excluded) continue;
    const bool named_after_role = it->entity.type != "person" && last_word_lower(it->entity.label) == mention.role;
    const bool a_group = mention.role == "group" && it->entity.type == "group" && it->lexicon;
    if (!holds_role(it->roles, mention.role) && !named_after_role && !a_group) continue;
    const std::string words = mention.entity.mention;
    mention.entity = it->entity;
    mention.entity.mention = words;
    mention.gender = it->gender;
    return true;
  }
  return false;
}

bool DocumentEntities::resolve_home_government(Mention& mention) const {
  // "the government", "the authorities" with no country named: the government of the country
  // the document has named most so far (the later one on a tie), which is what a reader takes.
  static constexpr std::string_view kGovernments[] = {"government", "authorities", "administration", "cabinet",
                                                      "country", "nation"};
  if (std::find(std::begin(kGovernments), std::end(kGovernments), mention.role) == std::end(kGovernments)) {
    return false;
  }
  // "the country" is the one in view; "her country" is the speaker's, which may be another.
  const std::string& written = mention.entity.mention;
  if ((mention.role == "country" || mention.role == "nation") && written.rfind("the ", 0) != 0 &&
      written.rfind("The ", 0) != 0)
    return false;
  const Known* home = nullptr;
  for (const Known& k : known_) {
    if (k.entity.type == "country" && (home == nullptr || k.mentions >= home->mentions)) home = &k;
  }
  if (home == nullptr) return false;
  const std::string words = mention.entity.mention;
  mention.entity = home->entity;
  mention.entity.mention = words;
  mention.kind = MentionKind::kCountryWord;
  mention.plural = false;
  return true;
}

bool DocumentEntities::resolve_pronoun(Mention& mention, std::size_t sentence, std::string_view excluded) const {
  const Known* best = nullptr;
  double best_score = 0.0;
  for (const Known& k : known_) {
    if (k.sentence + 2 < sentence || k.entity.id == excluded) continue;
    const bool person = k.entity.type == "person";
    bool agrees = false;
    if (mention.plural) {
      const bool named_in_plural = k.plural_sentence != kNever && k.plural_sentence + 1 >= sentence;
      agrees = k.plural || k.entity.type == "group" || named_in_plural;
    } else if (mention.gender == "neuter") {
      // A named group is "it" whatever its name's number ("the Rapid Support Forces ... it").
      agrees = !person && (!k.plural || k.lexicon || k.entity.type == "organization");
    } else {
      const bool in_office = k.office_sentence != kNever && k.office_sentence + 1 >= sentence;
      agrees = (person && !k.plural && (k.gender.empty() || k.gender == mention.gender)) || in_office;
    }
    if (!agrees) continue;
    // Recency first (same sentence, then the one before), then subjects, then later words.
    const double recency = sentence == k.sentence ? 4.0 : (sentence == k.sentence + 1 ? 2.5 : 1.0);
    // '"...," he said' after someone else's words: the speaker just quoted goes on speaking.
    const bool continues_speaker =
        mention.speaks && k.speaker_sentence != kNever && k.speaker_sentence + 2 >= sentence && person;
    const double score = recency + (k.subject ? 1.0 : 0.0) + (k.lexicon ? 0.5 : 0.0) +
                         (continues_speaker ? 1.5 : 0.0) + k.token / 1000.0;
    if (score > best_score) {
      best_score = score;
      best = &k;
    }
  }
  if (best == nullptr) return false;
  const std::string words = mention.entity.mention;
  mention.entity = best->entity;
  mention.entity.mention = words;
  return true;
}

bool DocumentEntities::knows_surname(std::string_view word) const {
  return std::any_of(known_.begin(), known_.end(), [&](const Known& k) {
    return k.entity.type == "person" && !k.name_words.empty() && k.name_words.back() == word;
  });
}

void DocumentEntities::add(const Mention& mention, std::size_t sentence, bool subject) {
  if (!mention.resolved()) return;
  for (Known& k : known_) {
    if (k.entity.id != mention.entity.id) continue;
    if (mention.name_words.size() > k.name_words.size()) k.name_words = mention.name_words;
    if (!mention.role.empty() && !has_word(k.roles, mention.role)) k.roles.push_back(mention.role);
    for (const std::string& r : mention.roles) {
      if (!has_word(k.roles, r)) k.roles.push_back(r);
    }
    if (k.gender.empty()) k.gender = mention.gender;
    ++k.mentions;
    // Keep the entry ordered by its latest mention so recency reads off the vector.
    k.sentence = sentence;
    k.token = mention.head;
    k.subject = subject;
    if (mention.plural && mention.kind != MentionKind::kPronoun) k.plural_sentence = sentence;
    if (mention.person_in_office) k.office_sentence = sentence;
    if (mention.speaks) k.speaker_sentence = sentence;
    Known moved = k;
    known_.erase(known_.begin() + (&k - known_.data()));
    known_.push_back(std::move(moved));
    return;
  }
  Known k;
  k.entity = mention.entity;
  k.entity.mention.clear();
  k.name_words = mention.name_words;
  if (!mention.role.empty()) k.roles.push_back(mention.role);
  for (const std::string& r : mention.roles) {
    if (!has_word(k.roles, r)) k.roles.push_back(r);
  }
  k.gender = mention.gender;
  k.plural = mention.plural;
  if (mention.plural && mention.kind != MentionKind::kPronoun) k.plural_sentence = sentence;
  if (mention.person_in_office) k.office_sentence = sentence;
  if (mention.speaks) k.speaker_sentence = sentence;
  k.sentence = sentence;
  k.token = mention.head;
  k.subject = subject;
  k.lexicon = mention.kind == MentionKind::kLexiconName || mention.kind == MentionKind::kCountryWord;
  k.mentions = 1;
  known_.push_back(std::move(k));
}

}  // namespace issuegraph::extract
