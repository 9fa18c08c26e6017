// graph.json: writing (deterministic, field order fixed) and reading back with validation.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"
#include "issuegraph/io/json_schema.hpp"

namespace issuegraph {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_count(JsonWriter& w, const char* key, std::size_t value) {
  w.Key(key);
  w.Uint64(value);
}

void write_evidence(JsonWriter& w, const Evidence& e) {
  w.StartObject();
  write_string(w, "doc", e.doc);
  write_count(w, "sentence", e.sentence);
  write_string(w, "text", e.text);
  w.Key("confidence");
  // Two decimals, as the triple records print it: stable across platforms' float printing.
  char confidence[16];
  int length = std::snprintf(confidence, sizeof confidence, "%.2f", e.confidence);
  w.RawValue(confidence, static_cast<std::size_t>(length), rapidjson::kNumberType);
  if (!e.date.empty()) write_string(w, "date", e.date);
  if (!e.mention.empty()) write_string(w, "mention", e.mention);
  if (!e.action_text.empty()) write_string(w, "action_text", e.action_text);
  if (!e.target.empty()) write_string(w, "target", e.target);
  if (!e.issue.empty()) write_string(w, "issue", e.issue);
  w.EndObject();
}

std::string get_string(const rapidjson::Value& object, const char* key) {
  if (!object.HasMember(key)) return {};
  const rapidjson::Value& v = object[key];
  return std::string(v.GetString(), v.GetStringLength());
}

}  // namespace

std::string graph_to_json(const KnowledgeGraph& graph) {
  auto vertices = graph.sorted_vertices();
  auto edges = graph.sorted_edges();
  auto documents = graph.documents();

  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  write_string(w, "format", "issuegraph-graph");
  w.Key("version");
  w.Int(1);
  w.Key("metadata");
  w.StartObject();
  write_string(w, "generator", "issuegraph");
  if (!graph.description().empty()) write_string(w, "description", graph.description());
  write_count(w, "nodes", vertices.size());
  write_count(w, "edges", edges.size());
  write_count(w, "evidence", graph.evidence_count());
  write_count(w, "documents", documents.size());
  w.EndObject();

  w.Key("nodes");
  w.StartArray();
  for (auto v : vertices) {
    const GraphVertex& vertex = graph.vertex(v);
    w.StartObject();
    write_string(w, "id", vertex.id);
    write_string(w, "label", vertex.label);
    write_string(w, "kind", vertex.kind);
    write_string(w, "type", vertex.type);
    write_count(w, "degree", graph.degree(v));
    write_count(w, "weight", graph.weight(v));
    w.Key("mentions");
    w.StartArray();
    for (const auto& [text, count] : vertex.mentions) {
      w.StartObject();
      write_string(w, "text", text);
      write_count(w, "count", count);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("edges");
  w.StartArray();
  for (auto e : edges) {
    const GraphEdge& edge = graph.edge(e);
    w.StartObject();
    write_string(w, "source", graph.vertex(graph.source(e)).id);
    write_string(w, "target", graph.vertex(graph.target(e)).id);
    write_string(w, "kind", edge.kind);
    write_string(w, "class", edge.action_class);
    write_string(w, "lemma", edge.lemma);
    w.Key("negated");
    w.Bool(edge.negated);
    if (!edge.cameo.empty()) write_string(w, "cameo", edge.cameo);
    write_count(w, "count", edge.count());
    w.Key("evidence");
    w.StartArray();
    for (const Evidence& ev : edge.evidence) write_evidence(w, ev);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("documents");
  w.StartArray();
  for (const auto& [id, info] : documents) {
    w.StartObject();
    write_string(w, "id", id);
    if (!info.date.empty()) write_string(w, "date", info.date);
    write_count(w, "sentences", info.sentences);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string text = buffer.GetString();
  text += '\n';
  return text;
}

KnowledgeGraph graph_from_json(std::string_view text, const std::string& source) {
  rapidjson::Document document = parse_json(text, source);
  static const JsonSchema schema("graph.schema.json");
  schema.validate(document, source);

  KnowledgeGraph graph;
  if (document["metadata"].HasMember("description")) {
    graph.set_description(get_string(document["metadata"], "description"));
  }
  for (const auto& node : document["nodes"].GetArray()) {
    GraphVertex vertex;
    vertex.id = get_string(node, "id");
    vertex.label = get_string(node, "label");
    vertex.kind = get_string(node, "kind");
    vertex.type = get_string(node, "type");
    for (const auto& mention : node["mentions"].GetArray()) {
      vertex.mentions[get_string(mention, "text")] += mention["count"].GetUint64();
    }
    graph.add_vertex(vertex);
  }
  const auto& edges = document["edges"];
  for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
    const auto& item = edges[i];
    GraphEdge edge;
    edge.kind = get_string(item, "kind");
    edge.action_class = get_string(item, "class");
    edge.lemma = get_string(item, "lemma");
    edge.negated = item["negated"].GetBool();
    edge.cameo = get_string(item, "cameo");
    std::string pointer = "/edges/" + std::to_string(i);
    auto source_vertex = graph.find(kActorKind, get_string(item, "source"));
    if (!source_vertex) {
      throw SchemaError(source, pointer + "/source", "reference",
                        "no actor node with id '" + get_string(item, "source") + "'");
    }
    std::string_view target_kind = edge.kind == kStatementKind ? kIssueKind : kActorKind;
    auto target_vertex = graph.find(target_kind, get_string(item, "target"));
    if (!target_vertex) {
      throw SchemaError(source, pointer + "/target", "reference",
                        "no " + std::string(target_kind) + " node with id '" +
                            get_string(item, "target") + "'");
    }
    for (const auto& ev : item["evidence"].GetArray()) {
      Evidence evidence;
      evidence.doc = get_string(ev, "doc");
      evidence.sentence = ev["sentence"].GetUint64();
      evidence.text = get_string(ev, "text");
      evidence.confidence = std::round(ev["confidence"].GetDouble() * 100.0) / 100.0;
      evidence.date = get_string(ev, "date");
      evidence.mention = get_string(ev, "mention");
      evidence.action_text = get_string(ev, "action_text");
      evidence.target = get_string(ev, "target");
      evidence.issue = get_string(ev, "issue");
      edge.evidence.push_back(std::move(evidence));
    }
    graph.add_edge(*source_vertex, *target_vertex, edge);
  }
  return graph;
}

KnowledgeGraph graph_from_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, 0, "cannot open file");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw InputError(path, 0, 0, "cannot read file");
  return graph_from_json(content.str(), path);
}

}  // namespace issuegraph
