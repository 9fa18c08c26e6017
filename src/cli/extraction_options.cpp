#include "cli/extraction_options.hpp"

#include "issuegraph/base/error.hpp"

namespace issuegraph::cli {

void add_extraction_options(CLI::App& command, ExtractionArguments& arguments) {
  command.add_option("inputs", arguments.inputs,
                     "Text files, JSON Lines files ({\"id\",\"text\"[,\"date\"]} per line) or - for stdin")
      ->required();
  command.add_option("--lexicon", arguments.lexicons,
                     "Directory of lexicon files that extend or override the defaults (repeatable)");
  command.add_option("--input-format", arguments.input_format, "auto, text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  command.add_option("--encoding", arguments.encoding,
                     "Decode input that is not valid UTF-8 from this legacy encoding (latin1, cp1252)")
      ->check(CLI::IsMember({"latin1", "cp1252"}));
  command.add_option("--min-confidence", arguments.min_confidence,
                     "Drop triples below this confidence (0-1)")
      ->check(CLI::Range(0.0, 1.0));
  command.add_flag("--explain", arguments.explain,
                   "JSON Lines: list each triple's confidence features (what the extractor guessed)");
  command.add_flag("--listed-actions-only", arguments.listed_actions_only,
                   "Report only actions the lexicon lists (no class \"other\" for unlisted verbs)");
  command.add_option("--threads", arguments.threads, "Documents annotated in parallel")
      ->check(CLI::Range(1, 256));
  command.add_option("--readings", arguments.readings,
                     "Other parses tried for a verb of saying that gave no triple (default 2; 0 = the first parse only)")
      ->check(CLI::Range(0, 16));
}

ExtractionSettings extraction_settings(const ExtractionArguments& arguments, const Context& context) {
  ExtractionSettings settings;
  settings.data_dir = context.data_dir;
  settings.lexicon_overrides = arguments.lexicons;
  settings.min_confidence = arguments.min_confidence;
  settings.explain = arguments.explain;
  settings.unlisted_actions = !arguments.listed_actions_only;
  settings.threads = arguments.threads;
  settings.other_readings = arguments.readings;
  settings.read.legacy_encoding = arguments.encoding;
  if (arguments.input_format == "text") {
    settings.read.format = InputFormat::kText;
  } else if (arguments.input_format == "jsonl") {
    settings.read.format = InputFormat::kJsonl;
  }
  return settings;
}

int report_problems(const ExtractionReport& report, std::ostream& err) {
  for (const std::string& note : report.notes) err << "issuegraph: note: " << note << '\n';
  for (const std::string& error : report.errors) err << "issuegraph: error: " << error << '\n';
  if (!report.errors.empty()) {
    err << "issuegraph: " << report.errors.size() << " input record(s) could not be read; "
        << report.documents << " document(s) were processed\n";
    return 1;
  }
  return 0;
}

}  // namespace issuegraph::cli
