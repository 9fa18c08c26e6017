#include "issuegraph/base/error.hpp"

#include <utility>

namespace issuegraph {
namespace {

std::string located(const std::string& file, std::size_t line, std::size_t column,
                    const std::string& what) {
  std::string where = file;
  if (line > 0) where.append(":").append(std::to_string(line));
  if (line > 0 && column > 0) where.append(":").append(std::to_string(column));
  where.append(": ").append(what);
  return where;
}

}  // namespace

InputError::InputError(std::string file, std::size_t line, std::size_t column,
                       const std::string& what)
    : Error(located(file, line, column, what)),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

ModelError::ModelError(const std::string& file, const std::string& what)
    : Error(file + ": " + what) {}

SchemaError::SchemaError(std::string file, std::string pointer, std::string keyword,
                         const std::string& what)
    : Error(file + ": " + (pointer.empty() ? std::string("/") : pointer) + ": " + what),
      file_(std::move(file)),
      pointer_(std::move(pointer)),
      keyword_(std::move(keyword)) {}

}  // namespace issuegraph
