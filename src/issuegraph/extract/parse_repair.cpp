#include "issuegraph/extract/parse_repair.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "issuegraph/extract/sentence_view.hpp"

namespace issuegraph::extract {
namespace {

// Lemmas that are auxiliaries in UD English whatever the tagger says of them.
constexpr std::array<std::string_view, 15> kAuxiliaryLemmas = {
    "be", "have", "do", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "ought", "get", "need"};

// English pronouns and determiners: a closed class, so a word outside it is no pronoun.
constexpr std::array<std::string_view, 71> kPronounsAndDeterminers = {
    "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him",
    "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our",
    "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "this", "that", "these",
    "those", "who", "whom", "whose", "which", "what", "whoever", "whatever", "one", "someone",
    "somebody", "something", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
    "nobody", "nothing", "none", "all", "both", "each", "either", "neither", "some", "any", "many",
    "much", "few", "several", "the", "a", "an", "every", "no"};

bool is_auxiliary_lemma(const std::string& lemma) {
  const std::string lower = ascii_lower(lemma);
  return std::find(kAuxiliaryLemmas.begin(), kAuxiliaryLemmas.end(), lower) != kAuxiliaryLemmas.end();
}

// A capitalised word the tagger took for a pronoun or determiner though it is neither ("Xi"),
// or "US" in capitals (the United States, not "us"; other words in capitals are headlines).
bool is_name_read_as_pronoun(const Token& t) {
  if ((t.upos != "PRON" && t.upos != "DET") || t.form.empty() || t.form[0] < 'A' || t.form[0] > 'Z') return false;
  if (t.form == "US") return true;
  const std::string lower = ascii_lower(t.form);
  const bool closed = std::find(kPronounsAndDeterminers.begin(), kPronounsAndDeterminers.end(), lower) !=
                      kPronounsAndDeterminers.end();
  return !closed;
}

// 0-based index of a full verb attached as an auxiliary to a later verb, or -1.
int verb_read_as_auxiliary(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.upos != "VERB" || t.deprel != "aux" || t.head <= static_cast<int>(i + 1)) continue;
    if (t.head > static_cast<int>(tokens.size()) || tokens[static_cast<std::size_t>(t.head - 1)].upos != "VERB") continue;
    if (is_auxiliary_lemma(t.lemma.empty() ? t.form : t.lemma)) continue;
    return static_cast<int>(i);
  }
  return -1;
}

bool is_finite(const Token& t) { return t.xpos == "VBD" || t.xpos == "VBZ"; }

// 0-based index of a finite verb coordinated with an infinitive, or with a noun though it has
// no subject of its own, or -1; sets `finite_above` to the nearest finite verb above, which the
// conjunct belongs to ("Okafor praised the deal, according to the Lagos side, but warned
// traders ...": "warned" is no conjunct of "side").
int finite_conjunct_misattached(const Sentence& sentence, int& finite_above) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    if (t.deprel != "conj" || t.upos != "VERB" || !is_finite(t) || t.head < 1 || t.head > n) continue;
    const Token& h = tokens[static_cast<std::size_t>(t.head - 1)];
    // Or with a participle modifying a noun or a clause, when the conjunct reports a clause
    // ('called the decision "politically motivated" and said Kyiv would ...', 'replied to the
    // request, sent in November, and warned that ...').
    const bool reports = std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == i + 1 && d.deprel == "ccomp";
    });
    const bool infinitive = h.xpos == "VB" && h.deprel == "xcomp";
    const bool subjectless = std::none_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == i + 1 && d.deprel.starts_with("nsubj");
    });
    // A past tense without a subject after a participle ("any agreement reached in Luanda and
    // demanded talks") is no second participle either.
    const bool participle = (h.xpos == "VBN" || h.xpos == "VBG") && (h.deprel == "acl" || h.deprel == "advcl") &&
                            (reports || (t.xpos == "VBD" && subjectless));
    const bool of_noun = (h.upos == "NOUN" || h.upos == "PROPN") && subjectless;
    if (!infinitive && !participle && !of_noun) continue;
    // Climb to the nearest finite verb; at most the length of the sentence.
    int a = h.head;
    for (int step = 0; step < n && a >= 1 && a <= n; ++step) {
      const Token& above = tokens[static_cast<std::size_t>(a - 1)];
      if (above.upos == "VERB" && is_finite(above)) break;
      a = above.head;
    }
    if (a < 1 || a > n || a - 1 == i) continue;
    finite_above = a - 1;
    return i;
  }
  return -1;
}

// 0-based index of the first word of the phrase that word i heads.
int first_word_of(const Sentence& sentence, int i) {
  int first = i;
  for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
    int a = sentence.tokens[k].head;
    for (std::size_t step = 0; step < sentence.tokens.size() && a >= 1 && a - 1 != i; ++step) {
      a = sentence.tokens[static_cast<std::size_t>(a - 1)].head;
    }
    if (a - 1 == i) first = std::min(first, static_cast<int>(k));
  }
  return first;
}

// 0-based index of the sentence's root word, or -1 when no word is attached to the root.
int root_of(const Sentence& sentence) {
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    if (sentence.tokens[i].head == 0) return static_cast<int>(i);
  }
  return -1;
}

// 0-based index of a verb the parse hung on the subject's phrase though the root after it has
// a second subject, or -1. Sets `root` to that root.
int main_verb_read_as_modifier(const Sentence& sentence, int& root) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  root = root_of(sentence);
  if (root < 0) return -1;
  int first = -1;
  int second = -1;
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    if (t.head != root + 1 || t.deprel != "nsubj") continue;
    if (first < 0) {
      first = i;
    } else if (second < 0) {
      second = i;
    }
  }
  if (second < 0 || second > root) return -1;
  // The verb between the two subjects, inside the first subject's phrase.
  for (int v = first + 1; v < second; ++v) {
    const Token& t = tokens[static_cast<std::size_t>(v)];
    if (t.upos != "VERB" || (t.xpos != "VBN" && t.xpos != "VBD") || t.deprel != "acl") continue;
    int a = t.head;
    for (int step = 0; step < n && a >= 1 && a - 1 != first; ++step) a = tokens[static_cast<std::size_t>(a - 1)].head;
    if (a - 1 != first) continue;
    // What follows the verb is its complement: the one told ("told parliament it was ..."), or
    // the second subject's clause right after it ("said the cuts would ...").
    const bool addressee = std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == v + 1 && (d.deprel == "iobj" || d.deprel == "obj");
    });
    if (addressee || first_word_of(sentence, second) == v + 1) return v;
  }
  return -1;
}

// Hands the dependents of word `from` in the words [begin, end) to word `to` (0-based).
void move_dependents(Sentence& sentence, int from, int to, int begin, int end) {
  for (int k = begin; k < end; ++k) {
    Token& d = sentence.tokens[static_cast<std::size_t>(k)];
    if (d.head == from + 1) d.head = to + 1;
  }
}

void make_main_verb(Sentence& sentence, int verb, int root) {
  auto& tokens = sentence.tokens;
  Token& v = tokens[static_cast<std::size_t>(verb)];
  Token& r = tokens[static_cast<std::size_t>(root)];
  v.head = 0;
  v.deprel = "root";
  v.xpos = "VBD";
  r.head = verb + 1;
  r.deprel = "ccomp";
  move_dependents(sentence, root, verb, 0, verb);  // the first subject and what came before it
}

// 0-based index of a relative clause that is the whole sentence under a bare root noun whose
// next word is the clause's subject, or -1.
int clause_under_noun_root(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int r = 0; r + 1 < n; ++r) {
    const Token& root = tokens[static_cast<std::size_t>(r)];
    if (root.head != 0) continue;
    if (root.upos != "NOUN") return -1;
    const Token& next = tokens[static_cast<std::size_t>(r + 1)];
    if (next.deprel != "nsubj" || next.head < 1 || next.head > n) return -1;
    const Token& clause = tokens[static_cast<std::size_t>(next.head - 1)];
    const bool bare = std::none_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == r + 1 && (d.deprel == "det" || d.deprel == "cop" || d.deprel == "nsubj");
    });
    return bare && clause.head == r + 1 && clause.deprel == "acl:relcl" && clause.upos == "VERB" ? next.head - 1 : -1;
  }
  return -1;
}

void make_clause_the_sentence(Sentence& sentence, int clause) {
  auto& tokens = sentence.tokens;
  const int noun = tokens[static_cast<std::size_t>(clause)].head - 1;
  for (Token& d : tokens) {
    if (d.head == noun + 1) d.head = clause + 1;  // the noun's other dependents (punctuation, appositions)
  }
  Token& c = tokens[static_cast<std::size_t>(clause)];
  c.head = 0;
  c.deprel = "root";
  Token& n = tokens[static_cast<std::size_t>(noun)];
  n.head = noun + 2;  // the subject right after it
  n.deprel = "compound";
}

// 0-based index of the first verb after a noun root that the parse made a modifier, or -1;
// sets `root` to the noun.
int verb_under_noun_root(const Sentence& sentence, int& root) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  root = root_of(sentence);
  if (root < 0 || (tokens[static_cast<std::size_t>(root)].upos != "NOUN" &&
                   tokens[static_cast<std::size_t>(root)].upos != "PROPN")) {
    return -1;
  }
  auto has_dependent = [&](int head, auto accept) {
    return std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) { return d.head == head + 1 && accept(d); });
  };
  if (has_dependent(root, [](const Token& d) { return d.deprel == "cop" || d.deprel.starts_with("aux"); })) return -1;
  for (int v = root + 1; v < n; ++v) {
    const Token& t = tokens[static_cast<std::size_t>(v)];
    if (t.upos != "VERB") continue;
    // The first verb decides: a real participle ("the damaged building") is no sentence.
    const bool modifier = (t.deprel == "amod" && t.head == v + 2) || (t.deprel == "acl" && t.head == root + 1);
    const bool finite_form = t.xpos == "VBD" || t.xpos == "VBN";
    const bool own_clause = has_dependent(v, [](const Token& d) {
      return d.deprel.starts_with("nsubj") || d.deprel.starts_with("aux") || d.deprel == "mark";
    });
    return modifier && finite_form && !own_clause ? v : -1;
  }
  return -1;
}

