#include "issuegraph/tagger/tagger.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/open_addressing.hpp"
#include "issuegraph/model/binary_io.hpp"
#include "issuegraph/tagger/tagger_features.hpp"
#include "issuegraph/text/utf8.hpp"

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

// A weight on the kTaggerWeightScale grid, as a signed 16-bit count of steps.
std::int16_t quantize(float weight) {
  const long q = std::lround(weight * kTaggerWeightScale);
  return static_cast<std::int16_t>(std::clamp(q, -32767L, 32767L));
}

std::string write_rows(const std::vector<TaggerFeatureRow>& rows) {
  ByteWriter out;
  out.u32(static_cast<std::uint32_t>(rows.size()));
  for (const TaggerFeatureRow& row : rows) {
    out.u64(row.key);
    out.u8(static_cast<std::uint8_t>(row.weights.size()));
    for (const TaggerClassWeight& w : row.weights) {
      // i16, little-endian, as two bytes (ByteWriter has no 16-bit write).
      const auto q = static_cast<std::uint16_t>(quantize(w.weight));
      out.u8(static_cast<std::uint8_t>(w.label));
      out.u8(static_cast<std::uint8_t>(q & 0xFFU));
      out.u8(static_cast<std::uint8_t>(q >> 8U));
    }
  }
  return out.take();
}

}  // namespace

Tagger Tagger::from_parts(std::vector<std::string> labels, std::vector<TaggerFeatureRow> rows,
                          std::vector<TaggerFeatureRow> second_rows,
                          std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                          std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon,
                          bool first_pass_right_to_left,
                          std::shared_ptr<const WordClusters> clusters) {
  Tagger tagger;
  tagger.labels_ = std::move(labels);
  tagger.clusters_ = std::move(clusters);
  tagger.right_to_left_ = first_pass_right_to_left;
  for (const auto& label : tagger.labels_) {
    auto bar = label.find('|');
    tagger.upos_.push_back(label.substr(0, bar));
    tagger.xpos_.push_back(bar == std::string::npos ? std::string("_") : label.substr(bar + 1));
  }
  tagger.build_index(std::move(rows), std::move(second_rows), std::move(dictionary),
                     std::move(lexicon));
  return tagger;
}

void Tagger::WeightTable::build(std::vector<TaggerFeatureRow> rows) {
  std::sort(rows.begin(), rows.end(),
            [](const TaggerFeatureRow& a, const TaggerFeatureRow& b) { return a.key < b.key; });
  const std::size_t size = open_addressing_size(rows.size());
  slots_.assign(size, Slot{});
  entries_.clear();
  for (const auto& row : rows) {
    std::size_t slot = open_addressing_slot(row.key, size - 1);
    while (slots_[slot].key != 0) slot = (slot + 1) & (size - 1);
    slots_[slot].key = row.key;
    slots_[slot].begin = static_cast<std::uint32_t>(entries_.size());
    for (TaggerClassWeight w : row.weights) {
      w.weight = static_cast<float>(quantize(w.weight)) / kTaggerWeightScale;
      entries_.push_back(w);
    }
    slots_[slot].end = static_cast<std::uint32_t>(entries_.size());
  }
  rows_ = rows.size();
}

