// The tagger's feature templates, shared by the runtime and the trainer so that both hash
// exactly the same things. Each token is hashed once per sentence (normalised form, lower-cased
// form, affixes, shape); a feature is then a 64-bit key combining a template id with those
// hashes and the previous predicted labels, so no strings are built on the hot path.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "issuegraph/base/stable_hash.hpp"
#include "issuegraph/clusters/word_clusters.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph::tagger_detail {

// Changes whenever a template below changes; stored in the model and checked at load.
inline constexpr std::uint64_t kTaggerFeatureHash =
    stable_hash("tagger features v1: bias w sfx1-4 pfx1-3 shape p1 p2 p1p2 p1w w-1 w-2 w+1 w+2 "
                "sfx3-1 sfx3+1 w-1w ww+1 p1sfx3 shape+1shape amb amb+1 amb+2 amb+1amb+2 p1amb+1 wamb+1 shape-1 first-shape "
                "exact-amb exact-amb-shape-1 sentcase-shape sentcase-amb; "
                "p1w+1 shape+1 pfx4 sfx2-1 sfx2+1 exact exact-amb-1 exact-amb+1; quotes normalised, ASCII lower; "
                "dictionary: sentence-initial Title case falls back to the lower-cased form; "
                "second pass v1: first-pass t0 t+1 t+2 t+1t+2 p1t+1 t+1w t+1w+1 t+1sfx3 p1t+1w; "
                "word clusters v1: c0 cc0 c-1 c+1 p1c0 c0c+1");

inline constexpr std::size_t kFeatureCount = 50;
// The second pass sees the first pass's labels of the whole sentence as well: these extra
// templates come after the kFeatureCount shared ones.
inline constexpr std::size_t kSecondPassExtra = 9;
inline constexpr std::size_t kSecondPassFeatureCount = kFeatureCount + kSecondPassExtra;
inline constexpr std::size_t kPadding = 2;  // boundary tokens on each side of the sentence

struct TokenHashes {
  std::uint64_t exact = 0;   // normalised form, case kept (tag dictionary key)
  std::uint64_t lower = 0;   // normalised, lower-cased form
  std::uint64_t shape = 0;   // "Xxxx", "dd.dd", ...
  std::array<std::uint64_t, 4> suffix{};  // last 1..4 code points of the lower-cased form
  std::array<std::uint64_t, 4> prefix{};  // first 1..4 code points
  // The set of labels the lower-cased word had in training (its "ambiguity class"), or
  // kUnknownAmbiguity; filled by the caller from the model's lexicon.
  std::uint64_t ambiguity = 0;
  std::uint64_t exact_ambiguity = 0;  // the same for the form as written (case kept)
  // How the whole sentence is written: 1 normal, 2 mostly capitals (headlines, shouting),
  // 3 mostly title case; the same value in every token of a sentence.
  std::uint64_t sentence_case = 0;
  // Second tag-dictionary key, tried when `exact` is not in the dictionary: the lower-cased
  // form for a sentence's first word written in Title case ("Each" -> "each"), else 0. Such
  // capitals say nothing about the word, and such words are rarer than their lower case.
  std::uint64_t dictionary_fallback = 0;
  // The word's fine and coarse clusters (see clusters/word_clusters.hpp), hashed.
  std::uint64_t cluster = 0;
  std::uint64_t coarse = 0;
};

// Lexicon key of a case-kept form, distinct from the lower-cased key of the same bytes.
inline std::uint64_t exact_lexicon_key(std::uint64_t exact) {
  return stable_hash_combine(exact, 0xCA5EU);
}

inline constexpr std::uint64_t kUnknownAmbiguity = stable_hash("<unknown ambiguity>");

// Ambiguity class of a sorted list of label indices.
std::uint64_t ambiguity_class(const std::vector<int>& sorted_labels);

// Fills `out` with kPadding boundary entries, one entry per token, then kPadding more; every
// `ambiguity` is kUnknownAmbiguity (boundaries have their own).
// `clusters` (may be null: every cluster unknown) gives each token's clusters.
void hash_tokens(const Sentence& sentence, std::vector<TokenHashes>& out, const WordClusters* clusters = nullptr);

// The feature keys of token `i` (0-based) given the labels predicted for i-1 and i-2
// (-1 before the start). Keys are never 0.
void extract_features(const std::vector<TokenHashes>& hashes, std::size_t i, int prev1, int prev2,
                      std::array<std::uint64_t, kFeatureCount>& out);

// The second pass's feature keys of token `i`: the kFeatureCount keys of extract_features,
// then templates over `first`, the first pass's labels of every token of the sentence.
void extract_second_pass_features(const std::vector<TokenHashes>& hashes, std::size_t i,
                                  int prev1, int prev2, const std::vector<int>& first,
                                  std::array<std::uint64_t, kSecondPassFeatureCount>& out);

// Hash of a form as the tag dictionary sees it (normalised, case kept).
std::uint64_t dictionary_key(std::string_view form);

}  // namespace issuegraph::tagger_detail
