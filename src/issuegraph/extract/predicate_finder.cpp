#include "issuegraph/extract/predicate_finder.hpp"

#include <string>
#include <vector>

#include "issuegraph/extract/lexicon.hpp"

namespace issuegraph::extract {
namespace {

bool pos_fits(const std::string& upos, const std::string& entry_pos) {
  if (upos == "VERB") return entry_pos == "verb" || entry_pos == "adj";
  if (upos == "ADJ") return entry_pos == "adj" || entry_pos == "verb";
  if (upos == "NOUN") return entry_pos == "noun";
  return false;
}

// The token in p's neighbourhood that realises the entry's light-verb object, or -1.
int find_object(const SentenceView& view, int p, const std::string& object) {
  const int real_object = view.child(p, "obj");
  for (int c : view.children(p)) {
    const std::string_view r = view.rel(c);
    // 'called the verdict "politically motivated"' may hang the participle on the verb.
    const bool after_object = r == "advcl" && real_object >= 0 && c > real_object;
    if ((r == "obj" || view.deprel(c) == "nsubj:pass" || r == "xcomp" || r == "obl" || after_object) &&
        view.lemma(c) == object) {
      return c;
    }
  }
  // 'called the accord "a betrayal"': the predicative noun parsed as the object's apposition;
  // 'called the decision "politically motivated"': the participle parsed as its modifier.
  for (int c : view.children(p)) {
    if (view.rel(c) != "obj") continue;
    for (int g : view.children(c)) {
      const bool predicative = view.rel(g) == "appos" || view.rel(g) == "xcomp" || (view.deprel(g) == "acl" && g > c);
      if (predicative && view.lemma(g) == object) return g;
    }
  }
  // "imposed sweeping sanctions": an adjective in -ing right after the verb, tagged as a gerund
  // that takes the noun as its object. Only the pair the lexicon knows is read this way.
  if (p + 1 < view.size() && view.head(p + 1) == p && view.xpos(p + 1) == "VBG") {
    for (int g : view.children(p + 1)) {
      if (view.rel(g) == "obj" && view.lemma(g) == object) return g;
    }
  }
  return -1;
}

// What the verb's object is called ('called the agreement "null and void"', "called the law a
// sign of desperation"), parsed as the verb's xcomp, a participle after the object, or the
// object's apposition or predicative; -1 when the verb has no object or no such complement.
int find_predicative(const SentenceView& view, int p) {
  const int object = view.child(p, "obj");
  // "The junta, which calls itself the National Council ...": a name, not a verdict.
  if (object < 0 || view.lower(object).ends_with("self") || view.lower(object).ends_with("selves")) return -1;
  // Not a clause of its own ("called the envoy to complain", "called the vote, saying ..."), nor
  // a participle with its own arguments ("the agreement signed last year").
  auto bare = [&](int c) {
    if (!view.marker(c).empty() || view.xpos(c) == "VBG" || view.xpos(c) == "VB") return false;
    for (int g : view.children(c)) {
      const std::string_view r = view.rel(g);
      if (r == "obj" || r == "obl" || r == "nsubj" || r == "ccomp") return false;
    }
    return true;
  };
  for (int c : view.children(p)) {
    if ((view.rel(c) == "xcomp" || view.rel(c) == "advcl") && c > object && bare(c)) return c;
  }
  for (int g : view.children(object)) {
    const std::string_view r = view.rel(g);
    if (g > object && (r == "appos" || r == "xcomp" || (view.deprel(g) == "acl" && bare(g)))) return g;
  }
  return -1;
}

// The particle of the entry: a compound:prt child, or the preposition of one of p's phrases
// ("call on the United States", "push for more exchanges"). Sets `phrase` for the latter.
int find_particle(const SentenceView& view, int p, const std::string& particle, int& phrase) {
  phrase = -1;
  for (int c : view.children(p)) {
    if (view.deprel(c) == "compound:prt" && view.lemma(c) == particle) return c;
  }
  for (int c : view.children(p)) {
    const std::string_view r = view.rel(c);
    if (r != "obl" && r != "nmod" && r != "advcl" && r != "xcomp" && r != "ccomp" && r != "obj") continue;
    for (int g : view.children(c)) {
      const std::string_view gr = view.rel(g);
      // "I'm going to take responsibility": the future's "to" is no preposition ("go to").
      const bool infinitive = gr == "mark" && particle == "to" && view.lemma(p) == "go";
      if ((gr == "case" || gr == "mark") && view.lemma(g) == particle && !infinitive) {
        phrase = c;
        return g;
      }
    }
  }
  // A particle tagged as an adverb right after the verb ("rule out").
  if (p + 1 < view.size() && view.lemma(p + 1) == particle && view.head(p + 1) == p) return p + 1;
  return -1;
}

// "ruled" -> rule, rul; "easing" -> ease, eas; "denies" -> deny; "bans" -> ban; "banned" -> ban.
std::vector<std::string> regular_stems(const std::string& w) {
  std::vector<std::string> out;
  auto ends = [&](std::string_view suffix) {
    return w.size() > suffix.size() + 2 && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  auto cut = [&](std::size_t n) { return w.substr(0, w.size() - n); };
  if (ends("ied")) out.push_back(cut(3) + "y");
  if (ends("ies")) out.push_back(cut(3) + "y");
  if (ends("ed")) {
    const std::string stem = cut(2);
    out.push_back(stem + "e");
    out.push_back(stem);
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) out.push_back(stem.substr(0, stem.size() - 1));
  }
  if (ends("ing")) {
    const std::string stem = cut(3);
    out.push_back(stem + "e");
    out.push_back(stem);
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) out.push_back(stem.substr(0, stem.size() - 1));
  }
  if (ends("es")) out.push_back(cut(2));
  if (ends("s") && !ends("ss")) out.push_back(cut(1));
  return out;
}

// A phrase that names someone: a name, or a noun with its possessor ("with Wang Yi", "with
// Indonesia's president"), not "with effect from Monday".
bool names_someone(const SentenceView& view, int phrase) {
  return phrase >= 0 && (view.upos(phrase) == "PROPN" || view.has_child(phrase, "nmod:poss"));
}

}  // namespace

