// The subcommands of the `issuegraph` command line. Each registers itself on the app and runs
// one library call; only this layer touches argv, stdout/stderr and exit codes.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace issuegraph::cli {

// Shared state: the exit code a command leaves (0 ok, 1 data error, 2 usage error) and the
// data directory (models, lexicons) resolved from --data, $ISSUEGRAPH_DATA or the build.
struct Context {
  int exit_code = 0;
  std::string data_dir;
  std::string program_path;
};

void add_extract_command(CLI::App& app, Context& context);
void add_build_command(CLI::App& app, Context& context);
void add_query_command(CLI::App& app, Context& context);
void add_stats_command(CLI::App& app, Context& context);
void add_render_command(CLI::App& app, Context& context);
void add_export_command(CLI::App& app, Context& context);
void add_parse_command(CLI::App& app, Context& context);
void add_eval_command(CLI::App& app, Context& context);
void add_train_command(CLI::App& app, Context& context);

// data/ beside the binary's parent (build/issuegraph -> data/), else the source tree's.
std::string resolve_data_dir(const std::string& explicit_dir, const std::string& program_path);

}  // namespace issuegraph::cli
