#include "issuegraph/graph/knowledge_graph.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "issuegraph/base/error.hpp"

namespace issuegraph {
namespace {

auto evidence_key(const Evidence& e) {
  return std::tie(e.doc, e.sentence, e.text, e.confidence, e.date, e.mention, e.action_text,
                  e.target, e.issue);
}

// The most frequent key, ties broken by the smallest: independent of insertion order.
std::string majority(const std::map<std::string, std::size_t>& votes) {
  std::string best;
  std::size_t best_count = 0;
  for (const auto& [key, count] : votes) {
    if (count > best_count) {
      best = key;
      best_count = count;
    }
  }
  return best;
}

double round_confidence(double c) { return std::round(c * 100.0) / 100.0; }

}  // namespace

bool operator<(const Evidence& a, const Evidence& b) { return evidence_key(a) < evidence_key(b); }
bool operator==(const Evidence& a, const Evidence& b) { return evidence_key(a) == evidence_key(b); }

std::string KnowledgeGraph::vertex_key(std::string_view kind, std::string_view id) {
  std::string key(kind);
  key += '\x1f';
  key += id;
  return key;
}

std::string KnowledgeGraph::edge_key(VertexId source, VertexId target, const GraphEdge& edge) {
  return std::to_string(source) + '\x1f' + std::to_string(target) + '\x1f' + edge.kind + '\x1f' +
         std::string(edge.action()) + '\x1f' + (edge.negated ? "1" : "0");
}

void KnowledgeGraph::rebuild_edge_index() {
  edge_index_.clear();
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    edge_index_.emplace(edge_key(boost::source(e, graph_), boost::target(e, graph_), graph_[e]), e);
  }
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : graph_(other.graph_),
      dirty_(other.dirty_),
      vertex_index_(other.vertex_index_),
      description_(other.description_) {
  rebuild_edge_index();
}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept(false)
    : graph_(std::move(other.graph_)),
      dirty_(other.dirty_),
      vertex_index_(std::move(other.vertex_index_)),
      description_(std::move(other.description_)) {
  rebuild_edge_index();
  other.edge_index_.clear();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    graph_ = other.graph_;
    dirty_ = other.dirty_;
    vertex_index_ = other.vertex_index_;
    description_ = other.description_;
    rebuild_edge_index();
  }
  return *this;
}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept(false) {
  if (this != &other) {
    graph_ = std::move(other.graph_);
    dirty_ = other.dirty_;
    vertex_index_ = std::move(other.vertex_index_);
    description_ = std::move(other.description_);
    rebuild_edge_index();
    other.edge_index_.clear();
  }
  return *this;
}

std::optional<KnowledgeGraph::VertexId> KnowledgeGraph::find(std::string_view kind,
                                                            std::string_view id) const {
  auto it = vertex_index_.find(vertex_key(kind, id));
  if (it == vertex_index_.end()) return std::nullopt;
  return it->second;
}

KnowledgeGraph::VertexId KnowledgeGraph::add_vertex(const GraphVertex& vertex) {
  dirty_ = true;
  std::string key = vertex_key(vertex.kind, vertex.id);
  auto it = vertex_index_.find(key);
  if (it == vertex_index_.end()) {
    VertexId v = boost::add_vertex(vertex, graph_);
    GraphVertex& stored = graph_[v];
    if (stored.label_votes.empty() && !stored.label.empty()) stored.label_votes[stored.label] = 1;
    if (stored.type_votes.empty() && !stored.type.empty()) stored.type_votes[stored.type] = 1;
    vertex_index_.emplace(std::move(key), v);
    return v;
  }
  GraphVertex& stored = graph_[it->second];
  for (const auto& [k, n] : vertex.mentions) stored.mentions[k] += n;
  if (vertex.label_votes.empty()) {
    if (!vertex.label.empty()) ++stored.label_votes[vertex.label];
  } else {
    for (const auto& [k, n] : vertex.label_votes) stored.label_votes[k] += n;
  }
  if (vertex.type_votes.empty()) {
    if (!vertex.type.empty()) ++stored.type_votes[vertex.type];
  } else {
    for (const auto& [k, n] : vertex.type_votes) stored.type_votes[k] += n;
  }
  return it->second;
}

