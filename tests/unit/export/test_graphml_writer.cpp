#include <sstream>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>

#include "issuegraph/export/graphml_writer.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

namespace {

struct NodeProps {
  std::string label, kind, type, aliases;
  int degree = 0, weight = 0;
};
struct EdgeProps {
  std::string kind, action, lemma, cameo, evidence;
  int negated = 0;
  int count = 0;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeProps, EdgeProps>;

}  // namespace

TEST_CASE("graphml reads back with boost::read_graphml with every attribute", "[graphml]") {
  std::string xml = write_graphml(build_graph(sample_triples()));
  ReadGraph g;
  boost::dynamic_properties dp;
  dp.property("label", boost::get(&NodeProps::label, g));
  dp.property("kind", boost::get(&NodeProps::kind, g));
  dp.property("type", boost::get(&NodeProps::type, g));
  dp.property("aliases", boost::get(&NodeProps::aliases, g));
  dp.property("degree", boost::get(&NodeProps::degree, g));
  dp.property("weight", boost::get(&NodeProps::weight, g));
  dp.property("kind", boost::get(&EdgeProps::kind, g));
  dp.property("action", boost::get(&EdgeProps::action, g));
  dp.property("lemma", boost::get(&EdgeProps::lemma, g));
  dp.property("negated", boost::get(&EdgeProps::negated, g));
  dp.property("count", boost::get(&EdgeProps::count, g));
  dp.property("cameo", boost::get(&EdgeProps::cameo, g));
  dp.property("evidence", boost::get(&EdgeProps::evidence, g));
  std::istringstream in(xml);
  boost::read_graphml(in, g, dp);
  REQUIRE(boost::num_vertices(g) == 9);
  REQUIRE(boost::num_edges(g) == 7);

  bool found_blinken = false;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].label != "Antony Blinken") continue;
    found_blinken = true;
    CHECK(g[v].kind == "actor");
    CHECK(g[v].type == "person");
    CHECK(g[v].degree == 3);
    CHECK(g[v].weight == 4);
    CHECK_THAT(g[v].aliases, Catch::Matchers::Contains("Mr. Blinken"));
  }
  CHECK(found_blinken);
  int negated = 0;
  int interactions = 0;
  bool found_concern = false;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    negated += g[e].negated;
    interactions += g[e].kind == "interaction" ? 1 : 0;
    if (g[e].action == "express_concern") {
      found_concern = true;
      CHECK(g[e].count == 2);
      CHECK_THAT(g[e].evidence, Catch::Matchers::Contains("d2#1: Mr. Blinken again raised"));
    }
  }
  CHECK(negated == 1);
  CHECK(interactions == 2);
  CHECK(found_concern);
}

TEST_CASE("graphml escapes XML special characters and is order independent", "[graphml]") {
  std::string xml = write_graphml(build_graph(sample_triples()));
  CHECK_THAT(xml, Catch::Matchers::Contains("accusations &amp; called"));
  CHECK_THAT(xml, Catch::Matchers::Contains("&lt;at last&gt;"));
  CHECK_THAT(xml, Catch::Matchers::Contains("attr.name=\"count\" attr.type=\"int\""));
  CHECK(write_graphml(build_graph(shuffled(sample_triples(), 5))) == xml);
}
