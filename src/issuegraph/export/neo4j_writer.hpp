// CSV files for `neo4j-admin database import full` (Neo4j 5; `neo4j-admin import` in 4.x):
//   nodes.csv          id:ID,label,type,kind,:LABEL       (:LABEL "Actor;Person" or "Issue")
//   relationships.csv  :START_ID,:END_ID,:TYPE,action,lemma,negated:boolean,count:int,evidence
// :TYPE is STATEMENT or INTERACTION. Fields are quoted as RFC 4180 (doubled quotes); line
// breaks inside text become spaces, so --multiline-fields is not needed.
#pragma once

#include <string>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

// Contents of the two files, for tests and for writing elsewhere.
std::string neo4j_nodes_csv(const KnowledgeGraph& graph);
std::string neo4j_relationships_csv(const KnowledgeGraph& graph);

// Writes nodes.csv and relationships.csv into `directory` (created if missing). Throws
// InputError naming the file when it cannot be written.
void write_neo4j_csv(const KnowledgeGraph& graph, const std::string& directory);

}  // namespace issuegraph