void make_verb_the_root(Sentence& sentence, int verb, int root) {
  auto& tokens = sentence.tokens;
  Token& v = tokens[static_cast<std::size_t>(verb)];
  if (v.deprel == "amod") {
    Token& modified = tokens[static_cast<std::size_t>(verb + 1)];
    modified.head = verb + 1;
    modified.deprel = "obj";
  }
  move_dependents(sentence, root, verb, verb + 1, static_cast<int>(tokens.size()));  // what follows the verb
  v.head = 0;
  v.deprel = "root";
  v.xpos = "VBD";
  Token& r = tokens[static_cast<std::size_t>(root)];
  r.head = verb + 1;
  r.deprel = "nsubj";
}

// True when word `head` (0-based) has a dependent of relation `relation`, subtypes included
// ("nsubj" finds "nsubj:pass"; "cc" does not find "ccomp").
bool has_child(const Sentence& sentence, int head, std::string_view relation) {
  return std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [&](const Token& d) {
    return d.head == head + 1 && d.deprel.starts_with(relation) &&
           (d.deprel.size() == relation.size() || d.deprel[relation.size()] == ':');
  });
}

bool is_finite_verb(const Token& t) { return t.upos == "VERB" && (is_finite(t) || t.xpos == "VBP"); }

// True when word `verb` has a finite auxiliary ("has threatened", "will meet").
bool has_finite_aux(const Sentence& sentence, int verb) {
  return std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [&](const Token& d) {
    return d.head == verb + 1 && d.deprel == "aux" &&
           (d.xpos == "VBD" || d.xpos == "VBZ" || d.xpos == "VBP" || d.xpos == "MD");
  });
}

// True when word `i` lies in the phrase headed by word `head` (0-based; a word is in its own).
bool in_phrase_of(const Sentence& sentence, int i, int head) {
  const int n = static_cast<int>(sentence.tokens.size());
  for (int a = i + 1, step = 0; a >= 1 && a <= n && step <= n; ++step) {
    if (a - 1 == head) return true;
    a = sentence.tokens[static_cast<std::size_t>(a - 1)].head;
  }
  return false;
}

// 0-based index of a sentence's main verb that the parse made a conjunct inside the subject's
// phrase, or -1: a finite verb with no subject and no conjunction of its own, right after a
// comma, coordinated either with a relative clause under a verbless noun root ("The OAS, whose
// observers monitored the vote, said ..." with "said" a conjunct of "monitored") or with a root
// that has two subjects ("Kipiani, a critic whose role is ceremonial, said ..." with "ceremonial"
// the root of both "Kipiani" and "role").
int main_verb_read_as_conjunct(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  if (root < 0) return -1;
  const Token& r = tokens[static_cast<std::size_t>(root)];
  const auto subjects = std::count_if(tokens.begin(), tokens.end(), [&](const Token& d) {
    return d.head == root + 1 && d.deprel.starts_with("nsubj");
  });
  const bool noun_root = (r.upos == "NOUN" || r.upos == "PROPN") && !has_child(sentence, root, "cop");
  for (int v = root + 1; v < static_cast<int>(tokens.size()); ++v) {
    const Token& t = tokens[static_cast<std::size_t>(v)];
    // The comma may stand before the verb's auxiliaries (", has threatened").
    int before = v - 1;
    while (before > root && tokens[static_cast<std::size_t>(before)].head == v + 1 &&
           tokens[static_cast<std::size_t>(before)].deprel == "aux")
      --before;
    if (tokens[static_cast<std::size_t>(before)].form != "," || t.head < 1 || t.head - 1 >= v) continue;
    if (has_child(sentence, v, "nsubj") || has_child(sentence, v, "cc") || has_child(sentence, v, "mark")) continue;
    const int h = t.head - 1;
    const Token& head = tokens[static_cast<std::size_t>(h)];
    const bool conjunct = t.deprel == "conj" && (is_finite_verb(t) || (t.upos == "VERB" && has_finite_aux(sentence, v)));
    const bool of_relative = conjunct && noun_root && head.deprel == "acl:relcl" && in_phrase_of(sentence, h, root);
    const bool of_double_subject_root =
        (conjunct || (t.deprel == "parataxis" && is_finite_verb(t))) && h == root && subjects >= 2;
    // "China, which has invested in both, called for restraint" with "called" a participle of
    // "China": after the noun's relative clause the verb is the sentence's.
    // "The Consejo Minero, which represents the producers, warned that ..." and "Farmers, the
    // largest group, staged protests" with the verb under the clause's or apposition's noun: a
    // participle with an object or a reported clause of its own is no modifier there.
    int set_off = -1;  // the relative clause or apposition of the root before the verb
    for (int k = root + 1; k < v && set_off < 0; ++k) {
      const Token& d = tokens[static_cast<std::size_t>(k)];
      if (d.head == root + 1 && (d.deprel == "acl:relcl" || d.deprel == "appos")) set_off = k;
    }
    const bool with_object = has_child(sentence, v, "obj") || has_child(sentence, v, "ccomp");
    const bool participle = t.deprel == "acl" && t.upos == "VERB" && (t.xpos == "VBD" || t.xpos == "VBN") && noun_root;
    const bool after_relative =
        participle && set_off >= 0 &&
        ((h == root && tokens[static_cast<std::size_t>(set_off)].deprel == "acl:relcl") ||
         (h != root && with_object && in_phrase_of(sentence, h, set_off)));
    if (of_relative || of_double_subject_root || after_relative) return v;
  }
  return -1;
}

// The verb becomes the root. Its subject is the old root (a noun) or the old root's first
// subject, which the old root then describes as a relative clause; what followed the verb
// under the old root (final punctuation) is the verb's.
void make_conjunct_the_root(Sentence& sentence, int verb) {
  auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  Token& r = tokens[static_cast<std::size_t>(root)];
  int subject = root;
  if (r.upos != "NOUN" && r.upos != "PROPN") {
    for (int k = 0; k < static_cast<int>(tokens.size()); ++k) {
      if (tokens[static_cast<std::size_t>(k)].head == root + 1 && tokens[static_cast<std::size_t>(k)].deprel.starts_with("nsubj")) {
        subject = k;
        break;
      }
    }
  }
  move_dependents(sentence, root, verb, verb + 1, static_cast<int>(tokens.size()));
  // "Quispe, who has not been charged, resigned but says ...": the conjuncts after the verb
  // coordinate with it, not with the clause it was hung on.
  const int old_head = tokens[static_cast<std::size_t>(verb)].head - 1;
  for (int k = verb + 1; k < static_cast<int>(tokens.size()); ++k) {
    Token& t = tokens[static_cast<std::size_t>(k)];
    if (old_head >= 0 && old_head != root && t.head == old_head + 1 && t.deprel == "conj") t.head = verb + 1;
  }
  Token& v = tokens[static_cast<std::size_t>(verb)];
  v.head = 0;
  v.deprel = "root";
  Token& s = tokens[static_cast<std::size_t>(subject)];
  if (subject != root) {
    r.head = subject + 1;
    r.deprel = "acl:relcl";
  }
  s.head = verb + 1;
  s.deprel = "nsubj";
}

// 0-based index of a clause with a finite auxiliary that the parse hung on the subject's phrase
// as a plain modifier under a verbless noun root ("The crossing, the main trade route, was
// closed by ..." with "closed" a modifier of "route"), or -1. A modifier of a noun has no
// finite auxiliary unless it is a relative clause.
int clause_read_as_noun_modifier(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  if (root < 0) return -1;
  const Token& r = tokens[static_cast<std::size_t>(root)];
  if ((r.upos != "NOUN" && r.upos != "PROPN") || has_child(sentence, root, "cop")) return -1;
  for (int v = root + 1; v < static_cast<int>(tokens.size()); ++v) {
    const Token& t = tokens[static_cast<std::size_t>(v)];
    if (t.upos != "VERB" || t.deprel != "acl" || !in_phrase_of(sentence, v, root)) continue;
    if (has_child(sentence, v, "nsubj") || has_child(sentence, v, "mark")) continue;
    const bool finite_auxiliary = std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == v + 1 && d.deprel.starts_with("aux") &&
             (d.xpos == "VBD" || d.xpos == "VBZ" || d.xpos == "VBP" || d.xpos == "MD");
    });
    if (finite_auxiliary) return v;
  }
  return -1;
}

void make_modifier_the_clause(Sentence& sentence, int verb) {
  auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  move_dependents(sentence, root, verb, verb + 1, static_cast<int>(tokens.size()));
  const bool passive = has_child(sentence, verb, "aux:pass");
  Token& v = tokens[static_cast<std::size_t>(verb)];
  v.head = 0;
  v.deprel = "root";
  Token& r = tokens[static_cast<std::size_t>(root)];
  r.head = verb + 1;
  r.deprel = passive ? "nsubj:pass" : "nsubj";
}

// Nouns naming where something was said: "said in a statement", "told in an interview".
constexpr std::array<std::string_view, 10> kStatementNouns = {
    "statement", "interview", "letter", "speech", "post", "message", "briefing", "release", "communique", "address"};

// 0-based index of reported content that the parse made a relative clause of the statement it
// was said in ('said in a statement it would "not stand in the way"' with "stand" a relative
// clause of "statement"), or -1; sets `verb` to the verb of saying. The content has a subject
// and an auxiliary, starts right after the noun without a relative word, and the verb of
// saying has no other content clause.
int content_read_as_relative_clause(const Sentence& sentence, int& verb) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int c = 0; c < n; ++c) {
    const Token& clause = tokens[static_cast<std::size_t>(c)];
    if (clause.deprel != "acl:relcl" || clause.head < 1) continue;
    const int noun = clause.head - 1;
    const Token& statement = tokens[static_cast<std::size_t>(noun)];
    const std::string lemma = ascii_lower(statement.lemma.empty() ? statement.form : statement.lemma);
    if (std::find(kStatementNouns.begin(), kStatementNouns.end(), lemma) == kStatementNouns.end()) continue;
    if (statement.deprel != "obl" || statement.head < 1) continue;
    const int v = statement.head - 1;
    if (tokens[static_cast<std::size_t>(v)].upos != "VERB" || has_child(sentence, v, "ccomp")) continue;
    if (first_word_of(sentence, c) != noun + 1 || !has_child(sentence, c, "nsubj") || !has_child(sentence, c, "aux")) continue;
    const std::string first = ascii_lower(tokens[static_cast<std::size_t>(noun + 1)].form);
    if (first == "that" || first == "which" || first == "who" || first == "whom" || first == "where") continue;
    verb = v;
    return c;
  }
  return -1;
}

