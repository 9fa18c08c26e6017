#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "cli/cli_runner.hpp"
#include "issuegraph/io/json_schema.hpp"

using namespace issuegraph;
using namespace issuegraph::test;

namespace {

const char* const kGoodArticle =
    "Trade ministers meet in Lisbon\n\n"
    "Portuguese Economy Minister Rui Almeida warned Brussels on Monday about new tariffs on "
    "imported steel. The European Commission rejected his criticism.\n";

// Every line of `jsonl` must be a triple record valid against schemas/triple.schema.json.
std::size_t count_valid_triples(const std::string& jsonl) {
  JsonSchema schema("triple.schema.json");
  std::istringstream lines(jsonl);
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    auto json = parse_json(line, "stdout");
    schema.validate(json, "stdout:" + std::to_string(n + 1));
    ++n;
  }
  return n;
}

std::string sample_corpus_files() {
  std::string files;
  for (const auto& entry : std::filesystem::directory_iterator(source_path("examples/corpus"))) {
    if (entry.path().extension() == ".txt") files += " '" + entry.path().string() + "'";
  }
  return files;
}

}  // namespace

TEST_CASE("extract prints schema-valid triples for the sample corpus", "[cli][extract]") {
  RunResult r = run_issuegraph("extract --format jsonl" + sample_corpus_files());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(count_valid_triples(r.out) >= 10);
}

TEST_CASE("extract reads JSON Lines from stdin and keeps record ids and dates", "[cli][extract]") {
  std::string record = std::string(R"({"id":"wire-7","date":"2024-03-02","text":")") +
                       "Japanese Foreign Minister Kenji Sato criticised Moscow over the missile "
                       "tests on Tuesday.\"}\n";
  RunResult r = run_issuegraph("extract --format jsonl -", record);
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(count_valid_triples(r.out) >= 1);
  CHECK_THAT(r.out, Catch::Matchers::Contains(R"("doc":"wire-7")"));
  CHECK_THAT(r.out, Catch::Matchers::Contains(R"("date":"2024-03-02")"));
}

TEST_CASE("extract reports bad input files by name and still processes the good ones", "[cli][extract][errors]") {
  TempDir dir("bad-inputs");
  write_file(dir / "good.txt", kGoodArticle);
  write_file(dir / "empty.txt", "");
  write_file(dir / "binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0garbage", 16));
  write_file(dir / "latin1.txt", "Le ministre fran\xe7" "ais a critiqu\xe9 Bruxelles.\n");
  RunResult good_only = run_issuegraph("extract '" + (dir / "good.txt").string() + "'");
  REQUIRE(good_only.exit_code == 0);

  RunResult r = run_issuegraph("extract '" + (dir / "empty.txt").string() + "' '" +
                               (dir / "binary.txt").string() + "' '" + (dir / "good.txt").string() +
                               "' '" + (dir / "latin1.txt").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Matchers::Contains("empty.txt") && Catch::Matchers::Contains("empty"));
  CHECK_THAT(r.err, Catch::Matchers::Contains("binary.txt") && Catch::Matchers::Contains("binary"));
  CHECK_THAT(r.err, Catch::Matchers::Contains("latin1.txt") && Catch::Matchers::Contains("UTF-8"));
  // Nothing of the good document is lost.
  CHECK(r.out == good_only.out);
  CHECK(count_valid_triples(r.out) >= 1);
}

TEST_CASE("extract decodes legacy encodings only when asked, and says so", "[cli][extract][errors]") {
  TempDir dir("latin1");
  write_file(dir / "latin1.txt", "Le ministre fran\xe7" "ais Jean Dupont a critiqu\xe9 Bruxelles.\n");
  RunResult r = run_issuegraph("extract --encoding latin1 '" + (dir / "latin1.txt").string() + "'");
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Matchers::Contains("latin1.txt"));
}

TEST_CASE("a broken JSON Lines record is reported with its line and the rest survive", "[cli][extract][errors]") {
  TempDir dir("jsonl");
  std::string lines =
      std::string(R"({"id":"a","text":"French President Claire Martin urged Iran to resume talks on its nuclear programme."})") + "\n" +
      R"({"id":"b","text": "unterminated)" + "\n" +
      R"({"id":"c","text":"The African Union condemned the coup in the capital on Friday."})" + "\n" +
      R"({"id":"d","text":"bad byte )" + std::string("\xff") + R"("})" + "\n" +
      R"({"text":"a record without id"})" + "\n";
  write_file(dir / "wire.jsonl", lines);
  RunResult r = run_issuegraph("extract '" + (dir / "wire.jsonl").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Matchers::Contains("wire.jsonl:2"));
  CHECK_THAT(r.err, Catch::Matchers::Contains("wire.jsonl:4"));
  CHECK_THAT(r.err, Catch::Matchers::Contains("wire.jsonl:5"));
  CHECK_THAT(r.out, Catch::Matchers::Contains(R"("doc":"a")"));
  CHECK_THAT(r.out, Catch::Matchers::Contains(R"("doc":"c")"));
}

