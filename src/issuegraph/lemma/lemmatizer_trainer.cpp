#include "issuegraph/lemma/lemmatizer_trainer.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/stable_hash.hpp"

namespace issuegraph {
namespace {

constexpr int kMinSuffixSupport = 2;

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

  // 1. Case policy per (tag, case shape of the form): the transform that most often turns the
  //    form's own rule into the gold lemma.
  std::map<std::pair<std::string, CaseShape>, std::array<int, 3>> case_votes;
  for (const auto& o : observations) {
    std::string lower_lemma = o.lemma;
    Lemmatizer::lower_ascii(lower_lemma);
    LemmaRule rule = rule_between(o.lower, lower_lemma);
    auto& votes = case_votes[{o.tag, Lemmatizer::case_shape(o.form)}];
    for (int t = 0; t < 3; ++t) {
      votes[static_cast<std::size_t>(t)] +=
          Lemmatizer::apply_cased(rule, o.form, static_cast<CaseTransform>(t)) == o.lemma ? 1 : 0;
    }
  }
  std::vector<LemmaCasing> casing;
  for (const auto& [key, votes] : case_votes) {
    int best = 0;  // kLower on ties: the default
    for (int t = 1; t < 3; ++t) {
      if (votes[static_cast<std::size_t>(t)] > votes[static_cast<std::size_t>(best)]) best = t;
    }
    if (best != 0) casing.push_back({key.first, key.second, static_cast<CaseTransform>(best)});
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
  // A suffix whose best rule rests on fewer than kMinSuffixSupport types inherits the decision
  // of its shorter suffix: one odd word ("sped") must not decide for all its rhymes.
  std::map<std::pair<std::string, std::string>, std::uint32_t> majority;
  // Shorter suffixes first, so that a suffix's parent is decided before it.
  for (std::size_t length = 0; length <= Lemmatizer::kMaxSuffix; ++length) {
    for (const auto& [node, counts] : suffix_counts) {
      if (node.second.size() != length) continue;
      std::uint32_t best = 0;
      int best_count = -1;
      for (const auto& [rule, count] : counts) {
        if (count > best_count) {
          best = rule;
          best_count = count;
        }
      }
      if (node.second.empty() || best_count >= kMinSuffixSupport) {
        majority[node] = best;
      } else {
        majority[node] = majority.at({node.first, node.second.substr(1)});
      }
    }
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
  Lemmatizer rules_only = Lemmatizer::from_parts(rules, {}, suffix_rules, casing);
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

  // 4. The vocabulary: the lemmas (lower-cased) of the tokens written in lower case. It lets
  //    the run time prefer another rule when the longest suffix's makes a word that was never
  //    a lemma ("declin"). Capitalised tokens are left out: the lemmas seen only through them
  //    are mostly names, acronyms and foreign words ("Viet Nam", "NAM" -> "nam", which would
  //    pass "named" -> "nam"). On EWT train that drops 3,389 of 13,193 lemmas, 2,783 of them
  //    proper nouns; the few hundred common words among them ("union") are lost with them.
  std::vector<std::uint64_t> known_lemmas;
  for (const auto& o : observations) {
    if (o.form != o.lower) continue;
    std::string lower_lemma = o.lemma;
    Lemmatizer::lower_ascii(lower_lemma);
    known_lemmas.push_back(Lemmatizer::lemma_key(lower_lemma));
  }

  Lemmatizer lemmatizer =
      Lemmatizer::from_parts(std::move(rules), std::move(exceptions), std::move(suffix_rules),
                             std::move(casing), std::move(known_lemmas));
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(checksum));
  lemmatizer.set_metadata("training_corpus_checksum", hex);
  lemmatizer.set_metadata("training_corpus", "unnamed");
  lemmatizer.set_metadata("training_sentences", std::to_string(train.size()));
  lemmatizer.set_metadata("rules", std::to_string(rule_ids.size()));
  lemmatizer.set_metadata("exceptions", std::to_string(lemmatizer.exception_count()));
  lemmatizer.set_metadata("suffixes", std::to_string(lemmatizer.suffix_rule_count()));
  lemmatizer.set_metadata("lemmas", std::to_string(lemmatizer.known_lemma_count()));
  if (log != nullptr) {
    *log << "lemmatizer: " << rule_ids.size() << " rules, " << lemmatizer.suffix_rule_count()
         << " of " << suffix_total << " suffix nodes kept, " << lemmatizer.exception_count()
         << " exceptions, " << lemmatizer.known_lemma_count() << " known lemmas\n";
  }
  return lemmatizer;
}

}  // namespace issuegraph
