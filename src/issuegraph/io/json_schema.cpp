#include "issuegraph/io/json_schema.hpp"

#include <fstream>
#include <sstream>

#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/io/embedded_schemas.hpp"

namespace issuegraph {
namespace {

// Line and column (1-based) of a byte offset, for parse errors.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
  std::size_t line = 1;
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

std::string pointer_string(const rapidjson::Pointer& pointer) {
  rapidjson::StringBuffer buffer;
  pointer.Stringify(buffer);
  return buffer.GetString();
}

std::string compact_json(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return buffer.GetString();
}

// RapidJSON 1.1 reports only the failing keyword and the schema location; read the keyword's
// value from the schema so the message says what was expected ("expected array").
std::string describe_violation(const rapidjson::SchemaValidator& validator,
                               const rapidjson::Document& schema_json) {
  std::string keyword = validator.GetInvalidSchemaKeyword();
  const rapidjson::Value* rule = validator.GetInvalidSchemaPointer().Get(schema_json);
  const rapidjson::Value* value =
      (rule != nullptr && rule->IsObject() && rule->HasMember(keyword.c_str()))
          ? &(*rule)[keyword.c_str()]
          : nullptr;
  if (value == nullptr) return "violates schema keyword '" + keyword + "'";
  if (keyword == "type") return "expected " + compact_json(*value);
  if (keyword == "required") return "missing a required property of " + compact_json(*value);
  if (keyword == "enum") return "expected one of " + compact_json(*value);
  if (keyword == "additionalProperties") return "holds a property the schema does not allow";
  if (keyword == "pattern") return "does not match the pattern " + compact_json(*value);
  return "violates schema keyword '" + keyword + "': " + compact_json(*value);
}

}  // namespace

rapidjson::Document parse_json(std::string_view text, const std::string& source) {
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
  if (document.HasParseError()) {
    auto [line, column] = line_and_column(text, document.GetErrorOffset());
    throw InputError(source, line, column,
                     std::string("malformed JSON: ") +
                         rapidjson::GetParseError_En(document.GetParseError()));
  }
  return document;
}

rapidjson::Document read_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, 0, "cannot open file");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw InputError(path, 0, 0, "cannot read file");
  return parse_json(content.str(), path);
}

struct JsonSchema::Impl {
  rapidjson::Document schema_json;
  std::unique_ptr<rapidjson::SchemaDocument> schema;
};

JsonSchema::JsonSchema(std::string_view schema_name) : impl_(std::make_unique<Impl>()) {
  const auto& schemas = embedded_schemas();
  auto it = schemas.find(schema_name);
  if (it == schemas.end()) {
    throw Error("no embedded schema named '" + std::string(schema_name) + "'");
  }
  impl_->schema_json = parse_json(it->second, "schemas/" + std::string(schema_name));
  impl_->schema = std::make_unique<rapidjson::SchemaDocument>(impl_->schema_json);
}

JsonSchema::~JsonSchema() = default;

std::string JsonSchema::violation(const rapidjson::Value& document,
                                  const std::string& source) const {
  rapidjson::SchemaValidator validator(*impl_->schema);
  if (document.Accept(validator)) return {};
  std::string pointer = pointer_string(validator.GetInvalidDocumentPointer());
  return source + ": " + (pointer.empty() ? "/" : pointer) + ": " + describe_violation(validator, impl_->schema_json);
}

void JsonSchema::validate(const rapidjson::Value& document, const std::string& source) const {
  rapidjson::SchemaValidator validator(*impl_->schema);
  if (document.Accept(validator)) return;
  throw SchemaError(source, pointer_string(validator.GetInvalidDocumentPointer()),
                    validator.GetInvalidSchemaKeyword(), describe_violation(validator, impl_->schema_json));
}

}  // namespace issuegraph