TEST_CASE("a lexicon that breaks its schema is named with the offending path", "[cli][extract][errors]") {
  TempDir dir("lexicon");
  write_file(dir / "good.txt", kGoodArticle);
  write_file(dir / "lex" / "actors.json",
             R"({"actors":[{"id":"ruritania","label":"Ruritania","type":"country","aliases":"Ruritania"}]})");
  RunResult r = run_issuegraph("extract --lexicon '" + (dir / "lex").string() + "' '" +
                               (dir / "good.txt").string() + "'");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Matchers::Contains("actors.json") &&
                        Catch::Matchers::Contains("/actors/0/aliases"));
  CHECK(r.out.empty());
}

TEST_CASE("a user lexicon adds an actor without recompiling", "[cli][extract]") {
  TempDir dir("user-lexicon");
  write_file(dir / "news.txt", "Ruritania warned Freedonia over the border dam on Monday.\n");
  write_file(dir / "lex" / "actors.json",
             R"({"actors":[{"id":"ruritania","label":"Kingdom of Ruritania","type":"country","aliases":["Ruritania"]}]})");
  RunResult r = run_issuegraph("extract --lexicon '" + (dir / "lex").string() + "' '" +
                               (dir / "news.txt").string() + "'");
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Matchers::Contains(R"("label":"Kingdom of Ruritania")"));
}

TEST_CASE("unlisted verbs are class other unless only listed actions are asked for", "[cli][extract]") {
  TempDir dir("listed-actions");
  write_file(dir / "news.txt", "Vietnam towed the damaged trawler to port on Tuesday.\n");
  RunResult all = run_issuegraph("extract --format jsonl '" + (dir / "news.txt").string() + "'");
  INFO(all.err);
  REQUIRE(all.exit_code == 0);
  CHECK_THAT(all.out, Catch::Matchers::Contains(R"("lemma":"tow","class":"other")"));
  RunResult listed = run_issuegraph("extract --listed-actions-only --format jsonl '" + (dir / "news.txt").string() + "'");
  REQUIRE(listed.exit_code == 0);
  CHECK(listed.out.find(R"("class":"other")") == std::string::npos);
}

TEST_CASE("usage errors exit with status 2", "[cli][errors]") {
  CHECK(run_issuegraph("extract").exit_code == 2);
  CHECK(run_issuegraph("extract --format xml x.txt").exit_code == 2);
  CHECK(run_issuegraph("no-such-command").exit_code == 2);
  RunResult missing = run_issuegraph("extract /nonexistent/article.txt");
  CHECK(missing.exit_code == 1);
  CHECK_THAT(missing.err, Catch::Matchers::Contains("/nonexistent/article.txt"));
}

TEST_CASE("a corrupt or misplaced model file is named and nothing is printed", "[cli][extract][errors]") {
  TempDir dir("bad-model");
  std::filesystem::copy(std::string(ISSUEGRAPH_DATA_DIR), dir / "data", std::filesystem::copy_options::recursive);
  write_file(dir / "news.txt", kGoodArticle);
  const std::string command = "--data '" + (dir / "data").string() + "' extract '" + (dir / "news.txt").string() + "'";

  write_file(dir / "data" / "models" / "parser.igm", "garbage");
  RunResult garbage = run_issuegraph(command);
  CHECK(garbage.exit_code == 1);
  CHECK_THAT(garbage.err, Catch::Matchers::Contains("parser.igm") && Catch::Matchers::Contains("magic"));
  CHECK(garbage.out.empty());

  std::filesystem::copy_file(dir / "data" / "models" / "tagger.igm", dir / "data" / "models" / "parser.igm",
                             std::filesystem::copy_options::overwrite_existing);
  RunResult wrong_kind = run_issuegraph(command);
  CHECK(wrong_kind.exit_code == 1);
  CHECK_THAT(wrong_kind.err, Catch::Matchers::Contains("parser.igm") && Catch::Matchers::Contains("'parser'"));
}

TEST_CASE("a broken confidence model is named and nothing is printed", "[cli][extract][errors]") {
  TempDir dir("bad-confidence");
  std::filesystem::copy(std::string(ISSUEGRAPH_DATA_DIR), dir / "data", std::filesystem::copy_options::recursive);
  write_file(dir / "news.txt", kGoodArticle);
  const std::string command = "--data '" + (dir / "data").string() + "' extract '" + (dir / "news.txt").string() + "'";
  const auto model = dir / "data" / "models" / "confidence.json";

  write_file(model, R"({"kind": "issuegraph-confidence", "version": 1, "bias": 0, "weights": {"actor.pronun": -1}})");
  RunResult typo = run_issuegraph(command);
  CHECK(typo.exit_code == 1);
  CHECK_THAT(typo.err, Catch::Matchers::Contains("confidence.json") && Catch::Matchers::Contains("actor.pronun"));
  CHECK(typo.out.empty());

  write_file(model, R"({"kind": "issuegraph-confidence", "version": 1, "bias": )");
  RunResult truncated = run_issuegraph(command);
  CHECK(truncated.exit_code == 1);
  CHECK_THAT(truncated.err, Catch::Matchers::Contains("confidence.json:1:"));
  CHECK(truncated.out.empty());
}