bool is_temporal_relation(std::string_view deprel) {
  return deprel == "obl:tmod" || deprel == "obl:unmarked" || deprel == "obl:npmod";
}

// 0-based index of a to-infinitive that the parse made a modifier of a bare time phrase
// ("agreed last year to extend ..." with "extend" under "year"), or -1. The infinitive
// completes the verb the time phrase belongs to.
int infinitive_under_time_phrase(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int c = 0; c < n; ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.upos != "VERB" || t.deprel != "acl" || t.head < 1 || !has_child(sentence, c, "mark")) continue;
    const bool to = std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == c + 1 && d.deprel == "mark" && ascii_lower(d.form) == "to";
    });
    const Token& time = tokens[static_cast<std::size_t>(t.head - 1)];
    if (!to || !is_temporal_relation(time.deprel) || time.head < 1) continue;
    if (tokens[static_cast<std::size_t>(time.head - 1)].upos == "VERB") return c;
  }
  return -1;
}

bool is_closing_quote(const Token& t) { return t.form == "\"" || t.form == "\u201d" || t.form == "''"; }

// 0-based index of a speaker's clause after a quotation ('"...," she told a crowd') that the
// parse hung on a clause inside the quotation rather than on the quotation's root, or -1.
int speaker_clause_inside_quote(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  for (int p = root + 1; root >= 0 && p < static_cast<int>(tokens.size()); ++p) {
    const Token& t = tokens[static_cast<std::size_t>(p)];
    if (t.deprel != "parataxis" || t.head == root + 1 || t.upos != "VERB") continue;
    // The quotation closes right before the clause or at its start (its punctuation).
    bool after_quote = false;
    for (int k = std::max(first_word_of(sentence, p) - 1, 0); k < p; ++k) {
      after_quote = after_quote || is_closing_quote(tokens[static_cast<std::size_t>(k)]);
    }
    if (after_quote && in_phrase_of(sentence, t.head - 1, root)) return p;
  }
  return -1;
}

// True when `head` has the function word `word` under `relation` ("mark" for "that", "to";
// "case" for prepositions).
bool has_function_word(const Sentence& sentence, int head, std::string_view relation, std::string_view word) {
  return std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [&](const Token& d) {
    return d.head == head + 1 && d.deprel == relation && ascii_lower(d.form) == word;
  });
}

bool has_marker(const Sentence& sentence, int head, std::string_view word) {
  return has_function_word(sentence, head, "mark", word);
}

// 0-based index of the first of two subjects of one verb that stand side by side, or -1; sets
// `modifier` when it modifies the second ("Rights groups have accused ..." with both "Rights"
// and "groups" subjects; "The Dairy Farmers' Union said ..." with "Farmers" and "Union"), and
// clears it when a noun with its own determiner is described by the clause ("..., a charge
// Kigali denies" with "charge" and "Kigali" subjects of "denies"). UD gives a clause one
// subject. Only an apostrophe may stand between them.
int noun_read_as_second_subject(const Sentence& sentence, bool& modifier) {
  const auto& tokens = sentence.tokens;
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    const Token& a = tokens[i];
    std::size_t j = i + 1;
    while (j < tokens.size() && (tokens[j].form == "'" || tokens[j].form == "\u2019")) ++j;
    if (j >= tokens.size() || j > i + 2) continue;
    const Token& b = tokens[j];
    if (a.deprel != "nsubj" || b.deprel != "nsubj" || a.head != b.head || (a.upos != "NOUN" && a.upos != "PROPN")) {
      continue;
    }
    modifier = j == i + 2 || !has_child(sentence, static_cast<int>(i), "det");
    if (modifier || a.upos == "NOUN") return static_cast<int>(i);
  }
  return -1;
}

// The noun heads the clause's place in the sentence, and the clause describes it.
void make_clause_describe_noun(Sentence& sentence, int noun) {
  auto& tokens = sentence.tokens;
  const int verb = tokens[static_cast<std::size_t>(noun)].head - 1;
  Token& n = tokens[static_cast<std::size_t>(noun)];
  Token& v = tokens[static_cast<std::size_t>(verb)];
  n.head = v.head;
  n.deprel = v.deprel == "conj" || v.deprel == "parataxis" ? "appos" : v.deprel;
  for (int k = 0; k < noun; ++k) {
    Token& d = tokens[static_cast<std::size_t>(k)];
    if (d.head == verb + 1 && d.deprel == "punct") d.head = noun + 1;  // the comma before the noun
  }
  v.head = noun + 1;
  v.deprel = "acl:relcl";
}

// Makes the first of two side-by-side subjects (see above) a modifier of the second, which
// takes over its determiner and the apostrophe.
void make_first_subject_a_modifier(Sentence& sentence, int first) {
  auto& tokens = sentence.tokens;
  int second = first + 1;
  while (tokens[static_cast<std::size_t>(second)].deprel != "nsubj") ++second;
  for (Token& d : tokens) {
    if (d.head == first + 1 && (d.deprel == "det" || d.deprel == "punct")) d.head = second + 1;
  }
  tokens[static_cast<std::size_t>(first)].head = second + 1;
  tokens[static_cast<std::size_t>(first)].deprel = "compound";
}

// 0-based index of a lower-case noun that the parse made an apposition of the lower-case noun
// right before it ("The Saudi crown prince received ..." with "prince" an apposition of
// "crown"), or -1. An apposition is set off from its noun; two nouns side by side are a compound
// whose head is the second.
int compound_read_as_apposition(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  for (int i = 1; i < static_cast<int>(tokens.size()); ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    const Token& before = tokens[static_cast<std::size_t>(i - 1)];
    if (t.deprel != "appos" || t.head != i || before.upos != "NOUN") continue;
    const bool lower = !t.form.empty() && t.form[0] >= 'a' && t.form[0] <= 'z' && !before.form.empty() &&
                       before.form[0] >= 'a' && before.form[0] <= 'z';
    if (lower && (t.upos == "NOUN" || t.upos == "PROPN")) return i;
  }
  return -1;
}

void make_apposition_the_head(Sentence& sentence, int noun) {
  auto& tokens = sentence.tokens;
  const int modifier = noun - 1;
  for (Token& d : tokens) {
    if (d.head == modifier + 1 && &d != &tokens[static_cast<std::size_t>(noun)]) d.head = noun + 1;
  }
  Token& head = tokens[static_cast<std::size_t>(noun)];
  Token& m = tokens[static_cast<std::size_t>(modifier)];
  head.head = m.head;
  head.deprel = m.deprel;
  if (head.upos == "PROPN") {
    head.upos = "NOUN";
    head.xpos = "NN";
  }
  m.head = noun + 1;
  m.deprel = "compound";
}

// 0-based index of a passive clause without a subject that the parse made the complement of a
// participle after the sentence's subject ("Commanders accused of attacks were named ..." read
// as "Commanders accused [someone] of attacks; were named"), or -1. A finite passive needs a
// subject; the participle describes the subject instead.
int passive_read_as_complement(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  if (root < 0 || tokens[static_cast<std::size_t>(root)].upos != "VERB" || !has_child(sentence, root, "nsubj")) return -1;
  if (has_child(sentence, root, "obj") || has_child(sentence, root, "aux")) return -1;
  // The participle's own complement ("of attacks") comes between it and the clause, and the
  // clause is its only one (a verb of saying with its own content is left alone).
  const auto complements = std::count_if(tokens.begin(), tokens.end(), [&](const Token& d) {
    return d.head == root + 1 && (d.deprel == "ccomp" || d.deprel == "xcomp");
  });
  if (complements != 1) return -1;
  for (int c = root + 1; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.head != root + 1 || t.deprel != "ccomp" || !has_child(sentence, c, "aux:pass")) continue;
    if (has_child(sentence, c, "nsubj") || has_child(sentence, c, "mark") || has_child(sentence, c, "expl")) continue;
    const bool complement_between = std::any_of(tokens.begin() + root + 1, tokens.begin() + c, [&](const Token& d) {
      return d.head == root + 1 && (d.deprel == "obl" || d.deprel == "advcl");
    });
    if (complement_between) return c;
  }
  return -1;
}

void make_passive_the_root(Sentence& sentence, int clause) {
  auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  int subject = -1;
  for (int k = 0; k < root; ++k) {
    if (tokens[static_cast<std::size_t>(k)].head == root + 1 && tokens[static_cast<std::size_t>(k)].deprel == "nsubj") subject = k;
  }
  move_dependents(sentence, root, clause, clause + 1, static_cast<int>(tokens.size()));
  Token& c = tokens[static_cast<std::size_t>(clause)];
  c.head = 0;
  c.deprel = "root";
  Token& r = tokens[static_cast<std::size_t>(root)];
  Token& s = tokens[static_cast<std::size_t>(subject)];
  r.head = subject + 1;
  r.deprel = "acl";
  r.xpos = "VBN";
  s.head = clause + 1;
  s.deprel = "nsubj:pass";
}

// 0-based index of the adjective of "<subject> is due to visit ..." (also "ready to", "likely
// to") when the parse left the subject as the root and hung the adjective on "is", or -1. In UD
// the adjective heads the clause, with "is" its copula and the infinitive its complement; read
// otherwise, the verb has no subject.
int adjective_clause_under_subject(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  const int root = root_of(sentence);
  if (root < 0 || (tokens[static_cast<std::size_t>(root)].upos != "NOUN" &&
                   tokens[static_cast<std::size_t>(root)].upos != "PROPN")) {
    return -1;
  }
  for (int a = root + 2; a + 2 < n; ++a) {
    const Token& be = tokens[static_cast<std::size_t>(a - 1)];
    const Token& adjective = tokens[static_cast<std::size_t>(a)];
    const Token& to = tokens[static_cast<std::size_t>(a + 1)];
    const Token& verb = tokens[static_cast<std::size_t>(a + 2)];
    if (be.lemma != "be" || adjective.upos != "ADJ" || to.form != "to" || verb.upos != "VERB" || verb.xpos != "VB") {
      continue;
    }
    return has_child(sentence, a, "cop") ? -1 : a;
  }
  return -1;
}

