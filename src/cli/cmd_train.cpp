// `issuegraph train --train T.conllu [--train MORE.conllu] --dev D.conllu -o DIR`: trains the
// tagger, the lemmatiser and the parser with a fixed seed and writes DIR/<component>.igm.
// `--components clusters --embeddings VECTORS.txt` trains the word clusters (DIR/clusters.igm)
// that the tagger and parser use when the file is in DIR.
// The parser learns from tags the tagger predicts (jackknifed over the training set), so that
// it meets at run time the kind of tags it was trained on.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "issuegraph/base/error.hpp"
#include "issuegraph/clusters/cluster_trainer.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/conllu/conllu_writer.hpp"
#include "issuegraph/lemma/lemmatizer.hpp"
#include "issuegraph/lemma/lemmatizer_trainer.hpp"
#include "issuegraph/parser/parser_average_trainer.hpp"
#include "issuegraph/parser/parser_trainer.hpp"
#include "issuegraph/tagger/tagger.hpp"
#include "issuegraph/tagger/tagger_trainer.hpp"

namespace issuegraph::cli {

namespace {

struct TrainArguments {
  std::vector<std::string> train;
  std::string dev;
  std::string output;
  std::uint64_t seed = 1;
  int iterations = 0;         // 0 = each component's default
  int tagger_iterations = 0;
  int tagger_second_pass_iterations = 0;  // 0 = the same as the first pass
  bool tagger_one_pass = false;   // no second tagger pass (over jackknifed first-pass labels)
  int parser_iterations = 0;
  int jackknife = 4;          // folds for the parser's training tags; 0 = gold tags
  std::string components = "tagger,lemmatizer,parser";
  double parser_explore = -1.0;   // < 0 = the trainer's default
  double parser_max_mb = 0.0;     // 0 = the trainer's default
  int parser_min_updates = 0;     // 0 = the trainer's default
  std::string parser_tags;        // cache of the jackknifed training tags (CoNLL-U)
  bool parser_select_on_dev = false;
  int parser_repeat_first = 1;    // the parser sees the first --train file this many times per iteration
  int parser_seeds = 1;           // parsers trained with consecutive seeds and averaged
  std::string embeddings;         // word vectors (GloVe text format) for the clusters
  ClusterTrainingOptions clusters;
};

std::string corpus_name(const std::vector<std::string>& paths) {
  std::string out;
  for (const auto& p : paths) {
    if (!out.empty()) out += '+';
    out += std::filesystem::path(p).filename().string();
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Trains the clusters from --embeddings when asked to, else loads DIR/clusters.igm when it
// exists: the tagger and parser are then trained with them. Null when there are none.
std::shared_ptr<const WordClusters> train_or_load_clusters(const TrainArguments& args, bool train, const std::string& dir) {
  const std::string path = dir + "clusters.igm";
  if (train) {
    if (args.embeddings.empty()) throw UsageError("--components clusters needs --embeddings FILE (word vectors)");
    auto start = std::chrono::steady_clock::now();
    ClusterTrainingOptions options = args.clusters;
    options.seed = args.seed;
    WordVectors vectors = read_word_vectors(args.embeddings, options.max_words);
    auto clusters = std::make_shared<const WordClusters>(train_word_clusters(vectors, options, &std::cerr));
    ModelFile model = clusters->to_model();
    model.set_metadata("vectors", std::filesystem::path(args.embeddings).filename().string());
    model.set_metadata("seed", std::to_string(options.seed));
    model.save(path);
    std::cerr << "train: clusters written to " << path << " (" << seconds_since(start) << " s)\n";
    return clusters;
  }
  if (!std::filesystem::exists(path)) return nullptr;
  std::cerr << "train: word clusters read from " << path << '\n';
  return std::make_shared<const WordClusters>(WordClusters::load(path));
}

void run_train(const TrainArguments& args) {
  std::vector<std::string> parts;
  std::stringstream list(args.components);
  for (std::string part; std::getline(list, part, ',');) {
    if (part != "tagger" && part != "lemmatizer" && part != "parser" && part != "clusters") {
      throw UsageError("--components: unknown component '" + part +
                       "' (expected clusters, tagger, lemmatizer, parser)");
    }
    parts.push_back(part);
  }
  auto wanted = [&](const char* name) { return std::find(parts.begin(), parts.end(), name) != parts.end(); };
  std::filesystem::create_directories(args.output);
  const std::string dir = args.output + "/";
  if (!args.embeddings.empty() && !wanted("clusters")) {
    throw UsageError("--embeddings is read only with --components clusters");
  }
  std::shared_ptr<const WordClusters> clusters = train_or_load_clusters(args, wanted("clusters"), dir);
  if (parts.size() == 1 && wanted("clusters")) return;
  if (args.train.empty()) throw UsageError("--train is required to train the tagger, lemmatiser or parser");

  std::vector<Sentence> train;
  std::size_t first_file_sentences = 0;
  for (const auto& path : args.train) {
    auto more = read_conllu_file(path);
    if (train.empty()) first_file_sentences = more.size();
    train.insert(train.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  std::vector<Sentence> dev;
  if (!args.dev.empty()) dev = read_conllu_file(args.dev);
  const std::string corpus = corpus_name(args.train);
  std::cerr << "train: " << train.size() << " training sentences, " << dev.size() << " dev sentences\n";

  auto tagger_options = [&] {
    TaggerTrainingOptions o;
    if (args.tagger_iterations > 0) o.iterations = args.tagger_iterations;
    else if (args.iterations > 0) o.iterations = args.iterations;
    o.second_pass = !args.tagger_one_pass;
    if (args.tagger_second_pass_iterations > 0) o.second_pass_iterations = args.tagger_second_pass_iterations;
    o.seed = args.seed;
    o.corpus = corpus;
    o.clusters = clusters;
    return o;
  };

  std::unique_ptr<Tagger> tagger;
  if (wanted("tagger")) {
    auto start = std::chrono::steady_clock::now();
    tagger = std::make_unique<Tagger>(train_tagger(train, dev, tagger_options(), &std::cerr));
    tagger->to_model().save(dir + "tagger.igm");
    std::cerr << "train: tagger written to " << dir << "tagger.igm (" << seconds_since(start) << " s)\n";
  } else if (std::filesystem::exists(dir + "tagger.igm")) {
    tagger = std::make_unique<Tagger>(Tagger::load(dir + "tagger.igm", clusters));
  }
  std::unique_ptr<Lemmatizer> lemmatizer;
  if (wanted("lemmatizer")) {
    auto start = std::chrono::steady_clock::now();
    lemmatizer = std::make_unique<Lemmatizer>(train_lemmatizer(train, &std::cerr));
    lemmatizer->set_metadata("corpus", corpus);
    lemmatizer->to_model().save(dir + "lemmatizer.igm");
    std::cerr << "train: lemmatizer written to " << dir << "lemmatizer.igm (" << seconds_since(start) << " s)\n";
  } else if (std::filesystem::exists(dir + "lemmatizer.igm")) {
    lemmatizer = std::make_unique<Lemmatizer>(Lemmatizer::load(dir + "lemmatizer.igm"));
  }

  if (!wanted("parser")) return;
  auto start = std::chrono::steady_clock::now();
  std::vector<Sentence> parser_train = train;
  std::vector<Sentence> parser_dev = dev;
  std::string tag_source = "gold";
  if (tagger && args.jackknife >= 2 && !args.parser_tags.empty() &&
      std::filesystem::exists(args.parser_tags)) {
    // Jackknifed tags written by an earlier run with the same data, tagger options and seed.
    std::vector<Sentence> cached = read_conllu_file(args.parser_tags);
    if (cached.size() != train.size()) {
      throw UsageError("--parser-tags: " + args.parser_tags + " has " + std::to_string(cached.size()) +
                       " sentences, the training data " + std::to_string(train.size()));
    }
    for (std::size_t i = 0; i < cached.size(); ++i) {
      if (cached[i].tokens.size() != train[i].tokens.size()) {
        throw UsageError("--parser-tags: " + args.parser_tags + " does not match the training data (sentence " +
                         std::to_string(i + 1) + ")");
      }
    }
    parser_train = std::move(cached);
    tag_source = "jackknifed (" + std::to_string(args.jackknife) + " folds)";
    std::cerr << "train: jackknifed tags read from " << args.parser_tags << '\n';
  } else if (tagger && args.jackknife >= 2) {
    // Each fold is tagged by a tagger that never saw it; lemmas then follow those tags.
    const std::size_t folds = static_cast<std::size_t>(args.jackknife);
    for (std::size_t fold = 0; fold < folds; ++fold) {
      std::vector<Sentence> rest;
      for (std::size_t i = 0; i < train.size(); ++i) {
        if (i % folds != fold) rest.push_back(train[i]);
      }
      Tagger fold_tagger = train_tagger(rest, {}, tagger_options(), nullptr);
      for (std::size_t i = fold; i < parser_train.size(); i += folds) fold_tagger.tag(parser_train[i]);
      std::cerr << "train: jackknife fold " << fold + 1 << "/" << folds << " tagged (" << seconds_since(start) << " s)\n";
    }
    tag_source = "jackknifed (" + std::to_string(folds) + " folds)";
    if (!args.parser_tags.empty()) {
      std::ofstream out(args.parser_tags, std::ios::binary);
      for (const Sentence& s : parser_train) write_conllu(out, s);
      if (!out) throw UsageError("--parser-tags: cannot write " + args.parser_tags);
    }
  } else if (tagger) {
    for (auto& s : parser_train) tagger->tag(s);
    tag_source = "predicted by the final tagger";
  }
  if (tagger) {
    for (auto& s : parser_dev) tagger->tag(s);
  }
  if (lemmatizer && tagger) {
    for (auto& s : parser_train) lemmatizer->lemmatize(s);
    for (auto& s : parser_dev) lemmatizer->lemmatize(s);
  }
  if (args.parser_repeat_first < 1) throw UsageError("--parser-repeat-first must be at least 1");
  if (args.parser_repeat_first > 1) {
    // Up-weights the first treebank (the target domain): its sentences, with the same
    // jackknifed tags, are appended again; the trainer shuffles them in with the rest.
    const std::vector<Sentence> first(parser_train.begin(),
                                      parser_train.begin() + static_cast<std::ptrdiff_t>(first_file_sentences));
    for (int r = 1; r < args.parser_repeat_first; ++r) parser_train.insert(parser_train.end(), first.begin(), first.end());
    std::cerr << "train: parser sees " << args.train.front() << " " << args.parser_repeat_first << " times\n";
  }
  parser::ParserTrainingOptions options;
  if (args.parser_iterations > 0) options.iterations = args.parser_iterations;
  else if (args.iterations > 0) options.iterations = args.iterations;
  options.seed = args.seed;
  options.corpus = corpus;
  if (args.parser_explore >= 0.0) options.explore = args.parser_explore;
  if (args.parser_max_mb > 0.0) options.max_weight_bytes = static_cast<std::size_t>(args.parser_max_mb * 1048576.0);
  if (args.parser_min_updates > 0) options.min_updates = args.parser_min_updates;
  options.select_on_dev = args.parser_select_on_dev;
  options.clusters = clusters;
  parser::DependencyParser parser =
      args.parser_seeds > 1
          ? parser::train_averaged_parser(parser_train, parser_dev, options, args.parser_seeds, &std::cerr)
          : parser::train_parser(parser_train, parser_dev, options, &std::cerr);
  ModelFile model = parser.to_model();
  model.set_metadata("training_tags", tag_source);
  if (args.parser_repeat_first > 1) model.set_metadata("first_corpus_repeats", std::to_string(args.parser_repeat_first));
  model.save(dir + "parser.igm");
  std::cerr << "train: parser written to " << dir << "parser.igm (" << seconds_since(start) << " s)\n";
}

}  // namespace

void add_train_command(CLI::App& app, Context& context) {
  auto args = std::make_shared<TrainArguments>();
  auto* cmd = app.add_subcommand("train", "Train the tagger, lemmatiser and parser from CoNLL-U treebanks");
  cmd->add_option("--train", args->train, "Training treebank (CoNLL-U); repeat for more (all components but clusters)");
  cmd->add_option("--dev", args->dev, "Development treebank (CoNLL-U), for progress and model selection");
  cmd->add_option("-o,--output", args->output, "Directory to write tagger.igm, lemmatizer.igm, parser.igm")->required();
  cmd->add_option("--seed", args->seed, "Random seed (default 1)");
  cmd->add_option("--iterations", args->iterations, "Training iterations for every component");
  cmd->add_option("--tagger-iterations", args->tagger_iterations, "Tagger iterations (overrides --iterations)");
  cmd->add_option("--tagger-second-pass-iterations", args->tagger_second_pass_iterations,
                  "Iterations of the tagger's second pass (default: as many as the first)");
  cmd->add_flag("--tagger-one-pass", args->tagger_one_pass,
                "Tagger: leave out the second pass (the one that sees first-pass labels of the right context)");
  cmd->add_option("--parser-iterations", args->parser_iterations, "Parser iterations (overrides --iterations)");
  cmd->add_option("--jackknife", args->jackknife, "Folds for the parser's predicted training tags (0 or 1 = no jackknifing; default 4)");
  cmd->add_option("--parser-explore", args->parser_explore, "Probability of following a wrong parser move in training (default 0.9)");
  cmd->add_option("--parser-max-mb", args->parser_max_mb, "Size budget of the parser's weights in MiB (default 13)");
  cmd->add_flag("--parser-select-on-dev", args->parser_select_on_dev, "Keep the parser iteration with the best --dev UAS + LAS instead of the last");
  cmd->add_option("--parser-min-updates", args->parser_min_updates, "Keep parser features updated at least this often (default 10; raised to fit the budget)");
  cmd->add_option("--parser-tags", args->parser_tags, "CoNLL-U cache of the jackknifed training tags: read when present, written otherwise");
  cmd->add_option("--parser-repeat-first", args->parser_repeat_first,
                  "Parser: train on the first --train treebank this many times per iteration (default 1)");
  cmd->add_option("--parser-seeds", args->parser_seeds,
                  "Train this many parsers with consecutive seeds (two at a time) and average them (default 1)")
      ->check(CLI::Range(1, 16));
  cmd->add_option("--components", args->components, "Comma-separated subset of clusters,tagger,lemmatizer,parser (default: the last three)");
  cmd->add_option("--embeddings", args->embeddings, "Word vectors in GloVe's text format, most frequent first (for clusters)");
  cmd->add_option("--cluster-words", args->clusters.max_words, "Clusters: the first N words of --embeddings (default 100000)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--fine-clusters", args->clusters.fine_clusters, "Clusters: number of fine clusters (default 1000)")
      ->check(CLI::Range(2, 60000));
  cmd->add_option("--coarse-clusters", args->clusters.coarse_clusters, "Clusters: number of coarse clusters (default 50)")
      ->check(CLI::Range(1, 60000));
  cmd->callback([args, &context] {
    run_train(*args);
    context.exit_code = 0;
  });
}

}  // namespace issuegraph::cli
