#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "issuegraph/base/error.hpp"
#include "issuegraph/clusters/cluster_trainer.hpp"
#include "issuegraph/clusters/word_clusters.hpp"

using issuegraph::ClusterIds;
using issuegraph::InputError;
using issuegraph::kUnknownCluster;
using issuegraph::ModelError;
using issuegraph::ModelFile;
using issuegraph::WordClusters;

namespace {

WordClusters capitals_and_verbs() {
  return WordClusters({{"nairobi", 0}, {"bamako", 0}, {"condemned", 1}, {"denounced", 1}, {"tuesday", 2}},
                      {0, 1, 1});
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("issuegraph_clusters_" + name)).string();
}

std::string write_file(const std::string& name, const std::string& text) {
  std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("word clusters are looked up by the lower-cased form", "[clusters]") {
  WordClusters clusters = capitals_and_verbs();
  CHECK(clusters.word_count() == 5);
  CHECK(clusters.fine_count() == 3);
  CHECK(clusters.coarse_count() == 2);
  CHECK(clusters.lookup("Bamako").fine == clusters.lookup("nairobi").fine);
  CHECK(clusters.lookup("DENOUNCED").fine == 1);
  CHECK(clusters.lookup("denounced").coarse == 1);
  CHECK(clusters.lookup("tuesday").coarse == 1);
  CHECK(clusters.lookup("Nairobi").coarse == 0);
  ClusterIds unknown = clusters.lookup("Ouagadougou");
  CHECK(unknown.fine == kUnknownCluster);
  CHECK(unknown.coarse == kUnknownCluster);
  CHECK(WordClusters().lookup("nairobi").fine == kUnknownCluster);
}

TEST_CASE("word clusters survive a save and load unchanged", "[clusters]") {
  WordClusters clusters = capitals_and_verbs();
  std::string path = temp_path("roundtrip.igm");
  clusters.to_model().save(path);
  WordClusters loaded = WordClusters::load(path);
  CHECK(loaded.checksum() == clusters.checksum());
  CHECK(loaded.to_model().serialize() == clusters.to_model().serialize());
  for (const char* word : {"nairobi", "Condemned", "tuesday", "absent"}) {
    CHECK(loaded.lookup(word).fine == clusters.lookup(word).fine);
    CHECK(loaded.lookup(word).coarse == clusters.lookup(word).coarse);
  }
  std::remove(path.c_str());
  // A different table has a different checksum.
  CHECK(WordClusters({{"nairobi", 1}, {"bamako", 0}}, {0, 0}).checksum() !=
        WordClusters({{"nairobi", 0}, {"bamako", 0}}, {0, 0}).checksum());
}

TEST_CASE("a damaged clusters file is a ModelError", "[clusters]") {
  ModelFile model = capitals_and_verbs().to_model();
  SECTION("words section cut short") {
    std::string words = model.section("words");
    model.add_section("words", words.substr(0, words.size() - 3));
    CHECK_THROWS_AS(WordClusters::from_model(model), ModelError);
  }
  SECTION("a word names a fine cluster that does not exist") {
    std::string words = model.section("words");
    words[4 + 4] = static_cast<char>(9);  // first entry's fine id, low byte
    model.add_section("words", words);
    CHECK_THROWS_AS(WordClusters::from_model(model), ModelError);
  }
  SECTION("missing section") {
    ModelFile empty(issuegraph::kClustersModelKind, issuegraph::kClustersComponentVersion, 0);
    CHECK_THROWS_AS(WordClusters::from_model(empty), ModelError);
  }
}

TEST_CASE("a model trained with clusters needs the same table", "[clusters]") {
  auto clusters = std::make_shared<const WordClusters>(capitals_and_verbs());
  std::map<std::string, std::string> trained_with{{"word_clusters", clusters->checksum_hex()}};
  CHECK(issuegraph::clusters_for_model(trained_with, clusters, "parser.igm") == clusters);
  CHECK(issuegraph::clusters_for_model({}, clusters, "parser.igm") == nullptr);
  CHECK_THROWS_WITH(issuegraph::clusters_for_model(trained_with, nullptr, "parser.igm"),
                    Catch::Matchers::Contains("parser.igm") && Catch::Matchers::Contains("clusters.igm"));
  auto other = std::make_shared<const WordClusters>(WordClusters({{"nairobi", 0}}, {0}));
  CHECK_THROWS_AS(issuegraph::clusters_for_model(trained_with, other, "parser.igm"), ModelError);
}

TEST_CASE("spherical k-means separates directions and is deterministic", "[clusters]") {
  // Two bundles of directions in 3-d: around the x axis and around the y axis.
  std::vector<float> points = {1.0F, 0.1F, 0.0F,  0.9F, -0.1F, 0.1F, 1.0F, 0.0F, -0.1F,
                               0.1F, 1.0F, 0.0F,  -0.1F, 0.9F, 0.1F, 0.0F, 1.0F, 0.1F};
  for (std::size_t i = 0; i < points.size(); i += 3) {
    float norm = std::sqrt(points[i] * points[i] + points[i + 1] * points[i + 1] + points[i + 2] * points[i + 2]);
    for (std::size_t d = 0; d < 3; ++d) points[i + d] /= norm;
  }
  std::vector<float> weights(6, 1.0F);
  std::vector<int> a = issuegraph::spherical_kmeans(points, weights, 3, 2, 10, 7);
  REQUIRE(a.size() == 6);
  CHECK(a[0] == a[1]);
  CHECK(a[1] == a[2]);
  CHECK(a[3] == a[4]);
  CHECK(a[4] == a[5]);
  CHECK(a[0] != a[3]);
  CHECK(issuegraph::spherical_kmeans(points, weights, 3, 2, 10, 7) == a);
  // More clusters than points: every point alone.
  std::vector<int> each = issuegraph::spherical_kmeans(points, weights, 3, 50, 5, 1);
  CHECK(std::set<int>(each.begin(), each.end()).size() == 6);
}

TEST_CASE("clusters trained from word vectors group similar words", "[clusters]") {
  std::string path = write_file("vectors.txt",
                                "said 0.9 0.1 0.0 0.1\n"
                                "told 0.8 0.2 0.1 0.0\n"
                                "nairobi 0.0 0.1 0.9 0.8\n"
                                "bamako 0.1 0.0 0.8 0.9\n"
                                "tuesday -0.9 0.8 0.0 0.1\n"
                                "friday -0.8 0.9 0.1 0.0\n"
                                "ignored 0.5 0.5 0.5 0.5\n");
  issuegraph::WordVectors vectors = issuegraph::read_word_vectors(path, 6);
  CHECK(vectors.words.size() == 6);
  CHECK(vectors.dimensions == 4);
  issuegraph::ClusterTrainingOptions options;
  options.fine_clusters = 3;
  options.coarse_clusters = 2;
  WordClusters clusters = issuegraph::train_word_clusters(vectors, options, nullptr);
  CHECK(clusters.word_count() == 6);
  CHECK(clusters.lookup("Said").fine == clusters.lookup("told").fine);
  CHECK(clusters.lookup("Nairobi").fine == clusters.lookup("Bamako").fine);
  CHECK(clusters.lookup("tuesday").fine == clusters.lookup("friday").fine);
  CHECK(clusters.lookup("said").fine != clusters.lookup("bamako").fine);
  CHECK(clusters.lookup("ignored").fine == kUnknownCluster);
  std::remove(path.c_str());
}

TEST_CASE("malformed word vectors name the file and line", "[clusters]") {
  SECTION("a value that is not a number") {
    std::string path = write_file("bad_value.txt", "said 0.1 0.2\ntold 0.1 zero\n");
    try {
      issuegraph::read_word_vectors(path, 10);
      FAIL("no error");
    } catch (const InputError& e) {
      CHECK(e.line() == 2);
      CHECK(e.file() == path);
    }
  }
  SECTION("a vector of another length") {
    std::string path = write_file("bad_length.txt", "said 0.1 0.2\ntold 0.1 0.2 0.3\n");
    CHECK_THROWS_AS(issuegraph::read_word_vectors(path, 10), InputError);
  }
  SECTION("a line with a word only") {
    std::string path = write_file("word_only.txt", "said\n");
    CHECK_THROWS_AS(issuegraph::read_word_vectors(path, 10), InputError);
  }
  SECTION("an empty file") {
    std::string path = write_file("empty.txt", "");
    CHECK_THROWS_AS(issuegraph::read_word_vectors(path, 10), InputError);
  }
  SECTION("a missing file") {
    CHECK_THROWS_AS(issuegraph::read_word_vectors(temp_path("absent.txt"), 10), InputError);
  }
}
