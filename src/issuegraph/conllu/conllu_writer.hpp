// Writes Sentences as CoNLL-U: comments, multiword ranges and empty nodes as read, word lines
// from the Token fields ("_" for empty ones), a blank line after each sentence.
#pragma once

#include <ostream>

#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

void write_conllu(std::ostream& out, const Sentence& sentence);

}  // namespace issuegraph
