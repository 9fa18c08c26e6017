// GraphML for Gephi, yEd and Cytoscape: every attribute declared with a typed <key>; node ids
// are "<kind>:<id>" as in DOT. Evidence is flattened into one string attribute per edge
// ("doc#sentence: text" joined by " | "). Deterministic.
#pragma once

#include <string>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

std::string write_graphml(const KnowledgeGraph& graph);

}  // namespace issuegraph
