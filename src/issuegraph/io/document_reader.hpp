// Reads news articles into Documents: a plain-text file is one document, a JSON Lines file
// (.jsonl/.ndjson, or stdin starting with '{') holds one {"id", "text", "date"?} record per line.
// Bad data never stops the reading: each problem is appended to ReadReport::errors as
// "file:line: what" or "file: what" and the reader moves on to the next record or file.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "issuegraph/text/document.hpp"

namespace issuegraph {

enum class InputFormat { kAuto, kText, kJsonl };

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::string legacy_encoding;  // "" = strict UTF-8; "latin1"/"cp1252" = opt-in decode
  std::size_t max_document_bytes = 64u << 20;
};

struct ReadReport {
  std::size_t documents = 0;        // documents passed to the sink
  std::vector<std::string> errors;  // each "file:line: what" or "file: what"
  // Things the reader changed on purpose and the user should know about (legacy decoding);
  // they are not errors and do not lose data.
  std::vector<std::string> notes;
};

// Streams every valid document of `path` ("-" = stdin; a directory = its *.txt, *.jsonl and
// *.ndjson files in name order) to `sink`. Plain text: id = file stem, source = path, CRLF
// normalised to LF, a UTF-8 byte order mark removed. Throws UsageError only for an unknown
// legacy_encoding; data problems go to `report`.
void read_documents(const std::string& path, const ReadOptions& options,
                    const std::function<void(Document&&)>& sink, ReadReport& report);

// Parses a format name as given on the command line: "auto", "text" or "jsonl" (UsageError
// otherwise).
InputFormat parse_input_format(const std::string& name);

}  // namespace issuegraph
