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

// 0-based index of a finite verb coordinated with an infinitive, or -1; sets `finite_above` to
// the nearest finite verb above the infinitive, which the conjunct belongs to.
int finite_conjunct_of_infinitive(const Sentence& sentence, int& finite_above) {
  const auto& tokens = sentence.tokens;
  const int n = static_cast<int>(tokens.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens[static_cast<std::size_t>(i)];
    if (t.deprel != "conj" || t.upos != "VERB" || !is_finite(t) || t.head < 1 || t.head > n) continue;
    const Token& h = tokens[static_cast<std::size_t>(t.head - 1)];
    // Or with a participle modifying a noun, when the conjunct reports a clause ('called the
    // decision "politically motivated" and said Kyiv would ...').
    const bool reports = std::any_of(tokens.begin(), tokens.end(), [&](const Token& d) {
      return d.head == i + 1 && d.deprel == "ccomp";
    });
    const bool infinitive = h.xpos == "VB" && h.deprel == "xcomp";
    const bool participle = (h.xpos == "VBN" || h.xpos == "VBG") && h.deprel == "acl" && reports;
    if (!infinitive && !participle) continue;
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

void make_main_verb(Sentence& sentence, int verb, int root) {
  auto& tokens = sentence.tokens;
  Token& v = tokens[static_cast<std::size_t>(verb)];
  Token& r = tokens[static_cast<std::size_t>(root)];
  v.head = 0;
  v.deprel = "root";
  v.xpos = "VBD";
  r.head = verb + 1;
  r.deprel = "ccomp";
  for (int k = 0; k < verb; ++k) {
    Token& d = tokens[static_cast<std::size_t>(k)];
    if (d.head == root + 1) d.head = verb + 1;  // the first subject and what came before it
  }
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
  for (int k = verb + 1; k < static_cast<int>(tokens.size()); ++k) {
    Token& d = tokens[static_cast<std::size_t>(k)];
    if (d.head == root + 1) d.head = verb + 1;  // what follows the verb is the verb's
  }
  v.head = 0;
  v.deprel = "root";
  v.xpos = "VBD";
  Token& r = tokens[static_cast<std::size_t>(root)];
  r.head = verb + 1;
  r.deprel = "nsubj";
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

}  // namespace

std::optional<Sentence> repair_parse(const Sentence& sentence) {
  int verb = verb_read_as_auxiliary(sentence);
  int finite_above = -1;
  int conjunct = finite_conjunct_of_infinitive(sentence, finite_above);
  int root = -1;
  const int main_verb = main_verb_read_as_modifier(sentence, root);
  const bool misread_name = std::any_of(sentence.tokens.begin(), sentence.tokens.end(), [](const Token& t) {
    return is_name_read_as_pronoun(t) || is_camel_case_noun(t);
  });
  const int headless_clause = clause_under_noun_root(sentence);
  int noun_root = -1;
  const int verb_as_modifier = headless_clause < 0 ? verb_under_noun_root(sentence, noun_root) : -1;
  if (verb < 0 && conjunct < 0 && main_verb < 0 && headless_clause < 0 && verb_as_modifier < 0 && !misread_name) {
    return std::nullopt;
  }
  Sentence repaired = sentence;
  if (headless_clause >= 0) make_clause_the_sentence(repaired, headless_clause);
  if (verb_as_modifier >= 0) make_verb_the_root(repaired, verb_as_modifier, noun_root);
  if (main_verb >= 0) make_main_verb(repaired, main_verb, root);
  // Each repair removes one aux relation from a VERB, so this ends.
  for (; verb >= 0; verb = verb_read_as_auxiliary(repaired)) promote_verb(repaired, verb);
  // Each move puts a conjunct under a finite verb, after which it no longer qualifies.
  for (conjunct = finite_conjunct_of_infinitive(repaired, finite_above); conjunct >= 0;
       conjunct = finite_conjunct_of_infinitive(repaired, finite_above)) {
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

}  // namespace issuegraph::extract
