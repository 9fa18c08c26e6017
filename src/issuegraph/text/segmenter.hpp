// Sentence splitting and tokenisation of a whole document in one pass. Tokens follow the
// conventions of UD English EWT, on which the tagger and parser are trained: punctuation, clitics
// ('s, n't, 're, 've, 'll, 'd, 'm) and dashes are split off; hyphenated compounds, numbers, URLs,
// e-mail addresses, @handles, #hashtags and abbreviations with their period stay whole.
// See docs/text-pipeline.md for the rules.
#pragma once

#include <string_view>
#include <vector>

#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

// Splits `text` (UTF-8; invalid bytes are tolerated and end up inside tokens) into sentences.
// Ensures: sentences are numbered 0, 1, ...; every token's `form` equals
// text.substr(begin, end - begin) (offsets are document bytes); `space_after` is false when the
// next token follows without white space; a Sentence's `text` is the document span from its
// first to its last token with every white-space run that holds a line break collapsed to one
// space (so it fits on one line of TSV or JSON); all other Token fields are left empty.
// Thread-safe: it keeps no state between calls.
std::vector<Sentence> segment_text(std::string_view text);

// Tokens only, without sentence boundaries (offsets as above). Used by tests and tools that
// already have one sentence per line.
std::vector<Token> tokenize_text(std::string_view text);

}  // namespace issuegraph
