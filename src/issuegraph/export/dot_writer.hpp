// Graphviz DOT for a knowledge graph, made to be readable without further styling: shapes and
// colours by vertex type, edge colour by action family, dashed negated edges, pen width by
// evidence count, wrapped labels, a legend, edge tooltips holding the evidence sentences and
// node links to their query ("#query:actor=<id>", "#query:issue=<id>"). Deterministic.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

struct DotOptions {
  bool legend = true;              // a "cluster_legend" subgraph with one table node
  int edge_labels = -1;            // 1 always, 0 never, -1 when the graph has <= 80 edges
  std::size_t wrap = 20;           // wrap node and edge labels at about this many characters
  std::size_t tooltip_evidence = 5;  // evidence sentences shown in an edge's tooltip
  std::string href_prefix = "#query:";  // node URL = prefix + "actor=<id>" | "issue=<id>"
  std::string title;               // graph label; default: the graph's view description
};

// The family an action class belongs to, which decides its colour: "conflict" (concern,
// warning, accusation, threat, criticism...), "cooperation" (agreement, praise, meeting...),
// or "neutral" (plain statements).
std::string_view action_family(std::string_view action_class);

// The DOT node name of a vertex: "<kind>:<id>", e.g. "actor:antony_blinken".
std::string dot_node_name(const GraphVertex& vertex);

// A DOT double-quoted string (quotes, backslashes and line breaks escaped).
std::string dot_quote(std::string_view text);

std::string write_dot(const KnowledgeGraph& graph, const DotOptions& options = {});

}  // namespace issuegraph
