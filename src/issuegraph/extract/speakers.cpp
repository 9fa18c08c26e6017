// Who speaks in quoted and reported speech: "we" and "I" are the speaker of the quotation or the
// reported clause they stand in, also across the sentences of a quotation that closes later.
// Members of ParseExtractor, kept in their own file so that a reader finds the speaker rules by
// name; the orchestration is in parse_extractor.cpp.
#include "issuegraph/extract/parse_extractor.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "issuegraph/extract/clause_rules.hpp"
#include "issuegraph/extract/quotation.hpp"

namespace issuegraph::extract {

int ParseExtractor::reporting_predicate(const SentenceView& view, int c) const {
  auto speech = [&](int t) {
    const auto match = predicate_finder_.find(view, t, false);
    return match && match->speech && !match->nominal;
  };
  for (int step = 0; step < 4 && c >= 0; ++step) {
    // '"We will ...," she said': the speech verb hangs on the quotation as parataxis.
    for (int k : view.children(c)) {
      if (view.rel(k) == "parataxis" && speech(k)) return k;
    }
    const std::string_view r = view.rel(c);
    const int h = view.head(c);
    if (h < 0) return -1;
    if ((r == "ccomp" || r == "parataxis") && speech(h)) return h;
    if (r != "conj" && r != "ccomp" && r != "parataxis" && r != "advcl" && r != "xcomp") return -1;
    c = h;
  }
  return -1;
}

bool ParseExtractor::speaks_for_itself(const SentenceView& view, const Mentions& mentions, int clause,
                                       const std::vector<const Mention*>& speakers) const {
  if (!predicate_finder_.find(view, clause, false)) return false;
  // '"We are not asking anyone for charity," he said': an act about nobody and nothing gives no
  // triple of its own, so the speaker's say triple stays.
  // A phrase of the act counts only when the act has a party ("asking anyone for favours" is
  // about nobody, whether the parse hangs "for favours" on "anyone" or on the verb).
  const auto& children = view.children(clause);
  const bool pronoun_party = std::any_of(children.begin(), children.end(), [&](int c) {
    return (view.rel(c) == "obj" || view.rel(c) == "iobj") && view.upos(c) == "PRON";
  });
  const bool has_content = std::any_of(children.begin(), children.end(), [&](int c) {
    const std::string_view r = view.rel(c);
    return ((r == "obj" || r == "ccomp" || r == "xcomp") && view.upos(c) != "PRON") ||
           (r == "obl" && is_issue_marker(view.marker(c)) && !pronoun_party);
  });
  if (!has_content) return false;
  for (int c : view.children(clause)) {
    const auto& m = mentions[static_cast<std::size_t>(c)];
    const std::string& w = view.lower(c);
    // '"We will not be dictated to," he said': a passive "we" does nothing of its own.
    if (view.deprel(c) != "nsubj" || !m || (w != "we" && w != "i")) continue;
    for (const Mention* s : speakers) {
      if (s->entity.id == m->entity.id) return true;
    }
  }
  return false;
}

const Mention* ParseExtractor::closing_speaker(const SentenceView& view, const Mentions& mentions,
                                               int* predicate) const {
  int last_mark = -1;
  for (int t = 0; t < view.size(); ++t) {
    if (is_quote(view.token(t).form)) last_mark = t;
  }
  for (int p = last_mark + 1; p < view.size(); ++p) {
    const auto match = predicate_finder_.find(view, p, false);
    if (!match || !match->speech || match->nominal) continue;
    if (predicate != nullptr) *predicate = p;
    for (int a : find_subject(view, p).actors) {
      if (const auto& m = mentions[static_cast<std::size_t>(a)]) return &*m;
    }
    const int obj = view.child(p, "obj");  // '..." said Ana Ruiz'
    if (obj > p && mentions[static_cast<std::size_t>(obj)]) return &*mentions[static_cast<std::size_t>(obj)];
  }
  return nullptr;
}

void ParseExtractor::continued_quotation(const SentenceView& quote, const Mentions& mentions,
                                         const SentenceView& attribution, int predicate, const Mention& speaker,
                                         std::vector<Triple>& out) const {
  const std::size_t before = out.size();
  first_person_triples(quote, mentions, speaker, out);
  if (out.size() > before) return;
  const auto match = predicate_finder_.find(attribution, predicate, false);
  if (match) quotation_triples(attribution, *match, {&speaker}, quote, out);
}

void ParseExtractor::first_person_triples(const SentenceView& view, Mentions mentions, const Mention& speaker,
                                          std::vector<Triple>& out) const {
  bool any = false;
  for (int t = 0; t < view.size(); ++t) {
    const std::string& w = view.lower(t);
    if (mentions[static_cast<std::size_t>(t)] || (w != "we" && w != "i") || view.rel(t) != "nsubj") continue;
    Mention m = speaker;
    m.head = m.begin = t;
    m.end = t + 1;
    m.kind = MentionKind::kPronoun;
    m.entity.mention = view.token(t).form;
    mentions[static_cast<std::size_t>(t)] = std::move(m);
    any = true;
  }
  if (!any) return;
  std::vector<Triple> triples;
  clause_triples(view, mentions, nullptr, triples);
  for (Triple& t : triples) {
    const std::string& m = t.actor.mention;
    if (m == "We" || m == "we" || m == "I") out.push_back(std::move(t));
  }
}

void ParseExtractor::resolve_first_person(const SentenceView& view, Mentions& mentions) const {
  for (int t = 0; t < view.size(); ++t) {
    const std::string& w = view.lower(t);
    if (mentions[static_cast<std::size_t>(t)] || (w != "we" && w != "i") || view.rel(t) != "nsubj") continue;
    const int speech = reporting_predicate(view, view.head(t));
    if (speech < 0) continue;
    for (int a : find_subject(view, speech).actors) {
      const auto& speaker = mentions[static_cast<std::size_t>(a)];
      if (!speaker) continue;
      Mention m = *speaker;
      m.head = m.begin = t;
      m.end = t + 1;
      m.kind = MentionKind::kPronoun;
      m.entity.mention = view.token(t).form;
      mentions[static_cast<std::size_t>(t)] = std::move(m);
      break;
    }
  }
}

}  // namespace issuegraph::extract
