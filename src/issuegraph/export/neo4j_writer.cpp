#include "issuegraph/export/neo4j_writer.hpp"

#include <filesystem>
#include <fstream>

#include "issuegraph/base/error.hpp"
#include "issuegraph/export/dot_writer.hpp"

namespace issuegraph {
namespace {

// Always quoted: neo4j-admin reads "" inside quotes as one quote; line breaks would need
// --multiline-fields, so they become spaces.
std::string field(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') {
      out += "\"\"";
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + '"';
}

std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string upper(std::string text) {
  for (char& c : text) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return text;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw InputError(path.string(), 0, 0, "cannot write file");
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw InputError(path.string(), 0, 0, "error while writing");
}

}  // namespace

std::string neo4j_nodes_csv(const KnowledgeGraph& graph) {
  std::string out = "id:ID,label,type,kind,:LABEL\n";
  for (auto v : graph.sorted_vertices()) {
    const GraphVertex& vertex = graph.vertex(v);
    std::string labels = capitalized(vertex.kind);
    if (vertex.kind == kActorKind && !vertex.type.empty()) labels += ";" + capitalized(vertex.type);
    out += field(dot_node_name(vertex)) + ',' + field(vertex.label) + ',' + field(vertex.type) + ',' +
           field(vertex.kind) + ',' + labels + '\n';
  }
  return out;
}

std::string neo4j_relationships_csv(const KnowledgeGraph& graph) {
  std::string out = ":START_ID,:END_ID,:TYPE,action,lemma,negated:boolean,count:int,evidence\n";
  for (auto e : graph.sorted_edges()) {
    const GraphEdge& edge = graph.edge(e);
    std::string evidence;
    for (const Evidence& ev : edge.evidence) {
      evidence += (evidence.empty() ? "" : " | ") + ev.doc + "#" + std::to_string(ev.sentence) + ": " + ev.text;
    }
    out += field(dot_node_name(graph.vertex(graph.source(e)))) + ',' +
           field(dot_node_name(graph.vertex(graph.target(e)))) + ',' + upper(edge.kind) + ',' +
           field(edge.action_class) + ',' + field(edge.lemma) + ',' + (edge.negated ? "true" : "false") +
           ',' + std::to_string(edge.count()) + ',' + field(evidence) + '\n';
  }
  return out;
}

void write_neo4j_csv(const KnowledgeGraph& graph, const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(directory, ec);
  if (ec) throw InputError(directory, 0, 0, "cannot create directory: " + ec.message());
  write_file(fs::path(directory) / "nodes.csv", neo4j_nodes_csv(graph));
  write_file(fs::path(directory) / "relationships.csv", neo4j_relationships_csv(graph));
}

}  // namespace issuegraph
