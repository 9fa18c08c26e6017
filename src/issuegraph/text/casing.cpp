#include "issuegraph/text/casing.hpp"

#include <cstddef>

namespace issuegraph {

SentenceCasing sentence_casing(const Sentence& sentence) {
  std::size_t words = 0;
  std::size_t upper = 0;
  std::size_t title = 0;
  for (const Token& token : sentence.tokens) {
    std::size_t capitals = 0;
    std::size_t smalls = 0;
    for (char c : token.form) {
      capitals += (c >= 'A' && c <= 'Z') ? 1 : 0;
      smalls += (c >= 'a' && c <= 'z') ? 1 : 0;
    }
    if (capitals + smalls < 2) continue;
    ++words;
    upper += smalls == 0 ? 1 : 0;
    title += (capitals == 1 && token.form[0] >= 'A' && token.form[0] <= 'Z') ? 1 : 0;
  }
  if (words >= 3 && 2 * upper > words) return SentenceCasing::kCapitals;
  if (words >= 3 && 5 * title > 3 * words) return SentenceCasing::kTitle;
  return SentenceCasing::kNormal;
}

}  // namespace issuegraph
