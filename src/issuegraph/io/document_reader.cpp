#include "issuegraph/io/document_reader.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <optional>
#include <string_view>

#include "issuegraph/base/error.hpp"
#include "issuegraph/text/utf8.hpp"

namespace issuegraph {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Reads one input (file or stream) and reports into the shared ReadReport.
class Reader {
 public:
  Reader(const ReadOptions& options, const std::function<void(Document&&)>& sink,
         ReadReport& report)
      : options_(options), sink_(sink), report_(report) {}

  void read_path(const std::string& path) {
    if (path == "-") {
      read_stdin();
      return;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      read_directory(path);
      return;
    }
    InputFormat format = options_.format;
    if (format == InputFormat::kAuto) {
      const std::string extension = fs::path(path).extension().string();
      format = (extension == ".jsonl" || extension == ".ndjson") ? InputFormat::kJsonl
                                                                 : InputFormat::kText;
    }
    // Binary mode: offsets in messages are byte offsets, and CRLF is normalised by us, not the
    // library, so that a document's text is the same on every platform.
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      error(path, 0, std::string("cannot open: ") + std::strerror(errno));
      return;
    }
    if (format == InputFormat::kJsonl) {
      read_jsonl(in, path, "", 0);
      return;
    }
    // Refuse an oversized file before reading it, not after.
    const auto size = fs::file_size(path, ec);
    if (!ec && size > options_.max_document_bytes) {
      error(path, 0, too_large("file", size));
      return;
    }
    std::string data;
    if (!ec) data.reserve(static_cast<std::size_t>(size));
    data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      error(path, 0, "read error");
      return;
    }
    read_text(std::move(data), path, fs::path(path).stem().string());
  }

 private:
  void read_directory(const std::string& path) {
    std::vector<std::string> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      const std::string name = entry.path().filename().string();
      const std::string extension = entry.path().extension().string();
      if (!name.starts_with(".") && entry.is_regular_file() &&
          (extension == ".txt" || extension == ".jsonl" || extension == ".ndjson")) {
        files.push_back(entry.path().string());
      }
    }
    if (ec) {
      error(path, 0, "cannot list directory: " + ec.message());
      return;
    }
    if (files.empty()) error(path, 0, "no .txt, .jsonl or .ndjson files in directory");
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) read_path(file);
  }

  void read_stdin() {
    std::istream& in = std::cin;
    InputFormat format = options_.format;
    // Under kAuto, look at the first non-space byte; what was consumed is handed on.
    std::string prefix;
    if (format == InputFormat::kAuto) {
      format = InputFormat::kText;
      int c = 0;
      while ((c = in.get()) != std::char_traits<char>::eof()) {
        prefix.push_back(static_cast<char>(c));
        if (prefix == kBom.substr(0, prefix.size())) continue;  // part of a byte order mark
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        if (c == '{') format = InputFormat::kJsonl;
        break;
      }
    }
    if (format == InputFormat::kJsonl) {
      read_jsonl(in, "-", prefix, 0);
      return;
    }
    std::string data = std::move(prefix);
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      data.append(buffer, static_cast<std::size_t>(in.gcount()));
      if (data.size() > options_.max_document_bytes) {
        error("-", 0, too_large("input", data.size()) + " (stopped reading)");
        return;
      }
    }
    read_text(std::move(data), "-", "stdin");
  }

  void read_text(std::string data, const std::string& source, const std::string& id) {
    if (data.size() > options_.max_document_bytes) {
      error(source, 0, too_large("file", data.size()));
      return;
    }
    // A NUL byte never occurs in text; checking it first gives a clearer message for images
    // and archives than the invalid UTF-8 that would follow.
    if (const void* nul = std::memchr(data.data(), '\0', data.size())) {
      const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - data.data());
      error(source, 0, "binary file (NUL byte at offset " + std::to_string(offset) + ")");
      return;
    }
    if (!decode(data, source, 0, 0)) return;
    if (std::string_view(data).starts_with(kBom)) data.erase(0, kBom.size());
    normalise_newlines(data);
    if (data.find_first_not_of(" \t\n\f\v") == std::string::npos) {
      error(source, 0, "empty file: no text");
      return;
    }
    Document document;
    document.id = id;
    document.text = std::move(data);
    document.source = source;
    document.line = 0;
    deliver(std::move(document));
  }

  // One record per line, read with getline so that only one line is in memory at a time.
  // `prefix` holds bytes of the first line already consumed from `in` (stdin detection);
  // `offset` is the byte offset of the stream's start, for messages.
  void read_jsonl(std::istream& in, const std::string& source, std::string prefix,
                  std::size_t offset) {
    std::string line;
    std::size_t line_number = 0;
    std::size_t records = 0;
    const std::size_t errors_at_start = report_.errors.size();
    while (true) {
      if (!std::getline(in, line)) {
        if (prefix.empty()) break;
        line.clear();
      }
      if (!prefix.empty()) {
        line.insert(0, prefix);
        // The prefix may hold whole blank lines of its own.
        prefix.clear();
        const std::size_t last_newline = line.rfind('\n');
        if (last_newline != std::string::npos) {
          for (char c : std::string_view(line).substr(0, last_newline)) line_number += c == '\n';
          line_number += 1;
          offset += last_newline + 1;
          line.erase(0, last_newline + 1);
        }
      }
      ++line_number;
      const std::size_t line_offset = offset;
      offset += line.size() + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line_number == 1 && std::string_view(line).starts_with(kBom)) line.erase(0, kBom.size());
      if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;
      ++records;
      read_record(line, source, line_number, line_offset);
    }
    if (in.bad()) error(source, 0, "read error after line " + std::to_string(line_number));
    if (records == 0 && report_.errors.size() == errors_at_start)
      error(source, 0, "empty file: no text");
  }

  void read_record(std::string& line, const std::string& source, std::size_t line_number,
                   std::size_t line_offset) {
    if (line.size() > options_.max_document_bytes) {
      error(source, line_number, too_large("record", line.size()));
      return;
    }
    if (const void* nul = std::memchr(line.data(), '\0', line.size())) {
      const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - line.data());
      error(source, line_number,
            "binary data (NUL byte at offset " + std::to_string(line_offset + offset) + ")");
      return;
    }
    if (!decode(line, source, line_number, line_offset)) return;
    // The line is valid UTF-8 by now; the flag makes RapidJSON check its escapes as well.
    rapidjson::Document json;
    json.Parse<rapidjson::kParseValidateEncodingFlag>(line.data(), line.size());
    if (json.HasParseError()) {
      error(source, line_number,
            "malformed JSON at column " + std::to_string(json.GetErrorOffset() + 1) + ": " +
                rapidjson::GetParseError_En(json.GetParseError()));
      return;
    }
    if (!json.IsObject()) {
      error(source, line_number, "expected a JSON object with \"id\" and \"text\"");
      return;
    }
    std::optional<std::string> id = string_field(json, "id", source, line_number, true);
    if (!id) return;
    std::optional<std::string> text = string_field(json, "text", source, line_number, true);
    if (!text) return;
    std::optional<std::string> date = string_field(json, "date", source, line_number, false);
    if (!date) return;
    if (id->empty()) {
      error(source, line_number, "\"id\" is empty");
      return;
    }
    // RapidJSON 1.1 decodes a lone low surrogate escape ("\udc00") into bytes that are not
    // UTF-8; every later stage assumes valid UTF-8.
    if (find_invalid_utf8(*id) || find_invalid_utf8(*text) || find_invalid_utf8(*date)) {
      error(source, line_number, "a string holds a \\u escape of a lone surrogate (not UTF-8)");
      return;
    }
    // "\u0000" in JSON decodes to a NUL, which later stages (C strings in Graphviz) cannot take.
    if (text->find('\0') != std::string::npos) {
      error(source, line_number, "\"text\" contains a NUL character");
      return;
    }
    normalise_newlines(*text);
    if (text->find_first_not_of(" \t\n\f\v") == std::string::npos) {
      error(source, line_number, "\"text\" is empty");
      return;
    }
    Document document;
    document.id = std::move(*id);
    document.text = std::move(*text);
    document.date = std::move(*date);
    document.source = source;
    document.line = line_number;
    deliver(std::move(document));
  }

  // The value of a string member; nullopt after reporting an error. An absent optional member
  // gives an empty string.
  std::optional<std::string> string_field(const rapidjson::Value& object, const char* name,
                                          const std::string& source, std::size_t line_number,
                                          bool required) {
    const auto member = object.FindMember(name);
    if (member == object.MemberEnd()) {
      if (!required) return std::string();
      error(source, line_number, std::string("missing \"") + name + "\"");
      return std::nullopt;
    }
    if (!member->value.IsString()) {
      error(source, line_number, std::string("\"") + name + "\" must be a string");
      return std::nullopt;
    }
    return std::string(member->value.GetString(), member->value.GetStringLength());
  }

  // Checks `data` for invalid UTF-8; with a legacy encoding chosen, decodes it and leaves a
  // note. Returns false after reporting an error. `line_number` 0 = a whole file whose offsets
  // start at `base_offset` 0.
  bool decode(std::string& data, const std::string& source, std::size_t line_number,
              std::size_t base_offset) {
    const std::optional<std::size_t> bad = find_invalid_utf8(data);
    if (!bad) return true;
    std::size_t line = line_number;
    if (line == 0)
      line = 1 + static_cast<std::size_t>(std::count(data.begin(), data.begin() + *bad, '\n'));
    const std::string where =
        "line " + std::to_string(line) + ", byte offset " + std::to_string(base_offset + *bad);
    if (options_.legacy_encoding.empty()) {
      error(source, line_number,
            "invalid UTF-8 at " + where + " (use a legacy encoding such as cp1252 to decode it)");
      return false;
    }
    data = *decode_legacy(data, options_.legacy_encoding);
    const std::string location =
        line_number == 0 ? source : source + ":" + std::to_string(line_number);
    report_.notes.push_back(location + ": not valid UTF-8 (first at " + where + "); decoded as " +
                            options_.legacy_encoding);
    return true;
  }

  static void normalise_newlines(std::string& data) {
    if (data.find('\r') == std::string::npos) return;
    std::size_t out = 0;
    for (std::size_t i = 0; i < data.size(); ++i) {
      if (data[i] == '\r') {
        data[out++] = '\n';
        if (i + 1 < data.size() && data[i + 1] == '\n') ++i;
      } else {
        data[out++] = data[i];
      }
    }
    data.resize(out);
  }

  std::string too_large(const char* what, std::size_t size) const {
    return std::string(what) + " is " + std::to_string(size) + " bytes, larger than the limit of " +
           std::to_string(options_.max_document_bytes) + " bytes";
  }

  void error(const std::string& source, std::size_t line_number, const std::string& what) {
    if (line_number == 0) {
      report_.errors.push_back(source + ": " + what);
    } else {
      report_.errors.push_back(source + ":" + std::to_string(line_number) + ": " + what);
    }
  }

  void deliver(Document&& document) {
    ++report_.documents;
    sink_(std::move(document));
  }

  const ReadOptions& options_;
  const std::function<void(Document&&)>& sink_;
  ReadReport& report_;
};

}  // namespace

void read_documents(const std::string& path, const ReadOptions& options,
                    const std::function<void(Document&&)>& sink, ReadReport& report) {
  if (!options.legacy_encoding.empty() && !decode_legacy("", options.legacy_encoding)) {
    throw UsageError("unknown legacy encoding '" + options.legacy_encoding +
                     "' (expected latin1 or cp1252)");
  }
  Reader(options, sink, report).read_path(path);
}

InputFormat parse_input_format(const std::string& name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "jsonl" || name == "ndjson") return InputFormat::kJsonl;
  throw UsageError("unknown input format '" + name + "' (expected auto, text or jsonl)");
}

}  // namespace issuegraph
