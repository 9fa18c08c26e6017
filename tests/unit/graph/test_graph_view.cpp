#include <set>

#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

namespace {

std::set<std::string> vertex_ids(const KnowledgeGraph& graph) {
  std::set<std::string> ids;
  for (auto v : graph.sorted_vertices()) ids.insert(graph.vertex(v).id);
  return ids;
}

KnowledgeGraph view_of(const ViewFilter& filter) {
  return apply_view(build_graph(sample_triples()), filter);
}

}  // namespace

TEST_CASE("view names match ids, labels and mentions in any case", "[graph_view]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  for (const char* name : {"blinken", "Mr. Blinken", "antony_blinken", "ANTONY BLINKEN"}) {
    auto found = find_vertices(graph, kActorKind, name);
    REQUIRE(found.size() == 1);
    CHECK(graph.vertex(found[0]).id == "antony_blinken");
  }
  CHECK(find_vertices(graph, kActorKind, "washington").size() == 1);  // a mention
  CHECK(find_vertices(graph, kActorKind, "russia").empty());          // an issue, not an actor
  CHECK(normalize_name("Mr. Antony_Blinken") == "antony blinken");
}

TEST_CASE("actor ego view at depth 1 keeps the actor's own edges", "[graph_view]") {
  ViewFilter filter;
  filter.actor = "blinken";
  KnowledgeGraph view = view_of(filter);
  CHECK(vertex_ids(view) ==
        std::set<std::string>{"antony_blinken", "russia_support", "xi_jinping", "sanctions"});
  CHECK(view.edge_count() == 3);
  CHECK(view.description() == "actor=blinken depth=1");
}

TEST_CASE("actor ego view at depth 2 reaches the neighbours' neighbours", "[graph_view]") {
  ViewFilter filter;
  filter.actor = "blinken";
  filter.depth = 2;
  KnowledgeGraph view = view_of(filter);
  auto ids = vertex_ids(view);
  // Through Xi: his demand about Taiwan arms and to the United States; through the Russia
  // issue: China.
  CHECK(ids.count("taiwan_arms") == 1);
  CHECK(ids.count("united_states") == 1);
  CHECK(ids.count("china") == 1);
  CHECK(ids.count("european_union") == 0);
  CHECK(view.edge_count() == 6);
}

TEST_CASE("issue view keeps statements about the issue", "[graph_view]") {
  ViewFilter filter;
  filter.issue = "support for russia";
  KnowledgeGraph view = view_of(filter);
  CHECK(vertex_ids(view) == std::set<std::string>{"antony_blinken", "china", "russia_support"});
  CHECK(view.edge_count() == 2);
}

TEST_CASE("issue view keeps interactions that cite the issue", "[graph_view]") {
  ViewFilter filter;
  filter.issue = "taiwan_arms";
  KnowledgeGraph view = view_of(filter);
  CHECK(vertex_ids(view) == std::set<std::string>{"xi_jinping", "taiwan_arms", "united_states"});
}

TEST_CASE("action filter keeps one action class", "[graph_view]") {
  ViewFilter filter;
  filter.action = "express_concern";
  KnowledgeGraph view = view_of(filter);
  REQUIRE(view.edge_count() == 1);
  CHECK(view.evidence_count() == 2);
}

TEST_CASE("min-count filter drops edges with less evidence", "[graph_view]") {
  ViewFilter filter;
  filter.min_count = 2;
  KnowledgeGraph view = view_of(filter);
  CHECK(view.edge_count() == 1);
  CHECK(vertex_ids(view) == std::set<std::string>{"antony_blinken", "russia_support"});
}

TEST_CASE("top filter keeps the most connected vertices", "[graph_view]") {
  ViewFilter filter;
  filter.top = 2;
  // Blinken carries 4 pieces of evidence; Xi and the Russia issue 3 each, Xi on more edges (3
  // against 2); nothing else has more than 2.
  CHECK(vertex_ids(view_of(filter)) == std::set<std::string>{"antony_blinken", "xi_jinping"});
  filter.top = 3;
  KnowledgeGraph view = view_of(filter);
  CHECK(vertex_ids(view) == std::set<std::string>{"antony_blinken", "russia_support", "xi_jinping"});
  CHECK(view.edge_count() == 2);  // the concern and the meeting
}

TEST_CASE("max-edges keeps the edges with most evidence", "[graph_view]") {
  ViewFilter filter;
  filter.max_edges = 1;
  KnowledgeGraph view = view_of(filter);
  REQUIRE(view.edge_count() == 1);
  CHECK(view.evidence_count() == 2);  // the concern, said twice
  CHECK(view.vertex_count() == 2);
  ViewFilter top;
  top.top = 1;  // caps edges at 4 * 1; only Blinken is kept, and he has no edge to himself
  CHECK(view_of(top).edge_count() == 0);
}

TEST_CASE("since and until keep evidence within the dates", "[graph_view]") {
  ViewFilter filter;
  filter.since = "2024-05-01";
  filter.until = "2024-05";
  KnowledgeGraph view = view_of(filter);
  auto documents = view.documents();
  REQUIRE(documents.size() == 1);
  CHECK(documents.begin()->first == "d2");
  CHECK(view.edge_count() == 2);  // the concern (one of its two sentences) and the meeting
}

TEST_CASE("doc filter keeps one document's evidence", "[graph_view]") {
  ViewFilter filter;
  filter.doc = "d3";
  KnowledgeGraph view = view_of(filter);
  CHECK(view.edge_count() == 3);
  CHECK(view.documents().size() == 1);
}

TEST_CASE("actors view keeps only interaction edges", "[graph_view]") {
  ViewFilter filter;
  filter.view = "actors";
  KnowledgeGraph view = view_of(filter);
  CHECK(view.edge_count() == 2);
  for (auto v : view.sorted_vertices()) CHECK(view.vertex(v).kind == "actor");
}

TEST_CASE("view rejects unknown names and views", "[graph_view]") {
  ViewFilter filter;
  filter.actor = "nobody at all";
  CHECK_THROWS_AS(view_of(filter), UsageError);
  ViewFilter bad_view;
  bad_view.view = "everything";
  CHECK_THROWS_AS(view_of(bad_view), UsageError);
}

TEST_CASE("view output does not depend on triple order", "[graph_view]") {
  ViewFilter filter;
  filter.actor = "xi";
  filter.depth = 2;
  std::string reference = graph_to_json(apply_view(build_graph(sample_triples()), filter));
  std::string other = graph_to_json(apply_view(build_graph(shuffled(sample_triples(), 9)), filter));
  CHECK(other == reference);
}