void make_adjective_the_root(Sentence& sentence, int adjective) {
  auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  const int be = adjective - 1;
  const int verb = adjective + 2;
  // What hung on the subject or on "is" after "is" (the final stop, a time phrase) now hangs
  // on the adjective.
  for (int k = be + 1; k < static_cast<int>(tokens.size()); ++k) {
    Token& d = tokens[static_cast<std::size_t>(k)];
    if (d.head == root + 1 || d.head == be + 1) d.head = adjective + 1;
  }
  auto attach = [&](int word, int head, const char* relation) {
    tokens[static_cast<std::size_t>(word)].head = head;
    tokens[static_cast<std::size_t>(word)].deprel = relation;
  };
  attach(adjective, 0, "root");
  attach(root, adjective + 1, "nsubj");
  attach(be, adjective + 1, "cop");
  attach(adjective + 1, verb + 1, "mark");
  attach(verb, adjective + 1, "xcomp");
}

// 0-based index of an "of"-gerund that the parse hung on a prepositional phrase of a verb
// ("accused the government in Niger of blocking ..." with "blocking" under "Niger"), or -1:
// a place or time phrase takes no such clause; the verb does.
int gerund_under_oblique(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.upos != "VERB" || t.xpos != "VBG" || t.deprel != "acl" || t.head < 1 || !has_marker(sentence, c, "of")) continue;
    const Token& oblique = tokens[static_cast<std::size_t>(t.head - 1)];
    if (oblique.deprel == "obl" && oblique.head >= 1 && tokens[static_cast<std::size_t>(oblique.head - 1)].upos == "VERB") {
      return c;
    }
  }
  return -1;
}

// 0-based index of a that-clause the parse hung on an adverb of a verb ("said afterwards that
// both sides wanted ..." with "wanted" under "afterwards"), or -1: the clause is the verb's.
int that_clause_under_adverb(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.head < 1 || !has_marker(sentence, c, "that") || !has_child(sentence, c, "nsubj")) continue;
    const Token& adverb = tokens[static_cast<std::size_t>(t.head - 1)];
    if (adverb.upos == "ADV" && adverb.deprel == "advmod" && adverb.head >= 1 &&
        tokens[static_cast<std::size_t>(adverb.head - 1)].upos == "VERB") {
      return c;
    }
  }
  return -1;
}

// The last word of the phrase word i heads.
int last_word_of(const Sentence& sentence, int i) {
  int last = i;
  for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
    if (static_cast<int>(k) > last && in_phrase_of(sentence, static_cast<int>(k), i)) last = static_cast<int>(k);
  }
  return last;
}

// 0-based index of the subject of a finite root that the parse made an apposition inside the
// prepositional phrase opening the sentence ("In an interview with Reuters, the minister's
// adviser, Ana Ruiz, said ..." with "adviser" an apposition of "Reuters"), or -1. The root has
// no subject, and only punctuation stands between the apposition and the root.
int subject_read_as_apposition(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  if (root < 0 || !is_finite_verb(tokens[static_cast<std::size_t>(root)])) return -1;
  for (const Token& t : tokens) {
    if (t.head == root + 1 && (t.deprel.starts_with("nsubj") || t.deprel == "expl" || t.deprel.starts_with("csubj")))
      return -1;
  }
  for (int k = 0; k < root; ++k) {
    const Token& t = tokens[static_cast<std::size_t>(k)];
    if (t.deprel != "appos" || t.head < 1 || t.head - 1 == root) continue;
    const Token& noun = tokens[static_cast<std::size_t>(t.head - 1)];
    if (noun.deprel == "appos" || !has_child(sentence, t.head - 1, "case")) continue;
    int first = first_word_of(sentence, k);
    while (first < k && tokens[static_cast<std::size_t>(first)].upos == "PUNCT") ++first;
    if (first == 0 || tokens[static_cast<std::size_t>(first - 1)].form != ",") continue;
    bool adjacent = true;
    for (int w = last_word_of(sentence, k) + 1; w < root; ++w) adjacent = adjacent && tokens[static_cast<std::size_t>(w)].upos == "PUNCT";
    if (adjacent) return k;
  }
  return -1;
}

// 0-based index of a to-infinitive coordinated with a verb that has no "to" though an earlier
// to-infinitive stands before it ("pressed Accra to overhaul the board, whose losses it counts
// as a risk, and to stop ..." with "stop" a conjunct of "counts"), or -1; sets `infinitive` to
// that earlier one, which it coordinates with.
int infinitive_conjunct_misattached(const Sentence& sentence, int& infinitive) {
  const auto& tokens = sentence.tokens;
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.deprel != "conj" || t.upos != "VERB" || t.head < 1 || !has_marker(sentence, c, "to")) continue;
    if (has_marker(sentence, t.head - 1, "to")) continue;
    for (int k = t.head - 2; k >= 0; --k) {
      const Token& earlier = tokens[static_cast<std::size_t>(k)];
      if (earlier.upos == "VERB" && (earlier.deprel == "xcomp" || earlier.deprel == "advcl") &&
          has_marker(sentence, k, "to")) {
        infinitive = k;
        return c;
      }
    }
  }
  return -1;
}

// 0-based index of an "it" the parse made an expletive of a verb that has no clause for it to
// stand in for ("said it would take control of ..." with "it" expl of "take"), or -1: an
// expletive anticipates a clause ("it is clear that ..."); without one, "it" is the subject.
int subject_read_as_expletive(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  for (int k = 0; k < static_cast<int>(tokens.size()); ++k) {
    const Token& t = tokens[static_cast<std::size_t>(k)];
    if (t.deprel != "expl" || ascii_lower(t.form) != "it" || t.head < 1) continue;
    const int verb = t.head - 1;
    if (tokens[static_cast<std::size_t>(verb)].upos != "VERB") continue;
    const bool anticipates = has_child(sentence, verb, "nsubj") || has_child(sentence, verb, "ccomp") ||
                             has_child(sentence, verb, "csubj") || has_child(sentence, verb, "xcomp") ||
                             has_child(sentence, verb, "cop");
    if (!anticipates) return k;
  }
  return -1;
}

// Verbs that take the one told and then what they are told ("told reporters that ...").
constexpr std::array<std::string_view, 12> kTellingVerbs = {"tell",   "inform", "assure", "reassure", "warn",  "remind",
                                                            "notify", "brief",  "caution", "promise", "alert", "advise"};

bool is_nominal(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON"; }

// True when clause `c` opens with "that" and has a subject of its own. Sets `marked` when
// "that" is its marker; otherwise the parse took "that" for a relative pronoun, which after the
// one told it is not ("told a press conference that 900 people had arrived" with "that" an
// object of "arrived").
bool opens_content_clause(const Sentence& sentence, int c, bool& marked) {
  const int first = first_word_of(sentence, c);
  if (first >= c) return false;
  const Token& that = sentence.tokens[static_cast<std::size_t>(first)];
  if (ascii_lower(that.form) != "that" || that.head != c + 1 || that.deprel.starts_with("nsubj")) return false;
  marked = that.deprel == "mark";
  return has_child(sentence, c, "nsubj");
}

// 0-based index of a that-clause the parse hung on a dependent of a verb of saying, or -1: on
// the one told ("told reporters that the plant would close" with "close" a clause of
// "reporters"), or on where or when it was said ("said in a statement on Monday that ...",
// "said on Monday that the law was ..."). Sets `verb` to the verb and `told` to the one told
// (-1 when none). The clause has its own subject, so "that" is no relative pronoun, and the
// verb has no other content clause. `reports` says which verbs report content; without it only
// the verbs of telling count.
int content_under_dependent(const Sentence& sentence, const ReportingVerbTest& reports, int& verb, int& told) {
  const auto& tokens = sentence.tokens;
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    // A copular clause ("that Karim was in India") may be read as a prepositional phrase, and
    // a clause on the one told as its complement (which a noun cannot have).
    if (t.head < 1) continue;
    const bool complement_of_nominal = t.deprel == "ccomp" && is_nominal(tokens[static_cast<std::size_t>(t.head - 1)]);
    if (!t.deprel.starts_with("acl") && !t.deprel.starts_with("nmod") && !complement_of_nominal) continue;
    bool marked = false;
    if (!opens_content_clause(sentence, c, marked)) continue;
    // Up from the clause through the nominals it hangs on to their verb: "in a statement on
    // Monday", "reporters in Geneva".
    int w = t.head - 1;
    int object = -1;
    for (int step = 0; step < 3 && w >= 0 && tokens[static_cast<std::size_t>(w)].upos != "VERB"; ++step) {
      const std::string& rel = tokens[static_cast<std::size_t>(w)].deprel;
      if (rel == "obj" || rel == "iobj") {
        object = w;
      } else if (!rel.starts_with("obl") && !rel.starts_with("nmod")) {
        break;
      }
      w = tokens[static_cast<std::size_t>(w)].head - 1;
    }
    if (w < 0 || w > c || tokens[static_cast<std::size_t>(w)].upos != "VERB" || has_child(sentence, w, "ccomp")) continue;
    const std::string lemma = ascii_lower(tokens[static_cast<std::size_t>(w)].lemma);
    const bool telling = std::find(kTellingVerbs.begin(), kTellingVerbs.end(), lemma) != kTellingVerbs.end();
    // An object with a that-clause is the one told only after a verb of telling: "announced a
    // deal that both sides signed" is a relative clause; so is "rules that Ottawa says ...".
    if (object >= 0 ? (!telling || tokens[static_cast<std::size_t>(object)].head != w + 1)
                    : !(marked && (telling || (reports && reports(lemma))))) {
      continue;
    }
    verb = w;
    told = object;
    return c;
  }
  return -1;
}

