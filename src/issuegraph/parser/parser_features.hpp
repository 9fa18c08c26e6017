// Feature extraction for the dependency parser, in the style of Zhang & Nivre (2011): words,
// tags and lemmas of the top three stack words and the first three buffer words, their outer
// children and labels, valencies, distances and label sets, conjoined by fixed templates.
// Each feature is a 64-bit stable hash (template id + atoms), never std::hash.
#pragma once

#include <cstdint>
#include <vector>

#include "issuegraph/clusters/word_clusters.hpp"
#include "issuegraph/parser/transition_system.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph::parser {

// Per-word hashes computed once per sentence. Index 0 is the root, 1..n the words and n+1 a
// "none" slot used for missing positions, so that feature code never branches on absence.
struct WordAtoms {
  std::uint64_t word = 0;   // lower-cased form
  std::uint64_t tag = 0;    // XPOS, or UPOS when XPOS is empty/"_"
  std::uint64_t upos = 0;
  std::uint64_t lemma = 0;
  std::uint64_t word_tag = 0;
  std::uint64_t cluster = 0;  // fine word cluster (one value for words the table lacks)
  std::uint64_t coarse = 0;   // coarse word cluster
};

// `clusters` may be null (or empty): then every word has the unknown cluster.
void compute_word_atoms(const Sentence& sentence, const WordClusters* clusters, std::vector<WordAtoms>& atoms);

inline constexpr int kMaxFeatures = 160;

// Writes the state's feature hashes to `out` (room for kMaxFeatures) and returns their count.
// None is zero (zero marks empty slots in the weight table).
int extract_features(const ParserState& state, const std::vector<WordAtoms>& atoms,
                     std::uint64_t* out);

// A hash of the template table: models record it, and a model made with other templates is
// rejected at load.
std::uint64_t feature_set_hash();

}  // namespace issuegraph::parser
