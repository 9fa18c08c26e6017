#include <graphviz/cgraph.h>

#include <catch2/catch.hpp>

#include "issuegraph/export/dot_writer.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

TEST_CASE("dot output is byte-identical whatever the order of the triples", "[dot]") {
  std::string reference = write_dot(build_graph(sample_triples()));
  for (unsigned seed : {11u, 12u, 13u}) {
    CHECK(write_dot(build_graph(shuffled(sample_triples(), seed))) == reference);
  }
}

TEST_CASE("dot output reads back with Graphviz with every node and edge", "[dot]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  SECTION("without legend") {
    DotOptions options;
    options.legend = false;
    std::string dot = write_dot(graph, options);
    Agraph_t* g = agmemread(dot.c_str());
    REQUIRE(g != nullptr);
    CHECK(agnnodes(g) == 9);
    CHECK(agnedges(g) == 7);
    // The quoted name with a colon stays one node name, not a port.
    Agnode_t* blinken = agnode(g, const_cast<char*>("actor:antony_blinken"), 0);
    REQUIRE(blinken != nullptr);
    CHECK(std::string(agget(blinken, const_cast<char*>("URL"))) == "#query:actor=antony_blinken");
    CHECK(std::string(agget(blinken, const_cast<char*>("shape"))) == "ellipse");
    agclose(g);
  }
  SECTION("with legend: one more node in its cluster") {
    std::string dot = write_dot(graph);
    Agraph_t* g = agmemread(dot.c_str());
    REQUIRE(g != nullptr);
    CHECK(agnnodes(g) == 10);
    CHECK(agsubg(g, const_cast<char*>("cluster_legend"), 0) != nullptr);
    agclose(g);
  }
}

TEST_CASE("dot labels escape quotes, backslashes and line breaks", "[dot]") {
  CHECK(dot_quote("say \"no\"\\\n") == "\"say \\\"no\\\"\\\\\\n\"");
  auto triples = sample_triples();
  triples[5].issue->label = "The \"red line\" C:\\path\nnext";
  KnowledgeGraph graph = build_graph(triples);
  std::string dot = write_dot(graph);
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE(g != nullptr);
  Agnode_t* issue = agnode(g, const_cast<char*>("issue:climate_change"), 0);
  REQUIRE(issue != nullptr);
  std::string label = agget(issue, const_cast<char*>("label"));
  // The label is wrapped at about 20 characters with DOT's "\n"; the quotes survive.
  CHECK_THAT(label, Catch::Matchers::Contains("\"red line\""));
  CHECK_THAT(label, Catch::Matchers::Contains("\\n"));
  agclose(g);
}

TEST_CASE("dot styles edges by action family, negation and count", "[dot]") {
  std::string dot = write_dot(build_graph(sample_triples()));
  CHECK(action_family("express_concern") == "conflict");
  CHECK(action_family("agree") == "cooperation");
  CHECK(action_family("say") == "neutral");
  // The negated threat is dashed; the concern with two sentences is thicker than 1.
  CHECK_THAT(dot, Catch::Matchers::Contains("\"actor:antony_blinken\" -> \"issue:sanctions\" [color=\"#c0392b\", penwidth=1.00, style=dashed"));
  CHECK_THAT(dot, Catch::Matchers::Contains("\"actor:antony_blinken\" -> \"issue:russia_support\" [color=\"#c0392b\", penwidth=2.00"));
  CHECK_THAT(dot, Catch::Matchers::Contains("shape=hexagon"));
  CHECK_THAT(dot, Catch::Matchers::Contains("shape=note"));
}

TEST_CASE("dot of a view carries the view as its title", "[dot]") {
  ViewFilter filter;
  filter.issue = "climate";
  std::string dot = write_dot(apply_view(build_graph(sample_triples()), filter));
  CHECK_THAT(dot, Catch::Matchers::Contains("label=\"issue=climate\""));
}
