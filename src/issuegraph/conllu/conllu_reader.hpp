// Reads CoNLL-U (UD's 10-column format) into Sentences. Word lines fill Token fields verbatim;
// comments, multiword ranges and empty nodes are kept so that the writer gives them back.
// Malformed lines throw InputError with the file and line.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

class ConlluReader {
 public:
  // `source` names the stream in errors (usually the path).
  ConlluReader(std::istream& in, std::string source);

  // Reads the next sentence; false at end of input.
  bool next(Sentence& sentence);

 private:
  void parse_word_line(const std::string& line, Sentence& sentence);
  std::istream& in_;
  std::string source_;
  std::size_t line_number_ = 0;
  std::size_t sentence_count_ = 0;
};

// Convenience: every sentence of a file. Throws InputError when it cannot be opened.
std::vector<Sentence> read_conllu_file(const std::string& path);

}  // namespace issuegraph