KnowledgeGraph::EdgeId KnowledgeGraph::add_edge(VertexId source, VertexId target,
                                                const GraphEdge& edge) {
  dirty_ = true;
  std::string key = edge_key(source, target, edge);
  auto it = edge_index_.find(key);
  if (it == edge_index_.end()) {
    EdgeId e = boost::add_edge(source, target, edge, graph_).first;
    GraphEdge& stored = graph_[e];
    if (stored.lemma_votes.empty() && !stored.lemma.empty()) stored.lemma_votes[stored.lemma] = 1;
    edge_index_.emplace(std::move(key), e);
    return e;
  }
  GraphEdge& stored = graph_[it->second];
  // Appending keeps merging O(1) per evidence; sorting waits for the next read.
  stored.evidence.insert(stored.evidence.end(), edge.evidence.begin(), edge.evidence.end());
  if (edge.lemma_votes.empty()) {
    if (!edge.lemma.empty()) ++stored.lemma_votes[edge.lemma];
  } else {
    for (const auto& [k, n] : edge.lemma_votes) stored.lemma_votes[k] += n;
  }
  if (!edge.cameo.empty() && (stored.cameo.empty() || edge.cameo < stored.cameo)) {
    stored.cameo = edge.cameo;
  }
  return it->second;
}

KnowledgeGraph::VertexId KnowledgeGraph::merge_entity(const EntityRef& entity) {
  GraphVertex v;
  v.id = entity.id;
  v.kind = kActorKind;
  v.label = entity.label.empty() ? entity.id : entity.label;
  v.type = entity.type;
  v.mentions[v.label] = 1;
  if (!entity.mention.empty()) ++v.mentions[entity.mention];
  return add_vertex(v);
}

void KnowledgeGraph::add(const Triple& t) {
  if (t.actor.id.empty()) throw InputError(t.doc, 0, 0, "triple has an empty actor id");
  bool has_issue = t.issue && !t.issue->id.empty();
  bool has_target = t.target && !t.target->id.empty();
  if (!has_issue && !has_target) {
    throw InputError(t.doc, 0, 0,
                     "triple of sentence " + std::to_string(t.sentence) + " has neither issue nor target");
  }
  VertexId actor = merge_entity(t.actor);

  Evidence evidence;
  evidence.doc = t.doc;
  evidence.sentence = t.sentence;
  evidence.text = t.evidence;
  evidence.confidence = round_confidence(t.confidence);
  evidence.date = t.date;
  evidence.mention = t.actor.mention;
  evidence.action_text = t.action.text;

  GraphEdge edge;
  edge.action_class = t.action.action_class;
  edge.negated = t.action.negated;
  edge.lemma = t.action.lemma;
  edge.cameo = t.action.cameo;

  if (has_issue) {
    GraphVertex issue;
    issue.id = t.issue->id;
    issue.kind = kIssueKind;
    issue.label = t.issue->label.empty() ? t.issue->id : t.issue->label;
    issue.type = kIssueKind;
    issue.mentions[issue.label] = 1;
    if (!t.issue->text.empty()) ++issue.mentions[t.issue->text];
    VertexId issue_vertex = add_vertex(issue);
    GraphEdge statement = edge;
    statement.kind = kStatementKind;
    statement.evidence.push_back(evidence);
    if (has_target) statement.evidence.back().target = t.target->id;
    add_edge(actor, issue_vertex, statement);
  }
  if (has_target) {
    VertexId target = merge_entity(*t.target);
    GraphEdge interaction = edge;
    interaction.kind = kInteractionKind;
    interaction.evidence.push_back(evidence);
    if (has_issue) interaction.evidence.back().issue = t.issue->id;
    add_edge(actor, target, interaction);
  }
}

void KnowledgeGraph::normalize() const {
  if (!dirty_) return;
  for (auto v : boost::make_iterator_range(boost::vertices(graph_))) {
    GraphVertex& vertex = graph_[v];
    if (!vertex.label_votes.empty()) vertex.label = majority(vertex.label_votes);
    if (!vertex.type_votes.empty()) vertex.type = majority(vertex.type_votes);
  }
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    GraphEdge& edge = graph_[e];
    std::sort(edge.evidence.begin(), edge.evidence.end());
    edge.evidence.erase(std::unique(edge.evidence.begin(), edge.evidence.end()), edge.evidence.end());
    if (!edge.lemma_votes.empty()) edge.lemma = majority(edge.lemma_votes);
  }
  dirty_ = false;
}

