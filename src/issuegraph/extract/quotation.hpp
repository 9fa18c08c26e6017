// Quotation marks as the tokenizer leaves them (straight, curly, or PTB-style `` and ''), shared
// by the extractor's orchestration and its speaker rules.
#pragma once

#include <string>

#include "issuegraph/extract/sentence_view.hpp"

namespace issuegraph::extract {

inline bool is_quote(const std::string& w) {
  return w == "\"" || w == "\u201c" || w == "\u201d" || w == "``" || w == "''";
}

// How many quotation marks the sentence holds; odd when a quotation opens or closes in it.
inline int quote_marks(const SentenceView& view) {
  int marks = 0;
  for (int t = 0; t < view.size(); ++t) marks += is_quote(view.token(t).form) ? 1 : 0;
  return marks;
}

}  // namespace issuegraph::extract
