// `issuegraph eval --conllu GOLD.conllu [--models DIR]`: re-annotates the gold words and prints
// UPOS, XPOS and lemma accuracy, UAS and LAS (CoNLL 2018 conventions) and the speed.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/conllu/conllu_writer.hpp"
#include "issuegraph/pipeline/pipeline_evaluation.hpp"

namespace issuegraph::cli {

namespace {

struct EvalArguments {
  std::string conllu;
  std::string models;
  std::string output;
  bool gold_tags = false;
};

void run_eval(const EvalArguments& args, Context& context) {
  const std::string model_dir = args.models.empty() ? context.data_dir + "/models" : args.models;
  NlpPipeline pipeline = NlpPipeline::load(model_dir);
  std::vector<Sentence> gold = read_conllu_file(args.conllu);
  std::vector<Sentence> predicted;
  PipelineEvaluation e = evaluate_pipeline(pipeline, gold,
                                           args.gold_tags ? EvaluationInput::kGoldTags : EvaluationInput::kForms,
                                           args.output.empty() ? nullptr : &predicted);
  if (!args.output.empty()) {
    std::ofstream out(args.output);
    if (!out) throw InputError(args.output, 0, 0, "cannot write file");
    for (const Sentence& s : predicted) write_conllu(out, s);
  }
  char line[160];
  std::printf("file      %s\n", args.conllu.c_str());
  std::printf("input     %s\n", args.gold_tags ? "gold words, gold tags and lemmas" : "gold words only");
  std::printf("sentences %zu\nwords     %zu\n", e.sentences, e.words);
  if (!args.gold_tags) {
    std::snprintf(line, sizeof line, "UPOS      %6.2f\nXPOS      %6.2f\nLemmas    %6.2f\n",
                  e.percent(e.upos_correct), e.percent(e.xpos_correct), e.percent(e.lemma_correct));
    std::fputs(line, stdout);
  }
  std::printf("UAS       %6.2f\n", e.attachment.uas());
  std::printf("LAS       %6.2f   (universal relation, as the CoNLL 2018 script)\n", e.attachment.las());
  std::printf("LAS-full  %6.2f   (relation with subtype)\n", e.attachment.full_las());
  std::printf("speed     %.0f words/s (annotation only, one thread)\n", e.words_per_second());
  context.exit_code = 0;
}

}  // namespace

void add_eval_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<EvalArguments>();
  auto* cmd = app.add_subcommand("eval", "Score the tagger, lemmatiser and parser on a gold CoNLL-U file");
  cmd->add_option("--conllu", args->conllu, "Gold treebank (CoNLL-U)")->required();
  cmd->add_option("--models", args->models, "Model directory (default: <data>/models)");
  cmd->add_option("--output", args->output, "Also write the predicted CoNLL-U here");
  cmd->add_flag("--gold-tags", args->gold_tags, "Keep the gold UPOS/XPOS/lemmas and score the parser alone");
  cmd->callback([args, &context] { run_eval(*args, context); });
}

}  // namespace issuegraph::cli
