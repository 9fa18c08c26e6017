#include <map>

#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

namespace {

const GraphEdge* find_edge(const KnowledgeGraph& graph, const std::string& source,
                           const std::string& target, const std::string& action_class) {
  for (auto e : graph.sorted_edges()) {
    if (graph.vertex(graph.source(e)).id == source && graph.vertex(graph.target(e)).id == target &&
        graph.edge(e).action_class == action_class) {
      return &graph.edge(e);
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("knowledge graph merges the same actor from two documents into one vertex", "[graph]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  auto blinken = graph.find(kActorKind, "antony_blinken");
  REQUIRE(blinken);
  std::size_t blinken_vertices = 0;
  for (auto v : graph.sorted_vertices()) blinken_vertices += graph.vertex(v).id == "antony_blinken";
  CHECK(blinken_vertices == 1);
  const GraphVertex& vertex = graph.vertex(*blinken);
  CHECK(vertex.label == "Antony Blinken");
  CHECK(vertex.type == "person");
  // Every name it was called by is kept for matching.
  CHECK(vertex.mentions.count("Mr. Blinken") == 1);
  CHECK(vertex.mentions.count("Blinken") == 1);
  CHECK(graph.vertex_count() == 9);  // 5 actors, 4 issues
  CHECK(graph.edge_count() == 7);
}

TEST_CASE("knowledge graph counts evidence per merged edge and keeps every sentence", "[graph]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  const GraphEdge* concern = find_edge(graph, "antony_blinken", "russia_support", "express_concern");
  REQUIRE(concern != nullptr);
  CHECK(concern->kind == "statement");
  CHECK(concern->count() == 2);
  REQUIRE(concern->evidence.size() == 2);
  CHECK(concern->evidence[0].doc == "d1");
  CHECK(concern->evidence[1].doc == "d2");
  CHECK(concern->evidence[1].sentence == 1);
  CHECK(concern->evidence[1].mention == "Mr. Blinken");
  // Two lemmas, one vote each: the smaller one wins, whatever the order.
  CHECK(concern->lemma == "raise concern");
}

TEST_CASE("knowledge graph adds an interaction edge for a triple with a target", "[graph]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  const GraphEdge* statement = find_edge(graph, "xi_jinping", "taiwan_arms", "demand");
  const GraphEdge* interaction = find_edge(graph, "xi_jinping", "united_states", "demand");
  REQUIRE(statement != nullptr);
  REQUIRE(interaction != nullptr);
  CHECK(statement->kind == "statement");
  CHECK(statement->evidence[0].target == "united_states");
  CHECK(interaction->kind == "interaction");
  CHECK(interaction->evidence[0].issue == "taiwan_arms");
  auto us = graph.find(kActorKind, "united_states");
  REQUIRE(us);
  CHECK(graph.vertex(*us).type == "country");
}

TEST_CASE("knowledge graph keeps negated and affirmed actions apart", "[graph]") {
  auto triples = sample_triples();
  Triple affirmed = triples.back();
  affirmed.action.negated = false;
  affirmed.sentence = 9;
  triples.push_back(affirmed);
  KnowledgeGraph graph = build_graph(triples);
  std::size_t threaten_edges = 0;
  for (auto e : graph.sorted_edges()) threaten_edges += graph.edge(e).action_class == "threaten";
  CHECK(threaten_edges == 2);
}

TEST_CASE("knowledge graph keeps verbs no lexicon lists apart by lemma", "[graph]") {
  const auto vietnam = entity("vietnam", "Vietnam", "country", "Vietnam");
  std::vector<Triple> triples = {
      make_triple("d1", 0, "", vietnam, "tow", std::string(kOtherAction), "trawler", "Trawler",
                  "Vietnam towed the trawler to port."),
      make_triple("d1", 1, "", vietnam, "tow", std::string(kOtherAction), "trawler", "Trawler",
                  "Vietnam towed a second trawler on Friday."),
      make_triple("d2", 0, "", vietnam, "inspect", std::string(kOtherAction), "trawler", "Trawler",
                  "Vietnam inspected the trawler."),
  };
  KnowledgeGraph graph = build_graph(triples);
  std::map<std::string, std::size_t> evidence_by_lemma;
  for (auto e : graph.sorted_edges()) evidence_by_lemma[graph.edge(e).lemma] += graph.edge(e).count();
  CHECK(graph.edge_count() == 2);
  CHECK(evidence_by_lemma["tow"] == 2);
  CHECK(evidence_by_lemma["inspect"] == 1);
}

TEST_CASE("knowledge graph counts the same sentence added twice once", "[graph]") {
  auto triples = sample_triples();
  triples.push_back(triples.front());
  KnowledgeGraph graph = build_graph(triples);
  const GraphEdge* concern = find_edge(graph, "antony_blinken", "russia_support", "express_concern");
  REQUIRE(concern != nullptr);
  CHECK(concern->count() == 2);
}

TEST_CASE("knowledge graph rejects a triple with neither issue nor target", "[graph]") {
  Triple t = sample_triples().front();
  t.issue.reset();
  KnowledgeGraph graph;
  CHECK_THROWS_AS(graph.add(t), InputError);
}

TEST_CASE("knowledge graph copies keep a working edge index", "[graph]") {
  auto triples = sample_triples();
  KnowledgeGraph original = build_graph(triples);
  KnowledgeGraph copy = original;
  Triple more = triples.front();
  more.sentence = 7;  // a new sentence for an existing edge
  copy.add(more);
  const GraphEdge* concern = find_edge(copy, "antony_blinken", "russia_support", "express_concern");
  REQUIRE(concern != nullptr);
  CHECK(concern->count() == 3);
  CHECK(copy.edge_count() == original.edge_count());
  const GraphEdge* untouched = find_edge(original, "antony_blinken", "russia_support", "express_concern");
  CHECK(untouched->count() == 2);
}

TEST_CASE("knowledge graph reports degree, weight and documents", "[graph]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  auto blinken = *graph.find(kActorKind, "antony_blinken");
  CHECK(graph.degree(blinken) == 3);  // concern, meeting, (negated) threat
  CHECK(graph.weight(blinken) == 4);
  auto documents = graph.documents();
  REQUIRE(documents.size() == 3);
  CHECK(documents["d2"].sentences == 2);
  CHECK(documents["d3"].date == "2024-06-10");
  CHECK(graph.evidence_count() == 8);  // seven triples, one of them on two edges
  CHECK_THAT(graph_summary(graph), Catch::Matchers::Contains("5 actors, 4 issues"));
}