void Tagger::WeightTable::read(std::string_view bytes, const std::string& source,
                               std::uint32_t label_count) {
  // Decoded straight into the flat table, in one pass over the bytes: a vector per row would
  // cost a memory allocation for each of the hundreds of thousands of rows at every load.
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const unsigned char* const end = p + bytes.size();
  auto need = [&](std::size_t n) {
    if (static_cast<std::size_t>(end - p) < n) throw ModelError(source, "truncated section");
  };
  auto read_le = [&](int n) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(p[i]) << (8 * i);
    p += n;
    return v;
  };
  need(4);
  const auto row_count = static_cast<std::uint32_t>(read_le(4));
  // Each row takes at least 9 bytes: a bound that stops absurd counts before allocating.
  if (row_count > static_cast<std::size_t>(end - p) / 9) {
    throw ModelError(source, "row count " + std::to_string(row_count) +
                                 " exceeds the section's size");
  }
  std::vector<std::uint64_t> keys(row_count);
  std::vector<std::uint32_t> ends(row_count);
  entries_.clear();
  entries_.reserve((static_cast<std::size_t>(end - p) - 9 * std::size_t{row_count}) / 3);
  std::uint64_t previous_key = 0;
  for (std::uint32_t r = 0; r < row_count; ++r) {
    need(9);
    keys[r] = read_le(8);
    if (keys[r] <= previous_key) throw ModelError(source, "feature keys not strictly increasing");
    previous_key = keys[r];
    const std::size_t count = *p++;
    need(3 * count);
    for (std::size_t e = 0; e < count; ++e) {
      const std::uint16_t label = p[0];
      const auto q = static_cast<std::int16_t>(static_cast<std::uint16_t>(p[1] | (p[2] << 8U)));
      p += 3;
      if (label >= label_count) {
        throw ModelError(source, "label index " + std::to_string(label) + " out of range");
      }
      entries_.push_back({label, static_cast<float>(q) / kTaggerWeightScale});
    }
    ends[r] = static_cast<std::uint32_t>(entries_.size());
  }
  if (p != end) {
    throw ModelError(source, std::to_string(end - p) + " trailing bytes after the last row");
  }
  const std::size_t size = open_addressing_size(row_count);
  slots_.assign(size, Slot{});
  for (std::uint32_t r = 0; r < row_count; ++r) {
    std::size_t slot = open_addressing_slot(keys[r], size - 1);
    while (slots_[slot].key != 0) slot = (slot + 1) & (size - 1);
    slots_[slot] = Slot{keys[r], r == 0 ? 0 : ends[r - 1], ends[r]};
  }
  rows_ = row_count;
}

std::int64_t Tagger::WeightTable::find_row(std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = open_addressing_slot(key, mask);; slot = (slot + 1) & mask) {
    if (slots_[slot].key == key) return static_cast<std::int64_t>(slot);
    if (slots_[slot].key == 0) return -1;
  }
}

