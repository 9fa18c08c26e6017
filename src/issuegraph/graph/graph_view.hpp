// Views of a knowledge graph: the sub-graph that every exporter, `render` and `query` work on.
// A ViewFilter narrows evidence (doc, dates), edges (action, kind, count) and vertices (an
// actor's neighbourhood, an issue, the most connected); apply_view returns a new, smaller graph.
// Names are matched case-insensitively against ids, labels and every mention ("blinken",
// "Mr. Blinken" and "antony_blinken" all find Antony Blinken).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

struct ViewFilter {
  std::string actor;      // focus actor(s); with `depth`, the neighbourhood to keep
  int depth = 1;          // hops from the focus actor, over edges of either direction
  std::string issue;      // keep statements about this issue (and interactions citing it)
  std::string action;     // keep edges of this action class (or lemma)
  std::string doc;        // keep evidence from this document only
  int min_count = 1;      // drop edges with fewer pieces of evidence
  int top = 0;            // keep the N vertices of highest weight (0: all)
  // Keep at most this many edges, those with most evidence (0: all; with `top` and no value
  // given, 4 * top, so that a "most connected" view stays drawable).
  int max_edges = 0;
  std::string since, until;  // keep evidence dated within [since, until] (ISO dates compare as text)
  std::string view = "all";  // all | actors (interaction edges only) | issues (statements only)
};

// True when no filter is set (apply_view would copy the graph).
bool is_empty_filter(const ViewFilter& filter);

// A one-line description of the filter, e.g. "actor=blinken depth=1 view=all".
std::string describe_filter(const ViewFilter& filter);

// The sub-graph selected by `filter`. Throws UsageError for an unknown view name, a negative
// depth, top or max_edges, or an actor/issue name that matches no vertex.
KnowledgeGraph apply_view(const KnowledgeGraph& graph, const ViewFilter& filter);

// Vertices of `kind` whose id, label or a mention matches `name`: exact matches after
// normalisation (case, titles such as "Mr.", punctuation, '_') if any, otherwise vertices with
// a name containing every word of `name`. Sorted by id.
std::vector<KnowledgeGraph::VertexId> find_vertices(const KnowledgeGraph& graph,
                                                    std::string_view kind, std::string_view name);

// The normal form used by find_vertices: lower case, words joined by one space, leading
// titles dropped ("Mr. Antony_Blinken" -> "antony blinken").
std::string normalize_name(std::string_view name);

}  // namespace issuegraph
