// GraphML for Gephi, yEd and Cytoscape: every attribute declared with a typed <key>; node ids
// are "<kind>:<id>" as in DOT. Evidence is flattened into one string attribute per edge
// ("doc#sentence: text" joined by " | "). `negated` is an int (0 or 1): Boost's read_graphml
// accepts only 0/1 for booleans while the Java tools (Gephi, yEd, Cytoscape) read "1" as false,
// so an int column is the one form every reader gets right. Deterministic.
#pragma once

#include <string>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

std::string write_graphml(const KnowledgeGraph& graph);

}  // namespace issuegraph