void make_content_clause(Sentence& sentence, int clause, int verb, int told) {
  auto& tokens = sentence.tokens;
  if (told >= 0) tokens[static_cast<std::size_t>(told)].deprel = "iobj";
  Token& that = tokens[static_cast<std::size_t>(first_word_of(sentence, clause))];
  that.upos = "SCONJ";
  that.xpos = "IN";
  that.deprel = "mark";
  tokens[static_cast<std::size_t>(clause)].head = verb + 1;
  tokens[static_cast<std::size_t>(clause)].deprel = "ccomp";
}

// True when verb `c` is finite itself or through an auxiliary or copula ("were injured", "is").
bool is_finite_clause(const Sentence& sentence, int c) {
  if (is_finite_verb(sentence.tokens[static_cast<std::size_t>(c)])) return true;
  return std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [&](const Token& d) {
    return d.head == c + 1 && (d.deprel.starts_with("aux") || d.deprel == "cop") &&
           (d.xpos == "VBD" || d.xpos == "VBZ" || d.xpos == "VBP" || d.xpos == "MD");
  });
}

// 0-based index of reported content that the parse made an adverbial clause of the verb of
// saying after it ("Three sailors were injured, the military said." with "injured" an
// adverbial clause of "said"), or -1. The clause comes first, is finite with a subject and no
// marker ("if", "after"), a comma parts it from the verb's subject, and the verb has no other
// content clause.
int content_read_as_adverbial(const Sentence& sentence, const ReportingVerbTest& reports) {
  if (!reports) return -1;
  const auto& tokens = sentence.tokens;
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.deprel != "advcl" || t.head <= c + 1) continue;
    const int verb = t.head - 1;
    if (tokens[static_cast<std::size_t>(verb)].upos != "VERB" || has_child(sentence, verb, "ccomp")) continue;
    if (has_child(sentence, c, "mark") || !has_child(sentence, c, "nsubj") || !is_finite_clause(sentence, c)) continue;
    const auto subject = std::find_if(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == verb + 1 && d.deprel.starts_with("nsubj");
    });
    if (subject == tokens.end()) continue;
    const int opening = first_word_of(sentence, static_cast<int>(subject - tokens.begin()));
    if (opening <= c || tokens[static_cast<std::size_t>(opening - 1)].form != ",") continue;
    if (reports(ascii_lower(tokens[static_cast<std::size_t>(verb)].lemma))) return c;
  }
  return -1;
}

// True when verb `v`'s phrase opens with a comma right before its subject `speaker` (only
// punctuation of the phrase comes before the subject) and runs to the end of the sentence.
bool speaker_clause_after_comma(const Sentence& sentence, int v, int speaker) {
  const auto& tokens = sentence.tokens;
  const auto is_punct = [&](int k) { return tokens[static_cast<std::size_t>(k)].upos == "PUNCT"; };
  int opening = first_word_of(sentence, speaker);
  while (opening < speaker && (is_punct(opening) || !in_phrase_of(sentence, opening, speaker))) ++opening;
  if (opening < 1 || tokens[static_cast<std::size_t>(opening - 1)].form != ",") return false;
  for (int k = first_word_of(sentence, v); k < opening; ++k) {
    if (!is_punct(k)) return false;
  }
  for (int k = last_word_of(sentence, v) + 1; k < static_cast<int>(tokens.size()); ++k) {
    if (!is_punct(k)) return false;
  }
  return true;
}

// 0-based index of a verb of saying that closes the sentence after a comma with its speaker
// ("Sales fell 5 pct in May, the association said.") but that the parse hung inside the clause
// it reports: as a relative clause of the noun before the comma ("5 pct [that] the
// association said"), an adverbial clause or a conjunct; or -1. All the verb's words follow the
// comma and run to the end of the sentence, it has no content or object of its own, and the
// sentence's root stands before the comma.
int speaker_clause_read_as_modifier(const Sentence& sentence, const ReportingVerbTest& reports) {
  const auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  if (!reports || root < 0) return -1;
  for (int v = root + 1; v < static_cast<int>(tokens.size()); ++v) {
    const Token& t = tokens[static_cast<std::size_t>(v)];
    if (t.upos != "VERB" || !(t.deprel.starts_with("acl") || t.deprel == "advcl" || t.deprel == "conj")) continue;
    if (has_child(sentence, v, "ccomp") || has_child(sentence, v, "obj") || has_child(sentence, v, "xcomp")) continue;
    // One subject, no relative pronoun (", which has called for ..."); two subjects are "..., a
    // charge Kigali rejects".
    const auto is_subject = [&](const Token& d) { return d.head == v + 1 && d.deprel.starts_with("nsubj"); };
    const auto subject = std::find_if(tokens.begin(), tokens.end(), is_subject);
    if (subject == tokens.end() || std::count_if(tokens.begin(), tokens.end(), is_subject) != 1) continue;
    const std::string who = ascii_lower(subject->form);
    if (who == "which" || who == "who" || who == "that" || who == "whom" || who == "whose") continue;
    const int speaker = static_cast<int>(subject - tokens.begin());
    if (first_word_of(sentence, speaker) > root && speaker_clause_after_comma(sentence, v, speaker) &&
        reports(ascii_lower(t.lemma))) {
      return v;
    }
  }
  return -1;
}

// The verb of saying becomes the root and the old root its content; the final punctuation is
// the verb's.
void make_speaker_the_root(Sentence& sentence, int verb) {
  auto& tokens = sentence.tokens;
  const int root = root_of(sentence);
  for (int k = last_word_of(sentence, verb) + 1; k < static_cast<int>(tokens.size()); ++k) {
    if (tokens[static_cast<std::size_t>(k)].head == root + 1) tokens[static_cast<std::size_t>(k)].head = verb + 1;
  }
  tokens[static_cast<std::size_t>(verb)].head = 0;
  tokens[static_cast<std::size_t>(verb)].deprel = "root";
  tokens[static_cast<std::size_t>(root)].head = verb + 1;
  tokens[static_cast<std::size_t>(root)].deprel = "ccomp";
}

// 0-based index of a relative clause the parse hung on a verb ("met Chile, which criticized
// ..." with "criticized" under "met"), or -1; sets `noun` to the noun right before it (past
// its comma), which the clause describes. UD hangs relative clauses on nominals only.
int relative_clause_on_verb(const Sentence& sentence, int& noun) {
  const auto& tokens = sentence.tokens;
  for (int c = 0; c < static_cast<int>(tokens.size()); ++c) {
    const Token& t = tokens[static_cast<std::size_t>(c)];
    if (t.deprel != "acl:relcl" || t.head < 1 || tokens[static_cast<std::size_t>(t.head - 1)].upos != "VERB") continue;
    int k = first_word_of(sentence, c) - 1;
    while (k >= 0 && tokens[static_cast<std::size_t>(k)].upos == "PUNCT") --k;
    if (k < 0 || k + 1 == t.head) continue;
    const std::string& upos = tokens[static_cast<std::size_t>(k)].upos;
    if (upos == "NOUN" || upos == "PROPN") {
      noun = k;
      return c;
    }
  }
  return -1;
}

// 0-based index of a determiner the parse gave to a compound modifier instead of the noun it
// modifies ("The Freedom and Solidarity Party" with "The" on "Freedom"), or -1: UD hangs a
// determiner on the head of its nominal.
int determiner_on_compound(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    if (t.deprel != "det" || t.head < 1) continue;
    const Token& modifier = tokens[static_cast<std::size_t>(t.head - 1)];
    if (modifier.deprel == "compound" && modifier.head > t.head && t.head > i) return i;
  }
  return -1;
}

