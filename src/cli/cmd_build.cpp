// `issuegraph build`: placeholder until its issue lands.
#include <iostream>

#include "cli/commands.hpp"

namespace issuegraph::cli {

void add_build_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("build", "(not built yet)");
  cmd->callback([&context] {
    std::cerr << "issuegraph: 'build' is not built yet\n";
    context.exit_code = 1;
  });
}

}  // namespace issuegraph::cli
