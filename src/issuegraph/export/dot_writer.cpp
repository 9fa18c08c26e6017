#include "issuegraph/export/dot_writer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "issuegraph/graph/graph_query.hpp"

namespace issuegraph {
namespace {

struct NodeStyle {
  std::string_view type;
  const char* shape;
  const char* fill;
  const char* caption;
};

constexpr std::array<NodeStyle, 5> kNodeStyles{{
    {"person", "ellipse", "#fde2b8", "person"},
    {"country", "box", "#cfe3f5", "country"},
    {"organization", "hexagon", "#e2d6f0", "organization"},
    {"group", "octagon", "#f5d0d0", "group"},
    {"issue", "note", "#dcefd0", "issue"},
}};

constexpr const char* kConflictColour = "#c0392b";
constexpr const char* kCooperationColour = "#2471a3";
constexpr const char* kNeutralColour = "#7f8c8d";

NodeStyle style_of(const GraphVertex& v) {
  std::string_view type = v.kind == kIssueKind ? std::string_view("issue") : std::string_view(v.type);
  for (const NodeStyle& s : kNodeStyles) {
    if (s.type == type) return s;
  }
  return {"", "ellipse", "#ffffff", "actor"};
}

const char* colour_of(std::string_view family) {
  if (family == "conflict") return kConflictColour;
  if (family == "cooperation") return kCooperationColour;
  return kNeutralColour;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) {
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
}

std::string wrapped(std::string_view text, std::size_t width) {
  return join_lines(wrap_text(text, width));
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

std::string legend_table() {
  std::string html = "<<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\">";
  html += "<tr><td colspan=\"2\"><b>Legend</b></td></tr>";
  for (const NodeStyle& s : kNodeStyles) {
    html += "<tr><td bgcolor=\"" + std::string(s.fill) + "\">" + s.caption + "</td><td>" + s.shape +
            "</td></tr>";
  }
  html += std::string("<tr><td><font color=\"") + kConflictColour +
          "\">concern, warning, accusation, threat</font></td><td>red edge</td></tr>";
  html += std::string("<tr><td><font color=\"") + kCooperationColour +
          "\">agreement, cooperation, praise</font></td><td>blue edge</td></tr>";
  html += std::string("<tr><td><font color=\"") + kNeutralColour +
          "\">statement</font></td><td>grey edge</td></tr>";
  html += "<tr><td>negated</td><td>dashed</td></tr>";
  html += "<tr><td>evidence count</td><td>pen width</td></tr>";
  html += "</table>>";
  return html;
}

}  // namespace

std::string_view action_family(std::string_view action_class) {
  static constexpr std::array<std::string_view, 16> kConflict{
      "concern", "warn",  "accus",   "threat", "critic",  "condemn", "denounc", "reject",
      "oppos",   "protest", "sanction", "demand", "blame", "attack", "deny", "refus"};
  static constexpr std::array<std::string_view, 16> kCooperation{
      "agree",   "cooperat", "praise", "support", "welcome", "meet", "sign",    "pledge",
      "promise", "visit",    "consult", "endorse", "thank", "offer", "approv", "host"};
  for (std::string_view stem : kConflict) {
    if (action_class.find(stem) != std::string_view::npos) return "conflict";
  }
  for (std::string_view stem : kCooperation) {
    if (action_class.find(stem) != std::string_view::npos) return "cooperation";
  }
  return "neutral";
}

std::string dot_node_name(const GraphVertex& vertex) { return vertex.kind + ":" + vertex.id; }

std::string dot_quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += c;
    }
  }
  return out + '"';
}

std::string write_dot(const KnowledgeGraph& graph, const DotOptions& options) {
  auto vertices = graph.sorted_vertices();
  auto edges = graph.sorted_edges();
  bool edge_labels = options.edge_labels == 1 || (options.edge_labels == -1 && edges.size() <= 80);
  std::string title = options.title.empty() ? graph.description() : options.title;

  std::string out = "digraph issuegraph {\n";
  out += "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, overlap=false, splines=true, "
         "outputorder=edgesfirst";
  if (!title.empty()) out += ", labelloc=t, label=" + dot_quote(title);
  out += "];\n";
  out += "  node [style=filled, fontname=\"Helvetica\", fontsize=11, color=\"#555555\"];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.7];\n";

  for (auto v : vertices) {
    const GraphVertex& vertex = graph.vertex(v);
    NodeStyle style = style_of(vertex);
    std::string tooltip = vertex.label + " (" + std::string(style.caption) + ")";
    std::string names;
    for (const auto& [mention, count] : vertex.mentions) {
      if (mention == vertex.label) continue;
      names += (names.empty() ? "" : ", ") + mention;
    }
    if (!names.empty()) tooltip += "\nalso: " + names;
    out += "  " + dot_quote(dot_node_name(vertex)) + " [label=" +
           dot_quote(wrapped(vertex.label, options.wrap)) + ", shape=" + style.shape +
           ", fillcolor=\"" + style.fill + "\", tooltip=" + dot_quote(tooltip) +
           ", URL=" + dot_quote(options.href_prefix + vertex.kind + "=" + vertex.id) + "];\n";
  }

  for (auto e : edges) {
    const GraphEdge& edge = graph.edge(e);
    const GraphVertex& source = graph.vertex(graph.source(e));
    const GraphVertex& target = graph.vertex(graph.target(e));
    std::string action = (edge.negated ? "not " : "") + std::string(edge.action());
    // Evidence sentences in the tooltip, so that hovering an edge in SVG says why it exists.
    std::string tooltip = source.label + " - " + action + " - " + target.label + " (" +
                          std::to_string(edge.count()) + ")";
    for (std::size_t i = 0; i < edge.evidence.size() && i < options.tooltip_evidence; ++i) {
      const Evidence& ev = edge.evidence[i];
      tooltip += "\n[" + ev.doc + "#" + std::to_string(ev.sentence) + "] " + ev.text;
    }
    if (edge.evidence.size() > options.tooltip_evidence) {
      tooltip += "\n... and " + std::to_string(edge.evidence.size() - options.tooltip_evidence) + " more";
    }
    double penwidth = 1.0 + std::min(4.0, std::log2(static_cast<double>(edge.count())));
    out += "  " + dot_quote(dot_node_name(source)) + " -> " + dot_quote(dot_node_name(target)) +
           " [color=\"" + colour_of(action_family(edge.action_class)) + "\", penwidth=" +
           format_number(penwidth);
    if (edge.negated) out += ", style=dashed";
    if (edge.kind == kInteractionKind) out += ", arrowhead=vee";
    if (edge_labels) {
      std::string label = action + (edge.count() > 1 ? " (" + std::to_string(edge.count()) + ")" : "");
      out += ", label=" + dot_quote(wrapped(label, options.wrap));
    }
    out += ", tooltip=" + dot_quote(tooltip) + ", labeltooltip=" + dot_quote(tooltip) + "];\n";
  }

  if (options.legend && !vertices.empty()) {
    out += "  subgraph cluster_legend {\n";
    out += "    label=\"\"; style=rounded; color=\"#bbbbbb\";\n";
    out += "    \"legend\" [shape=plaintext, style=\"\", label=" + legend_table() + "];\n";
    out += "  }\n";
  }
  out += "}\n";
  return out;
}

}  // namespace issuegraph
