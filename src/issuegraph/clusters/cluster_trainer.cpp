#include "issuegraph/clusters/cluster_trainer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <numeric>
#include <ostream>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/splitmix64.hpp"

namespace issuegraph {
namespace {

void normalise(float* row, std::size_t dimensions) {
  double norm = 0.0;
  for (std::size_t d = 0; d < dimensions; ++d) norm += static_cast<double>(row[d]) * row[d];
  if (norm <= 0.0) return;
  const auto scale = static_cast<float>(1.0 / std::sqrt(norm));
  for (std::size_t d = 0; d < dimensions; ++d) row[d] *= scale;
}

// Centroids are kept dimension-major (centroids[d * k + c]) so that the scores of one point
// against every centroid are one vectorisable loop per dimension.
class Centroids {
 public:
  Centroids(std::size_t k, std::size_t dimensions) : k_(k), dimensions_(dimensions), values_(k * dimensions) {}

  void set(std::size_t c, const float* row) {
    for (std::size_t d = 0; d < dimensions_; ++d) values_[d * k_ + c] = row[d];
  }

  // The centroid of highest cosine with `row` and that cosine.
  std::pair<std::size_t, float> nearest(const float* row, std::vector<float>& scores) const {
    std::fill(scores.begin(), scores.end(), 0.0F);
    for (std::size_t d = 0; d < dimensions_; ++d) {
      const float x = row[d];
      const float* column = &values_[d * k_];
      for (std::size_t c = 0; c < k_; ++c) scores[c] += x * column[c];
    }
    std::size_t best = 0;
    for (std::size_t c = 1; c < k_; ++c) {
      if (scores[c] > scores[best]) best = c;
    }
    return {best, scores[best]};
  }

 private:
  std::size_t k_;
  std::size_t dimensions_;
  std::vector<float> values_;
};

float parse_value(std::string_view text, const std::string& path, std::size_t line) {
  float value = 0.0F;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    throw InputError(path, line, 0, "'" + std::string(text.substr(0, 40)) + "' is not a number");
  }
  return value;
}

}  // namespace

WordVectors read_word_vectors(const std::string& path, std::size_t max_words) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, 0, "cannot open the word vectors");
  WordVectors out;
  std::string text;
  std::size_t line = 0;
  while (out.words.size() < max_words && std::getline(in, text)) {
    ++line;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    std::string_view rest = text;
    std::size_t space = rest.find(' ');
    if (space == 0 || space == std::string_view::npos) {
      throw InputError(path, line, 1, "expected a word followed by its vector's values");
    }
    std::string word(rest.substr(0, space));
    rest.remove_prefix(space + 1);
    std::size_t values = 0;
    while (!rest.empty()) {
      std::size_t next = rest.find(' ');
      std::string_view field = rest.substr(0, next);
      if (!field.empty()) {
        out.vectors.push_back(parse_value(field, path, line));
        ++values;
      }
      rest.remove_prefix(next == std::string_view::npos ? rest.size() : next + 1);
    }
    if (out.dimensions == 0) out.dimensions = values;
    if (values == 0 || values != out.dimensions) {
      throw InputError(path, line, 0, "the vector has " + std::to_string(values) + " values, the first line's " +
                                          std::to_string(out.dimensions));
    }
    out.words.push_back(std::move(word));
  }
  if (out.words.empty()) throw InputError(path, line, 0, "no word vectors in the file");
  return out;
}