bool is_camel_case_noun(const Token& t) {
  if (t.upos != "NOUN" || t.form.size() < 4 || t.form[0] < 'A' || t.form[0] > 'Z') return false;
  const bool inner_capital = std::any_of(t.form.begin() + 1, t.form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  const bool lower = std::any_of(t.form.begin(), t.form.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  return inner_capital && lower;
}

void promote_verb(Sentence& sentence, int verb) {
  auto& tokens = sentence.tokens;
  Token& v = tokens[static_cast<std::size_t>(verb)];
  const int clause = v.head - 1;  // 0-based: the verb the parse made the head
  Token& c = tokens[static_cast<std::size_t>(clause)];
  v.head = c.head;
  v.deprel = c.deprel;
  c.head = verb + 1;
  c.deprel = "xcomp";
  for (int k = 0; k < verb; ++k) {
    Token& d = tokens[static_cast<std::size_t>(k)];
    if (d.head == clause + 1) d.head = verb + 1;
  }
}

// The repairs of the root all start from it, so at most one of them applies.
struct RootRepair {
  enum class Kind {
    kNone,
    kMainConjunct,
    kNounModifierClause,
    kHeadlessClause,
    kVerbAsModifier,
    kMainVerb,
    kPassive,
    kAdjectiveClause,
    kTrailingSpeaker
  };
  Kind kind = Kind::kNone;
  int word = -1;  // the word the repair makes the root (or the clause)
  int root = -1;  // the old root, for the repairs that need it
};

RootRepair find_root_repair(const Sentence& sentence, const ReportingVerbTest& reports) {
  using Kind = RootRepair::Kind;
  RootRepair r;
  if ((r.word = main_verb_read_as_conjunct(sentence)) >= 0) {
    r.kind = Kind::kMainConjunct;
  } else if ((r.word = clause_read_as_noun_modifier(sentence)) >= 0) {
    r.kind = Kind::kNounModifierClause;
  } else if ((r.word = clause_under_noun_root(sentence)) >= 0) {
    r.kind = Kind::kHeadlessClause;
  } else if ((r.word = verb_under_noun_root(sentence, r.root)) >= 0) {
    r.kind = Kind::kVerbAsModifier;
  } else if ((r.word = main_verb_read_as_modifier(sentence, r.root)) >= 0) {
    r.kind = Kind::kMainVerb;
  } else if ((r.word = passive_read_as_complement(sentence)) >= 0) {
    r.kind = Kind::kPassive;
  } else if ((r.word = adjective_clause_under_subject(sentence)) >= 0) {
    r.kind = Kind::kAdjectiveClause;
  } else if ((r.word = speaker_clause_read_as_modifier(sentence, reports)) >= 0) {
    r.kind = Kind::kTrailingSpeaker;
  }
  return r;
}

void apply_root_repair(Sentence& sentence, const RootRepair& r) {
  using Kind = RootRepair::Kind;
  switch (r.kind) {
    case Kind::kMainConjunct: make_conjunct_the_root(sentence, r.word); break;
    case Kind::kNounModifierClause: make_modifier_the_clause(sentence, r.word); break;
    case Kind::kHeadlessClause: make_clause_the_sentence(sentence, r.word); break;
    case Kind::kVerbAsModifier: make_verb_the_root(sentence, r.word, r.root); break;
    case Kind::kMainVerb: make_main_verb(sentence, r.word, r.root); break;
    case Kind::kPassive: make_passive_the_root(sentence, r.word); break;
    case Kind::kAdjectiveClause: make_adjective_the_root(sentence, r.word); break;
    case Kind::kTrailingSpeaker: make_speaker_the_root(sentence, r.word); break;
    case Kind::kNone: break;
  }
}

// Single attachments, each moved on its own.
struct AttachmentRepairs {
  int content = -1;  // reported content read as a relative clause ...
  int saying = -1;   // ... of the statement this verb was said in
  int hung_content = -1;  // content hung on a dependent of ...
  int reporting = -1;     // ... this verb
  int told = -1;          // the one told, when it is that dependent
  int adverbial_content = -1;
  int apposed_subject = -1;
  int expletive_subject = -1;
  int infinitive_conjunct = -1;  // coordinated with ...
  int infinitive = -1;           // ... this earlier to-infinitive
  int timed_infinitive = -1;
  int speaker_clause = -1;  // only when the root stays
  int first_subject = -1;
  bool first_subject_modifies = false;
  int gerund = -1;
  int that_clause = -1;
  int relative_clause = -1;  // hung on a verb ...
  int described = -1;        // ... instead of this noun
  int apposition = -1;
  int determiner = -1;
  bool any() const {
    return content >= 0 || hung_content >= 0 || adverbial_content >= 0 || apposed_subject >= 0 || expletive_subject >= 0 || infinitive_conjunct >= 0 || timed_infinitive >= 0 || speaker_clause >= 0 || first_subject >= 0 || gerund >= 0 ||
           that_clause >= 0 || relative_clause >= 0 || apposition >= 0 || determiner >= 0;
  }
};

AttachmentRepairs find_attachment_repairs(const Sentence& sentence, const ReportingVerbTest& reports, bool root_moves) {
  AttachmentRepairs a;
  a.content = content_read_as_relative_clause(sentence, a.saying);
  a.hung_content = content_under_dependent(sentence, reports, a.reporting, a.told);
  a.adverbial_content = content_read_as_adverbial(sentence, reports);
  if (!root_moves) a.apposed_subject = subject_read_as_apposition(sentence);
  a.infinitive_conjunct = infinitive_conjunct_misattached(sentence, a.infinitive);
  a.expletive_subject = subject_read_as_expletive(sentence);
  a.timed_infinitive = infinitive_under_time_phrase(sentence);
  if (!root_moves) a.speaker_clause = speaker_clause_inside_quote(sentence);
  a.first_subject = noun_read_as_second_subject(sentence, a.first_subject_modifies);
  a.gerund = gerund_under_oblique(sentence);
  a.that_clause = that_clause_under_adverb(sentence);
  a.relative_clause = relative_clause_on_verb(sentence, a.described);
  a.apposition = compound_read_as_apposition(sentence);
  a.determiner = determiner_on_compound(sentence);
  return a;
}

void apply_attachment_repairs(Sentence& sentence, const AttachmentRepairs& a, int root) {
  auto& tokens = sentence.tokens;
  if (a.timed_infinitive >= 0) {
    Token& infinitive = tokens[static_cast<std::size_t>(a.timed_infinitive)];
    infinitive.head = tokens[static_cast<std::size_t>(infinitive.head - 1)].head;
    infinitive.deprel = "xcomp";
  }
  if (a.speaker_clause >= 0) tokens[static_cast<std::size_t>(a.speaker_clause)].head = root + 1;
  if (a.content >= 0) {
    tokens[static_cast<std::size_t>(a.content)].head = a.saying + 1;
    tokens[static_cast<std::size_t>(a.content)].deprel = "ccomp";
  }
  if (a.hung_content >= 0) make_content_clause(sentence, a.hung_content, a.reporting, a.told);
  if (a.adverbial_content >= 0) tokens[static_cast<std::size_t>(a.adverbial_content)].deprel = "ccomp";
  if (a.apposed_subject >= 0) {
    tokens[static_cast<std::size_t>(a.apposed_subject)].head = root + 1;
    tokens[static_cast<std::size_t>(a.apposed_subject)].deprel = "nsubj";
  }
  if (a.expletive_subject >= 0) tokens[static_cast<std::size_t>(a.expletive_subject)].deprel = "nsubj";
  if (a.infinitive_conjunct >= 0) tokens[static_cast<std::size_t>(a.infinitive_conjunct)].head = a.infinitive + 1;
  if (a.relative_clause >= 0) tokens[static_cast<std::size_t>(a.relative_clause)].head = a.described + 1;
  // Each repair leaves the verb one subject fewer, so this ends.
  bool modifies = a.first_subject_modifies;
  for (int first = a.first_subject; first >= 0; first = noun_read_as_second_subject(sentence, modifies)) {
    if (modifies) {
      make_first_subject_a_modifier(sentence, first);
    } else {
      make_clause_describe_noun(sentence, first);
    }
  }
  if (a.apposition >= 0) make_apposition_the_head(sentence, a.apposition);
  if (a.determiner >= 0) {
    Token& det = tokens[static_cast<std::size_t>(a.determiner)];
    det.head = tokens[static_cast<std::size_t>(det.head - 1)].head;
  }
  // Both move up one level: to the verb above the oblique, the verb above the adverb.
  for (auto [word, relation] : {std::pair{a.gerund, "advcl"}, std::pair{a.that_clause, "ccomp"}}) {
    if (word < 0) continue;
    Token& t = tokens[static_cast<std::size_t>(word)];
    t.head = tokens[static_cast<std::size_t>(t.head - 1)].head;
    t.deprel = relation;
  }
}

}  // namespace

namespace {

// "be due to" + infinitive read as the preposition "due to" ("US officials are due to begin
// talks" with "due" a case marker of "talks"). Returns the 0-based index of "due", or -1; only
// in the main clause (the subject phrase opens the sentence) and only when the parse did not
// already make "due" the head of the verb.
int due_read_as_preposition(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int d = 2; d + 2 < n; ++d) {
    const Token& due = tokens[static_cast<std::size_t>(d)];
    const Token& be = tokens[static_cast<std::size_t>(d - 1)];
    const Token& verb = tokens[static_cast<std::size_t>(d + 2)];
    if (ascii_lower(due.form) != "due" || ascii_lower(tokens[static_cast<std::size_t>(d + 1)].form) != "to" ||
        be.lemma != "be" || verb.xpos != "VB") {
      continue;
    }
    // Already read right: "due" is the root, or heads the verb with "be" as its copula. Not
    // "The European Parliament is due to vote" with "is" a case marker of the subject.
    const bool copula = be.head == d + 1 && be.deprel == "cop";
    if ((verb.head == d + 1 && copula) || due.deprel == "root") return -1;
    if (verb.head == d + 1 && be.deprel != "case") return -1;
    return d;
  }
  return -1;
}

// The head (0-based) of the words [0, end), or -1 unless exactly one word there, apart from
// punctuation, has its head outside them.
int phrase_head_before(const Sentence& sentence, int end) {
  int head = -1;
  for (int i = 0; i < end; ++i) {
    const Token& t = sentence.tokens[static_cast<std::size_t>(i)];
    if (t.upos == "PUNCT" || (t.head >= 1 && t.head <= end)) continue;
    if (head >= 0) return -1;
    head = i;
  }
  return head;
}

bool is_tree(const Sentence& sentence) {
  const int n = static_cast<int>(sentence.tokens.size());
  for (int i = 0; i < n; ++i) {
    int k = i;
    for (int step = 0; step <= n && k >= 0; ++step) k = sentence.tokens[static_cast<std::size_t>(k)].head - 1;
    if (k >= 0) return false;
  }
  return true;
}

// "due" becomes the root with the subject, "be" as its copula and the verb as its complement
// (UD: "are due to begin" = nsubj, cop, xcomp of "due"); the old root after the verb becomes
// its object, and what hung on a word of the subject after the verb moves to "due".
std::optional<Sentence> read_due_as_predicate(const Sentence& sentence, int d) {
  const int subject = phrase_head_before(sentence, d - 1);
  if (subject < 0) return std::nullopt;
  const int old_root = root_of(sentence);
  const int verb = d + 2;
  Sentence out = sentence;
  auto set = [&](int i, int head, const char* deprel) {
    Token& t = out.tokens[static_cast<std::size_t>(i)];
    t.head = head + 1;
    t.deprel = deprel;
  };
  const int n = static_cast<int>(sentence.tokens.size());
  for (int i = verb + 1; i < n; ++i) {
    const int h = sentence.tokens[static_cast<std::size_t>(i)].head - 1;
    if (h >= 0 && h < d - 1) out.tokens[static_cast<std::size_t>(i)].head = d + 1;
  }
  out.tokens[static_cast<std::size_t>(d)].upos = "ADJ";
  out.tokens[static_cast<std::size_t>(d)].xpos = "JJ";
  set(d, -1, "root");
  set(subject, d, "nsubj");
  set(d - 1, d, "cop");
  set(d + 1, verb, "mark");
  set(verb, d, "xcomp");
  if (old_root > verb) {
    if (sentence.tokens[static_cast<std::size_t>(old_root)].upos != "NOUN") return std::nullopt;
    set(old_root, verb, "obj");
  }
  if (!is_tree(out)) return std::nullopt;
  return out;
}

// 0-based index of a main verb that the parse hung inside a relative clause on a noun root
// ("Russia, which keeps bases in both countries, called for restraint" with "called" an xcomp
// of "keeps"), or -1: a verb with no subject of its own, right after the comma that closes the
// relative clause, under that clause, while the noun it follows has no verb above it.
int main_verb_inside_relative_clause(const Sentence& sentence) {
  const int root = root_of(sentence);
  if (root < 0) return -1;
  const auto& tokens = sentence.tokens;
  const std::string& root_pos = tokens[static_cast<std::size_t>(root)].upos;
  if (root_pos != "PROPN" && root_pos != "NOUN") return -1;
  const int n = static_cast<int>(tokens.size());
  for (int clause = root + 1; clause < n; ++clause) {
    const Token& c = tokens[static_cast<std::size_t>(clause)];
    if (c.head != root + 1 || c.deprel != "acl:relcl") continue;
    for (int v = clause + 1; v < n; ++v) {
      const Token& verb = tokens[static_cast<std::size_t>(v)];
      const Token& before = tokens[static_cast<std::size_t>(v - 1)];
      const bool finite_looking = verb.xpos == "VBD" || verb.xpos == "VBN" || verb.xpos == "VBZ";
      if (verb.upos != "VERB" || !finite_looking || before.form != "," || !in_phrase_of(sentence, v, clause) ||
          has_child(sentence, v, "nsubj") || has_child(sentence, v, "aux")) {
        continue;
      }
      const std::string& d = verb.deprel;
      if (d == "xcomp" || d == "advcl" || d == "conj" || d == "ccomp") return v;
    }
  }
  return -1;
}

// The verb becomes the root with the noun root as its subject; what followed the verb under the
// noun (final punctuation) moves to the verb.
std::optional<Sentence> make_relative_clause_subject(const Sentence& sentence, int verb) {
  const int root = root_of(sentence);
  Sentence out = sentence;
  const int n = static_cast<int>(sentence.tokens.size());
  for (int i = verb + 1; i < n; ++i) {
    if (sentence.tokens[static_cast<std::size_t>(i)].head == root + 1) out.tokens[static_cast<std::size_t>(i)].head = verb + 1;
  }
  Token& v = out.tokens[static_cast<std::size_t>(verb)];
  v.head = 0;
  v.deprel = "root";
  Token& subject = out.tokens[static_cast<std::size_t>(root)];
  subject.head = verb + 1;
  subject.deprel = "nsubj";
  if (!is_tree(out)) return std::nullopt;
  return out;
}

// True when the noun root's subject comes right before the verb v (only its own phrase between).
bool subject_before(const Sentence& sentence, int root, int v) {
  for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
    const Token& t = sentence.tokens[k];
    if (t.head == root + 1 && t.deprel == "nsubj" && static_cast<int>(k) < v) {
      return last_word_of(sentence, static_cast<int>(k)) + 1 == v;
    }
  }
  return false;
}

