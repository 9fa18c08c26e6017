#include "issuegraph/lemma/lemmatizer.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/open_addressing.hpp"
#include "issuegraph/base/stable_hash.hpp"
#include "issuegraph/model/binary_io.hpp"

namespace issuegraph {
namespace {

constexpr std::string_view kKind = "lemmatizer";
// Describes the keys and rule semantics; stored in the model and checked at load.
constexpr std::uint64_t kLemmatizerFeatureHash =
    stable_hash("lemmatizer v1: exceptions by (lower form, tag), suffix rules up to 7 bytes "
                "by tag, U: prefix for UPOS tags, case transform per (tag, case shape)");

std::uint64_t non_zero(std::uint64_t h) { return h == 0 ? 1 : h; }

const LemmaRule kIdentity{};

// PTB tags whose endings begin with a vowel (-ed, -ing, -er, -est), before which English
// spelling drops a lemma's final e (decline -> declined, close -> closest). With a vocabulary,
// their lemmas may get that e back (Lemmatizer::suffix_lemma).
bool drops_final_e(std::string_view tag) {
  return tag == "VBD" || tag == "VBN" || tag == "VBG" || tag == "JJR" || tag == "JJS";
}

// No English word ends in a consonant + "l" other than "ll", "rl", "wl" and the like: a stem
// "dismantl" or "resettl" has lost the e of "dismantle", "resettle".
bool lost_final_e_before_l(std::string_view stem) {
  if (stem.size() < 4 || stem.back() != 'l') return false;
  const char before = stem[stem.size() - 2];
  return std::string_view("bcdfgkpstz").find(before) != std::string_view::npos;
}

// A one-syllable stem ending in one vowel and one consonant ("stok", "tap") would have doubled
// the consonant before -ed or -ing ("stopped", "tapping") had it been the lemma: the lemma is
// the stem + e ("stoke", "tape"). Final w, x and y never double ("fixed", "played"). `form` is
// the inflected word: when it doubled the consonant ("sinned"), the stem is the lemma.
bool lost_final_e_after_short_syllable(std::string_view stem, std::string_view form) {
  auto vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
  const std::size_t n = stem.size();
  if (n < 3 || vowel(stem[n - 1]) || std::string_view("wxy").find(stem[n - 1]) != std::string_view::npos) return false;
  if (!vowel(stem[n - 2]) || vowel(stem[n - 3])) return false;
  if (form.size() > n && form[n] == stem[n - 1]) return false;
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (vowel(stem[i])) return false;  // a second syllable: "visit" + "ed" does not double
  }
  return true;
}

// Particles that make compound verbs of irregular ones ("withheld", "undertook", "outran",
// "misled", "rebuilt"): the compound's lemma is the particle + the irregular verb's lemma.
constexpr std::array<std::string_view, 8> kVerbParticles = {"with", "under", "over", "out", "fore", "mis", "up", "re"};

// Decodes one section of sorted, distinct u64 keys (u32 n; n x u64).
std::vector<std::uint64_t> read_key_section(const ModelFile& model, const std::string& name,
                                            const std::string& where) {
  ByteReader in(model.section(name), where);
  std::uint32_t count = in.u32();
  if (count > in.remaining() / 8) throw ModelError(where, "entry count exceeds the section's size");
  std::vector<std::uint64_t> keys(count);
  std::uint64_t previous = 0;
  for (auto& key : keys) {
    key = in.u64();
    if (key <= previous) throw ModelError(where, "keys not strictly increasing");
    previous = key;
  }
  in.expect_end();
  return keys;
}

}  // namespace

std::uint64_t Lemmatizer::exception_key(std::string_view lower_form, std::string_view tag) {
  return non_zero(stable_hash(lower_form, stable_hash("\x1f", stable_hash(tag))));
}

std::uint64_t Lemmatizer::suffix_key(std::string_view tag, std::string_view suffix) {
  return non_zero(stable_hash(suffix, stable_hash("\x1e", stable_hash(tag))));
}

std::uint64_t Lemmatizer::lemma_key(std::string_view lower_lemma) {
  return non_zero(stable_hash(lower_lemma, stable_hash("\x1d")));
}

void Lemmatizer::normalise(std::string_view form, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < form.size(); ++i) {
    if (static_cast<unsigned char>(form[i]) == 0xE2 && i + 2 < form.size() &&
        static_cast<unsigned char>(form[i + 1]) == 0x80) {
      auto c = static_cast<unsigned char>(form[i + 2]);
      if (c == 0x98 || c == 0x99) {
        out += '\'';
        i += 2;
        continue;
      }
    }
    out += form[i];
  }
}

