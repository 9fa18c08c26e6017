// Smoke training from the command line: word clusters from a tiny vector file, then a tagger,
// lemmatiser and parser that use them, on the tiny treebank; the trained directory must parse.
#include <catch2/catch.hpp>

#include <string>

#include "cli/cli_runner.hpp"

using issuegraph::test::run_issuegraph;
using issuegraph::test::TempDir;

namespace {

const std::string kTreebank = std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/conllu/parser-tiny.conllu";
const std::string kVectors = std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/clusters/tiny-vectors.txt";

}  // namespace

TEST_CASE("train makes clusters, then models that use them, and the directory parses", "[cli][train]") {
  TempDir dir("train");
  const std::string out = dir.path().string();
  auto clusters = run_issuegraph("train --components clusters --embeddings '" + kVectors +
                                 "' --fine-clusters 5 --coarse-clusters 2 -o '" + out + "'");
  INFO(clusters.err);
  REQUIRE(clusters.exit_code == 0);
  REQUIRE(std::filesystem::exists(dir / "clusters.igm"));

  auto models = run_issuegraph("train --train '" + kTreebank + "' -o '" + out +
                               "' --iterations 3 --jackknife 0 --tagger-one-pass");
  INFO(models.err);
  REQUIRE(models.exit_code == 0);
  CHECK(models.err.find("word clusters read from") != std::string::npos);

  auto parsed = run_issuegraph("parse --models '" + out + "' --format conllu -", "The minister warned Beijing.\n");
  INFO(parsed.err);
  CHECK(parsed.exit_code == 0);
  CHECK(parsed.out.find("\tminister\t") != std::string::npos);

  // The models need the clusters they were trained with.
  std::filesystem::remove(dir / "clusters.igm");
  auto without = run_issuegraph("parse --models '" + out + "' --format conllu -", "The minister warned Beijing.\n");
  CHECK(without.exit_code == 1);
  CHECK(without.err.find("clusters") != std::string::npos);
}

TEST_CASE("train refuses clusters without vectors and bad vector files", "[cli][train]") {
  TempDir dir("train-bad");
  const std::string out = dir.path().string();
  auto missing = run_issuegraph("train --components clusters -o '" + out + "'");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("--embeddings") != std::string::npos);

  issuegraph::test::write_file(dir / "bad.txt", "said 0.1 0.2\ntold 0.1 x\n");
  auto bad = run_issuegraph("train --components clusters --embeddings '" + (dir / "bad.txt").string() + "' -o '" +
                            out + "'");
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("bad.txt") != std::string::npos);
  CHECK(bad.err.find(":2") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "clusters.igm"));

  auto no_train = run_issuegraph("train --components parser -o '" + out + "'");
  CHECK(no_train.exit_code == 2);
  // Vectors given for another component would be ignored silently: refused instead.
  auto stray = run_issuegraph("train --components tagger --embeddings '" + kVectors + "' --train '" + kTreebank +
                              "' -o '" + out + "'");
  CHECK(stray.exit_code == 2);
  CHECK(stray.err.find("--embeddings") != std::string::npos);
}
