#include "issuegraph/tagger/tagger.hpp"

#include <algorithm>
#include <set>

#include "issuegraph/base/error.hpp"
#include "issuegraph/model/binary_io.hpp"
#include "issuegraph/tagger/tagger_features.hpp"

namespace issuegraph {
namespace {

using tagger_detail::kFeatureCount;

constexpr std::string_view kKind = "tagger";

// Slot of a key in a power-of-two table: multiplicative mixing so that FNV's weak low bits do
// not cluster the probes.
std::size_t home_slot(std::uint64_t key, std::size_t mask) {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 17) & mask;
}

std::size_t table_size(std::size_t count) {
  std::size_t size = 16;
  while (size < 2 * count) size *= 2;
  return size;
}

std::string join(const std::set<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += ' ';
    out += item;
  }
  return out;
}

}  // namespace

Tagger Tagger::from_parts(std::vector<std::string> labels, std::vector<TaggerFeatureRow> rows,
                          std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary) {
  Tagger tagger;
  tagger.labels_ = std::move(labels);
  for (const auto& label : tagger.labels_) {
    auto bar = label.find('|');
    tagger.upos_.push_back(label.substr(0, bar));
    tagger.xpos_.push_back(bar == std::string::npos ? std::string("_") : label.substr(bar + 1));
  }
  tagger.build_index(std::move(rows), std::move(dictionary));
  return tagger;
}

void Tagger::build_index(std::vector<TaggerFeatureRow> rows,
                         std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary) {
  std::sort(rows.begin(), rows.end(),
            [](const TaggerFeatureRow& a, const TaggerFeatureRow& b) { return a.key < b.key; });
  std::sort(dictionary.begin(), dictionary.end());

  const std::size_t size = table_size(rows.size());
  keys_.assign(size, 0);
  std::vector<const TaggerFeatureRow*> slot_row(size, nullptr);
  for (const auto& row : rows) {
    std::size_t slot = home_slot(row.key, size - 1);
    while (keys_[slot] != 0) slot = (slot + 1) & (size - 1);
    keys_[slot] = row.key;
    slot_row[slot] = &row;
  }
  row_begin_.assign(size + 1, 0);
  entries_.clear();
  for (std::size_t slot = 0; slot < size; ++slot) {
    row_begin_[slot] = static_cast<std::uint32_t>(entries_.size());
    if (slot_row[slot] != nullptr) {
      entries_.insert(entries_.end(), slot_row[slot]->weights.begin(),
                      slot_row[slot]->weights.end());
    }
  }
  row_begin_[size] = static_cast<std::uint32_t>(entries_.size());
  empty_slots_ = size - rows.size();

  const std::size_t dict_size = table_size(dictionary.size());
  dict_keys_.assign(dict_size, 0);
  dict_labels_.assign(dict_size, 0);
  for (const auto& [key, label] : dictionary) {
    std::size_t slot = home_slot(key, dict_size - 1);
    while (dict_keys_[slot] != 0) slot = (slot + 1) & (dict_size - 1);
    dict_keys_[slot] = key;
    dict_labels_[slot] = label;
  }
  dict_count_ = dictionary.size();
}

std::int64_t Tagger::find_row(std::uint64_t key) const {
  const std::size_t mask = keys_.size() - 1;
  for (std::size_t slot = home_slot(key, mask);; slot = (slot + 1) & mask) {
    if (keys_[slot] == key) return static_cast<std::int64_t>(slot);
    if (keys_[slot] == 0) return -1;
  }
}

int Tagger::find_dictionary(std::uint64_t key) const {
  if (key == 0) return -1;
  const std::size_t mask = dict_keys_.size() - 1;
  for (std::size_t slot = home_slot(key, mask);; slot = (slot + 1) & mask) {
    if (dict_keys_[slot] == key) return dict_labels_[slot];
    if (dict_keys_[slot] == 0) return -1;
  }
}

std::string Tagger::metadata(const std::string& key) const {
  auto it = metadata_.find(key);
  return it == metadata_.end() ? std::string() : it->second;
}