void Lemmatizer::lower_ascii(std::string& text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string Lemmatizer::apply(const LemmaRule& rule, std::string_view form) {
  if (rule.strip > form.size()) return std::string(form);
  std::string out(form.substr(0, form.size() - rule.strip));
  out += rule.add;
  return out;
}

Lemmatizer Lemmatizer::from_parts(std::vector<LemmaRule> rules,
                                  std::vector<std::pair<std::uint64_t, std::string>> exceptions,
                                  std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules,
                                  std::vector<LemmaCasing> casing,
                                  std::vector<std::uint64_t> known_lemmas) {
  Lemmatizer lemmatizer;
  lemmatizer.rules_ = std::move(rules);
  std::sort(casing.begin(), casing.end(), [](const LemmaCasing& a, const LemmaCasing& b) {
    return std::tie(a.tag, a.shape) < std::tie(b.tag, b.shape);
  });
  lemmatizer.casing_ = std::move(casing);
  lemmatizer.build_index(std::move(exceptions), std::move(suffix_rules), std::move(known_lemmas));
  return lemmatizer;
}

void Lemmatizer::build_index(std::vector<std::pair<std::uint64_t, std::string>> exceptions,
                             std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules,
                             std::vector<std::uint64_t> known_lemmas) {
  std::sort(exceptions.begin(), exceptions.end());
  std::sort(suffix_rules.begin(), suffix_rules.end());
  std::size_t size = open_addressing_size(exceptions.size());
  exception_keys_.assign(size, 0);
  exception_lemmas_.assign(size, std::string());
  for (auto& [key, lemma] : exceptions) {
    std::size_t slot = open_addressing_slot(key, size - 1);
    while (exception_keys_[slot] != 0) slot = (slot + 1) & (size - 1);
    exception_keys_[slot] = key;
    exception_lemmas_[slot] = std::move(lemma);
  }
  exception_count_ = exceptions.size();
  size = open_addressing_size(suffix_rules.size());
  suffix_keys_.assign(size, 0);
  suffix_rule_.assign(size, 0);
  for (const auto& [key, rule] : suffix_rules) {
    std::size_t slot = open_addressing_slot(key, size - 1);
    while (suffix_keys_[slot] != 0) slot = (slot + 1) & (size - 1);
    suffix_keys_[slot] = key;
    suffix_rule_[slot] = rule;
  }
  suffix_count_ = suffix_rules.size();
  std::sort(known_lemmas.begin(), known_lemmas.end());
  known_lemmas.erase(std::unique(known_lemmas.begin(), known_lemmas.end()), known_lemmas.end());
  known_lemma_count_ = known_lemmas.size();
  lemma_keys_.clear();
  if (known_lemmas.empty()) return;  // no vocabulary: knows_lemma() is always false
  size = open_addressing_size(known_lemmas.size());
  lemma_keys_.assign(size, 0);
  for (std::uint64_t key : known_lemmas) {
    std::size_t slot = open_addressing_slot(key, size - 1);
    while (lemma_keys_[slot] != 0) slot = (slot + 1) & (size - 1);
    lemma_keys_[slot] = key;
  }
}

bool Lemmatizer::knows_lemma(std::string_view lower_lemma) const {
  return find(lemma_keys_, lemma_key(lower_lemma)) >= 0;
}

std::int64_t Lemmatizer::find(const std::vector<std::uint64_t>& keys, std::uint64_t key) const {
  if (keys.empty()) return -1;
  const std::size_t mask = keys.size() - 1;
  for (std::size_t slot = open_addressing_slot(key, mask);; slot = (slot + 1) & mask) {
    if (keys[slot] == key) return static_cast<std::int64_t>(slot);
    if (keys[slot] == 0) return -1;
  }
}

std::string Lemmatizer::metadata(const std::string& key) const {
  auto it = metadata_.find(key);
  return it == metadata_.end() ? std::string() : it->second;
}

CaseTransform Lemmatizer::casing(std::string_view tag, CaseShape shape) const {
  auto it = std::lower_bound(casing_.begin(), casing_.end(), std::pair(tag, shape),
                             [](const LemmaCasing& entry, const auto& wanted) {
                               int c = std::string_view(entry.tag).compare(wanted.first);
                               return c < 0 || (c == 0 && entry.shape < wanted.second);
                             });
  if (it != casing_.end() && it->tag == tag && it->shape == shape) return it->transform;
  return CaseTransform::kLower;
}

CaseShape Lemmatizer::case_shape(std::string_view form) {
  int upper = 0;
  int lower = 0;
  bool first_upper = false;
  for (std::size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      if (upper + lower == 1) first_upper = true;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    }
  }
  if (upper == 0 && lower == 0) return CaseShape::kOther;
  if (upper == 0) return CaseShape::kLower;
  if (lower == 0) return upper == 1 ? CaseShape::kSingleUpper : CaseShape::kUpper;
  if (upper == 1 && first_upper) return CaseShape::kTitle;
  return CaseShape::kMixed;
}

