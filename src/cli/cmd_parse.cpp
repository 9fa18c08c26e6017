// `issuegraph parse [--input-format text|conllu] [--format conllu|jsonl] [--threads N] INPUT...`:
// annotates text (files, JSON Lines, "-") or re-annotates the words of CoNLL-U files, and prints
// CoNLL-U or one JSON object per sentence. Bad input is reported on stderr and the rest is
// still processed (exit 1 if anything was lost).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/conllu/conllu_writer.hpp"
#include "issuegraph/io/document_reader.hpp"
#include "issuegraph/pipeline/nlp_pipeline.hpp"
#include "issuegraph/pipeline/parallel.hpp"
#include "issuegraph/pipeline/sentence_json.hpp"

namespace issuegraph::cli {

namespace {

struct ParseArguments {
  std::vector<std::string> inputs;
  std::string input_format = "text";
  std::string format = "conllu";
  std::string stage = "full";
  std::string models;
  int threads = 1;
};

// Documents (or CoNLL-U sentences) are annotated in batches: enough work for every thread,
// bounded memory on large inputs, output in input order.
constexpr std::size_t kBatch = 256;

struct Printer {
  bool jsonl = false;
  void print(const std::string& doc_id, const Sentence& s) const {
    if (jsonl) std::cout << sentence_to_json(doc_id, s) << '\n';
    else write_conllu(std::cout, s);
  }
};

PipelineStage stage_of(const std::string& name) {
  if (name == "tokenize") return PipelineStage::kTokenize;
  if (name == "tag") return PipelineStage::kTag;
  return PipelineStage::kFull;
}

int run_text(const ParseArguments& args, const NlpPipeline& pipeline, const Printer& printer) {
  const PipelineStage stage = stage_of(args.stage);
  ReadOptions options;
  options.format = InputFormat::kAuto;
  ReadReport report;
  std::vector<Document> batch;
  std::vector<std::vector<Sentence>> results;
  auto flush = [&] {
    results.assign(batch.size(), {});
    parallel_for(batch.size(), args.threads, [&](std::size_t i) { results[i] = pipeline.annotate(batch[i], stage); });
    for (std::size_t i = 0; i < batch.size(); ++i) {
      for (const Sentence& s : results[i]) {
        if (!printer.jsonl) {
          // CoNLL-U needs the ids and text that the segmenter does not write as comments.
          Sentence copy = s;
          for (Token& t : copy.tokens) {
            if (!t.space_after && t.misc == "_") t.misc = "SpaceAfter=No";
          }
          copy.comments.push_back("# sent_id = " + batch[i].id + "-" + std::to_string(s.index + 1));
          copy.comments.push_back("# text = " + s.text);
          printer.print(batch[i].id, copy);
        } else {
          printer.print(batch[i].id, s);
        }
      }
    }
    batch.clear();
  };
  for (const std::string& input : args.inputs) {
    read_documents(input, options, [&](Document&& doc) {
      batch.push_back(std::move(doc));
      if (batch.size() >= kBatch) flush();
    }, report);
  }
  flush();
  std::cout.flush();
  for (const std::string& e : report.errors) std::cerr << "issuegraph: " << e << '\n';
  for (const std::string& n : report.notes) std::cerr << "issuegraph: note: " << n << '\n';
  return report.errors.empty() ? 0 : 1;
}

int run_conllu(const ParseArguments& args, const NlpPipeline& pipeline, const Printer& printer) {
  int exit_code = 0;
  for (const std::string& input : args.inputs) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (input != "-") {
      file.open(input);
      if (!file) {
        std::cerr << "issuegraph: " << input << ": cannot open file\n";
        exit_code = 1;
        continue;
      }
      in = &file;
    }
    const std::string doc_id = input == "-" ? "-" : std::filesystem::path(input).stem().string();
    ConlluReader reader(*in, input);
    std::vector<Sentence> batch;
    auto flush = [&] {
      parallel_for(batch.size(), args.threads, [&](std::size_t i) { pipeline.annotate_tokens(batch[i]); });
      for (const Sentence& s : batch) printer.print(doc_id, s);
      batch.clear();
    };
    try {
      Sentence s;
      while (reader.next(s)) {
        batch.push_back(std::move(s));
        if (batch.size() >= kBatch) flush();
      }
    } catch (const InputError& e) {
      // A malformed line ends this file; what was read before it is still written.
      std::cerr << "issuegraph: " << e.what() << '\n';
      exit_code = 1;
    }
    flush();
  }
  std::cout.flush();
  return exit_code;
}

void run_parse(const ParseArguments& args, Context& context) {
  const std::string model_dir = args.models.empty() ? context.data_dir + "/models" : args.models;
  NlpPipeline pipeline = NlpPipeline::load(model_dir);
  Printer printer{args.format == "jsonl"};
  context.exit_code = args.input_format == "conllu" ? run_conllu(args, pipeline, printer)
                                                    : run_text(args, pipeline, printer);
}

}  // namespace

void add_parse_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<ParseArguments>();
  auto* cmd = app.add_subcommand("parse", "Tokenise, tag, lemmatise and parse text or CoNLL-U");
  cmd->add_option("inputs", args->inputs, "Input files (text, JSON Lines, CoNLL-U) or - for stdin")->required();
  cmd->add_option("--input-format", args->input_format, "text (default: plain text or JSON Lines) or conllu")
      ->check(CLI::IsMember({"text", "conllu"}));
  cmd->add_option("--format", args->format, "conllu (default) or jsonl")->check(CLI::IsMember({"conllu", "jsonl"}));
  cmd->add_option("--threads", args->threads, "Documents annotated in parallel (output stays in input order)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--models", args->models, "Model directory (default: <data>/models)");
  // For benchmarks: stop after tokenisation or tagging.
  cmd->add_option("--stage", args->stage, "tokenize, tag or full (default)")
      ->check(CLI::IsMember({"tokenize", "tag", "full"}))
      ->group("");
  cmd->callback([args, &context] { run_parse(*args, context); });
}

}  // namespace issuegraph::cli
