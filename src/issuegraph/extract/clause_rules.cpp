#include "issuegraph/extract/clause_rules.hpp"

#include <algorithm>
#include <array>

#include "issuegraph/extract/issue_normalizer.hpp"
#include "issuegraph/extract/quotation.hpp"

namespace issuegraph::extract {

bool judges_party(std::string_view action_class) {
  static constexpr std::array<std::string_view, 9> kJudging = {"criticize", "accuse",  "praise",   "support", "arrest",
                                                               "sanction",  "repress", "complain", "defend"};
  return std::find(kJudging.begin(), kJudging.end(), action_class) != kJudging.end();
}

bool is_relative_pronoun(std::string_view lemma) {
  return lemma == "who" || lemma == "which" || lemma == "that" || lemma == "whom";
}

namespace {

constexpr int kMaxClimb = 6;  // clauses climbed to find an inherited subject

// Whom a speaker addresses ("told reporters", "told Polish radio", "told the closing session"):
// the audience of a speech verb, never what the speech is about.
bool is_audience(const SentenceView& view, int t) {
  static constexpr std::string_view kAudiences[] = {
      "reporter", "journalist", "press", "delegate", "audience", "crowd", "supporter", "session",
      "conference", "parliament", "lawmaker", "legislator", "radio", "television", "newspaper",
      "broadcaster", "agency", "station", "channel", "network", "assembly", "gathering", "summit",
      "rally", "meeting", "forum", "committee", "interviewer", "correspondent", "media", "outlet"};
  return std::find(std::begin(kAudiences), std::end(kAudiences), view.lemma(t)) != std::end(kAudiences);
}

}  // namespace

bool has_finite_auxiliary(const SentenceView& view, int t) {
  static constexpr std::string_view kFinite[] = {"was", "were", "is", "are", "am", "has", "have", "had"};
  for (int c : view.children(t)) {
    const std::string_view r = view.rel(c);
    if ((r == "aux" || r == "cop") &&
        std::find(std::begin(kFinite), std::end(kFinite), view.lower(c)) != std::end(kFinite)) {
      return true;
    }
  }
  return false;
}

bool is_setting(const SentenceView& view, int t) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day",
      "week", "month", "year", "time", "morning", "evening", "night", "weekend", "today",
      "yesterday", "tomorrow", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "occasion", "sideline",
      "arrival", "departure"};
  if (view.upos(t) == "NUM" || view.deprel(t) == "obl:tmod") return true;
  // "At a regular briefing, the spokeswoman said": the occasion, not what was said. Occasions
  // are the gatherings a speaker addresses (is_audience) and a few more.
  static constexpr std::string_view kOccasions[] = {"briefing", "ceremony", "event", "interview", "hearing",
                                                    "dinner", "reception"};
  const std::string_view marker = view.marker(t);
  if ((marker == "at" || marker == "during") &&
      (is_audience(view, t) ||
       std::find(std::begin(kOccasions), std::end(kOccasions), view.lemma(t)) != std::end(kOccasions))) {
    return true;
  }
  // "speaking on condition of anonymity", "on behalf of": how it was said, not what about.
  if (view.lemma(t) == "behalf") return true;
  if (view.lemma(t) == "condition") {
    for (int c : view.children(t)) {
      if (view.lemma(c) == "anonymity") return true;
    }
  }
  // "Sunday" is a name to the tagger, its lemma capitalised.
  return std::find(std::begin(kWords), std::end(kWords), view.lower(t)) != std::end(kWords) ||
         std::find(std::begin(kWords), std::end(kWords), view.lemma(t)) != std::end(kWords);
}

bool is_generic_head(const std::string& lemma) {
  return lemma == "issue" || lemma == "area" || lemma == "matter" || lemma == "topic" ||
         lemma == "question" || lemma == "subject" || lemma == "priority" || lemma == "field" ||
         lemma == "problem" || lemma == "concern";
}

bool is_list_marker(const SentenceView& view, int t) {
  if (t < 0 || t >= view.size()) return false;
  const std::string& w = view.lower(t);
  if (w == "including" || w == "like") return true;
  return w == "such" && t + 1 < view.size() && view.lower(t + 1) == "as";
}

namespace {

// True when t's phrase (without its own conjuncts) holds a noun, name or adjective.
bool has_nominal(const SentenceView& view, int t) {
  const std::string& u = view.upos(t);
  if (u == "NOUN" || u == "PROPN" || u == "ADJ") return true;
  for (int c : view.children(t)) {
    if (view.rel(c) != "conj" && view.rel(c) != "punct" && has_nominal(view, c)) return true;
  }
  return false;
}

void add_split(const SentenceView& view, int head, std::vector<int>& out) {
  std::vector<int> items;
  for (int c : conjuncts(view, head)) {
    if (c != head && !has_nominal(view, c)) continue;  // "promise one thing, deliver another"
    // "condemned the attack and called for ...": a verb coordinated with a noun is a second
    // predicate, not a second issue.
    if (c != head && view.upos(c) == "VERB" && view.upos(head) != "VERB" && view.upos(head) != "AUX") continue;
    int list = -1;
    // A list written right after the head is read off the words by the caller.
    if (is_generic_head(view.lemma(c)) && !is_list_marker(view, c + 1)) {
      for (int g : view.children(c)) {
        const std::string_view m = view.marker(g);
        if ((view.rel(g) == "nmod" || view.rel(g) == "acl") &&
            (m == "such" || m == "like" || m == "include" || m == "including" || m == "as" ||
             view.lemma(g) == "include")) {
          list = view.rel(g) == "acl" ? view.child(g, "obj") : g;
          break;
        }
      }
    }
    if (list >= 0) {
      for (int item : conjuncts(view, list)) items.push_back(item);
    } else {
      items.push_back(c);
    }
  }
  for (int t : items) {
    if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
  }
}

// The noun a relative pronoun refers to when the parse did not attach its clause to it
// ("met Chile, which criticized ..." parsed as parataxis): the nominal just before it.
int antecedent(const SentenceView& view, int pronoun) {
  int k = pronoun - 1;
  while (k >= 0 && view.upos(k) == "PUNCT") --k;
  if (k < 0 || !view.is_nominal(k)) return -1;
  while (view.head(k) >= 0 && (view.rel(k) == "flat" || view.rel(k) == "compound" || view.rel(k) == "fixed"))
    k = view.head(k);
  return k;
}

// The first word of t's phrase, its conjuncts left out.
int phrase_start(const SentenceView& view, int t) {
  int first = t;
  for (int c : view.children(t)) {
    const std::string_view r = view.rel(c);
    if (c < first && r != "conj" && r != "cc" && r != "punct") first = std::min(first, phrase_start(view, c));
  }
  return first;
}

// "Britain, France and Germany are drafting ...": parses often cut the first item of a list
// off the subject (as a vocative or a dislocated word). Read back by position, it rejoins the
// subject's conjuncts.
std::vector<int> subject_list(const SentenceView& view, int subject) {
  std::vector<int> items = conjuncts(view, subject);
  if (items.size() < 2) return items;
  int left = phrase_start(view, subject);
  while (left >= 2 && view.lower(left - 1) == ",") {
    int item = left - 2;
    while (view.head(item) > item && (view.rel(item) == "flat" || view.rel(item) == "compound")) item = view.head(item);
    const std::string_view r = view.rel(item);
    const bool cut_off = r == "vocative" || r == "dislocated" || r == "dep" || r == "parataxis" || r == "list";
    if (view.upos(item) != "PROPN" || !cut_off) break;
    items.insert(items.begin(), item);
    left = phrase_start(view, item);
  }
  return items;
}

int sentence_root(const SentenceView& view) {
  for (int t = 0; t < view.size(); ++t) {
    if (view.head(t) < 0) return t;
  }
  return -1;
}

// A clause attached to a noun that can only be the sentence's main verb: the root is a noun
// before it, and the clause is finite with neither a subject nor a relative pronoun ("Israel,
// which ..., has not ruled out").
bool misread_main_verb(const SentenceView& view, int clause) {
  const int root = sentence_root(view);
  if (root < 0 || root >= clause || !view.is_nominal(root)) return false;
  if (view.upos(clause) != "VERB") return false;
  bool finite = false;
  for (int c : view.children(clause)) {
    const std::string_view r = view.rel(c);
    if (r == "nsubj" || r == "mark" || is_relative_pronoun(view.lemma(c))) return false;
    if (r == "aux" && view.lower(c) != "to") finite = true;
  }
  const std::string& x = view.xpos(clause);
  // A bare participle stays a modifier ("commanders accused of attacks", also in headlines),
  // unless it has a direct object, which no passive participle has ("A Chinese embassy statement
  // praised the forum" with "praised" tagged VBN).
  return finite || x == "VBD" || x == "VBZ" || x == "VBP" || (x == "VBN" && view.has_child(clause, "obj"));
}

}  // namespace

