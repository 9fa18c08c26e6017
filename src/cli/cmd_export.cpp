// `issuegraph export GRAPH.json --format dot|json|graphml|neo4j [filters] -o OUT`: write a
// view of a built graph in another format (neo4j: -o names a directory).
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/view_options.hpp"
#include "issuegraph/base/error.hpp"
#include "issuegraph/export/dot_writer.hpp"
#include "issuegraph/export/graphml_writer.hpp"
#include "issuegraph/export/neo4j_writer.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph::cli {

namespace {

struct ExportArguments {
  std::string graph_path;
  std::string format;
  std::string output = "-";
  ViewFilter filter;
};

void run_export(const ExportArguments& a) {
  KnowledgeGraph view = load_view(a.graph_path, a.filter);
  if (a.format == "neo4j") {
    if (a.output == "-") throw UsageError("export --format neo4j needs -o DIRECTORY");
    write_neo4j_csv(view, a.output);
  } else if (a.format == "dot") {
    write_output_file(a.output, write_dot(view));
  } else if (a.format == "json") {
    write_output_file(a.output, graph_to_json(view));
  } else if (a.format == "graphml") {
    write_output_file(a.output, write_graphml(view));
  } else {
    throw UsageError("unknown export format '" + a.format + "'");
  }
}

}  // namespace

void add_export_command(CLI::App& app, Context& /*context*/) {
  auto arguments = std::make_shared<ExportArguments>();
  auto* cmd = app.add_subcommand("export", "Write a graph.json (or a view of it) as DOT, JSON, GraphML or Neo4j CSV");
  cmd->add_option("graph", arguments->graph_path, "graph.json written by `issuegraph build`")->required();
  cmd->add_option("--format", arguments->format, "dot | json | graphml | neo4j")
      ->required()
      ->check(CLI::IsMember({"dot", "json", "graphml", "neo4j"}));
  cmd->add_option("-o,--output", arguments->output, "Output file (default stdout); a directory for neo4j");
  add_view_options(*cmd, arguments->filter);
  cmd->callback([arguments] { run_export(*arguments); });
}

}  // namespace issuegraph::cli