std::string Lemmatizer::apply_cased(const LemmaRule& rule, std::string_view form,
                                    CaseTransform transform) {
  if (transform == CaseTransform::kKeep) return apply(rule, form);
  std::string lower(form);
  lower_ascii(lower);
  std::string out = apply(rule, lower);
  if (transform == CaseTransform::kTitle) {
    for (char& c : out) {
      if (c >= 'a' && c <= 'z') {
        c = static_cast<char>(c - 'a' + 'A');
        break;
      }
      if (c >= 'A' && c <= 'Z') break;
    }
  }
  return out;
}

const LemmaRule* Lemmatizer::suffix_rule(std::string_view lower_form, std::string_view tag,
                                         std::size_t length) const {
  std::int64_t slot =
      find(suffix_keys_, suffix_key(tag, lower_form.substr(lower_form.size() - length)));
  return slot < 0 ? nullptr : &rules_[suffix_rule_[static_cast<std::size_t>(slot)]];
}

std::string Lemmatizer::rule_lemma(std::string_view normalised_form, std::string_view tag) const {
  thread_local std::string lower;
  lower.assign(normalised_form);
  lower_ascii(lower);
  // The longest known suffix decides; the empty suffix is the tag's default rule.
  const LemmaRule* rule = &kIdentity;
  for (std::size_t k = std::min(kMaxSuffix, lower.size()) + 1; k-- > 0;) {
    if (const LemmaRule* found = suffix_rule(lower, tag, k)) {
      rule = found;
      break;
    }
  }
  return apply_cased(*rule, normalised_form, casing(tag, case_shape(normalised_form)));
}

std::string Lemmatizer::suffix_lemma(std::string_view normalised_form, std::string_view tag) const {
  thread_local std::string lower;
  lower.assign(normalised_form);
  lower_ascii(lower);
  const CaseTransform transform = casing(tag, case_shape(normalised_form));
  std::size_t k = std::min(kMaxSuffix, lower.size()) + 1;
  const LemmaRule* longest = nullptr;
  while (longest == nullptr && k-- > 0) longest = suffix_rule(lower, tag, k);
  if (longest == nullptr) return apply_cased(kIdentity, normalised_form, transform);
  // The vocabulary overrules the longest suffix only when that rule rewrites the form into a
  // word never seen as a lemma ("declin"); then the shorter suffixes are tried, the more
  // specific first. A form the rule keeps as it is stays itself, seen or not: an unknown name
  // or abbreviation ("pct", "Electronics") is its own lemma. A single byte proves nothing: EWT
  // has letters as lemmas ("km" must not become "k").
  const bool keeps_form = longest->strip == 0 && longest->add.empty();
  if (lemma_keys_.empty() || keeps_form || knows_lemma(apply(*longest, lower))) {
    return apply_cased(*longest, normalised_form, transform);
  }
  auto known = [this](const std::string& candidate) {
    return candidate.size() > 1 && knows_lemma(candidate);
  };
  std::array<const LemmaRule*, kMaxSuffix + 1> tried{longest};
  std::size_t tried_count = 1;
  while (k-- > 0) {
    const LemmaRule* rule = suffix_rule(lower, tag, k);
    if (rule == nullptr ||
        std::find(tried.begin(), tried.begin() + tried_count, rule) != tried.begin() + tried_count) {
      continue;
    }
    if (known(apply(*rule, lower))) return apply_cased(*rule, normalised_form, transform);
    tried[tried_count++] = rule;
  }
  // No suffix rule makes a known lemma: the lemma may have lost its final e before a
  // vowel-initial ending ("declined" -> "declin" + e, "closest" -> "clos" + e).
  if (drops_final_e(tag)) {
    LemmaRule with_e = *longest;
    with_e.add += 'e';
    const std::string stem = apply(*longest, lower);
    if (known(stem + 'e') || lost_final_e_before_l(stem) || lost_final_e_after_short_syllable(stem, lower)) return apply_cased(with_e, normalised_form, transform);
  }
  return apply_cased(*longest, normalised_form, transform);
}