namespace {

// A speech verb followed by the clause it reports, as its complement or, in a misparse, as the
// verb right after it ("rules that Ottawa says have shut ...").
bool reports_clause(const SentenceView& view, int p) {
  const bool verb_next = p + 1 < view.size() && (view.upos(p + 1) == "AUX" || view.upos(p + 1) == "VERB");
  return view.has_child(p, "ccomp") || verb_next;
}

}  // namespace

bool reports_preceding_clause(const SentenceView& view, int p) {
  const int h = view.head(p);
  if (h < 0 || h > p) return false;
  const std::string_view r = view.rel(p);
  if (r == "parataxis") return true;
  if (r != "ccomp" && r != "xcomp" && r != "advcl") return false;
  // "..., accusing the firms of missing deadlines", "..., saying it was tired": a participle
  // without a subject says its own content; only a finite verb attributes the clause before.
  if (view.xpos(p) == "VBG" && !view.has_child(p, "nsubj")) return false;
  // The comma sets off the verb, its clause or its subject (an adverbial of the reported clause
  // may hang on the speech verb: "... until next week, an official said").
  auto set_off = [&](int t) { return t > 0 && (view.lower(t - 1) == "," || is_quote(view.token(t - 1).form)); };
  const int subject = view.child(p, "nsubj");
  const int subject_first = subject >= 0 ? view.first_of_subtree(subject) : -1;
  if (r == "advcl") {
    // "after the mayor said" is a time, not a speaker; a marker of the reported clause that the
    // parse hung on the speech verb ("before next month, an official said") lies before the comma.
    const int mark = view.child(p, "mark");
    if (mark >= 0 && !(subject_first >= 0 && mark < subject_first - 1 && set_off(subject_first))) return false;
  }
  return set_off(p) || set_off(view.first_of_subtree(p)) || (subject_first >= 0 && set_off(subject_first));
}

bool is_gerund_complement(const SentenceView& view, int clause) {
  const int h = view.head(clause);
  if (h < 0 || clause != h + 1 || view.upos(h) != "VERB" || view.xpos(clause) != "VBG") return false;
  return view.rel(clause) == "xcomp" || (view.rel(clause) == "advcl" && view.marker(clause).empty());
}

int of_quantity(const SentenceView& view, int subject) {
  static constexpr std::string_view kCounts[] = {"thousand", "hundred", "dozen", "million", "score", "ten", "tens", "hundreds", "thousands", "dozens", "millions"};
  if (std::find(std::begin(kCounts), std::end(kCounts), view.lemma(subject)) == std::end(kCounts)) return subject;
  for (int c : view.children(subject)) {
    if (view.rel(c) == "nmod" && view.marker(c) == "of") return c;
  }
  return subject;
}

bool controlled_by_object(const SentenceView& view, int h, int clause) {
  for (int c : view.children(h)) {
    const std::string_view r = view.rel(c);
    if (r == "obj" || r == "iobj") return true;
    const std::string_view m = view.marker(c);
    if (r == "obl" && c < clause && (m == "on" || m == "upon")) return true;
    // "appealed to residents to stay calm", "pleaded with the rebels to free ...".
    const std::string& lemma = view.lemma(h);
    if (r == "obl" && c < clause && ((m == "to" && lemma == "appeal") || (m == "with" && lemma == "plead"))) return true;
  }
  return false;
}

bool is_issue_marker(std::string_view m) {
  // Not "at": "at its base", "at the border" say where; "aimed at", "hinted at" come with
  // their lexicon particle.
  return m == "about" || m == "over" || m == "on" || m == "regarding" || m == "concerning" ||
         m == "of" || m == "for" || m == "against" || m == "into" || m == "toward" ||
         m == "towards" || m == "upon";
}

bool is_feeling(std::string_view lemma) {
  // "voiced disappointment at the delay": a feeling's "at" says what it is about, where other
  // nouns' "at" says where ("talks at the border").
  static constexpr std::string_view kFeelings[] = {"concern", "disappointment", "alarm", "anger", "frustration",
                                                   "regret", "dismay", "outrage", "surprise", "indignation",
                                                   "displeasure", "unease", "shock", "satisfaction", "delight"};
  return std::find(std::begin(kFeelings), std::end(kFeelings), lemma) != std::end(kFeelings);
}

