#include <fstream>

#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"
#include "issuegraph/io/json_schema.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

namespace {
const std::string kDataDir = std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/graph";
}

TEST_CASE("graph json is byte-identical whatever the order of the triples", "[graph]") {
  std::string reference = graph_to_json(build_graph(sample_triples()));
  for (unsigned seed : {1u, 2u, 3u, 4u, 5u}) {
    CHECK(graph_to_json(build_graph(shuffled(sample_triples(), seed))) == reference);
  }
}

TEST_CASE("graph json of a real graph validates against its schema", "[graph]") {
  std::string text = graph_to_json(build_graph(sample_triples()));
  rapidjson::Document document = parse_json(text, "graph.json");
  JsonSchema schema("graph.schema.json");
  CHECK(schema.violation(document, "graph.json").empty());
  CHECK(document["nodes"].Size() == 9);
  CHECK(document["edges"].Size() == 7);
  CHECK(document["documents"].Size() == 3);
  CHECK(document["metadata"]["evidence"].GetUint() == 8);
}

TEST_CASE("graph json reads back into an equal graph", "[graph]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  std::string text = graph_to_json(graph);
  KnowledgeGraph read = graph_from_json(text, "memory");
  CHECK(read.vertex_count() == graph.vertex_count());
  CHECK(read.edge_count() == graph.edge_count());
  CHECK(graph_to_json(read) == text);
}

TEST_CASE("graph json read from a file keeps merging new triples", "[graph]") {
  std::string path = kDataDir + "/sample_graph.json";
  KnowledgeGraph graph = graph_from_json_file(path);
  CHECK(graph.vertex_count() == 3);
  Triple t = make_triple("d9", 4, "2024-07-01", entity("antony_blinken", "Antony Blinken", "person", "he"),
                         "warn", "warn", "russia_support", "Support for Russia",
                         "He warned of consequences if the shipments continued.");
  graph.add(t);
  CHECK(graph.vertex_count() == 3);
  CHECK(graph.evidence_count() == 3);
}

TEST_CASE("graph json errors name the file and the place", "[graph]") {
  SECTION("missing file") {
    CHECK_THROWS_WITH(graph_from_json_file(kDataDir + "/no_such_graph.json"),
                      Catch::Matchers::Contains("no_such_graph.json"));
  }
  SECTION("malformed JSON gives the line") {
    try {
      graph_from_json_file(kDataDir + "/bad_syntax_graph.json");
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("bad_syntax_graph.json"));
      CHECK(e.line() == 4);
    }
  }
  SECTION("schema violation gives the JSON pointer") {
    try {
      graph_from_json_file(kDataDir + "/bad_schema_graph.json");
      FAIL("no error");
    } catch (const SchemaError& e) {
      CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("bad_schema_graph.json"));
      CHECK(e.pointer() == "/edges/0/negated");
    }
  }
  SECTION("an edge to an unknown node") {
    try {
      graph_from_json_file(kDataDir + "/dangling_edge_graph.json");
      FAIL("no error");
    } catch (const SchemaError& e) {
      CHECK(e.pointer() == "/edges/0/target");
      CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("no_such_issue"));
    }
  }
}
