// JSON parsing with located errors, and validation against the embedded JSON Schemas
// (RapidJSON 1.1's SchemaValidator, which implements draft-04).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <rapidjson/document.h>

namespace issuegraph {

// Parses `text` as JSON. Throws InputError naming `source` and the line and column of a
// syntax error.
rapidjson::Document parse_json(std::string_view text, const std::string& source);

// Reads and parses a JSON file; throws InputError when it cannot be read or parsed.
rapidjson::Document read_json_file(const std::string& path);

// A compiled schema, reusable across many documents (a JSON Lines file validates every line).
class JsonSchema {
 public:
  // `schema_name` is a file name under schemas/, e.g. "triple.schema.json".
  explicit JsonSchema(std::string_view schema_name);
  ~JsonSchema();
  JsonSchema(const JsonSchema&) = delete;
  JsonSchema& operator=(const JsonSchema&) = delete;

  // Throws SchemaError("<source>: <pointer>: <what>") on the first violation.
  void validate(const rapidjson::Value& document, const std::string& source) const;
  // The same, as a message; empty when valid.
  std::string violation(const rapidjson::Value& document, const std::string& source) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace issuegraph
