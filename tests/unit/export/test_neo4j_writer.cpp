#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>

#include "issuegraph/export/neo4j_writer.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

namespace {

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

std::size_t line_count(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("neo4j csv files carry the bulk importer's headers", "[neo4j]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  std::string nodes = neo4j_nodes_csv(graph);
  std::string relationships = neo4j_relationships_csv(graph);
  CHECK(first_line(nodes) == "id:ID,label,type,kind,:LABEL");
  CHECK(first_line(relationships) ==
        ":START_ID,:END_ID,:TYPE,action,lemma,negated:boolean,count:int,evidence");
  CHECK(line_count(nodes) == 1 + 9);
  CHECK(line_count(relationships) == 1 + 7);
  CHECK_THAT(nodes, Catch::Matchers::Contains("\"actor:antony_blinken\",\"Antony Blinken\",\"person\",\"actor\",Actor;Person\n"));
  CHECK_THAT(nodes, Catch::Matchers::Contains("\"issue:sanctions\",\"Sanctions\",\"issue\",\"issue\",Issue\n"));
  CHECK_THAT(relationships, Catch::Matchers::Contains(
                                "\"actor:antony_blinken\",\"issue:sanctions\",STATEMENT,\"threaten\",\"threaten\",true,1,"));
  CHECK_THAT(relationships, Catch::Matchers::Contains("INTERACTION"));
  // Quotes inside evidence are doubled.
  CHECK_THAT(relationships, Catch::Matchers::Contains("weapons to \"\"Taiwan\"\", state"));
}

TEST_CASE("neo4j csv is written into a directory", "[neo4j]") {
  auto dir = std::filesystem::temp_directory_path() / "issuegraph_test_neo4j";
  std::filesystem::remove_all(dir);
  write_neo4j_csv(build_graph(sample_triples()), (dir / "sub").string());
  std::ifstream in(dir / "sub" / "nodes.csv");
  std::stringstream text;
  text << in.rdbuf();
  CHECK(first_line(text.str()) == "id:ID,label,type,kind,:LABEL");
  CHECK(std::filesystem::exists(dir / "sub" / "relationships.csv"));
  std::filesystem::remove_all(dir);
}
