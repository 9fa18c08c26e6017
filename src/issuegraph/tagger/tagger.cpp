#include "issuegraph/tagger/tagger.hpp"

#include <algorithm>
#include <set>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/open_addressing.hpp"
#include "issuegraph/model/binary_io.hpp"
#include "issuegraph/tagger/tagger_features.hpp"

namespace issuegraph {
namespace {

using tagger_detail::kFeatureCount;

constexpr std::string_view kKind = "tagger";

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
                          std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                          std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon) {
  Tagger tagger;
  tagger.labels_ = std::move(labels);
  for (const auto& label : tagger.labels_) {
    auto bar = label.find('|');
    tagger.upos_.push_back(label.substr(0, bar));
    tagger.xpos_.push_back(bar == std::string::npos ? std::string("_") : label.substr(bar + 1));
  }
  tagger.build_index(std::move(rows), std::move(dictionary), std::move(lexicon));
  return tagger;
}

void Tagger::build_index(std::vector<TaggerFeatureRow> rows,
                         std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                         std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon) {
  std::sort(rows.begin(), rows.end(),
            [](const TaggerFeatureRow& a, const TaggerFeatureRow& b) { return a.key < b.key; });
  std::sort(dictionary.begin(), dictionary.end());

  const std::size_t size = open_addressing_size(rows.size());
  slots_.assign(size, Slot{});
  entries_.clear();
  for (const auto& row : rows) {
    std::size_t slot = open_addressing_slot(row.key, size - 1);
    while (slots_[slot].key != 0) slot = (slot + 1) & (size - 1);
    slots_[slot].key = row.key;
    slots_[slot].begin = static_cast<std::uint32_t>(entries_.size());
    entries_.insert(entries_.end(), row.weights.begin(), row.weights.end());
    slots_[slot].end = static_cast<std::uint32_t>(entries_.size());
  }
  empty_slots_ = size - rows.size();

  const std::size_t dict_size = open_addressing_size(dictionary.size());
  dict_keys_.assign(dict_size, 0);
  dict_labels_.assign(dict_size, 0);
  for (const auto& [key, label] : dictionary) {
    std::size_t slot = open_addressing_slot(key, dict_size - 1);
    while (dict_keys_[slot] != 0) slot = (slot + 1) & (dict_size - 1);
    dict_keys_[slot] = key;
    dict_labels_[slot] = label;
  }
  dict_count_ = dictionary.size();

  std::sort(lexicon.begin(), lexicon.end());
  const std::size_t lexicon_size = open_addressing_size(lexicon.size());
  lexicon_keys_.assign(lexicon_size, 0);
  lexicon_classes_.assign(lexicon_size, 0);
  for (const auto& [key, ambiguity] : lexicon) {
    std::size_t slot = open_addressing_slot(key, lexicon_size - 1);
    while (lexicon_keys_[slot] != 0) slot = (slot + 1) & (lexicon_size - 1);
    lexicon_keys_[slot] = key;
    lexicon_classes_[slot] = ambiguity;
  }
}

std::uint64_t Tagger::find_ambiguity(std::uint64_t key) const {
  const std::size_t mask = lexicon_keys_.size() - 1;
  if (key == 0) return tagger_detail::kUnknownAmbiguity;
  for (std::size_t slot = open_addressing_slot(key, mask);; slot = (slot + 1) & mask) {
    if (lexicon_keys_[slot] == key) return lexicon_classes_[slot];
    if (lexicon_keys_[slot] == 0) return tagger_detail::kUnknownAmbiguity;
  }
}

std::int64_t Tagger::find_row(std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = open_addressing_slot(key, mask);; slot = (slot + 1) & mask) {
    if (slots_[slot].key == key) return static_cast<std::int64_t>(slot);
    if (slots_[slot].key == 0) return -1;
  }
}

