// `issuegraph build INPUT... -o graph.json [--dot F] [--svg F] [--graphml F] [--neo4j DIR]`:
// extract the triples of every input and merge them into one knowledge graph.
#include <fstream>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/extraction_options.hpp"
#include "cli/view_options.hpp"
#include "issuegraph/base/error.hpp"
#include "issuegraph/export/dot_writer.hpp"
#include "issuegraph/export/graphml_writer.hpp"
#include "issuegraph/export/neo4j_writer.hpp"
#include "issuegraph/export/renderer.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph::cli {

namespace {

constexpr std::size_t kMaxDrawnVertices = 150;

struct BuildArguments {
  ExtractionArguments job;
  std::string json_path;
  std::string dot_path;
  std::string svg_path;
  std::string graphml_path;
  std::string neo4j_dir;
};

void run_build(const BuildArguments& arguments, Context& context) {
  ExtractionJob job(extraction_settings(arguments.job, context));
  KnowledgeGraph graph;
  ExtractionReport report =
      job.run(arguments.job.inputs, [&](const Document&, std::vector<Triple>&& triples) {
        for (const Triple& t : triples) graph.add(t);
      });
  write_output_file(arguments.json_path, graph_to_json(graph));
  if (!arguments.dot_path.empty()) write_output_file(arguments.dot_path, write_dot(graph));
  if (!arguments.svg_path.empty()) {
    // Thousands of edges make an unreadable drawing that takes minutes to lay out; above this
    // size the SVG shows the most connected part (`render` draws any other view).
    const bool large = graph.vertex_count() > kMaxDrawnVertices;
    ViewFilter overview;
    overview.top = static_cast<int>(kMaxDrawnVertices);
    std::string dot = write_dot(large ? apply_view(graph, overview) : graph);
    write_output_file(arguments.svg_path, render_dot(dot, "svg", ""));
    if (large) {
      std::cerr << "issuegraph: " << arguments.svg_path << " shows the " << kMaxDrawnVertices
                << " most connected of " << graph.vertex_count() << " vertices\n";
    }
  }
  if (!arguments.graphml_path.empty()) write_output_file(arguments.graphml_path, write_graphml(graph));
  if (!arguments.neo4j_dir.empty()) write_neo4j_csv(graph, arguments.neo4j_dir);

  std::cout << "issuegraph build: " << report.documents << " documents, " << report.sentences
            << " sentences, " << report.triples << " triples -> " << graph_summary(graph) << '\n'
            << "wrote " << arguments.json_path << '\n';
  context.exit_code = report_problems(report, std::cerr);
}

}  // namespace

void add_build_command(CLI::App& app, Context& context) {
  auto arguments = std::make_shared<BuildArguments>();
  auto* cmd = app.add_subcommand("build", "Build a knowledge graph from news text");
  add_extraction_options(*cmd, arguments->job);
  cmd->add_option("-o,--output", arguments->json_path, "graph.json to write")->required();
  cmd->add_option("--dot", arguments->dot_path, "Also write the graph as Graphviz DOT");
  cmd->add_option("--svg", arguments->svg_path, "Also render the graph to SVG (in-process, libgvc)");
  cmd->add_option("--graphml", arguments->graphml_path, "Also write GraphML (Gephi, yEd, Cytoscape)");
  cmd->add_option("--neo4j", arguments->neo4j_dir, "Also write Neo4j bulk-import CSV files into DIR");
  cmd->callback([arguments, &context] { run_build(*arguments, context); });
}

}  // namespace issuegraph::cli
