#include "issuegraph/clusters/word_clusters.hpp"

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/stable_hash.hpp"
#include "issuegraph/model/binary_io.hpp"

namespace issuegraph {
namespace {

constexpr std::uint64_t kClustersFeatureHash = stable_hash("word clusters v1: 32-bit fingerprint of ASCII-lower form");

std::size_t slot_of(std::uint32_t key, std::size_t mask) {
  return static_cast<std::size_t>((static_cast<std::uint64_t>(key) * 0x9E3779B97F4A7C15ULL) >> 20) & mask;
}

}  // namespace

std::uint32_t cluster_fingerprint(std::string_view form) {
  std::uint64_t h = kFnvOffset;
  for (char c : form) {
    char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    h = (h ^ static_cast<unsigned char>(lower)) * kFnvPrime;
  }
  auto key = static_cast<std::uint32_t>(h ^ (h >> 32));
  return key == 0 ? 1 : key;
}

WordClusters::WordClusters(const std::vector<std::pair<std::string, std::uint16_t>>& words,
                           std::vector<std::uint16_t> coarse_of_fine)
    : coarse_of_fine_(std::move(coarse_of_fine)) {
  std::vector<std::pair<std::uint32_t, std::uint16_t>> entries;
  entries.reserve(words.size());
  for (const auto& [word, fine] : words) entries.emplace_back(cluster_fingerprint(word), fine);
  // Stable: of two words with one fingerprint, the first (more important) one stays.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0 && entries[i].first == entries[i - 1].first) continue;
    keys_.push_back(entries[i].first);
    fine_.push_back(entries[i].second);
  }
  build_index();
}

void WordClusters::build_index() {
  std::size_t size = 16;
  while (size < 2 * keys_.size()) size *= 2;
  slots_.assign(size, 0);
  const std::size_t mask = size - 1;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    std::size_t slot = slot_of(keys_[i], mask);
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = static_cast<std::uint32_t>(i + 1);
  }
}

ClusterIds WordClusters::lookup(std::string_view form) const {
  if (keys_.empty()) return {};
  const std::uint32_t key = cluster_fingerprint(form);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = slot_of(key, mask);; slot = (slot + 1) & mask) {
    std::uint32_t entry = slots_[slot];
    if (entry == 0) return {};
    if (keys_[entry - 1] == key) {
      std::uint16_t fine = fine_[entry - 1];
      return {fine, coarse_of_fine_[fine]};
    }
  }
}

std::size_t WordClusters::coarse_count() const {
  if (coarse_of_fine_.empty()) return 0;
  return static_cast<std::size_t>(*std::max_element(coarse_of_fine_.begin(), coarse_of_fine_.end())) + 1;
}

std::uint64_t WordClusters::checksum() const {
  std::uint64_t h = stable_hash("word clusters");
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    h = stable_hash_combine(h, (static_cast<std::uint64_t>(keys_[i]) << 16) | fine_[i]);
  }
  for (std::uint16_t c : coarse_of_fine_) h = stable_hash_combine(h, c);
  return h;
}

std::string WordClusters::checksum_hex() const {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(checksum()));
  return hex;
}

std::shared_ptr<const WordClusters> clusters_for_model(const std::map<std::string, std::string>& metadata,
                                                       std::shared_ptr<const WordClusters> clusters,
                                                       const std::string& source) {
  auto wanted = metadata.find("word_clusters");
  if (wanted == metadata.end()) return nullptr;
  if (clusters == nullptr) {
    throw ModelError(source, "trained with word clusters " + wanted->second +
                                 ", but none were loaded (is clusters.igm beside it?)");
  }
  if (clusters->checksum_hex() != wanted->second) {
    throw ModelError(source, "trained with word clusters " + wanted->second + ", not with " +
                                 clusters->checksum_hex() + " (retrain it with this clusters.igm)");
  }
  return clusters;
}

ModelFile WordClusters::to_model() const {
  ModelFile model(kClustersModelKind, kClustersComponentVersion, kClustersFeatureHash);
  model.set_metadata("words", std::to_string(keys_.size()));
  model.set_metadata("fine_clusters", std::to_string(fine_count()));
  model.set_metadata("coarse_clusters", std::to_string(coarse_count()));
  ByteWriter coarse;
  coarse.u32(static_cast<std::uint32_t>(coarse_of_fine_.size()));
  for (std::uint16_t c : coarse_of_fine_) coarse.u32(c);
  model.add_section("coarse", coarse.take());
  ByteWriter words;
  words.u32(static_cast<std::uint32_t>(keys_.size()));
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    words.u32(keys_[i]);
    words.u8(static_cast<std::uint8_t>(fine_[i] & 0xFF));
    words.u8(static_cast<std::uint8_t>(fine_[i] >> 8));
  }
  model.add_section("words", words.take());
  return model;
}

WordClusters WordClusters::from_model(const ModelFile& model) {
  WordClusters clusters;
  ByteReader coarse(model.section("coarse"), model.source() + " section 'coarse'");
  const std::uint32_t fine_count = coarse.u32();
  if (fine_count >= kUnknownCluster) throw ModelError(model.source(), "too many fine clusters");
  for (std::uint32_t f = 0; f < fine_count; ++f) {
    std::uint32_t c = coarse.u32();
    if (c >= kUnknownCluster) throw ModelError(model.source(), "coarse cluster id out of range");
    clusters.coarse_of_fine_.push_back(static_cast<std::uint16_t>(c));
  }
  coarse.expect_end();
  ByteReader words(model.section("words"), model.source() + " section 'words'");
  const std::uint32_t count = words.u32();
  if (words.remaining() != static_cast<std::size_t>(count) * 6) {
    throw ModelError(model.source(), "section 'words': " + std::to_string(count) + " words announced, " +
                                         std::to_string(words.remaining()) + " bytes follow");
  }
  clusters.keys_.reserve(count);
  clusters.fine_.reserve(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    std::uint32_t key = words.u32();
    auto fine = static_cast<std::uint16_t>(words.u8() | (words.u8() << 8));
    if (key == 0 || (i > 0 && key <= clusters.keys_.back()) || fine >= fine_count) {
      throw ModelError(model.source(), "section 'words': entry " + std::to_string(i + 1) +
                                           " is out of order or names a cluster that does not exist");
    }
    clusters.keys_.push_back(key);
    clusters.fine_.push_back(fine);
  }
  clusters.build_index();
  return clusters;
}

WordClusters WordClusters::load(const std::string& path) {
  return from_model(ModelFile::load(path, kClustersModelKind, kClustersComponentVersion, kClustersFeatureHash));
}

}  // namespace issuegraph