PredicateFinder::PredicateFinder(const Lexicon& lexicon) : lexicon_(lexicon) {}

bool PredicateFinder::negated(const SentenceView& view, int p) {
  for (int c : view.children(p)) {
    const std::string& w = view.lemma(c);
    const std::string_view r = view.rel(c);
    if ((r == "advmod" || r == "neg" || r == "aux" || r == "det") &&
        (w == "not" || w == "n't" || w == "never" || w == "no")) {
      return true;
    }
    // "..., without providing specifics": a clause marked by "without" did not happen.
    if (r == "mark" && w == "without") return true;
    if (r == "advmod" && w == "longer") {
      for (int g : view.children(c)) {
        if (view.lemma(g) == "no") return true;
      }
    }
  }
  return false;
}

bool PredicateFinder::negated_by_governor(const SentenceView& view, int p) {
  // "stopped short of threatening", "fell short of recognising": the act was not done.
  if (const int s = view.head(p); s >= 0 && view.marker(p) == "of" && view.lemma(s) == "short" && view.head(s) >= 0) {
    const std::string& l = view.lemma(view.head(s));
    if (l == "stop" || l == "fall") return true;
  }
  if (view.rel(p) != "xcomp" || view.head(p) < 0) return false;
  const int g = view.head(p);
  const std::string& l = view.lemma(g);
  // "failed to agree", "refused to sign", "unable to confirm": the controlled act did not happen.
  const bool denies = l == "fail" || l == "refuse" || l == "decline" || l == "unable";
  // "has not been able to confirm", "did not manage to reach".
  return denies != negated(view, g);
}

