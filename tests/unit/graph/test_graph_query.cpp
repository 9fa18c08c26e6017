#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/graph/graph_query.hpp"
#include "issuegraph/graph/graph_stats.hpp"
#include "unit/graph/graph_fixtures.hpp"

using namespace issuegraph;
using namespace issuegraph::testing;

TEST_CASE("query gives one row per triple with evidence and document", "[graph_query]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  auto rows = run_query(graph, QueryFilter{});
  CHECK(rows.size() == 7);
  QueryFilter filter;
  filter.actor = "Mr. Blinken";
  rows = run_query(graph, filter);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].issue_label.empty());  // the meeting: target only
  CHECK(rows[0].target_label == "Xi Jinping");
  CHECK(rows[1].issue_id == "russia_support");
  CHECK(rows[1].doc == "d1");
  CHECK_THAT(rows[1].evidence, Catch::Matchers::Contains("Russian war effort"));
  CHECK(rows[3].negated);
}

TEST_CASE("query filters by target and by action", "[graph_query]") {
  KnowledgeGraph graph = build_graph(sample_triples());
  QueryFilter by_target;
  by_target.target = "washington";
  auto rows = run_query(graph, by_target);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].actor_id == "xi_jinping");
  CHECK(rows[0].issue_id == "taiwan_arms");  // the statement row carries the target too
  QueryFilter by_action;
  by_action.action = "raise concern";  // a lemma
  CHECK(run_query(graph, by_action).size() == 2);
}

TEST_CASE("query groups rows by actor, most frequent first", "[graph_query]") {
  auto rows = run_query(build_graph(sample_triples()), QueryFilter{});
  auto groups = group_rows(rows, "actor");
  REQUIRE(groups.size() == 4);
  CHECK(groups[0] == std::make_pair(std::string("Antony Blinken"), std::size_t{4}));
  CHECK_THROWS_AS(group_rows(rows, "colour"), UsageError);
}

TEST_CASE("query table wraps evidence within the width", "[graph_query]") {
  auto rows = run_query(build_graph(sample_triples()), QueryFilter{});
  std::string table = format_query_table(rows, 100);
  std::size_t start = 0;
  std::size_t lines = 0;
  while (start < table.size()) {
    std::size_t end = table.find('\n', start);
    CHECK(end - start <= 100);
    start = end + 1;
    ++lines;
  }
  CHECK(lines > rows.size() + 2);  // some evidence needed a second line
  CHECK_THAT(table, Catch::Matchers::StartsWith("ACTOR"));
}

TEST_CASE("query csv quotes fields with commas and quotes", "[graph_query]") {
  QueryFilter filter;
  filter.actor = "xi";
  filter.issue = "taiwan";
  std::string csv = format_query_csv(run_query(build_graph(sample_triples()), filter));
  CHECK_THAT(csv, Catch::Matchers::Contains("\"Xi urged Washington to stop selling weapons to \"\"Taiwan\"\", state media said.\""));
  CHECK(csv_field("plain") == "plain");
}

TEST_CASE("query jsonl prints one object per row", "[graph_query]") {
  std::string jsonl = format_query_jsonl(run_query(build_graph(sample_triples()), QueryFilter{}));
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 7);
  CHECK_THAT(jsonl, Catch::Matchers::Contains("\"negated\":true"));
}

TEST_CASE("wrap_text breaks at spaces and cuts long words", "[graph_query]") {
  auto lines = wrap_text("the quick brown fox jumps", 10);
  CHECK(lines == std::vector<std::string>{"the quick", "brown fox", "jumps"});
  CHECK(wrap_text("abcdefghijkl", 5) == std::vector<std::string>{"abcde", "fghij", "kl"});
}

TEST_CASE("stats list vertex types, top actors and documents", "[graph_query]") {
  std::string stats = format_stats(build_graph(sample_triples()));
  CHECK_THAT(stats, Catch::Matchers::Contains("person 2"));
  CHECK_THAT(stats, Catch::Matchers::Contains("country 2"));
  CHECK_THAT(stats, Catch::Matchers::Contains("4\t3\tAntony Blinken [antony_blinken]"));
  CHECK_THAT(stats, Catch::Matchers::Contains("d3\t2024-06-10"));
}
