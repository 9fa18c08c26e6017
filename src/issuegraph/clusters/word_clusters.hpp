// Word clusters: groups of words that occur in similar contexts, learned from unlabelled text
// (k-means over word vectors; see cluster_trainer.hpp). The tagger and the parser use a word's
// cluster as a feature beside the word itself, so that what they learned of "Nairobi" or
// "denounced" in the treebank carries over to "Bamako" or "condemned", which it never showed.
//
// Each known word has a fine cluster, and each fine cluster belongs to one coarse cluster.
// Words are looked up by their ASCII-lower-cased form through a 32-bit fingerprint; a word that
// is not in the table (or an empty table) gives kUnknownCluster for both.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "issuegraph/model/model_file.hpp"

namespace issuegraph {

inline constexpr const char* kClustersModelKind = "clusters";
inline constexpr std::uint32_t kClustersComponentVersion = 1;
inline constexpr std::uint16_t kUnknownCluster = 0xFFFF;

struct ClusterIds {
  std::uint16_t fine = kUnknownCluster;
  std::uint16_t coarse = kUnknownCluster;
};

class WordClusters {
 public:
  WordClusters() = default;  // no words: every lookup is unknown
  // `words` pairs a lower-cased word with its fine cluster, the most important words first (a
  // later word whose fingerprint equals an earlier one's is dropped); `coarse_of_fine[f]` is
  // the coarse cluster of fine cluster f. Requires: every fine id < coarse_of_fine.size() <
  // kUnknownCluster and every coarse id < kUnknownCluster.
  WordClusters(const std::vector<std::pair<std::string, std::uint16_t>>& words,
               std::vector<std::uint16_t> coarse_of_fine);

  // Throws ModelError for a missing, corrupt, truncated or mismatched file.
  static WordClusters load(const std::string& path);
  static WordClusters from_model(const ModelFile& model);
  ModelFile to_model() const;

  // The clusters of a form as written (it is lower-cased here).
  ClusterIds lookup(std::string_view form) const;

  std::size_t word_count() const { return keys_.size(); }
  std::size_t fine_count() const { return coarse_of_fine_.size(); }
  std::size_t coarse_count() const;
  bool empty() const { return keys_.empty(); }
  // Identifies the table's contents. A tagger or parser trained with clusters records it and
  // refuses to run with another table, whose cluster numbers would mean other words.
  std::uint64_t checksum() const;
  // The checksum as 16 hex digits, as models record it (metadata "word_clusters").
  std::string checksum_hex() const;

 private:
  void build_index();
  // Sorted fingerprints and their fine clusters, as stored in the file.
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint16_t> fine_;
  std::vector<std::uint16_t> coarse_of_fine_;
  // Open addressing over keys_ (slot = index + 1, 0 = empty), a power of two at most half full.
  std::vector<std::uint32_t> slots_;
};

// Checks that a model whose metadata is `metadata` may run with `clusters`: a model trained
// with clusters (metadata "word_clusters") needs that very table. Returns the table to use
// (null for a model trained without clusters); throws ModelError naming `source` otherwise.
std::shared_ptr<const WordClusters> clusters_for_model(const std::map<std::string, std::string>& metadata,
                                                       std::shared_ptr<const WordClusters> clusters,
                                                       const std::string& source);

// The 32-bit fingerprint a word is stored and looked up by (never 0).
std::uint32_t cluster_fingerprint(std::string_view form);

}  // namespace issuegraph
