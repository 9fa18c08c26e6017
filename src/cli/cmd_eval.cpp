// `issuegraph eval`: placeholder until its issue lands.
#include <iostream>

#include "cli/commands.hpp"

namespace issuegraph::cli {

void add_eval_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("eval", "(not built yet)");
  cmd->callback([&context] {
    std::cerr << "issuegraph: 'eval' is not built yet\n";
    context.exit_code = 1;
  });
}

}  // namespace issuegraph::cli