// 0-based index of a verb with a subject of its own that the parse hung as a modifier on a noun
// root after it ("The rebels denied responsibility for the blast" read as one noun phrase, with
// "denied" an adjective of "responsibility" and "rebels" its subject), or -1. UD gives no
// modifier a subject: the verb is the root and the noun its object. Likewise with the subject
// hung on the noun root itself ("Riot police used force against ..." with "police" a subject of
// "force"): a noun root takes a subject only with a copula.
int verb_with_subject_read_as_modifier(const Sentence& sentence) {
  const int root = root_of(sentence);
  if (root < 0 || sentence.tokens[static_cast<std::size_t>(root)].upos != "NOUN") return -1;
  const bool subject_on_root = has_child(sentence, root, "nsubj") && !has_child(sentence, root, "cop");
  for (int v = 0; v < root; ++v) {
    const Token& t = sentence.tokens[static_cast<std::size_t>(v)];
    if (t.head != root + 1 || t.deprel != "amod" || t.upos != "VERB") continue;
    if (has_child(sentence, v, "nsubj")) return v;
    const bool past = t.xpos == "VBD" || t.xpos == "VBN";
    if (subject_on_root && past && subject_before(sentence, root, v)) return v;
  }
  return -1;
}

// The verb becomes the root and the noun its object. Words before the verb that hung on the
// noun (the subject's determiner) go to the subject; final punctuation goes to the verb.
Sentence make_modifier_verb_the_root(const Sentence& sentence, int verb) {
  const int root = root_of(sentence);
  Sentence out = sentence;
  int subject = -1;
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    Token& t = out.tokens[k];
    const bool on_root = t.head == root + 1 && static_cast<int>(k) < verb;
    if ((t.head == verb + 1 || on_root) && t.deprel == "nsubj") {
      subject = static_cast<int>(k);
      t.head = verb + 1;
    }
  }
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    Token& t = out.tokens[k];
    if (t.head != root + 1) continue;
    if (static_cast<int>(k) < subject) t.head = subject + 1;
    if (t.deprel == "punct" && static_cast<int>(k) > root) t.head = verb + 1;
  }
  Token& v = out.tokens[static_cast<std::size_t>(verb)];
  v.head = 0;
  v.deprel = "root";
  Token& noun = out.tokens[static_cast<std::size_t>(root)];
  noun.head = verb + 1;
  noun.deprel = "obj";
  return out;
}

// 0-based index of a verb's object that the parse made a second subject of the verb of saying
// after it ("The ministry also summoned Chad's envoy, diplomatic sources said" with "envoy" and
// "sources" both subjects of "said"), or -1; sets `clause` to the verb. The noun's phrase starts
// right after a content verb of that verb of saying which has no object, and a comma separates
// it from the other subject.
int object_read_as_speaker_subject(const Sentence& sentence, int& clause) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int first = 0; first < n; ++first) {
    const Token& s = tokens[static_cast<std::size_t>(first)];
    if (s.deprel != "nsubj" || s.head < 1) continue;
    const int verb = s.head - 1;
    int second = -1;
    int content = -1;
    for (int k = 0; k < n; ++k) {
      const Token& t = tokens[static_cast<std::size_t>(k)];
      if (t.head != verb + 1) continue;
      if (t.deprel == "nsubj" && k > first) second = k;
      if (t.deprel == "ccomp" && k < first) content = k;
    }
    if (second < 0 || content < 0 || has_child(sentence, content, "obj") || first_word_of(sentence, first) != content + 1) continue;
    const int end = last_word_of(sentence, first);
    if (end + 1 >= n || tokens[static_cast<std::size_t>(end + 1)].form != ",") continue;
    clause = content;
    return first;
  }
  return -1;
}

// 0-based index of reported content that the parse read as a reduced relative clause on the
// object of "say" ("The army says the soldiers crossed into its territory" with "crossed" a
// participle modifying "soldiers"), or -1. Verbs like "say" take no noun object worth a
// participle ("denied the charges brought against him" does), so a past form in -ed right after
// their object, with no by-agent and no content clause elsewhere, is the content's verb.
int content_read_as_reduced_relative(const Sentence& sentence) {
  static constexpr std::string_view kSaying[] = {"say", "claim", "insist", "argue", "add", "believe", "think", "allege"};
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int c = 0; c < n; ++c) {
    const Token& clause = tokens[static_cast<std::size_t>(c)];
    const bool past = clause.xpos == "VBD" || (clause.xpos == "VBN" && clause.form.size() > 2 &&
                                                clause.form.compare(clause.form.size() - 2, 2, "ed") == 0);
    if (clause.deprel != "acl" || clause.upos != "VERB" || !past || clause.head < 1) continue;
    const int object = clause.head - 1;
    const Token& noun = tokens[static_cast<std::size_t>(object)];
    if (noun.deprel != "obj" || (noun.upos != "NOUN" && noun.upos != "PROPN") || noun.head < 1 || object > c) continue;
    const int verb = noun.head - 1;
    const Token& saying = tokens[static_cast<std::size_t>(verb)];
    const std::string lemma = ascii_lower(saying.lemma);
    if (saying.upos != "VERB" || verb > object || has_child(sentence, verb, "ccomp") ||
        std::find(std::begin(kSaying), std::end(kSaying), lemma) == std::end(kSaying)) {
      continue;
    }
    const bool by_agent = std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      const int phrase = static_cast<int>(&d - tokens.data());
      return d.head == c + 1 && d.deprel.rfind("obl", 0) == 0 && has_function_word(sentence, phrase, "case", "by");
    });
    if (has_child(sentence, c, "aux") || by_agent) continue;
    return c;
  }
  return -1;
}

// A verb that gives its object a name: "called the court a tool", "branded them traitors".
bool is_naming_verb(const Token& verb) {
  static constexpr std::string_view kNaming[] = {"call", "brand", "label", "dub", "term"};
  return verb.upos == "VERB" && std::find(std::begin(kNaming), std::end(kNaming), ascii_lower(verb.lemma)) != std::end(kNaming);
}

// 0-based index of the label of a verb of naming ("call", "brand", "label", "dub", "term") that
// the parse read as an apposition to the verb's object ('called the court "a tool of revenge"'
// with "tool" an appos of "court"), or -1. An apposition is set off by a comma; a noun right
// after the object, with at most a quotation mark between them, is the predicate UD attaches to
// the verb as xcomp.
int label_read_as_apposition(const Sentence& sentence) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int a = 0; a < n; ++a) {
    const Token& label = tokens[static_cast<std::size_t>(a)];
    if (label.deprel != "appos" || label.head < 1 || label.head - 1 > a) continue;
    const int object = label.head - 1;
    const Token& noun = tokens[static_cast<std::size_t>(object)];
    if (noun.deprel != "obj" || noun.head < 1) continue;
    const Token& verb = tokens[static_cast<std::size_t>(noun.head - 1)];
    if (!is_naming_verb(verb)) continue;
    // Only quotation marks between the object's own last word and the label's first.
    int object_end = object;
    for (int k = object + 1; k < a; ++k) {
      if (in_phrase_of(sentence, k, object) && !in_phrase_of(sentence, k, a)) object_end = k;
    }
    const int label_begin = first_word_of(sentence, a);
    bool adjacent = label_begin > object_end;
    for (int k = object_end + 1; k < label_begin && adjacent; ++k) {
      const std::string& form = tokens[static_cast<std::size_t>(k)].form;
      adjacent = form == "\"" || form == "\xE2\x80\x9C";
    }
    if (adjacent) return a;
  }
  return -1;
}

