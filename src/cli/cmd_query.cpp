// `issuegraph query`: placeholder until its issue lands.
#include <iostream>

#include "cli/commands.hpp"

namespace issuegraph::cli {

void add_query_command(CLI::App& app, Context& context) {
  auto* cmd = app.add_subcommand("query", "(not built yet)");
  cmd->callback([&context] {
    std::cerr << "issuegraph: 'query' is not built yet\n";
    context.exit_code = 1;
  });
}

}  // namespace issuegraph::cli