std::optional<ActionMatch> PredicateFinder::find(const SentenceView& view, int p,
                                                 bool allow_fallback) const {
  const std::string& upos = view.upos(p);
  if (upos != "VERB" && upos != "ADJ" && upos != "NOUN") return std::nullopt;
  ActionMatch best;
  int best_score = -1;
  auto consider = [&](const std::string& lemma) {
    for (const ActionEntry* entry : lexicon_.actions_for_lemma(lemma)) {
      if (!pos_fits(upos, entry->pos)) continue;
      int object = -1;
      int particle = -1;
      int phrase = -1;
      if (!entry->object.empty()) {
        object = find_object(view, p, entry->object);
        if (object < 0) continue;
      } else if (entry->predicative) {
        object = find_predicative(view, p);
        if (object < 0) continue;
      }
      if (!entry->particle.empty()) {
        particle = find_particle(view, p, entry->particle, phrase);
        if (particle < 0 && object >= 0) particle = find_particle(view, object, entry->particle, phrase);
        // "raised the case with Wang Yi" with the with-phrase hung on the object.
        if (const int direct = view.child(p, "obj"); particle < 0 && entry->party && direct >= 0) {
          particle = find_particle(view, direct, entry->particle, phrase);
        }
        if (entry->party && !names_someone(view, phrase)) particle = -1;
        if (particle < 0 && upos == "NOUN" && view.rel(p) == "obj") {
          // "stepped up their campaign against the law" with the phrase hung on the verb.
          particle = find_particle(view, view.head(p), entry->particle, phrase);
          if (particle < p) particle = phrase = -1;
        }
        if (particle < 0) continue;
      }
      // A named object beats any complement, and a complement beats a particle: in 'called the
      // pact "void" on Monday' the "on" is no "call on".
      const int score = (object >= 0 ? (entry->predicative ? 3 : 4) : 0) + (particle >= 0 ? 2 : 0);
      if (score <= best_score) continue;
      best_score = score;
      best.entry = entry;
      best.object = object;
      best.particle = particle;
      best.particle_phrase = phrase;
    }
  };
  // A participle the lexicon lists as an adjective ("concerned", "focused") is read as one.
  const bool participle = view.xpos(p) == "VBN" || upos == "ADJ";
  if (participle && view.lower(p) != view.lemma(p)) consider(view.lower(p));
  best.stative = best.entry != nullptr && best.entry->pos == "adj";
  if (best.entry == nullptr) consider(view.lemma(p));
  if (best.entry == nullptr && !participle && view.lower(p) != view.lemma(p)) consider(view.lower(p));
  if (best.entry == nullptr && upos == "VERB") {
    // The lemmatiser misses some unseen forms ("ruled" -> "rul"): the regular stems of the
    // written form, tried against the lexicon.
    for (const std::string& stem : regular_stems(view.lower(p))) {
      if (best.entry == nullptr) consider(stem);
    }
  }
  if (best.entry != nullptr && best.entry->pos == "adj") best.stative = true;
  best.head = p;
  best.nominal = upos == "NOUN";
  if (best.entry != nullptr) {
    best.action.lemma = best.entry->display.empty() ? best.entry->lemma : best.entry->display;
    best.action.action_class = best.entry->action_class;
    if (const ActionClass* cls = lexicon_.action_class(best.entry->action_class)) {
      best.action.cameo = cls->cameo;
      best.mutual = cls->mutual;
      best.urges = cls->urges;
      best.addressed = cls->addressed;
      best.complete = cls->complete;
    }
    best.speech = best.entry->speech;
  } else {
    if (!allow_fallback || upos != "VERB" || lexicon_.is_stative(view.lemma(p))) return std::nullopt;
    best.fallback = true;
    best.action.lemma = view.lemma(p);
    best.action.action_class = std::string(kOtherAction);
  }
  int last = p;
  if (best.object > last) last = best.object;
  if (best.particle > last && best.particle - p <= 6) last = best.particle;
  best.action.text = view.text(p, last + 1);
  best.action.negated = negated(view, p) || negated_by_governor(view, p) || (best.object >= 0 && view.rel(best.object) == "obj" &&
                                             negated(view, best.object));
  return best;
}

}  // namespace issuegraph::extract
