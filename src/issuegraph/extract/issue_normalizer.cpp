#include "issuegraph/extract/issue_normalizer.hpp"

#include <algorithm>

#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/extract/mention_finder.hpp"

namespace issuegraph::extract {
namespace {

bool is_content(const std::string& upos) {
  return upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "VERB" || upos == "X" ||
         upos == "NUM";
}

// Modifiers that say how much or which, not what: left out of fallback labels.
bool is_vague_modifier(const std::string& lemma) {
  return lemma == "further" || lemma == "more" || lemma == "some" || lemma == "any" ||
         lemma == "other" || lemma == "such" || lemma == "many" || lemma == "much" ||
         lemma == "new" || lemma == "recent" || lemma == "certain" || lemma == "own" ||
         lemma == "even" || lemma == "particular";
}

// A date that ends the issue's phrase ("energy cooperation | on Monday", "the vote | last
// Tuesday"): when it happened, not what it is about. Only at the end, so that dropping it
// leaves the phrase whole.
bool is_closing_date(const SentenceView& view, int head, int t) {
  if (t < head || t != view.children(head).back() || view.deprel(t) == "nmod:poss") return false;
  static constexpr std::string_view kDates[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tomorrow", "weekend", "january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december"};
  const std::string_view r = view.rel(t);
  if (view.deprel(t) == "obl:tmod" || view.deprel(t) == "nmod:tmod") return true;
  if (r != "nmod" && r != "obl") return false;
  return std::find(std::begin(kDates), std::end(kDates), view.lower(t)) != std::end(kDates);
}

void collect(const SentenceView& view, int t, std::vector<int>& out, bool top) {
  out.push_back(t);
  for (int c : view.children(t)) {
    const std::string_view r = view.rel(c);
    if (top && (r == "conj" || r == "cc")) continue;
    if (r == "parataxis" || (top && is_closing_date(view, t, c))) continue;
    // Non-restrictive relative clauses (", which has been ...") comment on the issue.
    if (view.deprel(c) == "acl:relcl") {
      bool comma = false;
      for (int k = t + 1; k < c; ++k) comma = comma || view.lower(k) == ",";
      if (comma) continue;
    }
    collect(view, c, out, false);
  }
}

// An adjunct of time, cause or concession ("amid tensions", "during the visit", "because it
// ..."): the circumstances of an event, not its content.
bool is_circumstance(const SentenceView& view, int t) {
  const std::string_view r = view.rel(t);
  // As an nmod too: "press ahead with the reforms | despite the protests" hung on "reforms".
  if (r != "obl" && r != "advcl" && r != "nmod") return false;
  static constexpr std::string_view kMarkers[] = {"amid", "amidst", "despite", "during", "after", "before",
                                                  "since", "while", "although", "though", "because", "until"};
  const std::string_view m = view.marker(t);
  return std::find(std::begin(kMarkers), std::end(kMarkers), m) != std::end(kMarkers);
}

// "$50 million", "50 million euros": a sum of money, whose issue is what it is for.
bool is_amount(const SentenceView& view, int head) {
  if (view.upos(head) == "SYM" || view.upos(head) == "NUM") return true;
  for (int c : view.children(head)) {
    if (view.rel(c) == "nummod") return true;
  }
  return false;
}

// The phrase of `tokens` that says what an amount is for ("in flood relief", "for school
// meals"), attached to the amount or to the same predicate; the amount itself when none.
int purpose_of_amount(const SentenceView& view, int amount, const std::vector<int>& tokens) {
  for (int t : tokens) {
    const std::string_view r = view.rel(t);
    const std::string_view m = view.marker(t);
    const bool attached = view.head(t) == amount || view.head(t) == view.head(amount);
    if (t > amount && attached && (r == "nmod" || r == "obl") &&
        (m == "for" || m == "in" || m == "to" || m == "on")) {
      return t;
    }
  }
  return amount;
}

}  // namespace

std::vector<int> issue_phrase_tokens(const SentenceView& view, int head) {
  std::vector<int> out;
  collect(view, head, out, true);
  std::sort(out.begin(), out.end());
  // Keep the contiguous block around the head (a removed conjunct can leave a gap).
  auto at = std::find(out.begin(), out.end(), head);
  auto first = at;
  while (first != out.begin() && *(first - 1) == *first - 1) --first;
  auto last = at;
  while (last + 1 != out.end() && *(last + 1) == *last + 1) ++last;
  std::vector<int> block(first, last + 1);
  std::size_t b = 0;
  std::size_t e = block.size();
  auto droppable_front = [&](int t) {
    const std::string_view r = view.rel(t);
    return r == "case" || r == "mark" || r == "cc" || r == "punct" ||
           (r == "det" && (view.lemma(t) == "the" || view.lemma(t) == "a"));
  };
  while (b < e && block[b] != head && droppable_front(block[b])) ++b;
  while (e > b && block[e - 1] != head && view.upos(block[e - 1]) == "PUNCT") --e;
  return std::vector<int>(block.begin() + static_cast<long>(b), block.begin() + static_cast<long>(e));
}

IssueNormalizer::IssueNormalizer(const Lexicon& lexicon) : lexicon_(lexicon) {}

IssueRef IssueNormalizer::normalize(const SentenceView& view, int head,
                                    const std::vector<int>& tokens, bool& from_lexicon) const {
  IssueRef issue;
  if (!tokens.empty()) issue.text = view.text(tokens.front(), tokens.back() + 1);
  std::vector<std::string> lemmas;
  lemmas.reserve(tokens.size() * 2);
  // A relative clause or a circumstance says something about the issue, not what it is: "a
  // resolution that would censure Iran" is about a resolution, not about Iran; "maintain
  // stability amid escalating tensions" is about stability.
  auto in_aside = [&](int t) {
    for (int k = t; k != head && k >= 0; k = view.head(k)) {
      if (view.deprel(k) == "acl:relcl" || is_circumstance(view, k)) return true;
    }
    return false;
  };
  for (int t : tokens) {
    if (!is_content(view.upos(t)) || in_aside(t)) continue;
    lemmas.push_back(view.lemma(t));
    if (view.lower(t) != view.lemma(t)) lemmas.push_back(view.lower(t));
  }
  from_lexicon = false;
  if (const IssueEntry* entry = lexicon_.match_issue(lemmas)) {
    issue.id = entry->id;
    issue.label = entry->label;
    from_lexicon = true;
    return issue;
  }
  issue.label = fallback_label(view, is_amount(view, head) ? purpose_of_amount(view, head, tokens) : head, tokens);
  if (issue.label.empty()) issue.label = issue.text;
  issue.id = entity_id(issue.label);
  if (issue.id.empty()) issue.id = "issue";
  return issue;
}

std::string IssueNormalizer::fallback_label(const SentenceView& view, int head,
                                            const std::vector<int>& tokens) const {
  // Head with its compounds and adjectives, then its first of/for/to phrase:
  // "the export of parts used to build drones" -> "export of part".
  auto core = [&](int h) {
    // "$1.5 million": a currency sign heads its amount; the label is the amount as written.
    if (view.upos(h) == "SYM" && view.has_child(h, "nummod")) {
      int last = h;
      for (int c : view.children(h)) {
        if (view.rel(c) == "nummod" && c > last) last = c;
      }
      return view.text(h, last + 1);
    }
    std::vector<int> words{h};
    for (int c : view.children(h)) {
      const std::string_view r = view.rel(c);
      if ((r == "compound" || r == "amod" || (r == "nmod" && view.deprel(c) == "nmod:poss")) &&
          !is_vague_modifier(view.lemma(c)) && view.upos(c) != "PRON") {
        words.push_back(c);
      }
    }
    std::sort(words.begin(), words.end());
    std::string out;
    for (int w : words) {
      if (!out.empty()) out += ' ';
      out += w == h ? view.lemma(w) : (view.upos(w) == "PROPN" ? view.token(w).form : view.lower(w));
    }
    return out;
  };
  std::string label;
  if (view.upos(head) == "VERB" || view.upos(head) == "AUX" || view.has_child(head, "cop")) {
    // A clause: its subject and predicate ("negative factor increase"). A pronoun subject says
    // nothing about the issue ("it has a plan"): the object, or else the predicate, names it.
    const int subj = view.child(head, "nsubj");
    const int obj = view.child(head, "obj");
    const bool pronoun_subject = subj >= 0 && view.upos(subj) == "PRON";
    // A subject left out of the phrase is the action's party ("demanded that Abuja hand over").
    const bool subject_in_phrase =
        tokens.empty() || std::find(tokens.begin(), tokens.end(), subj) != tokens.end();
    if (pronoun_subject && obj >= 0 && view.upos(obj) != "PRON") {
      label = core(obj);
    } else {
      if (subj >= 0 && !pronoun_subject && subject_in_phrase) label = core(subj) + " ";
      label += view.lemma(head);
      if (obj >= 0) label.append(" ").append(core(obj));
      // "stop trawling near the coast": a verb without an object is completed by its
      // controlled verb and that verb's object.
      const int more = obj < 0 ? view.child(head, "xcomp") : -1;
      if (more >= 0 && view.upos(more) == "VERB") {
        label.append(" ").append(view.lower(more));
        const int more_obj = view.child(more, "obj");
        if (more_obj >= 0) label.append(" ").append(core(more_obj));
      }
    }
  } else {
    label = core(head);
    bool completed = false;
    for (int c : view.children(head)) {
      if (view.deprel(c) != "nmod") continue;
      const std::string_view m = view.marker(c);
      if (m == "of" || m == "for" || m == "to" || m == "on" || m == "in") {
        label.append(" ").append(m).append(" ").append(core(c));
        completed = true;
        break;
      }
    }
    // "plans to reopen the embassy" -> "Plan to reopen embassy": a noun completed by its
    // infinitive says more than the noun alone.
    // The infinitive may hang on the verb instead, continuing the phrase in `tokens`.
    std::vector<int> infinitives = view.children(head);
    for (int t : tokens) {
      if (t > head && view.head(t) == view.head(head) && view.rel(t) == "xcomp") infinitives.push_back(t);
    }
    for (int c : infinitives) {
      const std::string_view r = view.rel(c);
      if (completed || (r != "acl" && r != "xcomp") || view.marker(c) != "to") continue;
      label.append(" to ").append(view.lemma(c));
      const int obj = view.child(c, "obj");
      if (obj >= 0) label.append(" ").append(core(obj));
      break;
    }
  }
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

}  // namespace issuegraph::extract