std::string Lemmatizer::lemma_for_tag(std::string_view normalised_form, std::string_view tag) const {
  thread_local std::string lower;
  lower.assign(normalised_form);
  lower_ascii(lower);
  std::int64_t slot = find(exception_keys_, exception_key(lower, tag));
  if (slot >= 0) return exception_lemmas_[static_cast<std::size_t>(slot)];
  if (tag.starts_with("VB")) {
    for (std::string_view particle : kVerbParticles) {
      if (lower.size() < particle.size() + 3 || !lower.starts_with(particle)) continue;
      slot = find(exception_keys_, exception_key(std::string_view(lower).substr(particle.size()), tag));
      if (slot >= 0) return std::string(particle) + exception_lemmas_[static_cast<std::size_t>(slot)];
    }
  }
  return suffix_lemma(normalised_form, tag);
}

std::string Lemmatizer::lemma(std::string_view form, std::string_view upos,
                              std::string_view xpos) const {
  thread_local std::string normalised;
  thread_local std::string tag;
  normalise(form, normalised);
  // XPOS when the model knows it (every trained tag has an empty-suffix rule), else UPOS.
  if (!xpos.empty() && xpos != "_" && find(suffix_keys_, suffix_key(xpos, "")) >= 0) {
    return lemma_for_tag(normalised, xpos);
  }
  tag.assign("U:");
  tag.append(upos);
  return lemma_for_tag(normalised, tag);
}

void Lemmatizer::lemmatize(Sentence& sentence) const {
  if (rules_.empty()) throw UsageError("lemmatizer: no model loaded");
  for (Token& token : sentence.tokens) token.lemma = lemma(token.form, token.upos, token.xpos);
}

// ---------------------------------------------------------------------------------------------
// Model file: sections "rules", "suffixes", "exceptions", "casing", and "lemmas" when the model
// has a vocabulary (models trained before it have no such section and load as before).

ModelFile Lemmatizer::to_model() const {
  ModelFile model(std::string(kKind), kLemmatizerComponentVersion, kLemmatizerFeatureHash);
  for (const auto& [key, value] : metadata_) model.set_metadata(key, value);

  ByteWriter rules;
  rules.u32(static_cast<std::uint32_t>(rules_.size()));
  for (const auto& rule : rules_) {
    rules.u32(rule.strip);
    rules.str(rule.add);
  }
  model.add_section("rules", rules.take());

  std::vector<std::pair<std::uint64_t, std::uint32_t>> suffixes;
  for (std::size_t slot = 0; slot < suffix_keys_.size(); ++slot) {
    if (suffix_keys_[slot] != 0) suffixes.emplace_back(suffix_keys_[slot], suffix_rule_[slot]);
  }
  std::sort(suffixes.begin(), suffixes.end());
  ByteWriter suffix_out;
  suffix_out.u32(static_cast<std::uint32_t>(suffixes.size()));
  for (const auto& [key, rule] : suffixes) {
    suffix_out.u64(key);
    suffix_out.u32(rule);
  }
  model.add_section("suffixes", suffix_out.take());

  std::vector<std::size_t> slots;
  for (std::size_t slot = 0; slot < exception_keys_.size(); ++slot) {
    if (exception_keys_[slot] != 0) slots.push_back(slot);
  }
  std::sort(slots.begin(), slots.end(), [this](std::size_t a, std::size_t b) {
    return exception_keys_[a] < exception_keys_[b];
  });
  ByteWriter exceptions;
  exceptions.u32(static_cast<std::uint32_t>(slots.size()));
  for (std::size_t slot : slots) {
    exceptions.u64(exception_keys_[slot]);
    exceptions.str(exception_lemmas_[slot]);
  }
  model.add_section("exceptions", exceptions.take());

  ByteWriter casing_out;
  casing_out.u32(static_cast<std::uint32_t>(casing_.size()));
  for (const auto& entry : casing_) {
    casing_out.str(entry.tag);
    casing_out.u8(static_cast<std::uint8_t>(entry.shape));
    casing_out.u8(static_cast<std::uint8_t>(entry.transform));
  }
  model.add_section("casing", casing_out.take());

  if (known_lemma_count_ > 0) {
    std::vector<std::uint64_t> keys;
    keys.reserve(known_lemma_count_);
    for (std::uint64_t key : lemma_keys_) {
      if (key != 0) keys.push_back(key);
    }
    std::sort(keys.begin(), keys.end());
    ByteWriter lemmas;
    lemmas.u32(static_cast<std::uint32_t>(keys.size()));
    for (std::uint64_t key : keys) lemmas.u64(key);
    model.add_section("lemmas", lemmas.take());
  }
  return model;
}

