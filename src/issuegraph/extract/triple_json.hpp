// The JSON Lines and TSV forms of a Triple: the fixed record contract of `issuegraph extract`
// (schemas/triple.schema.json). Field order is fixed so that output is byte-stable.
#pragma once

#include <ostream>
#include <string>

#include <rapidjson/document.h>

#include "issuegraph/extract/triple.hpp"

namespace issuegraph {

// One line of JSON, without the trailing newline.
std::string triple_to_json(const Triple& triple);

// The TSV header and rows: doc, sentence, actor, action class, negated, issue, target,
// confidence, evidence (tabs and newlines inside fields become spaces).
std::string triple_tsv_header();
std::string triple_to_tsv(const Triple& triple);

// Reads a record written by triple_to_json. Throws InputError naming `source` when a required
// field is missing or has the wrong type.
Triple triple_from_json(const rapidjson::Value& value, const std::string& source);

}  // namespace issuegraph
