#include "issuegraph/extract/pattern_extractor.hpp"

#include <algorithm>

#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/text/utf8.hpp"
#include "issuegraph/extract/mention_finder.hpp"

namespace issuegraph::extract {
namespace {

constexpr int kMaxActorToVerb = 6;  // words between an actor's last word and its verb

bool is_clause_break(std::string_view w) {
  return w == "," || w == ";" || w == ":" || w == "." || w == "while" || w == "but" ||
         w == "and" || w == "because" || w == "which" || w == "who";
}

bool is_negation(std::string_view w) { return w == "not" || w == "n't" || w == "never"; }

bool is_filler(std::string_view w) {
  return w == "that" || w == "about" || w == "over" || w == "on" || w == "regarding" ||
         w == "concerning" || w == "of" || w == "to" || w == "for" || w == "the" || w == "a" ||
         w == "an" || w == "with";
}

}  // namespace

std::vector<std::string> guess_lemmas(std::string_view w) {
  std::vector<std::string> out{std::string(w)};
  auto ends = [&](std::string_view s) { return w.size() > s.size() + 1 && w.substr(w.size() - s.size()) == s; };
  auto stem = [&](std::size_t cut) { return std::string(w.substr(0, w.size() - cut)); };
  if (ends("ied") || ends("ies")) out.push_back(stem(3) + "y");
  if (ends("ed")) {
    out.push_back(stem(2));
    out.push_back(stem(1));
    if (w.size() > 4 && w[w.size() - 3] == w[w.size() - 4]) out.push_back(stem(3));  // "stopped"
  }
  if (ends("ing")) {
    out.push_back(stem(3));
    out.push_back(stem(3) + "e");
    if (w.size() > 5 && w[w.size() - 4] == w[w.size() - 5]) out.push_back(stem(4));
  }
  if (ends("es")) out.push_back(stem(2));
  if (ends("s")) out.push_back(stem(1));
  return out;
}

PatternExtractor::PatternExtractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options)
    : lexicon_(std::move(lexicon)),
      options_(options),
      confidence_(options_.confidence ? options_.confidence
                                      : std::make_shared<const ConfidenceModel>(ConfidenceModel::prior())) {}

std::vector<PatternExtractor::Span> PatternExtractor::find_actors(const SentenceView& view) const {
  std::vector<Span> spans;
  const int n = view.size();
  const int longest = std::max<int>(1, static_cast<int>(lexicon_->max_name_words()));
  for (int i = 0; i < n;) {
    // Names start with a capital letter (or are a demonym before a role noun).
    const std::string& form = view.token(i).form;
    if (!starts_with_capital(form)) {
      ++i;
      continue;
    }
    int found = 0;
    for (int len = std::min(longest, n - i); len >= 1 && found == 0; --len) {
      const std::string words = view.text(i, i + len);
      const ActorEntry* actor = lexicon_->actor_by_name(words);
      if (actor == nullptr) actor = lexicon_->actor_by_institution(words);
      if (actor == nullptr) actor = lexicon_->country_by_capital(words);
      if (actor == nullptr && len == 1 && i + 1 < n && lexicon_->role_noun(view.lemma(i + 1))) {
        actor = lexicon_->country_by_demonym(form);
        if (actor != nullptr) ++len;  // "Chinese officials"
      }
      if (actor == nullptr) continue;
      Span span{i, i + len, entity_from_actor(*actor)};
      span.entity.mention = view.text(i, i + len);
      spans.push_back(std::move(span));
      found = len;
    }
    i += found > 0 ? found : 1;
  }
  return spans;
}

void PatternExtractor::extract_sentence(const SentenceView& view,
                                        std::vector<Triple>& out) const {
  const std::vector<Span> actors = find_actors(view);
  const int n = view.size();
  for (std::size_t a = 0; a < actors.size(); ++a) {
    const Span& actor = actors[a];
    const int stop = std::min(n, actor.end + kMaxActorToVerb);
    for (int v = actor.end; v < stop; ++v) {
      if (view.lower(v) == "," || view.lower(v) == ".") break;
      if (a + 1 < actors.size() && actors[a + 1].begin <= v) break;
      const ActionEntry* match = nullptr;
      int last = v;
      for (const std::string& lemma : guess_lemmas(view.lower(v))) {
        for (const ActionEntry* entry : lexicon_->actions_for_lemma(lemma)) {
          if (entry->pos == "noun") continue;
          int end = v;
          bool ok = true;
          for (const std::string* part : {&entry->object, &entry->particle}) {
            if (part->empty()) continue;
            bool seen = false;
            for (int k = end + 1; k < std::min(n, end + 4) && !seen; ++k) {
              for (const std::string& g : guess_lemmas(view.lower(k))) {
                if (g == *part) {
                  seen = true;
                  end = k;
                  break;
                }
              }
            }
            ok = ok && seen;
          }
          if (!ok) continue;
          // Prefer the more specific entry (light-verb object, particle).
          if (match == nullptr || end > last) {
            match = entry;
            last = end;
          }
        }
        if (match != nullptr) break;
      }
      if (match == nullptr) continue;
      Triple t = start_triple(view, actor.entity);
      t.action.lemma = match->display.empty() ? match->lemma : match->display;
      t.action.action_class = match->action_class;
      if (const ActionClass* cls = lexicon_->action_class(match->action_class)) t.action.cameo = cls->cameo;
      t.action.text = view.text(v, last + 1);
      for (int k = std::max(actor.end, v - 3); k < v; ++k) t.action.negated |= is_negation(view.lower(k));
      int k = last + 1;
      while (k < n && is_filler(view.lower(k))) ++k;
      for (std::size_t b = a + 1; b < actors.size(); ++b) {
        if (actors[b].begin == k) {
          t.target = actors[b].entity;
          k = actors[b].end;
          while (k < n && is_filler(view.lower(k))) ++k;
        }
      }
      int e = k;
      while (e < n && !is_clause_break(view.lower(e))) ++e;
      ConfidenceFeatures features;
      features.from_patterns = true;  // every actor here is a lexicon name
      if (e > k) {
        IssueRef issue;
        issue.text = view.text(k, e);
        std::vector<std::string> lemmas;
        for (int w = k; w < e; ++w) lemmas.push_back(view.lemma(w));
        if (const IssueEntry* entry = lexicon_->match_issue(lemmas)) {
          issue.id = entry->id;
          issue.label = entry->label;
          features.issue_from_lexicon = true;
        } else {
          issue.label = issue.text;
          issue.id = entity_id(issue.text);
        }
        if (!issue.id.empty()) t.issue = std::move(issue);
      }
      if (!t.issue && !t.target) continue;
      features.has_issue = t.issue.has_value();
      features.has_target = t.target.has_value();
      assign_confidence(t, features, *confidence_, options_.explain);
      out.push_back(std::move(t));
      break;
    }
  }
}

std::vector<Triple> PatternExtractor::extract(const Document& doc, const std::vector<Sentence>& sentences,
                                              const OtherReadings& /*other_readings*/) const {
  std::vector<Triple> out;
  for (const Sentence& sentence : sentences) {
    SentenceView view(doc, sentence);
    extract_sentence(view, out);
  }
  std::erase_if(out, [&](const Triple& t) { return t.confidence < options_.min_confidence; });
  return out;
}

}  // namespace issuegraph::extract