std::vector<int> of_phrase_chain(const SentenceView& view, int t, int depth) {
  std::vector<int> chain;
  while (static_cast<int>(chain.size()) < depth) {
    int next = -1;
    for (int c : view.children(t)) {
      // "most of its output": an of-phrase under an adjective is an obl.
      if ((view.rel(c) == "nmod" || view.rel(c) == "obl") && view.marker(c) == "of") next = c;
    }
    if (next < 0) break;
    chain.push_back(next);
    t = next;
  }
  return chain;
}

std::vector<int> conjuncts(const SentenceView& view, int t) {
  std::vector<int> out{t};
  for (std::size_t k = 0; k < out.size(); ++k) {
    for (int c : view.children(out[k])) {
      if (view.rel(c) == "conj") out.push_back(c);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// "lifted theirs after Kyiv agreed to ...": parses often read "after Kyiv" as a phrase and the
// verb as a subjectless clause. The name right before the verb, introduced by a word that can
// open a clause, is its subject.
int subject_misread_as_phrase(const SentenceView& view, int p) {
  const int k = p - 1;
  if (k < 0 || (view.rel(k) != "obl" && view.rel(k) != "nmod") || !view.is_nominal(k)) return -1;
  const std::string& x = view.xpos(p);
  if (x != "VBD" && x != "VBZ" && x != "VBP" && !view.has_child(p, "aux")) return -1;
  static constexpr std::string_view kOpeners[] = {"after", "before", "until", "since", "as", "because", "once"};
  const std::string_view m = view.marker(k);
  return std::find(std::begin(kOpeners), std::end(kOpeners), m) != std::end(kOpeners) ? k : -1;
}

// Another subject of `verb` before `subject`, joined to it by an "and"/"or" that the parse hung
// on the verb, or -1.
int subject_joined_before(const SentenceView& view, int verb, int subject) {
  if (subject < 0) return -1;
  int other = -1;
  for (int c : view.children(verb)) {
    if (view.deprel(c) == "nsubj" && c < subject) other = c;
  }
  if (other < 0) return -1;
  // Plain noun phrases only: "Riot police used water cannon ..., and the ministry said" is two
  // clauses whatever the parse hung on "police".
  for (int k = other + 1; k < subject; ++k) {
    if (view.upos(k) != "VERB") continue;
    for (int a = view.head(k); a >= 0; a = view.head(a)) {
      if (a == other) return -1;
    }
  }
  for (int c : view.children(verb)) {
    if (view.rel(c) == "cc" && c > other && c < subject) return other;
  }
  // "Niger, Mali and Burkina Faso announced": a list whose first comma the parse left alone.
  const int first = view.first_of_subtree(subject);
  const int after = view.lower(first) == "," ? first : first - 1;  // the comma may hang on either
  return after > other && view.lower(after) == "," && view.head(other) == verb &&
                 std::all_of(view.children(other).begin(), view.children(other).end(), [&](int g) { return g < after; })
             ? other
             : -1;
}

int earlier_subject_thing(const SentenceView& view, int t, const std::vector<bool>& actor_tokens) {
  for (int k = t - 1; k >= 0; --k) {
    if (view.rel(k) != "nsubj" || view.upos(k) != "NOUN" || actor_tokens[static_cast<std::size_t>(k)]) continue;
    // Not the subject of the pronoun's own clause ("the plan has made it harder").
    if (view.head(k) == view.head(t)) return -1;
    return k;
  }
  return -1;
}

SubjectInfo find_subject(const SentenceView& view, int p) {
  SubjectInfo info;
  if (view.upos(p) == "VERB" && !view.has_child(p, "nsubj") && (view.rel(p) == "advcl" || view.rel(p) == "conj")) {
    if (const int s = subject_misread_as_phrase(view, p); s >= 0) {
      info.actors = conjuncts(view, s);
      return info;
    }
  }
  int cur = p;
  bool active_conjunct = false;  // reached cur from a finite verb coordinated with it
  bool controlled = false;       // reached cur from a clause it controls (xcomp)
  for (int step = 0; step < kMaxClimb; ++step) {
    // With two subjects (a dateline "NEW DELHI —" misread as one), the one nearest before the
    // predicate is the real subject.
    int nearest = -1;
    for (int c : view.children(cur)) {
      const std::string& d = view.deprel(c);
      if ((d == "nsubj" || d == "nsubj:outer") && (nearest < 0 || (c < cur && c > nearest))) nearest = c;
    }
    // "Ruiz's talks with Chilean officials give ...": a noun right after a
    // preposition is that preposition's object, whatever the parse made of it.
    const int first = nearest >= 0 ? view.first_of_subtree(nearest) : -1;
    if (first > 0 && view.upos(first - 1) == "ADP") {
      for (int c : view.children(cur)) {
        if (view.deprel(c) == "nsubj" && c < nearest) nearest = c;
      }
    }
    // "The United States and the European Union voiced concern" parsed as two subjects with the
    // "and" on the verb: a coordinated subject after all.
    const int first_of_pair = subject_joined_before(view, cur, nearest);
    for (int c : view.children(cur)) {
      const std::string& d = view.deprel(c);
      if ((d == "nsubj" || d == "nsubj:outer") && c == nearest) {
        int subject = of_quantity(view, c);
        if (is_relative_pronoun(view.lemma(c)) && view.upos(c) == "PRON") {
          subject = view.deprel(cur) == "acl:relcl" ? view.head(cur) : antecedent(view, c);
          if (subject < 0) return info;
        } else if (first_of_pair >= 0) {
          for (int s : subject_list(view, of_quantity(view, first_of_pair))) info.actors.push_back(s);
        }
        for (int s : subject_list(view, subject)) info.actors.push_back(s);
        return info;
      }
      if (d == "nsubj:pass" && step == 0) info.passive_subject = c;
      // "Ruiz was informed of the findings and urged the minister to step down": a finite active verb
      // coordinated with a passive one shares its subject as the one who acts.
      if (d == "nsubj:pass" && step > 0 && active_conjunct) {
        for (int s : subject_list(view, c)) info.actors.push_back(s);
        return info;
      }
      // "Peru and Chile are expected to sign ...", "Kenya was invited to attend ...": the
      // passive subject of a governor does what the clause it controls says.
      if (d == "nsubj:pass" && step > 0 && controlled) {
        for (int s : subject_list(view, c)) info.actors.push_back(s);
        info.raised = true;
        return info;
      }
    }
    if (info.passive_subject >= 0) {
      // "concerns were raised by X": the agent acts; without one nobody is named.
      for (int c : view.children(cur)) {
        if (view.deprel(c) == "obl:agent" || (view.rel(c) == "obl" && view.marker(c) == "by")) {
          for (int s : conjuncts(view, c)) info.actors.push_back(s);
          break;
        }
      }
      return info;
    }
    const int h = view.head(cur);
    if (h < 0) return info;
    const std::string& d = view.deprel(cur);
    const std::string_view r = view.rel(cur);
    if ((r == "acl" || d == "acl:relcl") && misread_main_verb(view, cur)) {
      // "Israel, which considers X a threat, has not ruled out ...": the parse hung the main
      // verb on a noun; the sentence's subject is the noun the sentence starts from.
      for (int s : conjuncts(view, sentence_root(view))) info.actors.push_back(s);
      return info;
    }
    if ((r == "acl" && d != "acl:relcl") || (r == "advcl" && view.marker(cur).empty() && !view.has_child(cur, "aux"))) {
      // "commanders accused of attacks", "Pressed about the cuts, Tillerson said": a past
      // participle makes the noun it modifies, or the subject of the clause it opens, its patient.
      // A subjectless clause opening with a past form is a participle whatever its tag
      // ("Asked about the closure, ..." tagged as a past tense).
      const bool opens_clause = view.first_of_subtree(cur) == cur && view.xpos(cur) == "VBD";
      if (view.xpos(cur) == "VBN" || (r == "advcl" && opens_clause)) return info;
    }
    if (d == "acl:relcl" || r == "acl") {
      // "Blinken, who arrived ...", "officials warning that ...": the modified noun acts. A
      // marked clause ("accused Beijing of supporting ...") is a complement, not a modifier.
      if (view.is_nominal(h) && (d == "acl:relcl" || view.marker(cur).empty())) info.actors.push_back(h);
      return info;
    }
    if (r == "xcomp" || (r == "advcl" && view.marker(cur) == "to")) {
      // Object control ("urged China to stop", "called on the US not to ...") hands the clause
      // to the object, which the governing action already reports as its target.
      if (controlled_by_object(view, h, cur)) return info;
    } else if (r == "advcl" && (view.marker(cur) == "for" || view.marker(cur) == "of") &&
               view.has_child(h, "obj")) {
      // "criticised Australia for approving ...", "accused X of blocking ...": the one
      // criticised or accused did it, not the critic.
      return info;
    } else if (r != "conj" && r != "advcl") {
      return info;
    }
    controlled = r == "xcomp";
    active_conjunct = r == "conj" && (view.xpos(cur) == "VBD" || view.xpos(cur) == "VBZ" || view.xpos(cur) == "VBP" ||
                                      has_finite_auxiliary(view, cur));
    cur = h;
    // A verb coordinated with a noun is a parse slip: the noun's own head is the clause.
    if (r == "conj" && view.upos(cur) != "VERB" && view.upos(cur) != "ADJ" && view.upos(cur) != "AUX" &&
        view.head(cur) >= 0) {
      cur = view.head(cur);
    }
    ++info.depth;
  }
  return info;
}

namespace {

// The targets and issues of one predicate, found in steps; the first step that finds an issue
// ends the search (find()). One finder per predicate: the steps share the arguments found so far.
class ArgumentFinder {
 public:
  ArgumentFinder(const SentenceView& view, const ActionMatch& match, const std::vector<bool>& actor_tokens)
      : view_(view), match_(match), actor_tokens_(actor_tokens), p_(match.head) {}

  ClauseArguments find() {
    find_targets();
    if (complement_of_target() || object_control() || light_object_phrases() || phrases_and_object() ||
        content_clause_of_speech()) {
      return args_;
    }
    reported_or_controlled_clause();
    fallback_issue();
    return args_;
  }

 private:
  bool actor(int t) const { return t >= 0 && actor_tokens_[static_cast<std::size_t>(t)]; }
  void add_target(int t) {
    for (int c : conjuncts(view_, t)) {
      if (actor(c) && std::find(args_.targets.begin(), args_.targets.end(), c) == args_.targets.end())
        args_.targets.push_back(c);
    }
  }
  // "suspended talks with the ELN": the party of a light-verb object's "with" phrase;
  // "imposed sanctions on Russia", "protested against Israel": the party acted against.
  // "apologised to Tweeden", "sent aid to Ukraine": the party addressed, for the classes whose
  // to-phrase names one (not "criticised the supply of drones to Moscow").
  // The actor phrase t names: t itself, or the place or body whose part it is ("an agreement
  // with the breakaway region of Somaliland", "talks with the government of Sudan"); -1 if none.
  int party_of(int t) const {
    if (actor(t)) return t;
    for (int c : view_.children(t)) {
      if (view_.rel(c) == "nmod" && view_.marker(c) == "of" && actor(c)) return c;
    }
    return -1;
  }
  // Dependents of noun t and of the of-phrases it heads ("the review of its programme | with
  // the IMF").
  std::vector<int> phrase_children_through_of(int t) const {
    std::vector<int> out = view_.children(t);
    for (int of : of_phrase_chain(view_, t, 2)) {
      const auto& more = view_.children(of);
      out.insert(out.end(), more.begin(), more.end());
    }
    return out;
  }
  bool party_marker(std::string_view m) const {
    return m == "with" || m == "between" || m == "against" || m == "on" || (m == "to" && match_.addressed);
  }

  void find_targets();
  bool complement_of_target();
  bool object_control();
  void clause_under_party();
  bool light_object_phrases();
  bool phrases_and_object();
  bool prepositional_issue(int c, int object, int& continuation);
  void object_issue(int c);
  void extend_object_issue(int object, int continuation);
  bool content_clause_of_speech();
  std::vector<int> clause_dependents() const;
  void reported_or_controlled_clause();
  void controlled_targets(int clause);
  // With nothing found yet: the noun a pronoun-less relative clause describes, what an act
  // separates its party from, or the light-verb object itself.
  void fallback_issue();
  int described_noun() const;
  int separated_from() const;
  int issue_beside_place() const;
  int act_of_target() const;
  bool light_object_is_issue() const;
  bool described_state(int c) const;
  int what_is_called(int c) const;

  const SentenceView& view_;
  const ActionMatch& match_;
  const std::vector<bool>& actor_tokens_;
  const int p_;
  ClauseArguments args_;
};

void ArgumentFinder::find_targets() {
  if (match_.particle_phrase >= 0 && actor(match_.particle_phrase)) add_target(match_.particle_phrase);
  if (match_.object >= 0) {
    if (actor(match_.object)) add_target(match_.object);  // "summoned South Korea's ambassador"
    for (int c : view_.children(match_.object)) {
      // "drills around Taiwan", "patrols near the Philippines": where a show of force is aimed;
      // "recalled its ambassador to Argentina", "issued a warning to Moscow": the one addressed.
      // "issued a warrant for Karim": the one to be arrested.
      const bool wanted = view_.marker(c) == "for" && match_.action.action_class == "arrest";
      const bool aimed = view_.marker(c) == "around" || view_.marker(c) == "near" || view_.marker(c) == "to" || wanted;
      if (view_.rel(c) == "nmod" && (party_marker(view_.marker(c)) || aimed)) {
        if (const int party = party_of(c); party >= 0) add_target(party);
      }
      // "began an Asia tour": where a visit goes.
      if (view_.rel(c) == "compound" && match_.action.action_class == "visit" && actor(c)) add_target(c);
    }
    // "imposed sweeping sanctions on X" with "sweeping" read as a gerund holding the phrases.
    if (const int holder = view_.head(match_.object); holder != p_ && holder >= 0 && view_.head(holder) == p_) {
      for (int c : view_.children(holder)) {
        if (view_.rel(c) == "obl" && party_marker(view_.marker(c)) && actor(c)) add_target(c);
      }
    }
  }
  for (int c : view_.children(p_)) {
    const std::string_view r = view_.rel(c);
    if ((r == "obj" || r == "iobj") && c != match_.object && actor(c)) add_target(c);
    if (r == "obj" && c != match_.object && !actor(c)) {
      // "suspended a partnership dialogue with Tbilisi", "negotiates the next review of its
      // programme with the IMF": the party of what was acted on.
      for (int g : phrase_children_through_of(c)) {
        const std::string_view m = view_.marker(g);
        if (view_.rel(g) == "nmod" && (m == "with" || m == "between") && actor(g)) add_target(g);
      }
    }
    if (view_.deprel(c) == "nsubj:pass" && actor(c) && !match_.stative) add_target(c);
    if ((r == "obl" || r == "nmod") && party_marker(view_.marker(c)) && actor(c)) add_target(c);
    // "issued arrest warrants | for six activists" with the phrase hung on the verb.
    const bool wanted = r == "obl" && view_.marker(c) == "for" && match_.action.action_class == "arrest";
    if (wanted && actor(c)) add_target(c);
  }
}

bool ArgumentFinder::complement_of_target() {
  // "accused Beijing of supporting ...": the complement hangs on the target in some parses.
  for (int t : args_.targets) {
    for (int c : view_.children(t)) {
      if (view_.rel(c) == "acl" && is_issue_marker(view_.marker(c))) add_split(view_, c, args_.issues);
    }
  }
  if (args_.issues.empty()) return false;
  args_.source = IssueSource::kPreposition;
  return true;
}

bool ArgumentFinder::object_control() {
  // 1. Object control: "urged the government to take ...", "called on all parties to exercise
  // restraint": the one urged is the target when it is an actor, the clause is the issue.
  if (!match_.urges || match_.object >= 0) return false;
  for (int c : view_.children(p_)) {
    const std::string_view r = view_.rel(c);
    if ((r == "xcomp" || (r == "advcl" && view_.marker(c) == "to")) && controlled_by_object(view_, p_, c)) {
      add_split(view_, c, args_.issues);
      args_.source = IssueSource::kControl;
      const int obj = view_.child(c, "obj");
      if (obj >= 0 && actor(obj)) add_target(obj);
    }
  }
  if (args_.issues.empty()) clause_under_party();
  return !args_.issues.empty();
}

void ArgumentFinder::clause_under_party() {
  // "called on protesters to remain peaceful" with the to-clause hung on "protesters": the
  // clause is still what they are asked to do, and they are the party.
  for (int party : view_.children(p_)) {
    const std::string_view r = view_.rel(party);
    const std::string_view m = view_.marker(party);
    const bool addressed = m == "on" || ((m == "to" || m == "with") && party == match_.particle_phrase);
    const bool called_on = r == "obl" && addressed;
    if (r != "obj" && !called_on) continue;
    for (int c : view_.children(party)) {
      // "appealed to donors for $30m" with the for-phrase hung on "donors": what is asked for.
      const bool asked_for = called_on && view_.rel(c) == "nmod" && view_.marker(c) == "for";
      if (!asked_for && (view_.rel(c) != "acl" || view_.marker(c) != "to" || view_.upos(c) != "VERB")) continue;
      add_split(view_, c, args_.issues);
      args_.source = IssueSource::kControl;
      if (actor(party)) add_target(party);
    }
  }
}

bool ArgumentFinder::light_object_phrases() {
  // 2. A light-verb object carries the issue in its own phrase ("concerns about X"); not a
  // predicative word beside a real object ("called the accord a betrayal of ...").
  const int real_object = view_.child(p_, "obj");
  const bool predicative = match_.object >= 0 && real_object >= 0 && real_object != match_.object;
  if (match_.object < 0 || predicative) return false;
  auto about = [&](int c) {
    const std::string_view m = view_.marker(c);
    return (is_issue_marker(m) || (m == "at" && is_feeling(view_.lemma(match_.object)))) && !actor(c) &&
           !is_setting(view_, c);  // "signed an agreement on Tuesday"
  };
  for (int c : view_.children(match_.object)) {
    const std::string_view r = view_.rel(c);
    if ((r == "nmod" || r == "acl" || r == "obl") && about(c)) add_split(view_, c, args_.issues);
  }
  for (int c : view_.children(p_)) {
    const std::string_view r = view_.rel(c);
    if ((r == "obl" || r == "advcl") && about(c)) add_split(view_, c, args_.issues);
  }
  if (args_.issues.empty()) return false;
  args_.source = IssueSource::kLightObject;
  return true;
}

bool ArgumentFinder::phrases_and_object() {
  // 3. Prepositional phrases and the direct object. A phrase right after a single-noun object
  // continues it ("criticized the proposal | on farm subsidies" when the parse hangs the phrase
  // on the verb) rather than naming a second issue.
  int object = -1;
  int continuation = -1;
  for (int c : view_.children(p_)) {
    if (view_.rel(c) == "obj" && c != match_.object && !actor(c) && view_.upos(c) != "PRON" &&
        conjuncts(view_, c).size() == 1) {
      object = c;
    }
  }
  for (int c : view_.children(p_)) {
    if (c == match_.object) continue;
    if (!prepositional_issue(c, object, continuation)) object_issue(c);
  }
  if (args_.issues.empty()) return false;
  extend_object_issue(object, continuation);
  return true;
}

bool ArgumentFinder::prepositional_issue(int c, int object, int& continuation) {
  const std::string_view r = view_.rel(c);
  const std::string_view m = view_.marker(c);
  // "provided Manila with radar systems": what is given comes with "with".
  const bool given = m == "with" && match_.action.action_class == "provide_aid";
  // '"...," Tamimi said of the event', '"For the most part ...," he said': after a quotation
  // the content is the quotation, which step 4 finds.
  const bool quote_before = std::any_of(view_.children(p_).begin(), view_.children(p_).end(), [&](int k) {
    return view_.rel(k) == "ccomp" && k < p_;
  });
  const bool after_quote = match_.speech && (reports_preceding_clause(view_, p_) || quote_before) &&
                           c != match_.particle_phrase;
  const bool prep = (r == "obl" || r == "nmod" || r == "advcl" || r == "xcomp" || r == "ccomp") && !after_quote &&
                    (is_issue_marker(m) || given || (c == match_.particle_phrase && !m.empty()));
  // "speaking at a news conference": where a speaker spoke is not what about.
  const bool venue = match_.speech && is_audience(view_, c);
  if (!prep || actor(c) || is_setting(view_, c) || venue) return false;
  const std::vector<int> tokens = issue_phrase_tokens(view_, object >= 0 ? object : c);
  if (object >= 0 && c > object && continuation < 0 && r == "obl" && !tokens.empty() &&
      tokens.back() + 2 >= view_.child(c, "case") && view_.child(c, "case") > tokens.back()) {
    continuation = c;
    return true;
  }
  if (const int called = what_is_called(c); called >= 0) {
    args_.issues.push_back(called);
  } else {
    add_split(view_, c, args_.issues);
  }
  args_.source = IssueSource::kPreposition;
  return true;
}

bool ArgumentFinder::described_state(int c) const {
  // "wanted a stable, democratic Bangladesh": a party in a state it should be in is an issue.
  const int det = view_.child(c, "det");
  return det >= 0 && view_.lemma(det) == "a" && view_.has_child(c, "amod");
}

void ArgumentFinder::object_issue(int c) {
  const std::string_view r = view_.rel(c);
  const std::string& verb = view_.lemma(p_);
  const bool addresses = verb == "tell" || verb == "brief" || verb == "inform" || verb == "assure" ||
                         verb == "remind" || verb == "address" || verb == "warn";
  const int called = r == "obj" ? what_is_called(c) : -1;
  if (called >= 0) {
    args_.issues.push_back(called);
    if (args_.source == IssueSource::kNone) args_.source = IssueSource::kObject;
  } else if ((r == "obj" || (view_.deprel(c) == "nsubj:pass" && !match_.stative)) && (!actor(c) || described_state(c)) &&
             view_.upos(c) != "PRON" && !is_relative_pronoun(view_.lemma(c)) &&
             !(addresses && (is_audience(view_, c) || view_.has_child(p_, "ccomp")))) {
    // ("informed executives that China had ...": with a content clause, the one told is no issue.)
    // The object, or in a passive ("the proposal was rejected by X") the passive subject.
    add_split(view_, c, args_.issues);
    if (args_.source == IssueSource::kNone) args_.source = IssueSource::kObject;
  } else if ((view_.deprel(c) == "nsubj:pass" || (r == "obj" && !(match_.speech && reports_clause(view_, p_)))) &&
             !match_.stative &&
             is_relative_pronoun(view_.lemma(c)) && view_.deprel(p_) == "acl:relcl" && view_.head(p_) >= 0 &&
             !actor(view_.head(p_))) {
    // "the talks, which would be hosted by the UN", "a campaign that UN agencies have
    // criticised": the noun the clause describes. Not when the speech verb reports a
    // clause: in "rules that Ottawa says have shut ..." the pronoun belongs to that clause.
    args_.issues.push_back(view_.head(p_));
    if (args_.source == IssueSource::kNone) args_.source = IssueSource::kObject;
  } else if (r == "obj" && view_.lower(c) == "it" && !actor(c)) {
    // "The deal expires in May, and Russia has refused to extend it": "it" is the thing the
    // sentence's earlier clause is about.
    if (const int thing = earlier_subject_thing(view_, c, actor_tokens_); thing >= 0) {
      args_.issues.push_back(thing);
      if (args_.source == IssueSource::kNone) args_.source = IssueSource::kObject;
    }
  }
}

int ArgumentFinder::what_is_called(int c) const {
  // "condemned what they called the disproportionate use of force", "protested against what
  // they called an unfair tariff": what was so called, or the clause that calls it.
  if (view_.lemma(c) != "what" || !view_.has_child(c, "acl:relcl")) return -1;
  const int clause = view_.child(c, "acl:relcl");
  int named = -1;
  for (int g : view_.children(clause)) {
    if ((view_.rel(g) == "obj" || view_.rel(g) == "xcomp") && view_.is_nominal(g) && view_.upos(g) != "PRON") named = g;
  }
  return named >= 0 ? named : clause;
}

// A sum or a count: "$30m", "NZ$18m", "1,500", "200 million".
bool is_amount(const SentenceView& view, int t) {
  const std::string& upos = view.upos(t);
  if (upos == "SYM" || upos == "NUM") return true;
  if (upos != "NOUN") return false;
  const std::string& form = view.token(t).form;
  const bool written_as_number = !form.empty() && form[0] >= '0' && form[0] <= '9';  // "30m"
  const auto children = view.children(t);
  return written_as_number || view.has_child(t, "nummod") ||
         std::any_of(children.begin(), children.end(), [&](int c) { return view.upos(c) == "SYM"; });
}

void ArgumentFinder::extend_object_issue(int object, int continuation) {
  std::sort(args_.issues.begin(), args_.issues.end());
  args_.extensions.assign(args_.issues.size(), -1);
  for (std::size_t k = 0; k < args_.issues.size(); ++k) {
    if (args_.issues[k] == object) args_.extensions[k] = continuation;
  }
  if (args_.source != IssueSource::kObject || args_.issues.size() != 1 || continuation >= 0) return;
  const int obj = args_.issues[0];
  for (int c : view_.children(p_)) {
    const std::string_view m = view_.marker(c);
    // An actor may end the phrase ("the supply of drones | to Moscow"), except after "with",
    // which names a party.
    // "paused NZ$18m | in budget support": after an amount, "in" says what the money is.
    const bool phrase_marker = m == "to" || m == "of" || m == "for" || m == "on" || m == "from" ||
                               (m == "in" && is_amount(view_, obj));
    // "announced plans | to reopen the embassy" with the infinitive hung on the verb.
    const bool infinitive = view_.rel(c) == "xcomp" && m == "to" && c == obj + 2;
    if (c > obj && ((view_.rel(c) == "obl" && !is_setting(view_, c) &&
                     (phrase_marker || (m == "with" && !actor(c)))) || infinitive)) {
      args_.extensions[0] = c;
      return;
    }
  }
}

bool ArgumentFinder::content_clause_of_speech() {
  if (!match_.speech) return false;
  // "said on Monday that Iran had barred ...": parses often read "that" as a relative pronoun
  // of the day. Such a clause is the content, and comes before any other reading.
  for (int c : view_.children(p_)) {
    const bool setting = view_.rel(c) == "obl" && is_setting(view_, c);
    // "told reporters the talks had made progress": a clause with its own subject and no
    // relative pronoun is no relative clause of the audience but the content.
    const bool audience = (view_.rel(c) == "iobj" || view_.rel(c) == "obj") && is_audience(view_, c);
    if (!setting && !audience) continue;
    for (int g : view_.children(c)) {
      if (view_.deprel(g) != "acl:relcl" || g <= c) continue;
      const bool that = c + 1 < view_.size() && view_.lower(c + 1) == "that";
      bool subject = false;
      bool relative_pronoun = false;
      for (int k : view_.children(g)) {
        subject = subject || view_.rel(k) == "nsubj";
        relative_pronoun = relative_pronoun || (is_relative_pronoun(view_.lemma(k)) && view_.upos(k) == "PRON");
      }
      if (that || (audience && subject && !relative_pronoun)) {
        add_split(view_, g, args_.issues);
        args_.source = IssueSource::kSpeech;
        return true;
      }
    }
  }
  return false;
}

std::vector<int> ArgumentFinder::clause_dependents() const {
  std::vector<int> dependents = view_.children(p_);
  if (match_.urges) {
    // 'urged "all Hondurans" to accept the result' with the infinitive hung on the one urged, or
    // on its apposition ("asked the commission, the bloc's executive body, to intervene").
    auto infinitive_on = [&](int o) {
      for (int c : view_.children(o)) {
        const std::string_view r = view_.rel(c);
        if ((r == "xcomp" || r == "acl" || r == "advcl") && view_.marker(c) == "to" && view_.upos(c) == "VERB") {
          dependents.push_back(c);
        }
      }
    };
    for (int o : view_.children(p_)) {
      if (view_.rel(o) != "obj" && view_.rel(o) != "iobj") continue;
      infinitive_on(o);
      for (int a : view_.children(o)) {
        if (view_.rel(a) == "appos") infinitive_on(a);
      }
    }
  }
  if (match_.speech) {
    // "said afterwards that ...": some parses hang the content clause on the adverb.
    for (int a : view_.children(p_)) {
      if (view_.rel(a) != "advmod" || view_.upos(a) != "ADV") continue;
      for (int c : view_.children(a)) {
        if (view_.rel(c) == "ccomp") dependents.push_back(c);
      }
    }
  }
  return dependents;
}

void ArgumentFinder::reported_or_controlled_clause() {
  // 4. Reported speech, then a controlled clause ("wants to highlight", "called on X to").
  const std::vector<int> dependents = clause_dependents();
  for (IssueSource source : {IssueSource::kSpeech, IssueSource::kControl}) {
    for (int c : dependents) {
      const std::string_view r = view_.rel(c);
      // Reported content is a clause; a lone adjective under ccomp is a parse slip.
      const bool clause = view_.upos(c) == "VERB" || view_.upos(c) == "AUX" ||
                          view_.has_child(c, "nsubj") || view_.has_child(c, "cop");
      // "added that the administration places ..." with the clause misread as the object of
      // "that": the conjunction still opens the content.
      const bool that_object = r == "obj" && view_.lower(c) == "that" && view_.upos(c) == "SCONJ" &&
                               !view_.children(c).empty();
      const bool fits = source == IssueSource::kSpeech
                            ? (r == "ccomp" && clause) || that_object
                            : ((r == "xcomp" && !has_finite_auxiliary(view_, c)) || is_gerund_complement(view_, c) ||
                               (r == "advcl" && view_.marker(c) == "to" && controlled_by_object(view_, p_, c)) ||
                               (view_.head(c) != p_ && view_.marker(c) == "to"));  // hung on the one urged
      if (!fits) continue;
      // What was said is one content, however many clauses it coordinates ("said the measure
      // is needed and applies to all boats"): one say triple, as an analyst writes it.
      if (source == IssueSource::kSpeech) {
        int content = c;
        if (that_object) {  // the clause the parse hung under "that"
          for (int k : view_.children(c)) {
            if (view_.rel(k) != "punct") content = k;
          }
        }
        args_.issues.push_back(content);
      } else {
        add_split(view_, c, args_.issues);
      }
      args_.source = source;
      if (source == IssueSource::kSpeech && match_.urges) {
        // "demanded that Abuja hand over the suspects": the one asked to act is the party.
        const int subject = view_.child(c, "nsubj");
        if (subject >= 0 && actor(subject)) add_target(subject);
      }
      if (source == IssueSource::kControl) controlled_targets(c);
    }
    if (!args_.issues.empty()) return;
    // '"We will not ...," the minister said': the quote is the clause the speech verb hangs on.
    if (source == IssueSource::kSpeech && match_.speech && reports_preceding_clause(view_, p_)) {
      const int quote = view_.head(p_);
      if (quote >= 0 && (view_.upos(quote) == "VERB" || view_.upos(quote) == "AUX" ||
                         view_.has_child(quote, "cop") || view_.has_child(quote, "nsubj"))) {
        args_.issues.push_back(quote);
        args_.source = source;
        return;
      }
    }
  }
}

void ArgumentFinder::controlled_targets(int clause) {
  // "seeks to confront Japan", "vowed to retaliate against Israel": the
  // controlled verb's object or the party of its against/on phrase is the target.
  const int obj = view_.child(clause, "obj");
  if (obj >= 0 && actor(obj)) add_target(obj);
  for (int g : view_.children(clause)) {
    const std::string_view m = view_.marker(g);
    if (view_.rel(g) == "obl" && (m == "against" || m == "on") && actor(g)) add_target(g);
    // "offered to send engineers to help the Lebanese army": the one helped, one clause down.
    const bool purpose = view_.rel(g) == "xcomp" || (view_.rel(g) == "advcl" && m == "to");
    if (purpose && !(obj >= 0 && actor(obj)) && view_.child(g, "obj") >= 0 && actor(view_.child(g, "obj"))) {
      add_target(view_.child(g, "obj"));
    }
  }
}

void ArgumentFinder::fallback_issue() {
  if (!args_.issues.empty()) return;
  const int described = described_noun();
  if (described >= 0) {
    args_.issues.push_back(described);
    args_.source = IssueSource::kObject;
  } else if (const int source = separated_from(); source >= 0) {
    add_split(view_, source, args_.issues);
    args_.source = IssueSource::kPreposition;
  } else if (light_object_is_issue()) {
    args_.issues.push_back(match_.object);
    args_.source = IssueSource::kObject;
  } else if (const int act = act_of_target(); act >= 0) {
    args_.issues.push_back(act);
    args_.source = IssueSource::kObject;
  } else if (const int beside = issue_beside_place(); beside >= 0) {
    add_split(view_, beside, args_.issues);
    args_.source = IssueSource::kPreposition;
  }
}

int ArgumentFinder::issue_beside_place() const {
  // "protested outside the embassy against the tariff": parses hang the phrase saying what
  // about on the place just before it. Only after a place ("revised it from two pct, against
  // last year's 2.1 pct" compares), and only the markers that cannot describe a place ("the
  // embassy of Brazil", "the talks on trade" can).
  static constexpr std::string_view kAbout[] = {"against", "over", "about", "regarding", "concerning"};
  static constexpr std::string_view kPlaces[] = {"outside", "at", "in", "near", "before", "across", "around", "through", "along", "opposite"};
  for (int c : view_.children(p_)) {
    const std::string_view place = view_.marker(c);
    if (view_.rel(c) != "obl" || actor(c) || std::find(std::begin(kPlaces), std::end(kPlaces), place) == std::end(kPlaces)) continue;
    for (int g : view_.children(c)) {
      const std::string_view m = view_.marker(g);
      if (view_.rel(g) == "nmod" && g > c && !actor(g) && !is_setting(view_, g) &&
          std::find(std::begin(kAbout), std::end(kAbout), m) != std::end(kAbout)) {
        return g;
      }
    }
  }
  return -1;
}

int ArgumentFinder::act_of_target() const {
  if (!judges_party(match_.action.action_class)) return -1;
  for (int t : args_.targets) {
    for (int c : view_.children(t)) {
      const bool relative = view_.deprel(c) == "acl:relcl";
      const bool participle = view_.deprel(c) == "acl" && view_.xpos(c) == "VBG";
      if (c > t && view_.upos(c) == "VERB" && (relative || participle)) return c;
    }
  }
  return -1;
}

int ArgumentFinder::described_noun() const {
  // "a charge Kigali denies", "an allegation it rejects": a relative clause without a pronoun
  // and without an object of its own is about the noun it describes. Not speech ("..., a
  // source said") nor a place or occasion ("the country he visited").
  const std::string& cls = match_.action.action_class;
  const bool about_things = cls != "make_statement" && cls != "announce" && cls != "warn" && cls != "meet" &&
                            cls != "visit" && cls != "host";
  if (!about_things) return -1;
  const int noun = view_.head(p_);
  const std::vector<int>& dependents = view_.children(p_);
  if (view_.deprel(p_) == "acl:relcl" && noun >= 0 && noun < p_ && !actor(noun) && !view_.has_child(p_, "obj") &&
      !view_.has_child(p_, "ccomp") && !view_.has_child(p_, "xcomp") &&
      std::none_of(dependents.begin(), dependents.end(),
                   [&](int c) { return is_relative_pronoun(view_.lemma(c)) || view_.rel(c) == "mark"; })) {
    return noun;
  }
  // The same read as a second subject ("a charge Kigali denies" with "charge" and "Kigali" both
  // subjects of "denies"): the earlier one, a thing, is what the actor after it denies.
  std::vector<int> subjects;
  for (int c : dependents) {
    if (view_.deprel(c) == "nsubj") subjects.push_back(c);
  }
  if (subjects.size() == 2 && !actor(subjects[0]) && actor(subjects[1]) && view_.upos(subjects[0]) == "NOUN") {
    return subjects[0];
  }
  return -1;
}

int ArgumentFinder::separated_from() const {
  // "suspended Guinea-Bissau from all AU activities", "withdrew from the treaty": with nothing
  // else said, what an act separates its party from is what it is about. Not for speech ("said
  // from Geneva") and not a place or person.
  if (match_.speech) return -1;
  for (int c : view_.children(p_)) {
    if (view_.rel(c) == "obl" && view_.marker(c) == "from" && view_.upos(c) == "NOUN" && !actor(c) &&
        !is_setting(view_, c)) {
      return c;
    }
  }
  return -1;
}

bool ArgumentFinder::light_object_is_issue() const {
  // "rejected the accusation": a light-verb object with nothing attached is itself the issue.
  // Not for a meeting: "held talks" is the action itself, not what it is about.
  // With a party named, only a described object says what the act was ("imposed sweeping
  // economic sanctions on X", "launched large-scale drills around X"), not "raised concerns with X".
  // Nor for a visit: "embarked on a long-planned visit" says no more than that it visited.
  if (match_.object < 0 || match_.action.action_class == "meet" || match_.action.action_class == "visit") return false;
  const bool object_is_party =
      std::find(args_.targets.begin(), args_.targets.end(), match_.object) != args_.targets.end();
  // A named possessor describes it too ("closed the bloc's borders with X"); "its" does not.
  const std::vector<int>& modifiers = view_.children(match_.object);
  const bool described = std::any_of(modifiers.begin(), modifiers.end(), [&](int c) {
    return view_.rel(c) == "amod" || view_.rel(c) == "compound" ||
           (view_.deprel(c) == "nmod:poss" && view_.upos(c) != "PRON");
  });
  // In a passive the object is the subject: "the crossing was closed by Pakistani authorities".
  const bool light_object = view_.rel(match_.object) == "obj" ||
                            (view_.deprel(match_.object) == "nsubj:pass" && !match_.stative);
  return (args_.targets.empty() || (described && !object_is_party)) && light_object;
}

}  // namespace

ClauseArguments find_arguments(const SentenceView& view, const ActionMatch& match,
                               const std::vector<bool>& actor_tokens) {
  return ArgumentFinder(view, match, actor_tokens).find();
}

}  // namespace issuegraph::extract
