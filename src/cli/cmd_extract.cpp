// `issuegraph extract [--format jsonl|tsv] INPUT...`: one record per triple on stdout.
#include <iostream>

#include "cli/commands.hpp"
#include "cli/extraction_options.hpp"
#include "issuegraph/extract/triple_json.hpp"

namespace issuegraph::cli {

namespace {

struct ExtractArguments {
  ExtractionArguments job;
  std::string format = "jsonl";
};

void run_extract(const ExtractArguments& arguments, Context& context) {
  ExtractionJob job(extraction_settings(arguments.job, context));
  const bool tsv = arguments.format == "tsv";
  if (tsv) std::cout << triple_tsv_header() << '\n';
  ExtractionReport report =
      job.run(arguments.job.inputs, [&](const Document&, std::vector<Triple>&& triples) {
        for (const Triple& t : triples) std::cout << (tsv ? triple_to_tsv(t) : triple_to_json(t)) << '\n';
      });
  std::cout.flush();
  context.exit_code = report_problems(report, std::cerr);
}

}  // namespace

void add_extract_command(CLI::App& app, Context& context) {
  auto arguments = std::make_shared<ExtractArguments>();
  auto* cmd = app.add_subcommand("extract", "Print actor-action-issue triples, one per line");
  add_extraction_options(*cmd, arguments->job);
  cmd->add_option("--format", arguments->format, "jsonl (default) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->callback([arguments, &context] { run_extract(*arguments, context); });
}

}  // namespace issuegraph::cli
