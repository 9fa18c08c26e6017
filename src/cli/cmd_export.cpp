// `issuegraph export`: placeholder until its issue lands.
#include <iostream>

#include "cli/commands.hpp"

namespace issuegraph::cli {

void add_export_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("export", "(not built yet)");
  cmd->callback([&context] {
    std::cerr << "issuegraph: 'export' is not built yet\n";
    context.exit_code = 1;
  });
}

}  // namespace issuegraph::cli
