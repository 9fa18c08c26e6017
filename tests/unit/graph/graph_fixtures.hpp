// Triples for graph and export tests: a small news story about three documents, written for
// these tests. Blinken appears under three names; one triple has both issue and target.
#pragma once

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "issuegraph/extract/triple.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph::testing {

inline EntityRef entity(const std::string& id, const std::string& label, const std::string& type,
                        const std::string& mention) {
  return EntityRef{id, label, type, mention};
}

inline Triple make_triple(const std::string& doc, std::size_t sentence, const std::string& date,
                          EntityRef actor, const std::string& lemma, const std::string& action_class,
                          const std::string& issue_id, const std::string& issue_label,
                          const std::string& text, bool negated = false,
                          std::optional<EntityRef> target = std::nullopt) {
  Triple t;
  t.doc = doc;
  t.sentence = sentence;
  t.date = date;
  t.evidence = text;
  t.actor = std::move(actor);
  t.action = Action{lemma, action_class, lemma, "", negated};
  if (!issue_id.empty()) t.issue = IssueRef{issue_id, issue_label, issue_label};
  t.target = std::move(target);
  t.confidence = 0.8;
  return t;
}

inline std::vector<Triple> sample_triples() {
  auto blinken = [](const std::string& mention) {
    return entity("antony_blinken", "Antony Blinken", "person", mention);
  };
  auto xi = entity("xi_jinping", "Xi Jinping", "person", "Xi");
  auto us = entity("united_states", "United States", "country", "Washington");
  auto china = entity("china", "China", "country", "Beijing");
  auto eu = entity("european_union", "European Union", "organization", "the EU");
  return {
      make_triple("d1", 0, "2024-04-26", blinken("Blinken"), "voice concern", "express_concern",
                  "russia_support", "Support for Russia",
                  "Blinken voiced concern on Friday about Chinese help for the Russian war effort."),
      make_triple("d1", 2, "2024-04-26", xi, "urge", "demand", "taiwan_arms", "Arms sales to Taiwan",
                  "Xi urged Washington to stop selling weapons to \"Taiwan\", state media said.",
                  false, us),
      make_triple("d2", 1, "2024-05-02", blinken("Mr. Blinken"), "raise concern", "express_concern",
                  "russia_support", "Support for Russia",
                  "Mr. Blinken again raised concerns over Beijing's backing for Moscow."),
      make_triple("d2", 3, "2024-05-02", blinken("Mr. Blinken"), "meet", "meet", "", "",
                  "Mr. Blinken met Xi for two hours in Beijing.", false, xi),
      make_triple("d3", 0, "2024-06-10", china, "reject", "reject", "russia_support",
                  "Support for Russia", "China rejected the accusations & called them groundless."),
      make_triple("d3", 1, "2024-06-10", eu, "agree", "agree", "climate_change", "Climate change",
                  "The EU agreed to deepen work with China on climate change <at last>."),
      make_triple("d3", 2, "2024-06-10", blinken("Antony Blinken"), "threaten", "threaten",
                  "sanctions", "Sanctions", "Antony Blinken did not threaten new sanctions, aides said.",
                  true),
  };
}

inline KnowledgeGraph build_graph(const std::vector<Triple>& triples) {
  KnowledgeGraph graph;
  for (const Triple& t : triples) graph.add(t);
  return graph;
}

// The same triples in a different, seeded order.
inline std::vector<Triple> shuffled(std::vector<Triple> triples, unsigned seed) {
  std::mt19937 rng(seed);
  std::shuffle(triples.begin(), triples.end(), rng);
  return triples;
}

}  // namespace issuegraph::testing
