// Averaging of parsers trained on the same data with different seeds. The parser scores a state
// by a sum of weights, so the parser whose weights are the mean of N parsers' weights scores
// every move with the mean of their scores: an ensemble that costs no more to run than one
// model. The mean is pruned to a size budget by dropping the rows with the smallest weights.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "issuegraph/parser/dependency_parser.hpp"

namespace issuegraph::parser {

// Requires: at least one parser; all with the same labels (the same training data gives them).
// Throws UsageError otherwise. The result's metadata is the first parser's, with
// "averaged_models" added.
DependencyParser average_parsers(const std::vector<DependencyParser>& parsers, std::size_t max_weight_bytes,
                                 std::ostream* log);

}  // namespace issuegraph::parser
