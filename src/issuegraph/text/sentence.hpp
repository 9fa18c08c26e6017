// Sentences and their tokens, the plain data that flows from the tokenizer through the tagger,
// lemmatiser and parser to the extractor. Each stage fills its own fields and reads the earlier
// ones; CoNLL-U vocabulary (upos, xpos, lemma, head, deprel) throughout.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace issuegraph {

struct Token {
  std::string form;
  std::size_t begin = 0;    // byte offset of the token in its document's text
  std::size_t end = 0;      // one past the last byte
  bool space_after = true;  // false when the next token follows without whitespace
  std::string upos;
  std::string xpos;
  std::string lemma;
  std::string feats = "_";  // kept from CoNLL-U input, not predicted
  int head = -1;            // CoNLL-U head: 1-based index of the head word, 0 = root, -1 = none
  std::string deprel;
  std::string deps = "_";   // CoNLL-U columns 9 and 10, kept verbatim for round trips
  std::string misc = "_";
};

// A CoNLL-U multiword token ("don't" = do + n't): words first..last (1-based) share one surface.
struct MultiwordToken {
  int first = 0;
  int last = 0;
  std::string form;
  std::string misc = "_";
};

struct Sentence {
  std::size_t index = 0;    // 0-based position in its document
  std::size_t begin = 0;    // byte offsets of the sentence in the document text
  std::size_t end = 0;
  std::string text;         // the sentence as written (evidence for triples)
  std::vector<Token> tokens;
  // CoNLL-U material that the pipeline does not produce but must write back unchanged.
  std::vector<std::string> comments;                      // "# ..." lines, without the newline
  std::vector<MultiwordToken> multiword_tokens;
  std::vector<std::pair<int, std::string>> empty_nodes;   // (after word N, raw line)
};

}  // namespace issuegraph