int Tagger::find_dictionary(std::uint64_t key) const {
  if (key == 0) return -1;
  const std::size_t mask = dict_keys_.size() - 1;
  for (std::size_t slot = open_addressing_slot(key, mask);; slot = (slot + 1) & mask) {
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
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    auto& h = hashes[i + tagger_detail::kPadding];
    h.ambiguity = find_ambiguity(h.lower);
    h.exact_ambiguity = find_ambiguity(tagger_detail::exact_lexicon_key(h.exact));
  }
  scores.resize(labels_.size());
  int prev1 = -1;
  int prev2 = -1;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    int label = find_dictionary(hashes[i + tagger_detail::kPadding].exact);
    if (label < 0) {
      tagger_detail::extract_features(hashes, i, prev1, prev2, features);
      // The table is larger than the caches: ask for every slot, then every row of weights,
      // before reading any, so that the memory latencies overlap.
      const std::size_t mask = slots_.size() - 1;
      for (std::uint64_t key : features) __builtin_prefetch(&slots_[open_addressing_slot(key, mask)]);
      std::array<const Slot*, kFeatureCount> rows;
      std::size_t row_count = 0;
      for (std::uint64_t key : features) {
        std::int64_t slot = find_row(key);
        if (slot < 0) continue;
        const Slot* row = &slots_[static_cast<std::size_t>(slot)];
        __builtin_prefetch(&entries_[row->begin]);
        rows[row_count++] = row;
      }
      std::fill(scores.begin(), scores.end(), 0.0F);
      for (std::size_t r = 0; r < row_count; ++r) {
        for (std::uint32_t e = rows[r]->begin; e < rows[r]->end; ++e) {
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
// Model file: sections "labels", "weights", "dictionary", "lexicon", "selftest".

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
  for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
    if (slots_[slot].key != 0) slots.push_back(slot);
  }
  std::sort(slots.begin(), slots.end(),
            [this](std::size_t a, std::size_t b) { return slots_[a].key < slots_[b].key; });
  ByteWriter weights;
  weights.u32(static_cast<std::uint32_t>(slots.size()));
  for (std::size_t slot : slots) {
    const Slot& row = slots_[slot];
    weights.u64(row.key);
    weights.u8(static_cast<std::uint8_t>(row.end - row.begin));
    for (std::uint32_t e = row.begin; e < row.end; ++e) {
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

  std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon;
  for (std::size_t slot = 0; slot < lexicon_keys_.size(); ++slot) {
    if (lexicon_keys_[slot] != 0) lexicon.emplace_back(lexicon_keys_[slot], lexicon_classes_[slot]);
  }
  std::sort(lexicon.begin(), lexicon.end());
  ByteWriter lexicon_out;
  lexicon_out.u32(static_cast<std::uint32_t>(lexicon.size()));
  for (const auto& [key, ambiguity] : lexicon) {
    lexicon_out.u64(key);
    lexicon_out.u64(ambiguity);
  }
  model.add_section("lexicon", lexicon_out.take());

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

  ByteReader lexicon_in(model.section("lexicon"), section_source("lexicon"));
  std::uint32_t lexicon_count = lexicon_in.u32();
  if (lexicon_count > lexicon_in.remaining() / 16) {
    throw ModelError(section_source("lexicon"), "entry count exceeds the section's size");
  }
  std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon(lexicon_count);
  previous_key = 0;
  for (auto& [key, ambiguity] : lexicon) {
    key = lexicon_in.u64();
    ambiguity = lexicon_in.u64();
    if (key <= previous_key) {
      throw ModelError(section_source("lexicon"), "keys not strictly increasing");
    }
    previous_key = key;
  }
  lexicon_in.expect_end();

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

  Tagger tagger = from_parts(std::move(labels), std::move(rows), std::move(dictionary),
                             std::move(lexicon));
  tagger.metadata_ = model.all_metadata();
  tagger.self_test_ = std::move(self_test);
#ifndef NDEBUG
  // Debug builds check that the weights read back still give the tags the trainer saw.
  std::string failure;
  if (!tagger.self_test(&failure)) throw ModelError(source, "self-test failed: " + failure);
#endif
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
