// `issuegraph render GRAPH.json [filters] -o OUT.svg|png|pdf|dot [--layout L]`: draw a view of
// a built graph in-process with libgvc.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/view_options.hpp"
#include "issuegraph/base/error.hpp"
#include "issuegraph/export/dot_writer.hpp"
#include "issuegraph/export/renderer.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph::cli {

namespace {

struct RenderArguments {
  std::string graph_path;
  std::string output;
  std::string format;
  std::string layout;
  std::string title;
  bool no_legend = false;
  int edge_labels = -1;
  ViewFilter filter;
};

std::string extension_of(const std::string& path) {
  auto dot = path.rfind('.');
  auto slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  return path.substr(dot + 1);
}

void run_render(const RenderArguments& a) {
  std::string format = a.format.empty() ? extension_of(a.output) : a.format;
  if (format.empty()) throw UsageError("render: give --format or an output name ending in .svg, .png, .pdf or .dot");
  KnowledgeGraph view = load_view(a.graph_path, a.filter);
  DotOptions options;
  options.legend = !a.no_legend;
  options.edge_labels = a.edge_labels;
  options.title = a.title;
  std::string dot = write_dot(view, options);
  write_output_file(a.output, format == "dot" ? dot : render_dot(dot, format, a.layout));
}

}  // namespace

void add_render_command(CLI::App& app, Context& /*context*/) {
  auto arguments = std::make_shared<RenderArguments>();
  auto* cmd = app.add_subcommand("render", "Draw a graph.json (or a view of it) as SVG, PNG, PDF or DOT");
  cmd->add_option("graph", arguments->graph_path, "graph.json written by `issuegraph build`")->required();
  cmd->add_option("-o,--output", arguments->output, "Output file (.svg, .png, .pdf, .dot; - for stdout)")
      ->required();
  cmd->add_option("--format", arguments->format, "svg | png | pdf | dot (default: from the output name)")
      ->check(CLI::IsMember({"svg", "png", "pdf", "dot"}));
  cmd->add_option("--layout", arguments->layout,
                  "dot | neato | fdp | sfdp | circo | twopi (default: dot up to 150 nodes, else sfdp)")
      ->check(CLI::IsMember({"dot", "neato", "fdp", "sfdp", "circo", "twopi"}));
  cmd->add_option("--title", arguments->title, "Title above the drawing (default: the filters)");
  cmd->add_flag("--no-legend", arguments->no_legend, "Leave out the legend");
  cmd->add_option("--edge-labels", arguments->edge_labels, "1 always, 0 never, -1 up to 80 edges (default)");
  add_view_options(*cmd, arguments->filter);
  cmd->callback([arguments] { run_render(*arguments); });
}

}  // namespace issuegraph::cli