std::vector<int> spherical_kmeans(const std::vector<float>& points, const std::vector<float>& weights,
                                  std::size_t dimensions, int k, int iterations, std::uint64_t seed) {
  const std::size_t count = points.size() / dimensions;
  const std::size_t clusters = std::min<std::size_t>(static_cast<std::size_t>(std::max(k, 1)), count);
  std::vector<int> assignment(count, 0);
  if (count == 0) return assignment;

  // Start from `clusters` distinct rows, drawn by a seeded shuffle.
  std::vector<std::size_t> order(count);
  std::iota(order.begin(), order.end(), 0);
  SplitMix64 random(seed);
  for (std::size_t i = count - 1; i > 0; --i) std::swap(order[i], order[random.below(i + 1)]);
  Centroids centroids(clusters, dimensions);
  for (std::size_t c = 0; c < clusters; ++c) centroids.set(c, &points[order[c] * dimensions]);

  std::vector<float> scores(clusters);
  std::vector<float> similarity(count);
  std::vector<double> sums(clusters * dimensions);
  std::vector<double> mass(clusters);
  std::vector<float> row(dimensions);
  for (int iteration = 0; iteration < iterations; ++iteration) {
    bool changed = iteration == 0;
    for (std::size_t i = 0; i < count; ++i) {
      auto [best, score] = centroids.nearest(&points[i * dimensions], scores);
      changed = changed || assignment[i] != static_cast<int>(best);
      assignment[i] = static_cast<int>(best);
      similarity[i] = score;
    }
    if (!changed) break;
    std::fill(sums.begin(), sums.end(), 0.0);
    std::fill(mass.begin(), mass.end(), 0.0);
    for (std::size_t i = 0; i < count; ++i) {
      const auto c = static_cast<std::size_t>(assignment[i]);
      for (std::size_t d = 0; d < dimensions; ++d) sums[c * dimensions + d] += weights[i] * points[i * dimensions + d];
      mass[c] += weights[i];
    }
    // An empty cluster restarts at the row its centroid describes worst.
    std::vector<std::size_t> by_fit(count);
    std::iota(by_fit.begin(), by_fit.end(), 0);
    std::stable_sort(by_fit.begin(), by_fit.end(), [&](std::size_t a, std::size_t b) { return similarity[a] < similarity[b]; });
    std::size_t next_worst = 0;
    for (std::size_t c = 0; c < clusters; ++c) {
      if (mass[c] > 0.0) {
        for (std::size_t d = 0; d < dimensions; ++d) row[d] = static_cast<float>(sums[c * dimensions + d]);
        normalise(row.data(), dimensions);
        centroids.set(c, row.data());
      } else {
        centroids.set(c, &points[by_fit[next_worst++ % count] * dimensions]);
      }
    }
  }
  return assignment;
}

WordClusters train_word_clusters(const WordVectors& vectors, const ClusterTrainingOptions& options,
                                 std::ostream* progress) {
  const std::size_t dimensions = vectors.dimensions;
  std::vector<float> points = vectors.vectors;
  const std::size_t count = vectors.words.size();
  // Centred first: the mean direction mostly encodes word frequency, and left in it pulls the
  // most frequent words of every kind into one cluster.
  std::vector<double> mean(dimensions, 0.0);
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t d = 0; d < dimensions; ++d) mean[d] += points[i * dimensions + d];
  }
  for (std::size_t i = 0; i < count; ++i) {
    for (std::size_t d = 0; d < dimensions; ++d) {
      points[i * dimensions + d] -= static_cast<float>(mean[d] / static_cast<double>(count));
    }
    normalise(&points[i * dimensions], dimensions);
  }
  const std::vector<float> unit_weights(count, 1.0F);
  std::vector<int> fine = spherical_kmeans(points, unit_weights, dimensions, options.fine_clusters,
                                           options.iterations, options.seed);
  const auto fine_count = static_cast<std::size_t>(*std::max_element(fine.begin(), fine.end()) + 1);

  // Coarse clusters group the fine clusters' centroids, each weighted by its size.
  std::vector<float> centroid_rows(fine_count * dimensions, 0.0F);
  std::vector<float> sizes(fine_count, 0.0F);
  for (std::size_t i = 0; i < count; ++i) {
    const auto c = static_cast<std::size_t>(fine[i]);
    for (std::size_t d = 0; d < dimensions; ++d) centroid_rows[c * dimensions + d] += points[i * dimensions + d];
    sizes[c] += 1.0F;
  }
  for (std::size_t c = 0; c < fine_count; ++c) normalise(&centroid_rows[c * dimensions], dimensions);
  std::vector<int> coarse = spherical_kmeans(centroid_rows, sizes, dimensions, options.coarse_clusters,
                                             options.iterations, options.seed + 1);

  std::vector<std::pair<std::string, std::uint16_t>> words;
  words.reserve(count);
  for (std::size_t i = 0; i < count; ++i) words.emplace_back(vectors.words[i], static_cast<std::uint16_t>(fine[i]));
  std::vector<std::uint16_t> coarse_of_fine(coarse.begin(), coarse.end());
  WordClusters clusters(words, std::move(coarse_of_fine));
  if (progress != nullptr) {
    *progress << "clusters: " << clusters.word_count() << " words in " << clusters.fine_count() << " fine and "
              << clusters.coarse_count() << " coarse clusters\n";
  }
  return clusters;
}

}  // namespace issuegraph
