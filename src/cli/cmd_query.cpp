// `issuegraph query GRAPH.json [--actor A] [--issue I] [--action C] [--target T] [--doc D]
// [--group-by actor|issue|action|target] [--format table|jsonl|csv]`: who said what about
// which issue, each answer with its evidence sentence and document.
#include <cstdlib>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "issuegraph/graph/graph_query.hpp"
#include "issuegraph/graph/graph_view.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph::cli {
namespace {

struct QueryArguments {
  std::string graph_path;
  QueryFilter filter;
  ViewFilter view;  // the graph-wide filters (dates, counts, most connected) applied first
  std::string group_by;
  std::string format = "table";
  std::size_t width = 0;
};

// Table width: --width, else $COLUMNS, else 100.
std::size_t table_width(std::size_t requested) {
  if (requested > 0) return requested;
  if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
    long value = std::strtol(columns, nullptr, 10);
    if (value >= 40) return static_cast<std::size_t>(value);
  }
  return 100;
}

void run_query_command(const QueryArguments& a) {
  KnowledgeGraph graph = graph_from_json_file(a.graph_path);
  if (!is_empty_filter(a.view)) graph = apply_view(graph, a.view);
  std::vector<QueryRow> rows = run_query(graph, a.filter);
  if (!a.group_by.empty()) {
    auto groups = group_rows(rows, a.group_by);
    if (a.format == "csv") {
      std::cout << format_group_csv(groups, a.group_by);
    } else if (a.format == "jsonl") {
      std::cout << format_group_jsonl(groups, a.group_by);
    } else {
      std::cout << format_group_table(groups, a.group_by);
    }
    return;
  }
  if (a.format == "csv") {
    std::cout << format_query_csv(rows);
  } else if (a.format == "jsonl") {
    std::cout << format_query_jsonl(rows);
  } else {
    std::cout << format_query_table(rows, table_width(a.width));
    std::cout << rows.size() << (rows.size() == 1 ? " answer\n" : " answers\n");
  }
}

}  // namespace

void add_query_command(CLI::App& app, Context& /*context*/) {
  auto arguments = std::make_shared<QueryArguments>();
  auto* cmd = app.add_subcommand("query", "Who said what about which issue, with evidence, from a graph.json");
  cmd->add_option("graph", arguments->graph_path, "graph.json written by `issuegraph build`")->required();
  cmd->add_option("--actor", arguments->filter.actor, "Actor: id, name or mention, any case");
  cmd->add_option("--issue", arguments->filter.issue, "Issue: id or words of its name");
  cmd->add_option("--action", arguments->filter.action, "Action class or lemma");
  cmd->add_option("--target", arguments->filter.target, "Actor the action was aimed at");
  cmd->add_option("--doc", arguments->filter.doc, "Document id");
  cmd->add_option("--since", arguments->view.since, "Keep evidence dated on or after this ISO date");
  cmd->add_option("--until", arguments->view.until, "Keep evidence dated on or before this ISO date (prefix)");
  cmd->add_option("--min-count", arguments->view.min_count, "Drop edges with fewer pieces of evidence");
  cmd->add_option("--top", arguments->view.top, "Keep the N most connected vertices");
  cmd->add_option("--group-by", arguments->group_by, "Count answers per actor | issue | action | target")
      ->check(CLI::IsMember({"actor", "issue", "action", "target"}));
  cmd->add_option("--format", arguments->format, "table (default) | jsonl | csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->add_option("--width", arguments->width, "Table width (default $COLUMNS or 100)");
  cmd->callback([arguments] { run_query_command(*arguments); });
}

}  // namespace issuegraph::cli