int Tagger::WeightTable::best_label(const std::uint64_t* features, std::size_t count,
                                    std::vector<float>& scores) const {
  // The table is larger than the caches: ask for every slot, then every row of weights,
  // before reading any, so that the memory latencies overlap.
  constexpr std::size_t kMaxFeatures = tagger_detail::kSecondPassFeatureCount;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t f = 0; f < count; ++f) {
    __builtin_prefetch(&slots_[open_addressing_slot(features[f], mask)]);
  }
  std::array<const Slot*, kMaxFeatures> rows;
  std::size_t row_count = 0;
  for (std::size_t f = 0; f < count && f < kMaxFeatures; ++f) {
    std::int64_t slot = find_row(features[f]);
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
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

std::vector<TaggerFeatureRow> Tagger::WeightTable::sorted_rows() const {
  std::vector<TaggerFeatureRow> out;
  out.reserve(rows_);
  for (const Slot& slot : slots_) {
    if (slot.key == 0) continue;
    TaggerFeatureRow row;
    row.key = slot.key;
    row.weights.assign(entries_.begin() + slot.begin, entries_.begin() + slot.end);
    out.push_back(std::move(row));
  }
  std::sort(out.begin(), out.end(),
            [](const TaggerFeatureRow& a, const TaggerFeatureRow& b) { return a.key < b.key; });
  return out;
}

void Tagger::build_index(std::vector<TaggerFeatureRow> rows,
                         std::vector<TaggerFeatureRow> second_rows,
                         std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary,
                         std::vector<std::pair<std::uint64_t, std::uint64_t>> lexicon) {
  first_.build(std::move(rows));
  second_.build(std::move(second_rows));
  std::sort(dictionary.begin(), dictionary.end());

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

int Tagger::find_dictionary(const tagger_detail::TokenHashes& token) const {
  const int label = find_dictionary(token.exact);
  return label >= 0 ? label : find_dictionary(token.dictionary_fallback);
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

void Tagger::run_first_pass(const Sentence& sentence,
                            std::vector<tagger_detail::TokenHashes>& hashes,
                            std::vector<int>& first, std::vector<float>& scores) const {
  if (labels_.empty()) throw UsageError("tagger: no model loaded");
  std::array<std::uint64_t, kFeatureCount> features;
  tagger_detail::hash_tokens(sentence, hashes, clusters_.get());
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    auto& h = hashes[i + tagger_detail::kPadding];
    h.ambiguity = find_ambiguity(h.lower);
    h.exact_ambiguity = find_ambiguity(tagger_detail::exact_lexicon_key(h.exact));
  }
  scores.resize(labels_.size());
  first.assign(sentence.tokens.size(), 0);
  // A right-to-left pass is a left-to-right pass over the reversed token hashes (the boundary
  // entries swap sides with them), so both directions share the templates.
  if (right_to_left_) std::reverse(hashes.begin(), hashes.end());
  const std::size_t n = sentence.tokens.size();
  int prev1 = -1;
  int prev2 = -1;
  for (std::size_t i = 0; i < n; ++i) {
    int label = find_dictionary(hashes[i + tagger_detail::kPadding]);
    if (label < 0) {
      tagger_detail::extract_features(hashes, i, prev1, prev2, features);
      label = first_.best_label(features.data(), features.size(), scores);
    }
    first[right_to_left_ ? n - 1 - i : i] = label;
    prev2 = prev1;
    prev1 = label;
  }
  if (right_to_left_) std::reverse(hashes.begin(), hashes.end());
}

std::vector<int> Tagger::first_pass_labels(const Sentence& sentence) const {
  std::vector<tagger_detail::TokenHashes> hashes;
  std::vector<float> scores;
  std::vector<int> first;
  run_first_pass(sentence, hashes, first, scores);
  return first;
}

namespace {

bool all_capitals(std::string_view form) {
  return form.size() >= 2 && std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "the WHO", "the US": a word in capitals right after an article is a name, never the pronoun
// or determiner it spells; no English pronoun follows "the" or "a". Not in a headline set all in
// capitals ("THE WHO ...").
void names_after_articles(Sentence& sentence) {
  auto& tokens = sentence.tokens;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    const std::string& article = tokens[i - 1].form;
    const bool after_article = article == "the" || article == "The" || article == "a" || article == "A";
    if (after_article && all_capitals(t.form) && (t.upos == "PRON" || t.upos == "DET")) {
      t.upos = "PROPN";
      t.xpos = "NNP";
    }
  }
}

bool is_finite_or_base_verb(std::string_view upos, std::string_view xpos) {
  return (upos == "VERB" || upos == "AUX") && (xpos == "VB" || xpos == "VBP" || xpos == "VBZ" ||
                                               xpos == "VBD" || xpos == "MD");
}

// Punctuation, a conjunction, or a word that opens another clause (also when tagged as a
// preposition: "after one of the planes made an emergency landing").
bool ends_clause(const Token& token, std::string_view upos) {
  static const std::set<std::string_view> kOpeners = {
      "that", "after", "before", "since", "until", "because", "while", "when", "if", "as",
      "though", "although", "unless", "whether"};
  return upos == "PUNCT" || upos == "SCONJ" || upos == "CCONJ" || kOpeners.contains(token.form);
}

bool starts_lower(std::string_view form) { return !form.empty() && form[0] >= 'a' && form[0] <= 'z'; }

bool is_determiner_word(std::string_view form) {
  static const std::set<std::string_view> kWords = {
      "the", "a", "an", "every", "all", "its", "their", "his", "her", "our", "any", "some",
      "this", "these", "those", "no"};
  return kWords.contains(form);
}

bool is_particle_word(std::string_view form) {
  static const std::set<std::string_view> kWords = {"over", "back", "up", "down", "out", "off"};
  return kWords.contains(form);
}

// Forms of the verbs that report speech or thought and take a that-clause after a phrase
// ("said in a statement on Monday that ...").
bool is_reporting_form(std::string_view form) {
  static const std::set<std::string_view> kForms = {
      "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
      "warn", "warns", "warned", "announce", "announces", "announced", "state", "stated",
      "insist", "insists", "insisted", "argue", "argues", "argued", "claim", "claims", "claimed",
      "report", "reported", "confirm", "confirms", "confirmed", "note", "noted", "stress",
      "stressed", "acknowledge", "acknowledged", "admit", "admitted", "signal", "signalled",
      "signaled", "indicate", "indicated", "reiterate", "reiterated", "declare", "declared",
      "write", "wrote", "assure", "assured", "inform", "informed", "predict", "predicted"};
  return kForms.contains(form);
}

bool is_finite_auxiliary_form(std::string_view form) {
  static const std::set<std::string_view> kForms = {
      "had", "has", "have", "would", "will", "could", "should", "may", "might", "must", "can",
      "were", "are", "was", "is"};
  return kForms.contains(form);
}

// "Pieter van Aalst", "Rafael de la Cruz", "Ibrahim bin Salman": the lower-case particles of a
// name between two capitalised words are part of the name, not the noun or preposition they
// spell elsewhere ("van" was read as a noun and made the head of the subject).
void name_particles(Sentence& sentence) {
  static const std::set<std::string_view> kParticles = {"van", "von", "de", "der", "den", "da", "di", "du",
                                                        "la", "le", "ter", "ten", "bin", "ibn", "dos",
                                                        "das", "del", "della", "zu"};
  auto& tokens = sentence.tokens;
  for (std::size_t i = 1; i + 1 < tokens.size(); ++i) {
    if (!kParticles.contains(tokens[i].form) || tokens[i - 1].upos != "PROPN") continue;
    std::size_t next = i + 1;
    while (next + 1 < tokens.size() && kParticles.contains(tokens[next].form)) ++next;  // "de la"
    if (!starts_with_capital(tokens[next].form)) continue;
    for (std::size_t k = i; k < next; ++k) {
      tokens[k].upos = "PROPN";
      tokens[k].xpos = "NNP";
    }
    if (tokens[next].upos != "PROPN") {
      tokens[next].upos = "PROPN";
      tokens[next].xpos = "NNP";
    }
  }
}

}  // namespace

// A clause opened by "that" needs a verb. Greedy tagging sometimes leaves none: a mandative
// subjunctive ("demanded that Abuja hand over the suspects", "that the president resign") is
// rare in the treebanks, so its verb comes out as a noun and the parse turns the clause into a
// noun phrase. When the words after a subordinating "that" up to the clause's end hold no
// finite or base verb, the word (after at least one nominal, in lower case, now tagged as a
// noun or adjective) whose verb class scores closest to its own class becomes that verb, if it
// is close enough: the model's own scores say which word can be a verb here. A word followed by
// what starts an object ("ground every aircraft", "hand over the suspects") may be further off,
// since a noun is seldom followed by a determiner.
void Tagger::give_verbless_clauses_a_verb(const Sentence& sentence,
                                          const std::vector<tagger_detail::TokenHashes>& hashes,
                                          const std::vector<int>& first, std::vector<int>& labels,
                                          std::vector<float>& scores) const {
  const auto& tokens = sentence.tokens;
  for (std::size_t that = 0; that + 2 < tokens.size(); ++that) {
    if (tokens[that].form != "that" || upos_[static_cast<std::size_t>(labels[that])] != "SCONJ") continue;
    const std::size_t end = clause_end(tokens, labels, that + 1);
    if (end == 0) continue;  // the clause has a verb
    VerbCandidate best;
    bool seen_nominal = false;
    for (std::size_t j = that + 1; j < end; ++j) {
      const std::string& upos = upos_[static_cast<std::size_t>(labels[j])];
      const bool candidate = seen_nominal && (upos == "NOUN" || upos == "ADJ") && starts_lower(tokens[j].form);
      seen_nominal = seen_nominal || upos == "NOUN" || upos == "PROPN" || upos == "PRON";
      if (!candidate) continue;
      VerbCandidate c = verb_reading(sentence, hashes, first, labels, scores, j);
      const float limit = object_starts_after(tokens, labels, j) ? kMaxShortfallBeforeObject : kMaxShortfall;
      if (c.label >= 0 && c.shortfall < limit && (best.label < 0 || c.shortfall < best.shortfall)) best = c;
    }
    if (best.label >= 0) labels[best.word] = best.label;
  }
}

// Word `j` is followed by a determiner, or by a particle and a determiner or noun ("hand over
// the", "hand over suspects").
bool Tagger::object_starts_after(const std::vector<Token>& tokens, const std::vector<int>& labels,
                                 std::size_t j) const {
  if (j + 1 >= tokens.size()) return false;
  if (is_determiner_word(tokens[j + 1].form)) return true;
  if (j + 2 >= tokens.size() || !is_particle_word(tokens[j + 1].form)) return false;
  const std::string& after_particle = upos_[static_cast<std::size_t>(labels[j + 2])];
  return is_determiner_word(tokens[j + 2].form) || after_particle == "NOUN" || after_particle == "PROPN";
}

// "said in a statement on Monday that talks had made progress": greedy tagging reads a "that"
// after a noun as a relative pronoun, and then "talks" as its verb. After a reporting verb and
// nothing but the phrases that may stand between it and its clause (prepositions, nouns,
// determiners, adjectives, numbers, commas), a "that" followed by no verb opens the reported
// clause; a plural noun that was read as a verb right after it, before an auxiliary, is a noun.
void Tagger::open_reported_clauses(const Sentence& sentence, std::vector<int>& labels) const {
  const auto& tokens = sentence.tokens;
  for (std::size_t that = 1; that + 1 < tokens.size(); ++that) {
    const std::string& upos = upos_[static_cast<std::size_t>(labels[that])];
    if (tokens[that].form != "that" || (upos != "PRON" && upos != "DET")) continue;
    if (!follows_reporting_verb(tokens, labels, that)) continue;
    // Looked up only here: most sentences have no such "that".
    const int sconj = find_label("SCONJ", "IN");
    const int plural_noun = find_label("NOUN", "NNS");
    if (sconj < 0 || plural_noun < 0) return;
    const std::size_t next = that + 1;
    const std::string& next_upos = upos_[static_cast<std::size_t>(labels[next])];
    const bool plural_read_as_verb = (next_upos == "VERB" || next_upos == "AUX") &&
                                     tokens[next].form.size() > 3 && tokens[next].form.back() == 's' &&
                                     next + 1 < tokens.size() && is_finite_auxiliary_form(tokens[next + 1].form);
    if (plural_read_as_verb) labels[next] = plural_noun;
    else if (next_upos == "VERB" || next_upos == "AUX" || next_upos == "ADV") continue;
    labels[that] = sconj;
  }
}

// A reporting verb stands before token `that` with a phrase, and only a phrase's words, between.
bool Tagger::follows_reporting_verb(const std::vector<Token>& tokens, const std::vector<int>& labels,
                                    std::size_t that) const {
  static const std::set<std::string_view> kBetween = {"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"};
  for (std::size_t k = that; k-- > 0;) {
    const std::string& upos = upos_[static_cast<std::size_t>(labels[k])];
    // Right after the verb, "that" is the tagger's call ("reiterated that position").
    if (upos == "VERB") return k + 1 < that && is_reporting_form(tokens[k].form);
    if (!kBetween.contains(upos) || (upos == "PUNCT" && tokens[k].form != ",")) return false;
  }
  return false;
}

int Tagger::find_label(std::string_view upos, std::string_view xpos) const {
  for (std::size_t l = 0; l < labels_.size(); ++l) {
    if (upos_[l] == upos && xpos_[l] == xpos) return static_cast<int>(l);
  }
  return -1;
}

// The end of the clause that starts at `begin` (the next punctuation, conjunction or "that"), or
// 0 when the clause holds a finite or base verb.
std::size_t Tagger::clause_end(const std::vector<Token>& tokens, const std::vector<int>& labels,
                               std::size_t begin) const {
  std::size_t end = begin;
  for (; end < tokens.size(); ++end) {
    const auto label = static_cast<std::size_t>(labels[end]);
    if (ends_clause(tokens[end], upos_[label])) break;
    if (is_finite_or_base_verb(upos_[label], xpos_[label])) return 0;
  }
  return end;
}

// How far below its present class the best verb class of word `j` scores, and which class that
// is: VB, VBP or VBZ, VBD only for a form ending in "ed" (the lemmatiser reads "ground" as
// VBD as "grind").
Tagger::VerbCandidate Tagger::verb_reading(const Sentence& sentence,
                                           const std::vector<tagger_detail::TokenHashes>& hashes,
                                           const std::vector<int>& first, const std::vector<int>& labels,
                                           std::vector<float>& scores, std::size_t j) const {
  std::array<std::uint64_t, tagger_detail::kSecondPassFeatureCount> features;
  const int prev1 = j >= 1 ? labels[j - 1] : -1;
  const int prev2 = j >= 2 ? labels[j - 2] : -1;
  tagger_detail::extract_second_pass_features(hashes, j, prev1, prev2, first, features);
  second_.best_label(features.data(), features.size(), scores);
  const std::string& form = sentence.tokens[j].form;
  const bool past_form = form.size() > 2 && form.compare(form.size() - 2, 2, "ed") == 0;
  VerbCandidate best;
  best.word = j;
  for (std::size_t v = 0; v < labels_.size(); ++v) {
    if (upos_[v] != "VERB") continue;
    const std::string& x = xpos_[v];
    if (!(x == "VB" || x == "VBP" || x == "VBZ" || (x == "VBD" && past_form))) continue;
    const float shortfall = scores[static_cast<std::size_t>(labels[j])] - scores[v];
    if (best.label < 0 || shortfall < best.shortfall) {
      best.shortfall = shortfall;
      best.label = static_cast<int>(v);
    }
  }
  return best;
}

void Tagger::tag(Sentence& sentence) const {
  // Per-thread scratch space, reused across sentences: no allocation per token.
  thread_local std::vector<tagger_detail::TokenHashes> hashes;
  thread_local std::vector<float> scores;
  thread_local std::vector<int> first;
  thread_local std::vector<int> labels;
  run_first_pass(sentence, hashes, first, scores);
  if (has_second_pass()) {
    std::array<std::uint64_t, tagger_detail::kSecondPassFeatureCount> features;
    labels.assign(sentence.tokens.size(), 0);
    int prev1 = -1;
    int prev2 = -1;
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      int label = find_dictionary(hashes[i + tagger_detail::kPadding]);
      if (label < 0) {
        tagger_detail::extract_second_pass_features(hashes, i, prev1, prev2, first, features);
        label = second_.best_label(features.data(), features.size(), scores);
      }
      labels[i] = label;
      prev2 = prev1;
      prev1 = label;
    }
    open_reported_clauses(sentence, labels);
    give_verbless_clauses_a_verb(sentence, hashes, first, labels, scores);
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      Token& token = sentence.tokens[i];
      token.upos = upos_[static_cast<std::size_t>(labels[i])];
      token.xpos = xpos_[static_cast<std::size_t>(labels[i])];
    }
  } else {
    for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
      Token& token = sentence.tokens[i];
      token.upos = upos_[static_cast<std::size_t>(first[i])];
      token.xpos = xpos_[static_cast<std::size_t>(first[i])];
    }
  }
  names_after_articles(sentence);
  name_particles(sentence);
}

