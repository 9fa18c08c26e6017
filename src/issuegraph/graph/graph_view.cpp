#include "issuegraph/graph/graph_view.hpp"

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include "issuegraph/base/error.hpp"

namespace issuegraph {
namespace {

using VertexId = KnowledgeGraph::VertexId;

std::vector<std::string> split_words(std::string_view normalized) {
  std::vector<std::string> words;
  std::istringstream in{std::string(normalized)};
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// Every name a vertex answers to: id, label and mentions.
std::vector<std::string> vertex_names(const GraphVertex& v) {
  std::vector<std::string> names{v.id, v.label};
  for (const auto& [mention, count] : v.mentions) names.push_back(mention);
  return names;
}

bool evidence_in_window(const Evidence& e, const ViewFilter& f) {
  if (!f.doc.empty() && e.doc != f.doc) return false;
  if (!f.since.empty() && (e.date.empty() || e.date < f.since)) return false;
  // "2024-06" as --until keeps the whole month: compare only as many characters as given.
  if (!f.until.empty() && (e.date.empty() || e.date.compare(0, f.until.size(), f.until) > 0)) {
    return false;
  }
  return true;
}

}  // namespace

std::string normalize_name(std::string_view name) {
  std::string text;
  text.reserve(name.size());
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      text += c;
    } else if (c >= 'A' && c <= 'Z') {
      text += static_cast<char>(c - 'A' + 'a');
    } else {
      text += ' ';
    }
  }
  static const std::set<std::string, std::less<>> kTitles{"mr", "mrs", "ms", "dr", "sir"};
  std::vector<std::string> words = split_words(text);
  std::size_t first = 0;
  while (first + 1 < words.size() && kTitles.count(words[first]) != 0) ++first;
  std::string result;
  for (std::size_t i = first; i < words.size(); ++i) {
    if (!result.empty()) result += ' ';
    result += words[i];
  }
  return result;
}

std::vector<VertexId> find_vertices(const KnowledgeGraph& graph, std::string_view kind,
                                    std::string_view name) {
  std::string wanted = normalize_name(name);
  std::vector<VertexId> exact;
  std::vector<VertexId> partial;
  if (wanted.empty()) return exact;
  std::vector<std::string> wanted_words = split_words(wanted);
  for (VertexId v : graph.sorted_vertices()) {
    const GraphVertex& vertex = graph.vertex(v);
    if (vertex.kind != kind) continue;
    bool is_exact = false;
    bool is_partial = false;
    for (const std::string& candidate : vertex_names(vertex)) {
      std::string normalized = normalize_name(candidate);
      if (normalized == wanted) {
        is_exact = true;
        break;
      }
      if (!is_partial) {
        std::vector<std::string> words = split_words(normalized);
        is_partial = std::all_of(wanted_words.begin(), wanted_words.end(), [&](const std::string& w) {
          return std::find(words.begin(), words.end(), w) != words.end();
        });
      }
    }
    if (is_exact) exact.push_back(v);
    if (is_partial) partial.push_back(v);
  }
  return exact.empty() ? partial : exact;
}

bool is_empty_filter(const ViewFilter& f) {
  return f.actor.empty() && f.issue.empty() && f.action.empty() && f.doc.empty() &&
         f.min_count <= 1 && f.top == 0 && f.max_edges == 0 && f.since.empty() && f.until.empty() &&
         (f.view.empty() || f.view == "all");
}

std::string describe_filter(const ViewFilter& f) {
  std::string text;
  auto add = [&text](const std::string& key, const std::string& value) {
    if (!text.empty()) text += ' ';
    text += key + '=' + value;
  };
  if (!f.actor.empty()) {
    add("actor", f.actor);
    add("depth", std::to_string(f.depth));
  }
  if (!f.issue.empty()) add("issue", f.issue);
  if (!f.action.empty()) add("action", f.action);
  if (!f.doc.empty()) add("doc", f.doc);
  if (f.min_count > 1) add("min-count", std::to_string(f.min_count));
  if (f.top > 0) add("top", std::to_string(f.top));
  if (f.max_edges > 0) add("max-edges", std::to_string(f.max_edges));
  if (!f.since.empty()) add("since", f.since);
  if (!f.until.empty()) add("until", f.until);
  if (!f.view.empty() && f.view != "all") add("view", f.view);
  return text;
}

