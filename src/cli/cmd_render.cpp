// `issuegraph render`: placeholder until its issue lands.
#include <iostream>

#include "cli/commands.hpp"

namespace issuegraph::cli {

void add_render_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("render", "(not built yet)");
  cmd->callback([&context] {
    std::cerr << "issuegraph: 'render' is not built yet\n";
    context.exit_code = 1;
  });
}

}  // namespace issuegraph::cli
