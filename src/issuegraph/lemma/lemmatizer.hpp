// A lemmatiser learned from CoNLL-U's LEMMA column: an exception table for (form, tag) pairs
// that the rules get wrong (went -> go, better/JJR -> good), then suffix-rewrite rules chosen
// by the longest known suffix of the form under its XPOS (raising/VBG: -ing -> -e).
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
  // output is cased (default: lower-case).
  static Lemmatizer from_parts(std::vector<LemmaRule> rules,
                               std::vector<std::pair<std::uint64_t, std::string>> exceptions,
                               std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules,
                               std::vector<LemmaCasing> casing);

  static Lemmatizer load(const std::string& path);  // kind "lemmatizer"
  static Lemmatizer from_model(const ModelFile& model);
  ModelFile to_model() const;

  void lemmatize(Sentence& sentence) const;
  std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;

  void set_metadata(const std::string& key, const std::string& value) { metadata_[key] = value; }
  std::string metadata(const std::string& key) const;
  std::size_t exception_count() const { return exception_count_; }
  std::size_t suffix_rule_count() const { return suffix_count_; }

  // Keys shared with the trainer. `lower_form` is normalise()d and lower-cased. Tags are XPOS
  // values, or "U:" + UPOS for input without XPOS (both tables are learned).
  static std::uint64_t exception_key(std::string_view lower_form, std::string_view tag);
  static std::uint64_t suffix_key(std::string_view tag, std::string_view suffix);
  // The form with curly quotes straightened (the tokenizer keeps them; EWT mostly has ').
  static void normalise(std::string_view form, std::string& out);
  static void lower_ascii(std::string& text);
  // Applies `rule` to `form`; the form itself when the rule strips more than it has.
  static std::string apply(const LemmaRule& rule, std::string_view form);
  // The lemma the rules alone give (no exception table): used by the trainer.
  std::string rule_lemma(std::string_view normalised_form, std::string_view tag) const;
  static CaseShape case_shape(std::string_view form);
  // `rule` applied to `form` (normalised, any case) and cased by `transform`.
  static std::string apply_cased(const LemmaRule& rule, std::string_view form,
                                 CaseTransform transform);
  // How many trailing bytes of the (normalised, lower-cased) form rules look at, at most.
  static constexpr std::size_t kMaxSuffix = 7;

 private:
  void build_index(std::vector<std::pair<std::uint64_t, std::string>> exceptions,
                   std::vector<std::pair<std::uint64_t, std::uint32_t>> suffix_rules);
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
  std::vector<LemmaCasing> casing_;  // sorted by (tag, shape)
  std::map<std::string, std::string> metadata_;
};

}  // namespace issuegraph
