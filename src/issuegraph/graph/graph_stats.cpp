#include "issuegraph/graph/graph_stats.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace issuegraph {
namespace {

std::string counts_line(const std::map<std::string, std::size_t>& counts) {
  std::string text;
  for (const auto& [key, n] : counts) {
    if (!text.empty()) text += ", ";
    text += key + " " + std::to_string(n);
  }
  return text.empty() ? "none" : text;
}

}  // namespace

std::string format_stats(const KnowledgeGraph& graph, std::size_t top) {
  std::map<std::string, std::size_t> vertex_types;
  std::map<std::string, std::size_t> edge_kinds;
  std::map<std::string, std::size_t> action_classes;  // evidence per class
  struct Ranked {
    std::size_t weight;
    std::size_t degree;
    std::string id;
    std::string label;
  };
  std::vector<Ranked> actors;
  std::vector<Ranked> issues;
  for (auto v : graph.sorted_vertices()) {
    const GraphVertex& vertex = graph.vertex(v);
    ++vertex_types[vertex.kind == kIssueKind ? "issue" : (vertex.type.empty() ? "actor" : vertex.type)];
    Ranked r{graph.weight(v), graph.degree(v), vertex.id, vertex.label};
    (vertex.kind == kIssueKind ? issues : actors).push_back(r);
  }
  for (auto e : graph.sorted_edges()) {
    const GraphEdge& edge = graph.edge(e);
    ++edge_kinds[edge.kind];
    action_classes[(edge.negated ? "not " : "") + edge.action_class] += edge.count();
  }
  auto by_weight = [](const Ranked& a, const Ranked& b) {
    return std::tie(b.weight, b.degree, a.id) < std::tie(a.weight, a.degree, b.id);
  };
  std::sort(actors.begin(), actors.end(), by_weight);
  std::sort(issues.begin(), issues.end(), by_weight);
  std::vector<std::pair<std::string, std::size_t>> classes(action_classes.begin(), action_classes.end());
  std::stable_sort(classes.begin(), classes.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });

  std::string out;
  out += "graph: " + graph_summary(graph) + '\n';
  if (!graph.description().empty()) out += "view: " + graph.description() + '\n';
  out += "vertices by type: " + counts_line(vertex_types) + '\n';
  out += "edges by kind: " + counts_line(edge_kinds) + '\n';

  auto list = [&out, top](const std::string& title, const std::vector<Ranked>& items) {
    out += '\n' + title + " (evidence, edges):\n";
    for (std::size_t i = 0; i < items.size() && i < top; ++i) {
      out += "  " + std::to_string(items[i].weight) + "\t" + std::to_string(items[i].degree) +
             "\t" + items[i].label + " [" + items[i].id + "]\n";
    }
    if (items.empty()) out += "  none\n";
  };
  list("top actors", actors);
  list("top issues", issues);

  out += "\naction classes (evidence):\n";
  for (std::size_t i = 0; i < classes.size() && i < top; ++i) {
    out += "  " + std::to_string(classes[i].second) + "\t" + classes[i].first + '\n';
  }
  if (classes.empty()) out += "  none\n";

  auto documents = graph.documents();
  out += "\ndocuments (" + std::to_string(documents.size()) + "; sentences with evidence):\n";
  for (const auto& [id, info] : documents) {
    out += "  " + std::to_string(info.sentences) + "\t" + id;
    if (!info.date.empty()) out += "\t" + info.date;
    out += '\n';
  }
  return out;
}

}  // namespace issuegraph
