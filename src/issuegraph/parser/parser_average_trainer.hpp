// Averaging of parsers trained on the same data with different seeds. The parser scores a state
// by a sum of weights, so the parser whose weights are the mean of N parsers' weights scores
// every move with the mean of their scores: an ensemble that costs no more to run than one
// model. The mean is pruned to a size budget by dropping the rows with the smallest weights.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "issuegraph/parser/dependency_parser.hpp"
#include "issuegraph/parser/parser_trainer.hpp"

namespace issuegraph::parser {

// Requires: at least one parser; all with the same labels (the same training data gives them).
// Throws UsageError otherwise. The result's metadata is the first parser's, with
// "averaged_models" added.
DependencyParser average_parsers(const std::vector<DependencyParser>& parsers, std::size_t max_weight_bytes,
                                 std::ostream* log);

// Trains `seeds` parsers with options.seed, options.seed + 1, ... (two at a time, on two
// threads) and averages them to options.max_weight_bytes. Deterministic: the same data, options
// and seeds give the same model. Each parser's log is written after it finishes.
DependencyParser train_averaged_parser(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                                       const ParserTrainingOptions& options, int seeds, std::ostream* log);

}  // namespace issuegraph::parser
