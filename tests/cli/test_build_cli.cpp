#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "cli/cli_runner.hpp"
#include "issuegraph/io/json_schema.hpp"

using namespace issuegraph;
using namespace issuegraph::test;

namespace {

std::vector<std::string> sample_corpus() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("examples/corpus"))) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string quoted(const std::vector<std::string>& files) {
  std::string s;
  for (const std::string& f : files) s += " '" + f + "'";
  return s;
}

}  // namespace

TEST_CASE("build writes a schema-valid graph, DOT that dot accepts, and SVG", "[cli][build]") {
  TempDir dir("build");
  RunResult r = run_issuegraph("build" + quoted(sample_corpus()) + " -o '" +
                               (dir / "g.json").string() + "' --dot '" + (dir / "g.dot").string() +
                               "' --svg '" + (dir / "g.svg").string() + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Matchers::Contains("documents"));
  auto graph = read_json_file((dir / "g.json").string());
  CHECK_NOTHROW(JsonSchema("graph.schema.json").validate(graph, "g.json"));
  std::string svg = read_file(dir / "g.svg");
  CHECK_THAT(svg, Catch::Matchers::Contains("<svg"));
  std::string check = "dot -Tsvg '" + (dir / "g.dot").string() + "' -o /dev/null 2>/dev/null";
  CHECK(std::system(check.c_str()) == 0);
}

TEST_CASE("build output is byte-identical when the documents come in reverse order", "[cli][build]") {
  TempDir dir("order");
  std::vector<std::string> files = sample_corpus();
  std::string forward = "build" + quoted(files) + " -o '" + (dir / "a.json").string() +
                        "' --dot '" + (dir / "a.dot").string() + "'";
  std::reverse(files.begin(), files.end());
  std::string backward = "build" + quoted(files) + " -o '" + (dir / "b.json").string() +
                         "' --dot '" + (dir / "b.dot").string() + "'";
  REQUIRE(run_issuegraph(forward).exit_code == 0);
  REQUIRE(run_issuegraph(backward).exit_code == 0);
  CHECK(read_file(dir / "a.json") == read_file(dir / "b.json"));
  CHECK(read_file(dir / "a.dot") == read_file(dir / "b.dot"));
}

TEST_CASE("query answers who said what, matching any alias case-insensitively", "[cli][query]") {
  TempDir dir("query");
  write_file(dir / "one.txt",
             "Secretary of State Antony J. Blinken warned Beijing about its support for Russia's "
             "war in Ukraine.\n");
  write_file(dir / "two.txt", "Mr. Blinken praised the agreement on fentanyl controls.\n");
  REQUIRE(run_issuegraph("build '" + (dir / "one.txt").string() + "' '" +
                         (dir / "two.txt").string() + "' -o '" + (dir / "g.json").string() + "'")
              .exit_code == 0);
  for (const char* name : {"blinken", "ANTONY BLINKEN", "antony_blinken"}) {
    RunResult r = run_issuegraph("query '" + (dir / "g.json").string() + "' --format jsonl --actor '" +
                                 name + "'");
    INFO(name << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Matchers::Contains("one"));
    CHECK_THAT(r.out, Catch::Matchers::Contains("two"));
  }
  RunResult none = run_issuegraph("query '" + (dir / "g.json").string() + "' --format jsonl --actor nobody");
  CHECK(none.out.empty());
}

TEST_CASE("query filters answers by the documents' dates", "[cli][query]") {
  TempDir dir("dates");
  write_file(dir / "wire.jsonl",
             std::string(R"({"id":"early","date":"2024-01-05","text":"Chile criticized the fishing quotas on Monday."})") + "\n" +
                 R"({"id":"late","date":"2024-06-20","text":"Chile welcomed the new fishing agreement on Friday."})" + "\n");
  REQUIRE(run_issuegraph("build '" + (dir / "wire.jsonl").string() + "' -o '" + (dir / "g.json").string() + "'")
              .exit_code == 0);
  RunResult all = run_issuegraph("query '" + (dir / "g.json").string() + "' --format jsonl --actor chile");
  RunResult late = run_issuegraph("query '" + (dir / "g.json").string() +
                                  "' --format jsonl --actor chile --since 2024-03-01");
  INFO(all.out << late.err);
  REQUIRE(late.exit_code == 0);
  CHECK_THAT(all.out, Catch::Matchers::Contains("early") && Catch::Matchers::Contains("late"));
  CHECK_THAT(late.out, Catch::Matchers::Contains("late"));
  CHECK_FALSE(late.out.find("\"early\"") != std::string::npos);
}
