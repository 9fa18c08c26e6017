#include "issuegraph/lemma/lemmatizer_trainer.hpp"

#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/stable_hash.hpp"

namespace issuegraph {
namespace {

// One training observation, seen under one tag view (XPOS, or "U:" + UPOS).
struct Observation {
  std::string form;   // normalised, case kept
  std::string lower;  // normalised, lower-cased
  std::string tag;
  std::string lemma;  // gold
};

// The rule that rewrites `from` into `to` after their longest common prefix.
LemmaRule rule_between(const std::string& from, const std::string& to) {
  std::size_t common = 0;
  while (common < from.size() && common < to.size() && from[common] == to[common]) ++common;
  return LemmaRule{static_cast<std::uint32_t>(from.size() - common), to.substr(common)};
}

}  // namespace

Lemmatizer train_lemmatizer(const std::vector<Sentence>& train, std::ostream* log) {
  std::vector<Observation> observations;
  std::uint64_t checksum = kFnvOffset;
  for (const Sentence& sentence : train) {
    for (const Token& token : sentence.tokens) {
      if (token.lemma.empty() || (token.lemma == "_" && token.form != "_")) continue;
      checksum = stable_hash(token.form + "\t" + token.xpos + "\t" + token.lemma + "\n", checksum);
      Observation o;
      Lemmatizer::normalise(token.form, o.form);
      o.lower = o.form;
      Lemmatizer::lower_ascii(o.lower);
      Lemmatizer::normalise(token.lemma, o.lemma);
      if (!token.xpos.empty() && token.xpos != "_") {
        o.tag = token.xpos;
        observations.push_back(o);
      }
      o.tag = "U:" + token.upos;
      observations.push_back(std::move(o));
    }
  }
  if (observations.empty()) throw UsageError("train_lemmatizer: no token with a lemma to learn from");

  // 1. Case policy per tag: does the lemma keep the form's case (proper nouns) or not?
  std::map<std::string, std::pair<int, int>> case_votes;  // tag -> (keep right, lower right)
  for (const auto& o : observations) {
    std::string lower_lemma = o.lemma;
    Lemmatizer::lower_ascii(lower_lemma);
    LemmaRule rule = rule_between(o.lower, lower_lemma);
    auto& votes = case_votes[o.tag];
    votes.first += Lemmatizer::apply(rule, o.form) == o.lemma ? 1 : 0;
    votes.second += Lemmatizer::apply(rule, o.lower) == o.lemma ? 1 : 0;
  }
  std::vector<std::string> keep_case;
  for (const auto& [tag, votes] : case_votes) {
    if (votes.first > votes.second) keep_case.push_back(tag);
  }

  // 2. Suffix statistics over word types (each distinct lower form, tag, lemma counts once so
  //    that a few frequent words do not outvote the regular pattern).
  std::set<std::tuple<std::string, std::string, std::string>> types;
  for (const auto& o : observations) {
    std::string lower_lemma = o.lemma;
    Lemmatizer::lower_ascii(lower_lemma);
    types.emplace(o.tag, o.lower, lower_lemma);
  }
  std::map<LemmaRule, std::uint32_t> rule_ids;
  std::vector<LemmaRule> rules;
  // (tag, suffix) -> rule id -> type count; std::map keeps everything in a stable order.
  std::map<std::pair<std::string, std::string>, std::map<std::uint32_t, int>> suffix_counts;
  for (const auto& [tag, lower, lemma] : types) {
    LemmaRule rule = rule_between(lower, lemma);
    auto [it, inserted] = rule_ids.emplace(rule, static_cast<std::uint32_t>(rules.size()));
    if (inserted) rules.push_back(rule);
    for (std::size_t k = 0; k <= std::min(Lemmatizer::kMaxSuffix, lower.size()); ++k) {
      ++suffix_counts[{tag, lower.substr(lower.size() - k)}][it->second];
    }
  }
  // Majority rule of each (tag, suffix); ties go to the lower rule id (first seen in type order).
  std::map<std::pair<std::string, std::string>, std::uint32_t> majority;
  for (const auto& [node, counts] : suffix_counts) {
    std::uint32_t best = 0;
    int best_count = -1;
    for (const auto& [rule, count] : counts) {
      if (count > best_count) {
        best = rule;
        best_count = count;
      }
    }
    majority[node] = best;
  }
  // Keep a suffix only when it decides differently from the next shorter suffix that is kept;
  // the lookup then finds the same rule either way.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules;
  for (const auto& [node, rule] : majority) {
    const auto& [tag, suffix] = node;
    bool keep = suffix.empty();
    if (!keep) {
      // Nearest shorter suffix; every shorter suffix of a seen suffix was seen too.
      keep = majority.at({tag, suffix.substr(1)}) != rule;
    }
    if (keep) suffix_rules.emplace_back(Lemmatizer::suffix_key(tag, suffix), rule);
  }
  std::size_t suffix_total = majority.size();

  // 3. Exceptions: every (lower form, tag) whose most frequent lemma the rules miss more often
  //    than they hit.
  Lemmatizer rules_only = Lemmatizer::from_parts(rules, {}, suffix_rules, keep_case);
  std::map<std::pair<std::string, std::string>, std::pair<std::map<std::string, int>, int>> groups;
  for (const auto& o : observations) {
    auto& group = groups[{o.lower, o.tag}];
    ++group.first[o.lemma];
    group.second += rules_only.rule_lemma(o.form, o.tag) == o.lemma ? 1 : 0;
  }
  std::vector<std::pair<std::uint64_t, std::string>> exceptions;
  for (const auto& [key, group] : groups) {
    const auto& [lemmas, rule_right] = group;
    std::string best;
    int best_count = 0;
    for (const auto& [lemma, count] : lemmas) {
      if (count > best_count) {
        best = lemma;
        best_count = count;
      }
    }
    if (best_count > rule_right) {
      exceptions.emplace_back(Lemmatizer::exception_key(key.first, key.second), best);
    }
  }

  Lemmatizer lemmatizer = Lemmatizer::from_parts(std::move(rules), std::move(exceptions),
                                                 std::move(suffix_rules), std::move(keep_case));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(checksum));
  lemmatizer.set_metadata("training_corpus_checksum", hex);
  lemmatizer.set_metadata("training_corpus", "unnamed");
  lemmatizer.set_metadata("training_sentences", std::to_string(train.size()));
  lemmatizer.set_metadata("rules", std::to_string(rule_ids.size()));
  lemmatizer.set_metadata("exceptions", std::to_string(lemmatizer.exception_count()));
  lemmatizer.set_metadata("suffixes", std::to_string(lemmatizer.suffix_rule_count()));
  if (log != nullptr) {
    *log << "lemmatizer: " << rule_ids.size() << " rules, " << lemmatizer.suffix_rule_count()
         << " of " << suffix_total << " suffix nodes kept, " << lemmatizer.exception_count()
         << " exceptions\n";
  }
  return lemmatizer;
}

}  // namespace issuegraph
