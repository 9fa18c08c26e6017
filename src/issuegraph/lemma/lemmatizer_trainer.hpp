// Learning a Lemmatizer from gold LEMMA columns: rule statistics over word types per XPOS and
// suffix, then exceptions for every frequent (form, tag) pair that the rules get wrong.
#pragma once

#include <ostream>
#include <vector>

#include "issuegraph/lemma/lemmatizer.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

// Requires: training tokens have `form`, `upos`, `xpos` and `lemma`. Throws UsageError when
// `train` holds no token with a lemma. `log` (may be nullptr) receives a summary.
Lemmatizer train_lemmatizer(const std::vector<Sentence>& train, std::ostream* log);

}  // namespace issuegraph