KnowledgeGraph apply_view(const KnowledgeGraph& graph, const ViewFilter& f) {
  if (!f.view.empty() && f.view != "all" && f.view != "actors" && f.view != "issues") {
    throw UsageError("unknown view '" + f.view + "' (expected all, actors or issues)");
  }
  if (f.depth < 0) throw UsageError("--depth must be 0 or more");
  if (f.top < 0) throw UsageError("--top must be 0 or more");
  if (f.max_edges < 0) throw UsageError("--max-edges must be 0 or more");

  std::set<VertexId> focus;
  std::set<VertexId> issues;
  std::set<std::string> issue_ids;
  if (!f.issue.empty()) {
    for (VertexId v : find_vertices(graph, kIssueKind, f.issue)) {
      issues.insert(v);
      issue_ids.insert(graph.vertex(v).id);
      focus.insert(v);
    }
    if (issues.empty()) throw UsageError("no issue in the graph matches '" + f.issue + "'");
  }
  std::set<VertexId> actors;
  if (!f.actor.empty()) {
    for (VertexId v : find_vertices(graph, kActorKind, f.actor)) actors.insert(v);
    if (actors.empty()) throw UsageError("no actor in the graph matches '" + f.actor + "'");
    focus.insert(actors.begin(), actors.end());
  }
  std::string action = normalize_name(f.action);
  bool filter_evidence = !f.doc.empty() || !f.since.empty() || !f.until.empty();

  // 1. Edges and their evidence, in the graph's stable order.
  struct Kept {
    VertexId source;
    VertexId target;
    GraphEdge edge;
  };
  std::vector<Kept> kept;
  for (auto e : graph.sorted_edges()) {
    const GraphEdge& edge = graph.edge(e);
    bool statement = edge.kind == kStatementKind;
    if (f.view == "actors" && statement) continue;
    if (f.view == "issues" && !statement) continue;
    if (!action.empty() && normalize_name(edge.action_class) != action &&
        normalize_name(edge.lemma) != action) {
      continue;
    }
    if (!issues.empty() && statement && issues.count(graph.target(e)) == 0) continue;
    Kept item{graph.source(e), graph.target(e), edge};
    if (filter_evidence || (!issues.empty() && !statement)) {
      item.edge.evidence.clear();
      for (const Evidence& ev : edge.evidence) {
        if (!evidence_in_window(ev, f)) continue;
        if (!issues.empty() && !statement && issue_ids.count(ev.issue) == 0) continue;
        item.edge.evidence.push_back(ev);
      }
    }
    if (item.edge.evidence.empty()) continue;
    if (static_cast<long long>(item.edge.count()) < f.min_count) continue;
    kept.push_back(std::move(item));
  }

  // 2. The focus actors' neighbourhood, breadth first over kept edges in either direction.
  std::set<VertexId> allowed;
  bool restrict = false;
  if (!actors.empty()) {
    std::map<VertexId, std::vector<VertexId>> adjacent;
    for (const Kept& k : kept) {
      adjacent[k.source].push_back(k.target);
      adjacent[k.target].push_back(k.source);
    }
    std::set<VertexId> frontier(actors.begin(), actors.end());
    allowed = frontier;
    for (int hop = 0; hop < f.depth && !frontier.empty(); ++hop) {
      std::set<VertexId> next;
      for (VertexId v : frontier) {
        for (VertexId w : adjacent[v]) {
          if (allowed.insert(w).second) next.insert(w);
        }
      }
      frontier = std::move(next);
    }
    restrict = true;
  }

  // 3. The N vertices of highest weight (ties: more edges, then kind and id); focus first.
  if (f.top > 0) {
    std::map<VertexId, std::pair<std::size_t, std::size_t>> score;  // weight, degree
    for (const Kept& k : kept) {
      if (restrict && (allowed.count(k.source) == 0 || allowed.count(k.target) == 0)) continue;
      for (VertexId v : {k.source, k.target}) {
        score[v].first += k.edge.count();
        score[v].second += 1;
      }
    }
    std::vector<VertexId> ranked;
    for (const auto& [v, s] : score) ranked.push_back(v);
    std::sort(ranked.begin(), ranked.end(), [&](VertexId a, VertexId b) {
      bool fa = focus.count(a) != 0;
      bool fb = focus.count(b) != 0;
      if (fa != fb) return fa;
      if (score[a] != score[b]) return score[a] > score[b];
      const GraphVertex& va = graph.vertex(a);
      const GraphVertex& vb = graph.vertex(b);
      return std::tie(va.kind, va.id) < std::tie(vb.kind, vb.id);
    });
    if (ranked.size() > static_cast<std::size_t>(f.top)) ranked.resize(static_cast<std::size_t>(f.top));
    allowed = std::set<VertexId>(ranked.begin(), ranked.end());
    restrict = true;
  }

  // 4. Kept edges between allowed vertices; with a cap, those with most evidence (ties keep
  // the stable order of sorted_edges).
  std::vector<const Kept*> chosen;
  for (const Kept& k : kept) {
    if (restrict && (allowed.count(k.source) == 0 || allowed.count(k.target) == 0)) continue;
    chosen.push_back(&k);
  }
  std::size_t cap = f.max_edges > 0 ? static_cast<std::size_t>(f.max_edges)
                                    : (f.top > 0 ? 4 * static_cast<std::size_t>(f.top) : 0);
  if (cap > 0 && chosen.size() > cap) {
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Kept* a, const Kept* b) { return a->edge.count() > b->edge.count(); });
    chosen.resize(cap);
  }

  // 5. The new graph: the chosen edges, their endpoints and the focus vertices.
  KnowledgeGraph view;
  view.set_description(describe_filter(f));
  std::set<VertexId> vertices(focus.begin(), focus.end());
  for (const Kept* k : chosen) {
    vertices.insert(k->source);
    vertices.insert(k->target);
  }
  std::map<VertexId, VertexId> mapped;
  for (VertexId v : vertices) mapped[v] = view.add_vertex(graph.vertex(v));
  for (const Kept* k : chosen) view.add_edge(mapped[k->source], mapped[k->target], k->edge);
  return view;
}

}  // namespace issuegraph
