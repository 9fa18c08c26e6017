// A lemmatiser learned from CoNLL-U's LEMMA column: an exception table for (form, tag) pairs
// that the rules get wrong (went -> go, better/JJR -> good), then suffix-rewrite rules chosen
// by the longest known suffix of the form under its XPOS (raising/VBG: -ing -> -e). With a
// vocabulary of the lemmas seen in training, a rule that rewrites the form into no known lemma
// gives way to a shorter suffix's rule that yields one, or, under VBD/VBN/VBG/JJR/JJS, to its
// output with a final e restored when that is a known lemma (declined/VBD: "declin" ->
// "decline").
// Casing follows EWT: proper nouns keep the form's case, other lemmas are lower-cased.
// Requires: tokens' `upos` and `xpos` filled (by the Tagger); ensures: `lemma` filled.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/model/model_file.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

inline constexpr std::uint32_t kLemmatizerComponentVersion = 1;

// One way of turning a form into its lemma: drop `strip` bytes from its end, then append `add`.
struct LemmaRule {
  std::uint32_t strip = 0;
  std::string add;
  friend bool operator==(const LemmaRule&, const LemmaRule&) = default;
  friend auto operator<=>(const LemmaRule&, const LemmaRule&) = default;
};

// How a form is written, as far as the casing of its lemma is concerned.
enum class CaseShape : std::uint8_t { kOther, kLower, kTitle, kUpper, kSingleUpper, kMixed };
// What the lemma does with the form's case: EWT keeps it for proper nouns ("Washington"),
// lower-cases most words ("The" -> "the"), and title-cases lower-cased names ("chicago").
enum class CaseTransform : std::uint8_t { kLower, kKeep, kTitle };

struct LemmaCasing {
  std::string tag;
  CaseShape shape = CaseShape::kOther;
  CaseTransform transform = CaseTransform::kLower;
};

class Lemmatizer {
 public:
  Lemmatizer() = default;

  // Assembles a lemmatiser from trained parts (used by the trainer). `exceptions` maps
  // exception_key(form, tag) to the lemma; `suffix_rules` maps suffix_key(tag, suffix) to an
  // index into `rules`; `casing` says, per tag and CaseShape of the form, how the rule's
  // output is cased (default: lower-case). `known_lemmas` holds lemma_key() of the lemmas
  // seen in training (duplicates allowed); empty, the longest suffix's rule alone decides, as
  // in models trained before the vocabulary.
  static Lemmatizer from_parts(std::vector<LemmaRule> rules,
                               std::vector<std::pair<std::uint64_t, std::string>> exceptions,
                               std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules,
                               std::vector<LemmaCasing> casing,
                               std::vector<std::uint64_t> known_lemmas = {});

  static Lemmatizer load(const std::string& path);  // kind "lemmatizer"
  static Lemmatizer from_model(const ModelFile& model);
  ModelFile to_model() const;

  void lemmatize(Sentence& sentence) const;
  std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;

  void set_metadata(const std::string& key, const std::string& value) { metadata_[key] = value; }
  std::string metadata(const std::string& key) const;
  std::size_t exception_count() const { return exception_count_; }
  std::size_t suffix_rule_count() const { return suffix_count_; }
  std::size_t known_lemma_count() const { return known_lemma_count_; }
  // Whether `lower_lemma` (normalised, lower-cased) was a lemma in training; false for every
  // word when the model has no vocabulary.
  bool knows_lemma(std::string_view lower_lemma) const;

  // Keys shared with the trainer. `lower_form` is normalise()d and lower-cased. Tags are XPOS
  // values, or "U:" + UPOS for input without XPOS (both tables are learned).
  static std::uint64_t exception_key(std::string_view lower_form, std::string_view tag);
  static std::uint64_t suffix_key(std::string_view tag, std::string_view suffix);
  static std::uint64_t lemma_key(std::string_view lower_lemma);
  // The form with curly quotes straightened (the tokenizer keeps them; EWT mostly has ').
  static void normalise(std::string_view form, std::string& out);
  static void lower_ascii(std::string& text);
  // Applies `rule` to `form`; the form itself when the rule strips more than it has.
  static std::string apply(const LemmaRule& rule, std::string_view form);
  // The lemma the longest known suffix's rule gives (no exception table, no vocabulary): the
  // trainer chooses exceptions against this, so their meaning does not depend on the vocabulary.
  std::string rule_lemma(std::string_view normalised_form, std::string_view tag) const;
  // The lemma the rules give when the form is no exception: the longest known suffix's rule,
  // unless it rewrites the form into no known lemma and a shorter known suffix's rule (longest
  // first) gives one, or else, under a tag whose endings drop a final e, that output + "e" is
  // one. A rule that keeps the form as it is always stands.
  std::string suffix_lemma(std::string_view normalised_form, std::string_view tag) const;
  static CaseShape case_shape(std::string_view form);
  // `rule` applied to `form` (normalised, any case) and cased by `transform`.
  static std::string apply_cased(const LemmaRule& rule, std::string_view form,
                                 CaseTransform transform);
  // How many trailing bytes of the (normalised, lower-cased) form rules look at, at most.
  static constexpr std::size_t kMaxSuffix = 7;

 private:
  void build_index(std::vector<std::pair<std::uint64_t, std::string>> exceptions,
                   std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules,
                   std::vector<std::uint64_t> known_lemmas);
  // The rule stored for the last `length` bytes of `lower_form` under `tag`; nullptr if none.
  const LemmaRule* suffix_rule(std::string_view lower_form, std::string_view tag,
                               std::size_t length) const;
  std::string lemma_for_tag(std::string_view normalised_form, std::string_view tag) const;
  CaseTransform casing(std::string_view tag, CaseShape shape) const;
  std::int64_t find(const std::vector<std::uint64_t>& keys, std::uint64_t key) const;

  std::vector<LemmaRule> rules_;
  // Open-addressing tables (power-of-two size, linear probing, key 0 = empty slot).
  std::vector<std::uint64_t> exception_keys_;
  std::vector<std::string> exception_lemmas_;
  std::size_t exception_count_ = 0;
  std::vector<std::uint64_t> suffix_keys_;
  std::vector<std::uint32_t> suffix_rule_;
  std::size_t suffix_count_ = 0;
  std::vector<std::uint64_t> lemma_keys_;  // the vocabulary; empty without one
  std::size_t known_lemma_count_ = 0;
  std::vector<LemmaCasing> casing_;  // sorted by (tag, shape)
  std::map<std::string, std::string> metadata_;
};

}  // namespace issuegraph
