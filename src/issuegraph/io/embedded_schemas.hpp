// The JSON Schemas of schemas/*.schema.json, compiled into the library by
// cmake/EmbedSchemas.cmake and keyed by file name ("actors.schema.json").
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace issuegraph {

const std::map<std::string, std::string_view, std::less<>>& embedded_schemas();

}  // namespace issuegraph