std::vector<KnowledgeGraph::VertexId> KnowledgeGraph::sorted_vertices() const {
  normalize();
  std::vector<VertexId> order;
  order.reserve(vertex_count());
  for (auto v : boost::make_iterator_range(boost::vertices(graph_))) order.push_back(v);
  std::sort(order.begin(), order.end(), [this](VertexId a, VertexId b) {
    return std::tie(graph_[a].kind, graph_[a].id) < std::tie(graph_[b].kind, graph_[b].id);
  });
  return order;
}

std::vector<KnowledgeGraph::EdgeId> KnowledgeGraph::sorted_edges() const {
  normalize();
  std::vector<EdgeId> order;
  order.reserve(edge_count());
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) order.push_back(e);
  auto key = [this](EdgeId e) {
    const GraphVertex& s = graph_[boost::source(e, graph_)];
    const GraphVertex& t = graph_[boost::target(e, graph_)];
    const GraphEdge& d = graph_[e];
    return std::make_tuple(std::string_view(s.kind), std::string_view(s.id), std::string_view(t.kind),
                           std::string_view(t.id), std::string_view(d.kind), d.action(), d.negated);
  };
  std::sort(order.begin(), order.end(), [&key](EdgeId a, EdgeId b) { return key(a) < key(b); });
  return order;
}

const GraphVertex& KnowledgeGraph::vertex(VertexId v) const {
  normalize();
  return graph_[v];
}

const GraphEdge& KnowledgeGraph::edge(EdgeId e) const {
  normalize();
  return graph_[e];
}

std::size_t KnowledgeGraph::degree(VertexId v) const {
  return boost::out_degree(v, graph_) + boost::in_degree(v, graph_);
}

std::size_t KnowledgeGraph::weight(VertexId v) const {
  normalize();
  std::size_t total = 0;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, graph_))) total += graph_[e].count();
  for (auto e : boost::make_iterator_range(boost::in_edges(v, graph_))) total += graph_[e].count();
  return total;
}

const KnowledgeGraph::Graph& KnowledgeGraph::boost_graph() const {
  normalize();
  return graph_;
}

std::map<std::string, KnowledgeGraph::DocumentInfo> KnowledgeGraph::documents() const {
  normalize();
  std::map<std::string, std::set<std::size_t>> sentences;
  std::map<std::string, DocumentInfo> result;
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) {
    for (const Evidence& ev : graph_[e].evidence) {
      sentences[ev.doc].insert(ev.sentence);
      DocumentInfo& info = result[ev.doc];
      // Several dates for one document would be a data error; keep the smallest, stably.
      if (!ev.date.empty() && (info.date.empty() || ev.date < info.date)) info.date = ev.date;
    }
  }
  for (auto& [doc, info] : result) info.sentences = sentences[doc].size();
  return result;
}

std::size_t KnowledgeGraph::evidence_count() const {
  normalize();
  std::size_t total = 0;
  for (auto e : boost::make_iterator_range(boost::edges(graph_))) total += graph_[e].count();
  return total;
}

std::string graph_summary(const KnowledgeGraph& graph) {
  std::size_t actors = 0;
  std::size_t issues = 0;
  for (auto v : graph.sorted_vertices()) {
    (graph.vertex(v).kind == kActorKind ? actors : issues) += 1;
  }
  std::size_t statements = 0;
  std::size_t interactions = 0;
  for (auto e : graph.sorted_edges()) {
    (graph.edge(e).kind == kStatementKind ? statements : interactions) += 1;
  }
  return std::to_string(graph.vertex_count()) + " vertices (" + std::to_string(actors) +
         " actors, " + std::to_string(issues) + " issues), " + std::to_string(graph.edge_count()) +
         " edges (" + std::to_string(statements) + " statements, " + std::to_string(interactions) +
         " interactions), " + std::to_string(graph.evidence_count()) + " evidence, " +
         std::to_string(graph.documents().size()) + " documents";
}

}  // namespace issuegraph
