#include "issuegraph/graph/graph_query.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/graph/graph_view.hpp"

namespace issuegraph {
namespace {

using VertexId = KnowledgeGraph::VertexId;

std::set<std::string> matching_ids(const KnowledgeGraph& graph, std::string_view kind,
                                   const std::string& name, const char* what) {
  std::set<std::string> ids;
  if (name.empty()) return ids;
  for (VertexId v : find_vertices(graph, kind, name)) ids.insert(graph.vertex(v).id);
  if (ids.empty()) throw UsageError(std::string("no ") + what + " in the graph matches '" + name + "'");
  return ids;
}

// Display width: UTF-8 continuation bytes take no column.
std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string pad(const std::string& text, std::size_t width) {
  std::size_t w = display_width(text);
  return w >= width ? text : text + std::string(width - w, ' ');
}

std::string confidence_text(double c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", c);
  return buffer;
}

std::string action_text(const QueryRow& r) {
  return (r.negated ? "not " : "") + (r.action_class == kOtherAction ? r.lemma : r.action_class);
}

// Rows of cells, aligned; each column at most `limits[i]` wide, the last one wrapping in what
// remains of `width`.
std::string format_table(const std::vector<std::string>& headers,
                         const std::vector<std::vector<std::string>>& rows,
                         const std::vector<std::size_t>& limits, std::size_t width) {
  std::size_t columns = headers.size();
  std::vector<std::size_t> widths(columns, 0);
  for (std::size_t c = 0; c < columns; ++c) widths[c] = display_width(headers[c]);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], display_width(row[c]));
  }
  std::size_t used = 0;
  for (std::size_t c = 0; c + 1 < columns; ++c) {
    widths[c] = std::min(widths[c], limits[c]);
    used += widths[c] + 2;
  }
  // The last column gets the rest of the line, but never less than 20 characters.
  std::size_t rest = width > used + 20 ? width - used : 20;
  widths[columns - 1] = std::min(widths[columns - 1], rest);

  std::string out;
  auto emit = [&](const std::vector<std::string>& cells) {
    std::vector<std::vector<std::string>> wrapped(columns);
    std::size_t height = 1;
    for (std::size_t c = 0; c < columns; ++c) {
      wrapped[c] = wrap_text(cells[c], widths[c]);
      if (wrapped[c].empty()) wrapped[c].push_back("");
      height = std::max(height, wrapped[c].size());
    }
    for (std::size_t line = 0; line < height; ++line) {
      std::string text;
      for (std::size_t c = 0; c < columns; ++c) {
        std::string cell = line < wrapped[c].size() ? wrapped[c][line] : "";
        text += c + 1 < columns ? pad(cell, widths[c]) + "  " : cell;
      }
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out += text + '\n';
    }
  };
  emit(headers);
  std::vector<std::string> rule;
  for (std::size_t c = 0; c < columns; ++c) rule.push_back(std::string(widths[c], '-'));
  emit(rule);
  for (const auto& row : rows) emit(row);
  return out;
}

std::string group_key(const QueryRow& r, std::string_view by) {
  if (by == "actor") return r.actor_label;
  if (by == "issue") return r.issue_label.empty() ? "(none)" : r.issue_label;
  if (by == "action") return action_text(r);
  if (by == "target") return r.target_label.empty() ? "(none)" : r.target_label;
  throw UsageError("cannot group by '" + std::string(by) + "' (expected actor, issue, action or target)");
}

}  // namespace

