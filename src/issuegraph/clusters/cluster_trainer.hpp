// Trains word clusters from word vectors: spherical k-means (cosine similarity) over the
// vectors of the most frequent words gives the fine clusters, and k-means over the fine
// clusters' centroids, weighted by their sizes, groups them into coarse ones. The vectors come
// in GloVe's text format, one word per line, most frequent first; scripts/fetch-embeddings.sh
// writes the GloVe vectors the shipped clusters were made from.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "issuegraph/clusters/word_clusters.hpp"

namespace issuegraph {

struct ClusterTrainingOptions {
  std::size_t max_words = 100000;  // the first (most frequent) words of the file
  int fine_clusters = 1000;
  int coarse_clusters = 50;
  int iterations = 20;
  std::uint64_t seed = 1;
};

// Word vectors, row-major: vectors[i * dimensions + d].
struct WordVectors {
  std::vector<std::string> words;
  std::vector<float> vectors;
  std::size_t dimensions = 0;
};

// Reads up to `max_words` lines "word v1 ... vd". Throws InputError naming the file and line
// for a line without a word, a value that is not a number, or a dimension count that differs
// from the first line's; a file with no vectors is an error too.
WordVectors read_word_vectors(const std::string& path, std::size_t max_words);

// Spherical k-means over `count` unit-length rows of `points` (each `dimensions` long) with
// per-row weights: each row goes to the centroid of highest cosine. Returns each row's cluster.
// Deterministic for a seed; k is lowered to `count` when there are fewer rows than clusters.
std::vector<int> spherical_kmeans(const std::vector<float>& points, const std::vector<float>& weights,
                                  std::size_t dimensions, int k, int iterations, std::uint64_t seed);

WordClusters train_word_clusters(const WordVectors& vectors, const ClusterTrainingOptions& options,
                                 std::ostream* progress);

}  // namespace issuegraph