// ---------------------------------------------------------------------------------------------
// Model file: sections "labels", "weights" (first pass), "weights2" (second pass, 0 rows when
// there is none), "passes" (u8 direction of the first pass), "dictionary", "lexicon",
// "selftest".

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
  model.add_section("weights", write_rows(first_.sorted_rows()));
  model.add_section("weights2", write_rows(second_.sorted_rows()));
  ByteWriter passes;
  passes.u8(right_to_left_ ? 1 : 0);  // direction of the first pass
  model.add_section("passes", passes.take());

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

Tagger Tagger::load(const std::string& path, std::shared_ptr<const WordClusters> clusters) {
  return from_model(ModelFile::load(path, kKind, kTaggerComponentVersion, tagger_detail::kTaggerFeatureHash),
                    std::move(clusters));
}

Tagger Tagger::from_model(const ModelFile& model, std::shared_ptr<const WordClusters> clusters) {
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

  WeightTable first;
  first.read(model.section("weights"), section_source("weights"), label_count);
  WeightTable second;
  second.read(model.section("weights2"), section_source("weights2"), label_count);
  ByteReader passes_in(model.section("passes"), section_source("passes"));
  const std::uint8_t direction = passes_in.u8();
  if (direction > 1) {
    throw ModelError(section_source("passes"), "first-pass direction " +
                                                   std::to_string(direction) +
                                                   " is neither 0 (left to right) nor 1");
  }
  passes_in.expect_end();

  ByteReader dict_in(model.section("dictionary"), section_source("dictionary"));
  std::uint32_t dict_count = dict_in.u32();
  if (dict_count > dict_in.remaining() / 9) {
    throw ModelError(section_source("dictionary"), "entry count exceeds the section's size");
  }
  std::vector<std::pair<std::uint64_t, std::uint16_t>> dictionary(dict_count);
  std::uint64_t previous_key = 0;
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

  Tagger tagger = from_parts(std::move(labels), {}, {}, std::move(dictionary), std::move(lexicon), direction == 1,
                             clusters_for_model(model.all_metadata(), std::move(clusters), source));
  tagger.first_ = std::move(first);
  tagger.second_ = std::move(second);
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
