#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <regex>
#include <sstream>

#include "cli/cli_runner.hpp"
#include "issuegraph/io/json_schema.hpp"

using namespace issuegraph;
using namespace issuegraph::test;

namespace {

const std::string kShared = ISSUEGRAPH_SHARED_DIR;

double score_field(const std::string& line, const std::string& name) {
  std::smatch m;
  std::regex field("(^| )" + name + "=([0-9.]+)");
  REQUIRE(std::regex_search(line, m, field));
  return std::stod(m[2]);
}

}  // namespace

TEST_CASE("extract output on the seed articles validates and meets the dev-gold bars", "[cli][seeds]") {
  if (!std::filesystem::exists(kShared + "/corpus/dev-gold")) {
    WARN("skipped: " << kShared << "/corpus/dev-gold is absent (shared material not present)");
    return;
  }
  TempDir dir("seeds");
  std::string seeds;
  for (const auto& entry : std::filesystem::directory_iterator(kShared + "/corpus/seeds")) {
    if (entry.path().extension() == ".txt") seeds += " '" + entry.path().string() + "'";
  }
  RunResult r = run_issuegraph("extract --format jsonl" + seeds);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  JsonSchema schema("triple.schema.json");
  std::istringstream lines(r.out);
  std::string line;
  std::size_t n = 0;
  // One node per real actor: every entity whose label names one of these has a single id.
  const std::vector<std::string> names{"Blinken", "Xi Jinping", "Wang Yi", "Putin",
                                       "China", "United States", "Russia"};
  std::map<std::string, std::set<std::string>> ids;
  while (std::getline(lines, line)) {
    auto json = parse_json(line, "stdout");
    schema.validate(json, "stdout:" + std::to_string(++n));
    for (const char* role : {"actor", "target"}) {
      if (!json[role].IsObject()) continue;
      std::string label = json[role]["label"].GetString();
      for (const std::string& name : names) {
        if (label == name || label.find(name + " ") == 0 || label.find(" " + name) != std::string::npos) {
          ids[name].insert(json[role]["id"].GetString());
        }
      }
    }
  }
  CHECK(n > 50);
  for (const std::string& name : names) {
    INFO(name);
    CHECK(ids[name].size() == 1);
  }

  write_file(dir / "seeds.jsonl", r.out);
  std::string command = "python3 '" + kShared + "/eval/score.py' --gold '" + kShared +
                        "/corpus/dev-gold' --system '" + (dir / "seeds.jsonl").string() + "' > '" +
                        (dir / "score.txt").string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  std::string report = read_file(dir / "score.txt");
  // The scorer's last line is always "recall=R core_recall=C precision=P f1=F".
  std::string last = report.substr(report.rfind("\nrecall=") + 1);
  INFO(last);
  // The bars of the extractor issue: recall 0.75, core recall 0.85, gold precision 0.75.
  CHECK(score_field(last, "recall") >= 0.75);
  CHECK(score_field(last, "core_recall") >= 0.85);
  CHECK(score_field(last, "precision") >= 0.75);
}

// The project's labelled held-out set (eval/heldout, scored by scripts/heldout-eval.sh): these are
// regression floors a little under the figures of the seventh session (fit 0.985 / 0.807, the
// development batches 027-034 0.933 / 0.861 and 059-066 0.977 / 0.873, test 007-012 + 019-026 +
// 035-058 0.79 / 0.79 core recall / precision), not the issue's bars, which held-out news does not meet in core recall. A
// retrained tagger or parser flips single attachments, so the floors leave a few points.
TEST_CASE("the held-out fit and test splits do not fall below their recorded scores", "[cli][heldout]") {
  if (!std::filesystem::exists(kShared + "/eval/score.py")) {
    WARN("skipped: " << kShared << "/eval/score.py is absent (shared material not present)");
    return;
  }
  TempDir dir("heldout");
  const std::string command = "BIN='" + std::string(ISSUEGRAPH_BINARY) + "' SHARED='" + kShared + "' bash '" +
                              std::string(ISSUEGRAPH_SOURCE_DIR) + "/scripts/heldout-eval.sh' > '" +
                              (dir / "scores.txt").string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  std::istringstream lines(read_file(dir / "scores.txt"));
  std::map<std::string, std::string> split;
  std::string line;
  while (std::getline(lines, line)) split[line.substr(0, line.find(':'))] = line;
  REQUIRE(split.count("fit") == 1);
  REQUIRE(split.count("batch4") == 1);
  REQUIRE(split.count("batch7") == 1);
  REQUIRE(split.count("batch9") == 1);
  REQUIRE(split.count("test") == 1);
  INFO(split["fit"] << "\n" << split["batch4"] << "\n" << split["batch7"] << "\n" << split["batch9"] << "\n"
                    << split["test"]);
  // Floors a little under the sixteenth session's scores. Reporting unlisted verbs (class
  // "other") raised core recall and cost precision, so the precision floors went down with it
  // and the test split's core-recall floor went up to the issue's bar.
  CHECK(score_field(split["fit"], "core_recall") >= 0.95);
  CHECK(score_field(split["fit"], "precision") >= 0.74);
  CHECK(score_field(split["batch4"], "core_recall") >= 0.90);
  CHECK(score_field(split["batch4"], "precision") >= 0.75);
  CHECK(score_field(split["batch7"], "core_recall") >= 0.95);
  CHECK(score_field(split["batch7"], "precision") >= 0.79);
  CHECK(score_field(split["batch9"], "core_recall") >= 0.90);
  CHECK(score_field(split["batch9"], "precision") >= 0.83);
  CHECK(score_field(split["test"], "core_recall") >= 0.85);
  CHECK(score_field(split["test"], "precision") >= 0.77);
}
