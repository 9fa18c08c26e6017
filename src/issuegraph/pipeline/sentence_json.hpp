// One annotated sentence as a JSON object on one line, the `parse --format jsonl` record:
// {"doc", "sentence", "text", "tokens": [{"id", "form", "lemma", "upos", "xpos", "head",
// "deprel", "start", "end"}]}. start/end are byte offsets in the document text.
#pragma once

#include <string>

#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

std::string sentence_to_json(const std::string& doc_id, const Sentence& sentence);

}  // namespace issuegraph
