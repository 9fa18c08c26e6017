// Who speaks in quoted and reported speech: "we" and "I" are the speaker of the quotation or the
// reported clause they stand in, also across the sentences of a quotation that closes later.
// Members of ParseExtractor, kept in their own file so that a reader finds the speaker rules by
// name; the orchestration is in parse_extractor.cpp.
#include "issuegraph/extract/parse_extractor.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "issuegraph/extract/clause_rules.hpp"
#include "issuegraph/extract/lexicon.hpp"
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

namespace {

// Nouns for what a source put out: "according to a statement from the finance ministry".
bool names_a_record(std::string_view lemma) {
  static constexpr std::string_view kRecords[] = {
      "statement", "report", "figure", "data", "decision", "document", "letter", "filing", "communique",
      "communiqué", "readout", "announcement", "estimate", "tally", "count", "release", "notice", "ruling",
      "post", "transcript", "calculation", "survey", "record", "account", "note", "memo", "verdict"};
  return std::find(std::begin(kRecords), std::end(kRecords), lemma) != std::end(kRecords);
}

bool inside(const SentenceView& view, int t, int root) {
  for (int k = t; k >= 0; k = view.head(k)) {
    if (k == root) return true;
  }
  return false;
}

// The clause an attribution phrase at t belongs to, however deep in a noun phrase the parse
// hung it ("resume in March, according to X" with the phrase under "March").
// A controlled or purpose clause is part of the clause above it: "are expected to start next
// month, according to X" reports the whole.
int attributed_clause(const SentenceView& view, int t) {
  int h = view.head(t);
  while (h >= 0 && view.upos(h) != "VERB" && !view.has_child(h, "cop") && view.head(h) >= 0) h = view.head(h);
  while (h >= 0 && (view.rel(h) == "xcomp" || view.rel(h) == "advcl") && view.head(h) >= 0) h = view.head(h);
  return h;
}

// "according to" as written ("According to"), from the phrase's marker and its fixed words.
std::string attribution_words(const SentenceView& view, int phrase) {
  for (int c : view.children(phrase)) {
    if (view.rel(c) != "case" || view.lemma(c) != "accord") continue;
    int last = c;
    for (int f : view.children(c)) {
      if (view.rel(f) == "fixed") last = std::max(last, f);
    }
    return view.text(c, last + 1);
  }
  return "according to";
}

}  // namespace

const Mention* ParseExtractor::attribution_source(const SentenceView& view, const Mentions& mentions,
                                                  int phrase) const {
  auto mention_at = [&](int t) -> const Mention* {
    return t >= 0 && mentions[static_cast<std::size_t>(t)] ? &*mentions[static_cast<std::size_t>(t)] : nullptr;
  };
  if (const Mention* m = mention_at(phrase)) return m;
  if (!names_a_record(view.lemma(phrase))) return nullptr;
  // "a statement from the ministry", "the ministry's figures", "a Kremlin readout",
  // "the decision read out by Judge Cruz".
  for (int c : view.children(phrase)) {
    const std::string_view r = view.rel(c);
    const std::string_view m = view.marker(c);
    if (view.deprel(c) == "nmod:poss" || r == "compound" ||
        (r == "nmod" && (m == "from" || m == "by" || m == "of"))) {
      if (const Mention* source = mention_at(c)) return source;
    }
    if (r != "acl") continue;
    for (int g : view.children(c)) {
      if (view.rel(g) != "obl") continue;
      if (view.marker(g) == "by" && mention_at(g) != nullptr) return mention_at(g);
      // "a statement posted on the body's website": the owner of where it was put out.
      for (int owner : view.children(g)) {
        if (view.deprel(owner) == "nmod:poss" && mention_at(owner) != nullptr) return mention_at(owner);
      }
    }
  }
  return nullptr;
}

void ParseExtractor::attributed_triples(const SentenceView& view, const Mentions& mentions,
                                        std::vector<Triple>& out) const {
  // "The talks will resume in March, according to the foreign ministry": the source reports the
  // clause. A verb of saying takes the source as its speaker instead (find_actors).
  for (int phrase = 0; phrase < view.size(); ++phrase) {
    const std::string_view r = view.rel(phrase);
    if ((r != "obl" && r != "nmod") || view.marker(phrase) != "accord") continue;
    const Mention* source = attribution_source(view, mentions, phrase);
    const int clause = attributed_clause(view, phrase);
    if (source == nullptr || clause < 0) continue;
    const SubjectInfo subject = find_subject(view, clause);
    const bool passive = subject.passive_subject >= 0;
    if (const auto match = predicate_finder_.find(view, clause, false); match && match->speech && !passive) continue;
    // "Pakistan's foreign ministry summoned the envoy, according to a ministry statement": an
    // actor reporting its own act says nothing more than the act.
    bool own_act = !subject.actors.empty();
    for (int a : subject.actors) {
      const auto& m = mentions[static_cast<std::size_t>(a)];
      own_act = own_act && m && m->entity.id == source->entity.id;
    }
    if (own_act) continue;
    std::vector<int> content;
    for (int t = 0; t < view.size(); ++t) {
      if (inside(view, t, clause) && !inside(view, t, phrase)) content.push_back(t);
    }
    // The words on the clause's side of the attribution, without the punctuation around them.
    auto first = std::find(content.begin(), content.end(), clause);
    auto last = first;
    while (first != content.begin() && *(first - 1) == *first - 1) --first;
    while (last + 1 != content.end() && *(last + 1) == *last + 1) ++last;
    while (first != last && (view.upos(*first) == "PUNCT" || view.rel(*first) == "cc" || view.rel(*first) == "mark"))
      ++first;
    while (last != first && view.upos(*last) == "PUNCT") --last;
    const std::vector<int> words(first, last + 1);

    Triple t = start_triple(view, source->entity);
    t.action.lemma = "according to";
    t.action.action_class = "make_statement";
    t.action.text = attribution_words(view, phrase);
    if (const ActionClass* cls = lexicon_->action_class("make_statement")) t.action.cameo = cls->cameo;
    bool from_lexicon = false;
    t.issue = issue_normalizer_.normalize(view, clause, words, from_lexicon);
    assign_confidence(t, reported_speech_features(view, clause, source->kind, from_lexicon), *confidence_,
                      options_.explain);
    out.push_back(std::move(t));
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
