// The one exception hierarchy of the library. Every error says where (file, line, JSON pointer)
// and what was expected; the CLI's main() is the only place that catches and maps them to exit
// codes (1 for data and runtime errors, 2 for usage errors).
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace issuegraph {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Bad input data: a file that cannot be read, invalid UTF-8, a malformed JSON line.
// `line` and `column` are 1-based; 0 means unknown.
class InputError : public Error {
 public:
  InputError(std::string file, std::size_t line, std::size_t column, const std::string& what);
  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  std::size_t column() const { return column_; }

 private:
  std::string file_;
  std::size_t line_;
  std::size_t column_;
};

// A model file that is missing, truncated, corrupt or made for another version of the code.
class ModelError : public Error {
 public:
  ModelError(const std::string& file, const std::string& what);
};

// A JSON document that breaks its schema (lexicon, graph, triple).
// Message: "<file>: <pointer>: <what>", e.g. "lexicons/actors.json: /actors/12/aliases: ...".
class SchemaError : public Error {
 public:
  SchemaError(std::string file, std::string pointer, std::string keyword, const std::string& what);
  const std::string& file() const { return file_; }
  const std::string& pointer() const { return pointer_; }
  const std::string& keyword() const { return keyword_; }

 private:
  std::string file_;
  std::string pointer_;
  std::string keyword_;
};

// The caller asked for something impossible (unknown format, missing argument).
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& what) : Error(what) {}
};

}  // namespace issuegraph
