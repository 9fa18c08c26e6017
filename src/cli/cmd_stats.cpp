// `issuegraph stats GRAPH.json [filters] [--list N]`: counts of vertices and edges by type,
// the most connected actors and issues, the documents.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/view_options.hpp"
#include "issuegraph/graph/graph_stats.hpp"
#include "issuegraph/graph/graph_view.hpp"

namespace issuegraph::cli {

namespace {

struct StatsArguments {
  std::string graph_path;
  std::size_t list = 10;
  ViewFilter filter;
};

}  // namespace

void add_stats_command(CLI::App& app, Context& /*context*/) {
  auto arguments = std::make_shared<StatsArguments>();
  auto* cmd = app.add_subcommand("stats", "Summarise a graph.json: types, top actors and issues, documents");
  cmd->add_option("graph", arguments->graph_path, "graph.json written by `issuegraph build`")->required();
  cmd->add_option("--list", arguments->list, "How many top actors, issues and actions to list (default 10)");
  add_view_options(*cmd, arguments->filter);
  cmd->callback([arguments] {
    std::cout << format_stats(load_view(arguments->graph_path, arguments->filter), arguments->list);
  });
}

}  // namespace issuegraph::cli
