// The tokenizer's raw output: token spans over the document text with the line breaks that
// precede each one. segment_text() turns these into Sentences; tests and tools can use them
// directly. Conventions are those of UD English EWT (see segmenter.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace issuegraph {

struct TokenSpan {
  std::size_t begin = 0;  // byte offsets in the document text
  std::size_t end = 0;
  std::uint8_t newlines_before = 0;  // line breaks in the white space before it, capped at 2
  bool space_before = false;         // white space separates it from the previous token
};

// Splits `text` into token spans, appending to `out`. Never fails: bytes that are not valid
// UTF-8 are kept inside words.
void tokenize_spans(std::string_view text, std::vector<TokenSpan>& out);

// Abbreviations that keep their final period as part of the token ("Mr.", "Inc.", "Jan.").
// `word` is the token without that period.
bool is_known_abbreviation(std::string_view word);

}  // namespace issuegraph