std::vector<std::string> wrap_text(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  if (width == 0) width = 1;
  std::string line;
  std::size_t line_width = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (start == i) break;
    std::string word(text.substr(start, i - start));
    std::size_t word_width = display_width(word);
    if (line_width > 0 && line_width + 1 + word_width > width) {
      lines.push_back(line);
      line.clear();
      line_width = 0;
    }
    // A word longer than the line is cut at character boundaries.
    while (word_width > width) {
      std::size_t cut = 0;
      std::size_t taken = 0;
      while (cut < word.size() && taken < width) {
        ++cut;
        while (cut < word.size() && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80) ++cut;
        ++taken;
      }
      lines.push_back(word.substr(0, cut));
      word = word.substr(cut);
      word_width -= taken;
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += word_width;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::vector<QueryRow> run_query(const KnowledgeGraph& graph, const QueryFilter& filter) {
  auto actors = matching_ids(graph, kActorKind, filter.actor, "actor");
  auto issues = matching_ids(graph, kIssueKind, filter.issue, "issue");
  auto targets = matching_ids(graph, kActorKind, filter.target, "target actor");
  std::string action = normalize_name(filter.action);

  auto label_of = [&graph](std::string_view kind, const std::string& id) -> std::string {
    if (id.empty()) return {};
    auto v = graph.find(kind, id);
    return v ? graph.vertex(*v).label : id;
  };

  std::vector<QueryRow> rows;
  for (auto e : graph.sorted_edges()) {
    const GraphEdge& edge = graph.edge(e);
    const GraphVertex& source = graph.vertex(graph.source(e));
    const GraphVertex& target = graph.vertex(graph.target(e));
    bool statement = edge.kind == kStatementKind;
    if (!actors.empty() && actors.count(source.id) == 0) continue;
    if (!action.empty() && normalize_name(edge.action_class) != action &&
        normalize_name(edge.lemma) != action) {
      continue;
    }
    for (const Evidence& ev : edge.evidence) {
      // A triple with issue and target supports two edges; its statement edge carries it.
      if (!statement && !ev.issue.empty()) continue;
      QueryRow row;
      row.actor_id = source.id;
      row.actor_label = source.label;
      row.action_class = edge.action_class;
      row.lemma = edge.lemma;
      row.negated = edge.negated;
      if (statement) {
        row.issue_id = target.id;
        row.issue_label = target.label;
        row.target_id = ev.target;
        row.target_label = label_of(kActorKind, ev.target);
      } else {
        row.target_id = target.id;
        row.target_label = target.label;
      }
      if (!issues.empty() && issues.count(row.issue_id) == 0) continue;
      if (!targets.empty() && targets.count(row.target_id) == 0) continue;
      if (!filter.doc.empty() && ev.doc != filter.doc) continue;
      row.doc = ev.doc;
      row.sentence = ev.sentence;
      row.date = ev.date;
      row.confidence = ev.confidence;
      row.evidence = ev.text;
      rows.push_back(std::move(row));
    }
  }
  std::sort(rows.begin(), rows.end(), [](const QueryRow& a, const QueryRow& b) {
    return std::tie(a.actor_id, a.issue_id, a.target_id, a.action_class, a.negated, a.doc,
                    a.sentence, a.evidence) < std::tie(b.actor_id, b.issue_id, b.target_id,
                                                       b.action_class, b.negated, b.doc,
                                                       b.sentence, b.evidence);
  });
  return rows;
}

std::vector<std::pair<std::string, std::size_t>> group_rows(const std::vector<QueryRow>& rows,
                                                            std::string_view by) {
  std::map<std::string, std::size_t> counts;
  if (rows.empty()) group_key(QueryRow{}, by);  // still reject a bad key
  for (const QueryRow& r : rows) ++counts[group_key(r, by)];
  std::vector<std::pair<std::string, std::size_t>> groups(counts.begin(), counts.end());
  std::stable_sort(groups.begin(), groups.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return groups;
}

std::string format_query_table(const std::vector<QueryRow>& rows, std::size_t width) {
  std::vector<std::vector<std::string>> cells;
  for (const QueryRow& r : rows) {
    cells.push_back({r.actor_label, action_text(r), r.issue_label, r.target_label,
                     r.doc + "#" + std::to_string(r.sentence), r.evidence});
  }
  return format_table({"ACTOR", "ACTION", "ISSUE", "TARGET", "SOURCE", "EVIDENCE"}, cells,
                      {20, 20, 24, 18, 24}, width);
}

std::string format_group_table(const std::vector<std::pair<std::string, std::size_t>>& groups,
                               std::string_view by) {
  std::vector<std::vector<std::string>> cells;
  for (const auto& [key, count] : groups) cells.push_back({std::to_string(count), key});
  std::string header(by);
  std::transform(header.begin(), header.end(), header.begin(),
                 [](char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); });
  return format_table({"COUNT", header}, cells, {8}, 100);
}

std::string format_query_jsonl(const std::vector<QueryRow>& rows) {
  std::string out;
  for (const QueryRow& r : rows) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    auto str = [&w](const char* key, const std::string& value) {
      w.Key(key);
      w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    };
    w.StartObject();
    str("actor", r.actor_id);
    str("actor_label", r.actor_label);
    str("action", r.action_class);
    str("lemma", r.lemma);
    w.Key("negated");
    w.Bool(r.negated);
    str("issue", r.issue_id);
    str("issue_label", r.issue_label);
    str("target", r.target_id);
    str("target_label", r.target_label);
    str("doc", r.doc);
    w.Key("sentence");
    w.Uint64(r.sentence);
    if (!r.date.empty()) str("date", r.date);
    std::string confidence = confidence_text(r.confidence);
    w.Key("confidence");
    w.RawValue(confidence.data(), confidence.size(), rapidjson::kNumberType);
    str("evidence", r.evidence);
    w.EndObject();
    out += buffer.GetString();
    out += '\n';
  }
  return out;
}

std::string format_query_csv(const std::vector<QueryRow>& rows) {
  std::string out =
      "actor,actor_label,action,lemma,negated,issue,issue_label,target,target_label,doc,"
      "sentence,date,confidence,evidence\n";
  for (const QueryRow& r : rows) {
    out += csv_field(r.actor_id) + ',' + csv_field(r.actor_label) + ',' + csv_field(r.action_class) +
           ',' + csv_field(r.lemma) + ',' + (r.negated ? "true" : "false") + ',' +
           csv_field(r.issue_id) + ',' + csv_field(r.issue_label) + ',' + csv_field(r.target_id) +
           ',' + csv_field(r.target_label) + ',' + csv_field(r.doc) + ',' +
           std::to_string(r.sentence) + ',' + csv_field(r.date) + ',' +
           confidence_text(r.confidence) + ',' + csv_field(r.evidence) + '\n';
  }
  return out;
}

std::string format_group_csv(const std::vector<std::pair<std::string, std::size_t>>& groups,
                             std::string_view by) {
  std::string out = std::string(by) + ",count\n";
  for (const auto& [key, count] : groups) out += csv_field(key) + ',' + std::to_string(count) + '\n';
  return out;
}

std::string format_group_jsonl(const std::vector<std::pair<std::string, std::size_t>>& groups,
                               std::string_view by) {
  std::string out;
  for (const auto& [key, count] : groups) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key(std::string(by).c_str());
    w.String(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    w.Key("count");
    w.Uint64(count);
    w.EndObject();
    out += buffer.GetString();
    out += '\n';
  }
  return out;
}

}  // namespace issuegraph
