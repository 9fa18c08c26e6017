// Options shared by the commands that run the text → triples job (`extract`, `build`), so that
// both read input, lexicons and thresholds the same way.
#pragma once

#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "issuegraph/workflow/extraction_job.hpp"

namespace issuegraph::cli {

struct ExtractionArguments {
  std::vector<std::string> inputs;
  std::vector<std::string> lexicons;
  std::string input_format = "auto";
  std::string encoding;
  double min_confidence = 0.0;
  bool explain = false;
  bool listed_actions_only = false;  // --listed-actions-only
  int threads = 1;
  int readings = 2;  // --readings: the parser's other readings tried for a fruitless sentence
};

void add_extraction_options(CLI::App& command, ExtractionArguments& arguments);

// Builds the job's settings; throws UsageError on impossible combinations.
ExtractionSettings extraction_settings(const ExtractionArguments& arguments, const Context& context);

// Prints the report's errors and notes on stderr; returns 1 when any record was lost, else 0.
int report_problems(const ExtractionReport& report, std::ostream& err);

}  // namespace issuegraph::cli