// 0-based index of a naming verb's object that is really the quoted label, with the thing named
// hung on it as a compound ('called the decree "theft in broad daylight"' with "decree" a
// compound of "theft"), or -1. Sets `named` to the compound. A quotation mark opens the label
// right after the compound.
int label_read_as_compound_head(const Sentence& sentence, int& named) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int l = 0; l < n; ++l) {
    const Token& label = tokens[static_cast<std::size_t>(l)];
    if (label.deprel != "obj" || label.head < 1 || label.upos != "NOUN") continue;
    const Token& verb = tokens[static_cast<std::size_t>(label.head - 1)];
    if (!is_naming_verb(verb)) continue;
    for (int c = 0; c < l; ++c) {
      const Token& compound = tokens[static_cast<std::size_t>(c)];
      if (compound.head != l + 1 || compound.deprel != "compound") continue;
      const std::string& next = tokens[static_cast<std::size_t>(c + 1)].form;
      if (next != "\"" && next != "\xE2\x80\x9C") continue;
      named = c;
      return l;
    }
  }
  return -1;
}

// 0-based index of a time noun that the parse made the head of the noun before it ("vote on the
// delay next month" with "delay" a compound of "month"), or -1. "next month", "last week" name a
// time; a noun right before them with nothing between is the phrase's own head.
int time_read_as_noun_head(const Sentence& sentence) {
  static constexpr std::string_view kTimes[] = {"day", "week", "month", "year", "weekend", "spring",
                                                "summer", "autumn", "winter", "quarter"};
  static constexpr std::string_view kWhich[] = {"next", "last", "this", "coming", "past", "previous", "following"};
  const auto& tokens = sentence.tokens;
  for (int t = 2; t < static_cast<int>(tokens.size()); ++t) {
    const Token& time = tokens[static_cast<std::size_t>(t)];
    const Token& which = tokens[static_cast<std::size_t>(t - 1)];
    const Token& noun = tokens[static_cast<std::size_t>(t - 2)];
    if (time.upos != "NOUN" || std::find(std::begin(kTimes), std::end(kTimes), ascii_lower(time.lemma)) == std::end(kTimes)) continue;
    if (which.head != t + 1 || std::find(std::begin(kWhich), std::end(kWhich), ascii_lower(which.form)) == std::end(kWhich)) continue;
    if (noun.head == t + 1 && noun.deprel == "compound" && noun.upos == "NOUN") return t;
  }
  return -1;
}

// The noun heads the phrase in the time noun's place, with the words before it; the time
// noun, with its "next", goes to the phrase's head as a time modifier.
Sentence make_noun_the_head_before_time(const Sentence& sentence, int time) {
  Sentence out = sentence;
  auto& tokens = out.tokens;
  const int noun = time - 2;
  Token& t = tokens[static_cast<std::size_t>(time)];
  Token& n = tokens[static_cast<std::size_t>(noun)];
  n.head = t.head;
  n.deprel = t.deprel;
  for (int k = 0; k < static_cast<int>(tokens.size()); ++k) {
    Token& d = tokens[static_cast<std::size_t>(k)];
    if (d.head == time + 1 && k != time - 1 && k != noun) d.head = noun + 1;
  }
  const bool on_verb = n.head >= 1 && tokens[static_cast<std::size_t>(n.head - 1)].upos == "VERB";
  t.head = n.head;
  t.deprel = on_verb ? "obl:unmarked" : "nmod:unmarked";
  return out;
}

// The participle becomes the content clause of "say" and its noun the clause's subject; verbs
// coordinated with the noun ("... crossed into its territory and were carrying drones") join
// the clause.
Sentence make_reduced_relative_content(const Sentence& sentence, int clause) {
  Sentence out = sentence;
  auto& tokens = out.tokens;
  Token& verb = tokens[static_cast<std::size_t>(clause)];
  const int object = verb.head - 1;
  Token& noun = tokens[static_cast<std::size_t>(object)];
  verb.head = noun.head;
  verb.deprel = "ccomp";
  verb.xpos = "VBD";
  noun.head = clause + 1;
  noun.deprel = "nsubj";
  for (Token& t : tokens) {
    if (t.head == object + 1 && t.deprel == "conj" && t.upos == "VERB") t.head = clause + 1;
  }
  return out;
}

// 0-based index of a verb of saying coordinated inside the content its speaker reports, or -1;
// sets `speech` to the verb of saying above it. In "Hasanli said the timing was provocative and
// urged Tehran to ..." the parse may make "urged" a conjunct of "was"; but a speech act without
// a subject of its own, in the tense of the verb that reports the content, is the speaker's
// second act.
int speech_conjunct_inside_content(const Sentence& sentence, const ReportingVerbTest& reports, int& speech) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    if (t.deprel != "conj" || t.upos != "VERB" || !is_finite(t) || t.head < 1 || t.head > n) continue;
    if (!reports(ascii_lower(t.lemma)) || has_child(sentence, i, "nsubj") || has_child(sentence, i, "nsubj:pass")) continue;
    const Token& content = tokens[static_cast<std::size_t>(t.head - 1)];
    if (content.deprel != "ccomp" || content.head < 1) continue;
    const Token& verb = tokens[static_cast<std::size_t>(content.head - 1)];
    if (verb.upos != "VERB" || verb.xpos != t.xpos || !reports(ascii_lower(verb.lemma))) continue;
    speech = content.head - 1;
    return i;
  }
  return -1;
}

// The repairs of trees UD forbids (see the header), or nothing.
std::optional<Sentence> repair_forbidden_trees(const Sentence& sentence, const ReportingVerbTest& reports) {
  const RootRepair root_repair = find_root_repair(sentence, reports);
  const AttachmentRepairs attachments =
      find_attachment_repairs(sentence, reports, root_repair.kind != RootRepair::Kind::kNone);
  int verb = verb_read_as_auxiliary(sentence);
  int finite_above = -1;
  const bool misattached_conjunct = finite_conjunct_misattached(sentence, finite_above) >= 0;
  const bool misread_name = std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [](const Token& t) {
    return is_name_read_as_pronoun(t) || is_camel_case_noun(t);
  });
  if (root_repair.kind == RootRepair::Kind::kNone && !attachments.any() && verb < 0 && !misattached_conjunct &&
      !misread_name) {
    return std::nullopt;
  }
  Sentence repaired = sentence;
  apply_attachment_repairs(repaired, attachments, root_of(sentence));
  apply_root_repair(repaired, root_repair);
  // Each repair removes one aux relation from a VERB, so this ends.
  for (; verb >= 0; verb = verb_read_as_auxiliary(repaired)) promote_verb(repaired, verb);
  // Each move puts a conjunct under a finite verb, after which it no longer qualifies.
  for (int conjunct = finite_conjunct_misattached(repaired, finite_above); conjunct >= 0;
       conjunct = finite_conjunct_misattached(repaired, finite_above)) {
    repaired.tokens[static_cast<std::size_t>(conjunct)].head = finite_above + 1;
  }
  for (Token& t : repaired.tokens) {
    if (!is_name_read_as_pronoun(t) && !is_camel_case_noun(t)) continue;
    t.upos = "PROPN";
    t.xpos = "NNP";
    t.lemma = t.form;
  }
  return repaired;
}

}  // namespace

std::optional<Sentence> repair_parse(const Sentence& sentence, const ReportingVerbTest& reports) {
  std::optional<Sentence> repaired = repair_forbidden_trees(sentence, reports);
  const Sentence& base = repaired ? *repaired : sentence;
  if (const int due = due_read_as_preposition(base); due >= 0) {
    if (auto fixed = read_due_as_predicate(base, due)) return fixed;
  }
  if (const int verb = main_verb_inside_relative_clause(base); verb >= 0) {
    if (auto fixed = make_relative_clause_subject(base, verb)) return fixed;
  }
  if (const int verb = verb_with_subject_read_as_modifier(base); verb >= 0) {
    Sentence fixed = make_modifier_verb_the_root(base, verb);
    if (is_tree(fixed)) return fixed;
  }
  int content = -1;
  if (const int object = object_read_as_speaker_subject(base, content); object >= 0) {
    Sentence fixed = base;
    fixed.tokens[static_cast<std::size_t>(object)].head = content + 1;
    fixed.tokens[static_cast<std::size_t>(object)].deprel = "obj";
    return fixed;
  }
  if (const int clause = content_read_as_reduced_relative(base); clause >= 0) {
    Sentence fixed = make_reduced_relative_content(base, clause);
    if (is_tree(fixed)) repaired = std::move(fixed);
  }
  if (const int time = time_read_as_noun_head(repaired ? *repaired : sentence); time >= 0) {
    Sentence fixed = make_noun_the_head_before_time(repaired ? *repaired : sentence, time);
    if (is_tree(fixed)) repaired = std::move(fixed);
  }
  int named = -1;
  if (const int label = label_read_as_compound_head(repaired ? *repaired : sentence, named); label >= 0) {
    if (!repaired) repaired = sentence;
    Token& thing = repaired->tokens[static_cast<std::size_t>(named)];
    Token& predicate = repaired->tokens[static_cast<std::size_t>(label)];
    thing.head = predicate.head;
    thing.deprel = "obj";
    predicate.deprel = "xcomp";
  }
  if (const int label = label_read_as_apposition(repaired ? *repaired : sentence); label >= 0) {
    if (!repaired) repaired = sentence;
    Token& predicate = repaired->tokens[static_cast<std::size_t>(label)];
    predicate.head = repaired->tokens[static_cast<std::size_t>(predicate.head - 1)].head;
    predicate.deprel = "xcomp";
  }
  const Sentence& read = repaired ? *repaired : sentence;
  int speech = -1;
  if (reports && speech_conjunct_inside_content(read, reports, speech) >= 0) {
    // Each move puts a conjunct under a verb that is no content, after which it no longer
    // qualifies.
    Sentence lifted = read;
    for (int conjunct = speech_conjunct_inside_content(lifted, reports, speech); conjunct >= 0;
         conjunct = speech_conjunct_inside_content(lifted, reports, speech)) {
      lifted.tokens[static_cast<std::size_t>(conjunct)].head = speech + 1;
    }
    return lifted;
  }
  return repaired;
}

}  // namespace issuegraph::extract