void Tagger::tag(Sentence& sentence) const {
  if (labels_.empty()) throw UsageError("tagger: no model loaded");
  // Per-thread scratch space, reused across sentences: no allocation per token.
  thread_local std::vector<tagger_detail::TokenHashes> hashes;
  thread_local std::vector<float> scores;
  std::array<std::uint64_t, kFeatureCount> features;
  tagger_detail::hash_tokens(sentence, hashes);
  scores.resize(labels_.size());
  int prev1 = -1;
  int prev2 = -1;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    int label = find_dictionary(hashes[i + tagger_detail::kPadding].exact);
    if (label < 0) {
      tagger_detail::extract_features(hashes, i, prev1, prev2, features);
      std::fill(scores.begin(), scores.end(), 0.0F);
      for (std::uint64_t key : features) {
        std::int64_t slot = find_row(key);
        if (slot < 0) continue;
        const auto s = static_cast<std::size_t>(slot);
        for (std::uint32_t e = row_begin_[s]; e < row_begin_[s + 1]; ++e) {
          scores[entries_[e].label] += entries_[e].weight;
        }
      }
      // Ties go to the lowest label index, so the result never depends on anything else.
      label = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    Token& token = sentence.tokens[i];
    token.upos = upos_[static_cast<std::size_t>(label)];
    token.xpos = xpos_[static_cast<std::size_t>(label)];
    prev2 = prev1;
    prev1 = label;
  }
}

// ---------------------------------------------------------------------------------------------
// Model file: sections "labels", "weights", "dictionary", "selftest".

ModelFile Tagger::to_model() const {
  ModelFile model(std::string(kKind), kTaggerComponentVersion, tagger_detail::kTaggerFeatureHash);
  for (const auto& [key, value] : metadata_) model.set_metadata(key, value);
  std::set<std::string> upos(upos_.begin(), upos_.end());
  std::set<std::string> xpos(xpos_.begin(), xpos_.end());
  model.set_metadata("upos_tags", join(upos));
  model.set_metadata("xpos_tags", join(xpos));

  ByteWriter labels;
  labels.u32(static_cast<std::uint32_t>(labels_.size()));
  for (const auto& label : labels_) labels.str(label);
  model.add_section("labels", labels.take());

  // Rows in key order, so the bytes never depend on the table layout.
  std::vector<std::size_t> slots;
  for (std::size_t slot = 0; slot < keys_.size(); ++slot) {
    if (keys_[slot] != 0) slots.push_back(slot);
  }
  std::sort(slots.begin(), slots.end(),
            [this](std::size_t a, std::size_t b) { return keys_[a] < keys_[b]; });
  ByteWriter weights;
  weights.u32(static_cast<std::uint32_t>(slots.size()));
  for (std::size_t slot : slots) {
    weights.u64(keys_[slot]);
    const std::uint32_t count = row_begin_[slot + 1] - row_begin_[slot];
    weights.u8(static_cast<std::uint8_t>(count));
    for (std::uint32_t e = row_begin_[slot]; e < row_begin_[slot + 1]; ++e) {
      weights.u8(static_cast<std::uint8_t>(entries_[e].label));
      weights.f32(entries_[e].weight);
    }
  }
  model.add_section("weights", weights.take());

  std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary;
  for (std::size_t slot = 0; slot < dict_keys_.size(); ++slot) {
    if (dict_keys_[slot] != 0) dictionary.emplace_back(dict_keys_[slot], dict_labels_[slot]);
  }
  std::sort(dictionary.begin(), dictionary.end());
  ByteWriter dict;
  dict.u32(static_cast<std::uint32_t>(dictionary.size()));
  for (const auto& [key, label] : dictionary) {
    dict.u64(key);
    dict.u8(static_cast<std::uint8_t>(label));
  }
  model.add_section("dictionary", dict.take());

  ByteWriter selftest;
  selftest.u32(static_cast<std::uint32_t>(self_test_.size()));
  for (const auto& sentence : self_test_) {
    selftest.u32(static_cast<std::uint32_t>(sentence.tokens.size()));
    for (const auto& token : sentence.tokens) {
      selftest.str(token.form);
      selftest.str(token.upos);
      selftest.str(token.xpos);
    }
  }
  model.add_section("selftest", selftest.take());
  return model;
}

Tagger Tagger::load(const std::string& path) {
  return from_model(ModelFile::load(path, kKind, kTaggerComponentVersion,
                                    tagger_detail::kTaggerFeatureHash));
}

