#include "cli/view_options.hpp"

#include <fstream>
#include <iostream>

#include "issuegraph/base/error.hpp"

namespace issuegraph::cli {

// The filters every view-taking command accepts (graph/graph_view.hpp).
void add_view_options(CLI::App& cmd, ViewFilter& filter) {
  cmd.add_option("--actor", filter.actor, "Keep this actor's neighbourhood (id, name or mention)");
  cmd.add_option("--depth", filter.depth, "Hops around --actor (default 1)");
  cmd.add_option("--issue", filter.issue, "Keep statements about this issue");
  cmd.add_option("--action", filter.action, "Keep edges of this action class or lemma");
  cmd.add_option("--doc", filter.doc, "Keep evidence from this document only");
  cmd.add_option("--min-count", filter.min_count, "Drop edges with fewer pieces of evidence");
  cmd.add_option("--top", filter.top, "Keep the N most connected vertices");
  cmd.add_option("--max-edges", filter.max_edges, "Keep the N edges with most evidence (default with --top: 4 x top)");
  cmd.add_option("--since", filter.since, "Keep evidence dated on or after this ISO date");
  cmd.add_option("--until", filter.until, "Keep evidence dated on or before this ISO date (prefix)");
  cmd.add_option("--view", filter.view, "all | actors (actor-actor interactions) | issues (statements)")
      ->check(CLI::IsMember({"all", "actors", "issues"}));
}

// Reads GRAPH.json and applies the filters (a copy-free pass when none is set).
KnowledgeGraph load_view(const std::string& path, const ViewFilter& filter) {
  KnowledgeGraph graph = graph_from_json_file(path);
  if (is_empty_filter(filter)) return graph;
  return apply_view(graph, filter);
}

void write_output_file(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw InputError(path, 0, 0, "cannot write file");
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw InputError(path, 0, 0, "error while writing");
}

}  // namespace issuegraph::cli