Lemmatizer Lemmatizer::load(const std::string& path) {
  return from_model(
      ModelFile::load(path, kKind, kLemmatizerComponentVersion, kLemmatizerFeatureHash));
}

Lemmatizer Lemmatizer::from_model(const ModelFile& model) {
  const std::string source = model.source().empty() ? std::string("lemmatizer model") : model.source();
  if (model.kind() != kKind) {
    throw ModelError(source, "is a '" + model.kind() + "' model, expected 'lemmatizer'");
  }
  if (model.component_version() != kLemmatizerComponentVersion ||
      model.feature_hash() != kLemmatizerFeatureHash) {
    throw ModelError(source, "lemmatizer model was written by another version; retrain it");
  }
  auto section_source = [&](const char* name) { return source + " section '" + name + "'"; };

  ByteReader rules_in(model.section("rules"), section_source("rules"));
  std::uint32_t rule_count = rules_in.u32();
  if (rule_count == 0 || rule_count > rules_in.remaining() / 8) {
    throw ModelError(section_source("rules"), "implausible rule count " + std::to_string(rule_count));
  }
  std::vector<LemmaRule> rules(rule_count);
  for (auto& rule : rules) {
    rule.strip = rules_in.u32();
    rule.add = rules_in.str();
  }
  rules_in.expect_end();

  ByteReader suffix_in(model.section("suffixes"), section_source("suffixes"));
  std::uint32_t suffix_count = suffix_in.u32();
  if (suffix_count > suffix_in.remaining() / 12) {
    throw ModelError(section_source("suffixes"), "entry count exceeds the section's size");
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> suffixes(suffix_count);
  std::uint64_t previous = 0;
  for (auto& [key, rule] : suffixes) {
    key = suffix_in.u64();
    rule = suffix_in.u32();
    if (key <= previous) throw ModelError(section_source("suffixes"), "keys not strictly increasing");
    if (rule >= rule_count) {
      throw ModelError(section_source("suffixes"), "rule index " + std::to_string(rule) +
                                                       " out of range");
    }
    previous = key;
  }
  suffix_in.expect_end();

  ByteReader exception_in(model.section("exceptions"), section_source("exceptions"));
  std::uint32_t exception_count = exception_in.u32();
  if (exception_count > exception_in.remaining() / 12) {
    throw ModelError(section_source("exceptions"), "entry count exceeds the section's size");
  }
  std::vector<std::pair<std::uint64_t, std::string>> exceptions(exception_count);
  previous = 0;
  for (auto& [key, lemma] : exceptions) {
    key = exception_in.u64();
    lemma = exception_in.str();
    if (key <= previous) {
      throw ModelError(section_source("exceptions"), "keys not strictly increasing");
    }
    previous = key;
  }
  exception_in.expect_end();

  ByteReader casing_in(model.section("casing"), section_source("casing"));
  std::uint32_t casing_count = casing_in.u32();
  if (casing_count > casing_in.remaining() / 6) {
    throw ModelError(section_source("casing"), "entry count exceeds the section's size");
  }
  std::vector<LemmaCasing> casing(casing_count);
  for (auto& entry : casing) {
    entry.tag = casing_in.str();
    std::uint8_t shape = casing_in.u8();
    std::uint8_t transform = casing_in.u8();
    if (shape > static_cast<std::uint8_t>(CaseShape::kMixed) ||
        transform > static_cast<std::uint8_t>(CaseTransform::kTitle)) {
      throw ModelError(section_source("casing"), "unknown case shape or transform code");
    }
    entry.shape = static_cast<CaseShape>(shape);
    entry.transform = static_cast<CaseTransform>(transform);
  }
  casing_in.expect_end();

  // Optional: the vocabulary. The writer leaves the section out rather than write it empty.
  std::vector<std::uint64_t> known_lemmas;
  if (model.has_section("lemmas")) {
    known_lemmas = read_key_section(model, "lemmas", section_source("lemmas"));
    if (known_lemmas.empty()) throw ModelError(section_source("lemmas"), "section holds no lemma");
  }

  Lemmatizer lemmatizer = from_parts(std::move(rules), std::move(exceptions), std::move(suffixes),
                                     std::move(casing), std::move(known_lemmas));
  lemmatizer.metadata_ = model.all_metadata();
  return lemmatizer;
}

}  // namespace issuegraph
