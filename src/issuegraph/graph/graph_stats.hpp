// Summary figures of a knowledge graph for `issuegraph stats`: vertices by type, edges by kind
// and action class, the most connected actors and issues, and the documents.
#pragma once

#include <cstddef>
#include <string>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

// A plain-text report; `top` limits the lists of actors, issues and action classes.
std::string format_stats(const KnowledgeGraph& graph, std::size_t top = 10);

}  // namespace issuegraph
