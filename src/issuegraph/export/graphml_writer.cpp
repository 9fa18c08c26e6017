#include "issuegraph/export/graphml_writer.hpp"

#include <array>

#include "issuegraph/export/dot_writer.hpp"

namespace issuegraph {
namespace {

// XML text or attribute value; control characters XML 1.0 forbids become spaces.
std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

struct Key {
  const char* id;
  const char* domain;
  const char* type;
};

constexpr std::array<Key, 13> kKeys{{
    {"label", "node", "string"},
    {"kind", "node", "string"},
    {"type", "node", "string"},
    {"aliases", "node", "string"},
    {"degree", "node", "int"},
    {"weight", "node", "int"},
    {"edge_kind", "edge", "string"},
    {"action", "edge", "string"},
    {"lemma", "edge", "string"},
    {"negated", "edge", "int"},
    {"count", "edge", "int"},
    {"cameo", "edge", "string"},
    {"evidence", "edge", "string"},
}};

void data(std::string& out, const char* key, std::string_view value) {
  out += "      <data key=\"";
  out += key;
  out += "\">" + xml_escape(value) + "</data>\n";
}

}  // namespace

std::string write_graphml(const KnowledgeGraph& graph) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    // attr.name equals the id, except edge "kind" which shares its name with the node key.
    std::string name = std::string(k.id) == "edge_kind" ? "kind" : k.id;
    out += "  <key id=\"" + std::string(k.id) + "\" for=\"" + k.domain + "\" attr.name=\"" + name +
           "\" attr.type=\"" + k.type + "\"/>\n";
  }
  out += "  <graph id=\"issuegraph\" edgedefault=\"directed\">\n";
  for (auto v : graph.sorted_vertices()) {
    const GraphVertex& vertex = graph.vertex(v);
    std::string aliases;
    for (const auto& [mention, count] : vertex.mentions) aliases += (aliases.empty() ? "" : "; ") + mention;
    out += "    <node id=\"" + xml_escape(dot_node_name(vertex)) + "\">\n";
    data(out, "label", vertex.label);
    data(out, "kind", vertex.kind);
    data(out, "type", vertex.type);
    data(out, "aliases", aliases);
    data(out, "degree", std::to_string(graph.degree(v)));
    data(out, "weight", std::to_string(graph.weight(v)));
    out += "    </node>\n";
  }
  std::size_t index = 0;
  for (auto e : graph.sorted_edges()) {
    const GraphEdge& edge = graph.edge(e);
    std::string evidence;
    for (const Evidence& ev : edge.evidence) {
      evidence += (evidence.empty() ? "" : " | ") + ev.doc + "#" + std::to_string(ev.sentence) + ": " + ev.text;
    }
    out += "    <edge id=\"e" + std::to_string(index++) + "\" source=\"" +
           xml_escape(dot_node_name(graph.vertex(graph.source(e)))) + "\" target=\"" +
           xml_escape(dot_node_name(graph.vertex(graph.target(e)))) + "\">\n";
    data(out, "edge_kind", edge.kind);
    data(out, "action", edge.action_class);
    data(out, "lemma", edge.lemma);
    data(out, "negated", edge.negated ? "1" : "0");
    data(out, "count", std::to_string(edge.count()));
    data(out, "cameo", edge.cameo);
    data(out, "evidence", evidence);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace issuegraph
