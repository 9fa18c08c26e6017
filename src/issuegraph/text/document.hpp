// A document as read from input: its id (file stem or JSONL "id"), its UTF-8 text, and where it
// came from so that later errors can name the file and line.
#pragma once

#include <cstddef>
#include <string>

namespace issuegraph {

struct Document {
  std::string id;
  std::string text;
  std::string date;         // ISO date when the input gives one (JSONL "date"), else empty
  std::string source;       // the file it came from ("-" for stdin)
  std::size_t line = 0;     // 1-based line in a JSON Lines file; 0 for a whole file
};

}  // namespace issuegraph
