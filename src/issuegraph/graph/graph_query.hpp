// Queries over a knowledge graph: who said what about which issue (and to whom), one row per
// triple with its evidence sentence and document, optionally counted by actor, issue, action
// or target; and the three ways `issuegraph query` prints them (table, JSON Lines, CSV).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph {

struct QueryFilter {
  std::string actor;   // names match as in find_vertices (id, label, any mention)
  std::string issue;
  std::string action;  // action class or lemma
  std::string target;
  std::string doc;
};

struct QueryRow {
  std::string actor_id, actor_label;
  std::string action_class, lemma;
  bool negated = false;
  std::string issue_id, issue_label;    // empty for an action aimed only at a target
  std::string target_id, target_label;  // empty when the triple had no target
  std::string doc;
  std::size_t sentence = 0;
  std::string date;
  double confidence = 0.0;
  std::string evidence;
};

// One row per supporting sentence, sorted by (actor, issue, target, action, negated, doc,
// sentence). Throws UsageError when a name in `filter` matches no vertex.
std::vector<QueryRow> run_query(const KnowledgeGraph& graph, const QueryFilter& filter);

// Counts of rows per actor | issue | action | target (labels), most frequent first.
// Throws UsageError for another key.
std::vector<std::pair<std::string, std::size_t>> group_rows(const std::vector<QueryRow>& rows,
                                                            std::string_view by);

// An aligned text table; cells wider than their column wrap onto further lines, and the
// evidence column takes what is left of `width` characters.
std::string format_query_table(const std::vector<QueryRow>& rows, std::size_t width);
std::string format_group_table(const std::vector<std::pair<std::string, std::size_t>>& groups,
                               std::string_view by);
std::string format_query_jsonl(const std::vector<QueryRow>& rows);
std::string format_query_csv(const std::vector<QueryRow>& rows);
std::string format_group_csv(const std::vector<std::pair<std::string, std::size_t>>& groups,
                             std::string_view by);
std::string format_group_jsonl(const std::vector<std::pair<std::string, std::size_t>>& groups,
                               std::string_view by);

// Splits `text` into lines of at most `width` characters at spaces (a longer word is cut).
// Counts bytes, except that UTF-8 continuation bytes do not count.
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
std::string csv_field(std::string_view text);

}  // namespace issuegraph
