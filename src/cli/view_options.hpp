// What every command that reads a built graph shares: the view filters (graph/graph_view.hpp)
// as options, loading a filtered view, and writing an output file ("-" for stdout).
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "issuegraph/graph/graph_view.hpp"
#include "issuegraph/graph/knowledge_graph.hpp"

namespace issuegraph::cli {

void add_view_options(CLI::App& cmd, ViewFilter& filter);

// Reads GRAPH.json and applies the filters (no copy when none is set).
KnowledgeGraph load_view(const std::string& path, const ViewFilter& filter);

// Throws InputError naming the path when it cannot be written.
void write_output_file(const std::string& path, const std::string& bytes);

}  // namespace issuegraph::cli