Tagger Tagger::from_model(const ModelFile& model) {
  const std::string& source = model.source().empty() ? std::string("tagger model") : model.source();
  if (model.kind() != kKind) {
    throw ModelError(source, "is a '" + model.kind() + "' model, expected 'tagger'");
  }
  if (model.component_version() != kTaggerComponentVersion ||
      model.feature_hash() != tagger_detail::kTaggerFeatureHash) {
    throw ModelError(source, "tagger model was written by another version of the tagger; retrain it");
  }
  auto section_source = [&](const char* name) { return source + " section '" + name + "'"; };

  ByteReader labels_in(model.section("labels"), section_source("labels"));
  std::uint32_t label_count = labels_in.u32();
  if (label_count == 0 || label_count > 255) {
    throw ModelError(section_source("labels"),
                     "expected 1 to 255 labels, found " + std::to_string(label_count));
  }
  std::vector<std::string> labels;
  for (std::uint32_t i = 0; i < label_count; ++i) labels.push_back(labels_in.str());
  labels_in.expect_end();

  ByteReader weights_in(model.section("weights"), section_source("weights"));
  std::uint32_t row_count = weights_in.u32();
  // Each row takes at least 9 bytes: a bound that stops absurd counts before allocating.
  if (row_count > weights_in.remaining() / 9) {
    throw ModelError(section_source("weights"), "row count " + std::to_string(row_count) +
                                                    " exceeds the section's size");
  }
  std::vector<TaggerFeatureRow> rows(row_count);
  std::uint64_t previous_key = 0;
  for (auto& row : rows) {
    row.key = weights_in.u64();
    if (row.key <= previous_key) {
      throw ModelError(section_source("weights"), "feature keys not strictly increasing");
    }
    previous_key = row.key;
    std::uint8_t count = weights_in.u8();
    row.weights.resize(count);
    for (auto& w : row.weights) {
      w.label = weights_in.u8();
      w.weight = weights_in.f32();
      if (w.label >= label_count) {
        throw ModelError(section_source("weights"),
                         "label index " + std::to_string(w.label) + " out of range");
      }
    }
  }
  weights_in.expect_end();

  ByteReader dict_in(model.section("dictionary"), section_source("dictionary"));
  std::uint32_t dict_count = dict_in.u32();
  if (dict_count > dict_in.remaining() / 9) {
    throw ModelError(section_source("dictionary"), "entry count exceeds the section's size");
  }
  std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary(dict_count);
  previous_key = 0;
  for (auto& [key, label] : dictionary) {
    key = dict_in.u64();
    label = dict_in.u8();
    if (key <= previous_key) {
      throw ModelError(section_source("dictionary"), "keys not strictly increasing");
    }
    if (label >= label_count) {
      throw ModelError(section_source("dictionary"), "label index out of range");
    }
    previous_key = key;
  }
  dict_in.expect_end();

  std::vector<Sentence> self_test;
  if (model.has_section("selftest")) {
    ByteReader in(model.section("selftest"), section_source("selftest"));
    std::uint32_t sentences = in.u32();
    for (std::uint32_t s = 0; s < sentences; ++s) {
      Sentence sentence;
      std::uint32_t tokens = in.u32();
      if (tokens > in.remaining() / 12) {
        throw ModelError(section_source("selftest"), "token count exceeds the section's size");
      }
      for (std::uint32_t t = 0; t < tokens; ++t) {
        Token token;
        token.form = in.str();
        token.upos = in.str();
        token.xpos = in.str();
        sentence.tokens.push_back(std::move(token));
      }
      self_test.push_back(std::move(sentence));
    }
    in.expect_end();
  }

  Tagger tagger = from_parts(std::move(labels), std::move(rows), std::move(dictionary));
  tagger.metadata_ = model.all_metadata();
  tagger.self_test_ = std::move(self_test);
  return tagger;
}

bool Tagger::self_test(std::string* failure) const {
  for (const Sentence& expected : self_test_) {
    Sentence sentence = expected;
    tag(sentence);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      const Token& got = sentence.tokens[i];
      const Token& want = expected.tokens[i];
      if (got.upos != want.upos || got.xpos != want.xpos) {
        if (failure != nullptr) {
          *failure = "'" + want.form + "': expected " + want.upos + "/" + want.xpos + ", got " +
                     got.upos + "/" + got.xpos;
        }
        return false;
      }
    }
  }
  return true;
}

}  // namespace issuegraph
