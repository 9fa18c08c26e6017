// The knowledge graph: actor and issue vertices, statement edges (actor -> issue) and
// interaction edges (actor -> actor), each edge carrying every piece of evidence that supports
// it. Built incrementally from Triples; the same triples in any order give the same graph and
// byte-identical exports, because every accessor hands out data sorted by stable keys.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "issuegraph/extract/triple.hpp"

namespace issuegraph {

inline constexpr std::string_view kActorKind = "actor";
inline constexpr std::string_view kIssueKind = "issue";
inline constexpr std::string_view kStatementKind = "statement";
inline constexpr std::string_view kInteractionKind = "interaction";

// One sentence that supports an edge.
struct Evidence {
  std::string doc;
  std::size_t sentence = 0;
  std::string text;          // the sentence
  double confidence = 0.0;   // rounded to two decimals, as triples print it
  std::string date;          // empty when unknown
  std::string mention;       // the actor's words in this sentence
  std::string action_text;   // the action's words
  std::string target;        // statement edges: the target actor id of the triple, if any
  std::string issue;         // interaction edges: the issue id of the triple, if any
};
bool operator<(const Evidence& a, const Evidence& b);
bool operator==(const Evidence& a, const Evidence& b);

struct GraphVertex {
  std::string id;
  std::string kind;   // actor | issue
  std::string label;  // the most frequent label seen (ties: smallest)
  std::string type;   // person | organization | country | group for actors; "issue" for issues
  // Every label and mention seen for this vertex, with how often: names for query matching.
  std::map<std::string, std::size_t> mentions;
  // Votes behind `label` and `type`, so that the choice does not depend on insertion order.
  std::map<std::string, std::size_t> label_votes;
  std::map<std::string, std::size_t> type_votes;
};

struct GraphEdge {
  std::string kind;          // statement | interaction
  std::string action_class;
  bool negated = false;
  std::string lemma;         // the most frequent lemma (ties: smallest)
  std::string cameo;         // the smallest non-empty CAMEO code seen
  std::map<std::string, std::size_t> lemma_votes;
  // Sorted and without duplicates whenever the graph hands it out (see KnowledgeGraph).
  std::vector<Evidence> evidence;
  std::size_t count() const { return evidence.size(); }
  // What the edge says was done: its class, or for a verb no lexicon lists (class "other") its
  // lemma, so that "towed" and "dredged" stay two edges.
  std::string_view action() const { return action_class == kOtherAction ? std::string_view(lemma) : action_class; }
};

class KnowledgeGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      GraphVertex, GraphEdge>;
  using VertexId = Graph::vertex_descriptor;
  using EdgeId = Graph::edge_descriptor;

  KnowledgeGraph() = default;
  // Edge descriptors point into the Boost graph's storage, so copies and moves rebuild the
  // edge index instead of copying it.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&& other) noexcept(false);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept(false);

  // Merges one triple: its actor (and target) become actor vertices, its issue an issue
  // vertex; a statement edge actor -> issue and, when there is a target, an interaction edge
  // actor -> target. Throws InputError when the triple has neither issue nor target or an
  // empty actor id.
  void add(const Triple& triple);

  // Low-level building blocks, used by the JSON reader and by views. add_vertex merges into an
  // existing vertex of the same kind and id; add_edge merges evidence into an existing edge
  // with the same (source, target, kind, class, negated). Endpoints must exist.
  VertexId add_vertex(const GraphVertex& vertex);
  EdgeId add_edge(VertexId source, VertexId target, const GraphEdge& edge);
  // Free-form description of how this graph was made (a view's filters), kept in metadata.
  void set_description(std::string description) { description_ = std::move(description); }
  const std::string& description() const { return description_; }

  std::size_t vertex_count() const { return boost::num_vertices(graph_); }
  std::size_t edge_count() const { return boost::num_edges(graph_); }
  std::optional<VertexId> find(std::string_view kind, std::string_view id) const;

  // Vertices sorted by (kind, id) and edges sorted by (source, target, kind, class, negated):
  // the one order every exporter uses. Ids and the references vertex()/edge() return stay
  // valid until the next add; reads are not safe to run concurrently with each other right
  // after an add (the first one sorts the evidence).
  std::vector<VertexId> sorted_vertices() const;
  std::vector<EdgeId> sorted_edges() const;
  const GraphVertex& vertex(VertexId v) const;
  const GraphEdge& edge(EdgeId e) const;
  VertexId source(EdgeId e) const { return boost::source(e, graph_); }
  VertexId target(EdgeId e) const { return boost::target(e, graph_); }
  // Distinct edges touching v, in and out.
  std::size_t degree(VertexId v) const;
  // Sum of the counts of the edges touching v.
  std::size_t weight(VertexId v) const;
  // The underlying Boost graph (normalised: evidence sorted and unique).
  const Graph& boost_graph() const;

  // Documents that contribute evidence: id -> (date, number of distinct sentences).
  struct DocumentInfo {
    std::string date;
    std::size_t sentences = 0;
  };
  std::map<std::string, DocumentInfo> documents() const;
  std::size_t evidence_count() const;

 private:
  // Sorts and de-duplicates evidence, chooses labels and lemmas; done lazily on first read
  // after a change, so that adding stays O(1) amortised per triple.
  void normalize() const;
  VertexId merge_entity(const EntityRef& entity);
  static std::string vertex_key(std::string_view kind, std::string_view id);
  static std::string edge_key(VertexId source, VertexId target, const GraphEdge& edge);
  void rebuild_edge_index();

  mutable Graph graph_;
  mutable bool dirty_ = false;
  std::unordered_map<std::string, VertexId> vertex_index_;
  std::unordered_map<std::string, EdgeId> edge_index_;
  std::string description_;
};

// graph.json (schemas/graph.schema.json): nodes, edges with evidence, documents, metadata.
// Deterministic: the same graph gives the same bytes.
std::string graph_to_json(const KnowledgeGraph& graph);
// Reads and validates a graph.json; throws InputError (unreadable, malformed, line/column) or
// SchemaError (JSON pointer) naming `path`.
KnowledgeGraph graph_from_json_file(const std::string& path);
// The same from text; `source` names it in errors.
KnowledgeGraph graph_from_json(std::string_view text, const std::string& source);
// One line: "12 vertices (8 actors, 4 issues), 15 edges, 30 evidence, 3 documents".
std::string graph_summary(const KnowledgeGraph& graph);

}  // namespace issuegraph
