// issuegraph: news text in, actor–action–issue triples, a knowledge graph and diagrams out.
// main() holds the only catch: library errors become a message on stderr and an exit code.
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "issuegraph/base/error.hpp"

namespace issuegraph::cli {

std::string resolve_data_dir(const std::string& explicit_dir, const std::string& program_path) {
  namespace fs = std::filesystem;
  if (!explicit_dir.empty()) return explicit_dir;
  if (const char* env = std::getenv("ISSUEGRAPH_DATA"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::canonical(program_path, ec);
  if (!ec) {
    fs::path beside = exe.parent_path().parent_path() / "data";
    if (fs::exists(beside / "lexicons", ec)) return beside.string();
  }
  return ISSUEGRAPH_SOURCE_DATA_DIR;
}

}  // namespace issuegraph::cli

int main(int argc, char** argv) {
  using namespace issuegraph;
  CLI::App app{"issuegraph: actor-action-issue triples and knowledge graphs from news text"};
  app.require_subcommand(1);
  cli::Context context;
  context.program_path = "/proc/self/exe";
  std::string data_dir;
  app.add_option("--data", data_dir, "Directory holding models/ and lexicons/ (default: the build's data/)");
  app.parse_complete_callback([&] { context.data_dir = cli::resolve_data_dir(data_dir, context.program_path); });

  cli::add_extract_command(app, context);
  cli::add_build_command(app, context);
  cli::add_query_command(app, context);
  cli::add_stats_command(app, context);
  cli::add_render_command(app, context);
  cli::add_export_command(app, context);
  cli::add_parse_command(app, context);
  cli::add_eval_command(app, context);
  cli::add_train_command(app, context);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  } catch (const UsageError& e) {
    std::cerr << "issuegraph: " << e.what() << '\n';
    return 2;
  } catch (const Error& e) {
    std::cerr << "issuegraph: " << e.what() << '\n';
    return 1;
  } catch (const std::bad_alloc&) {
    std::cerr << "issuegraph: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "issuegraph: internal error: " << e.what() << '\n';
    return 1;
  }
  return context.exit_code;
}
