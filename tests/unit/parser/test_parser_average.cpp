// Averaging parsers trained with different seeds: the mean model scores each move with the mean
// of the models' scores, fits its budget, and refuses parsers with different labels.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/parser/attachment_score.hpp"
#include "issuegraph/parser/parser_average_trainer.hpp"
#include "issuegraph/parser/parser_features.hpp"
#include "issuegraph/parser/parser_trainer.hpp"

using namespace issuegraph;
using namespace issuegraph::parser;

namespace {

std::vector<Sentence> tiny_treebank() {
  return read_conllu_file(std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/conllu/parser-tiny.conllu");
}

DependencyParser train_with_seed(std::uint64_t seed) {
  ParserTrainingOptions options;
  options.iterations = 8;
  options.seed = seed;
  options.min_updates = 1;
  return train_parser(tiny_treebank(), {}, options, nullptr);
}

// Scores of every move in the first state of a sentence.
std::vector<float> first_scores(const DependencyParser& parser, const Sentence& sentence) {
  std::vector<WordAtoms> atoms;
  compute_word_atoms(sentence, nullptr, atoms);
  ParserState state(static_cast<int>(sentence.tokens.size()));
  std::uint64_t features[kMaxFeatures];
  const int count = extract_features(state, atoms, features);
  std::vector<float> scores(static_cast<std::size_t>(move_count(static_cast<int>(parser.labels().size()))), 0.0f);
  parser.weights().score(features, count, scores.data());
  return scores;
}

}  // namespace

TEST_CASE("an averaged parser scores each move with the mean of the models' scores", "[parser_average]") {
  const DependencyParser a = train_with_seed(3);
  const DependencyParser b = train_with_seed(4);
  const DependencyParser mean = average_parsers({a, b}, std::size_t{64} << 20, nullptr);
  CHECK(mean.metadata().at("averaged_models") == "2");
  const Sentence sentence = tiny_treebank().front();
  const auto sa = first_scores(a, sentence);
  const auto sb = first_scores(b, sentence);
  const auto sm = first_scores(mean, sentence);
  REQUIRE(sa.size() == sm.size());
  bool differ = false;
  for (std::size_t m = 0; m < sm.size(); ++m) {
    // 16-bit quantisation of the mean: a few units of its scale per feature at most.
    CHECK(sm[m] == Approx((sa[m] + sb[m]) / 2.0f).margin(0.05));
    differ = differ || std::fabs(sa[m] - sb[m]) > 0.1f;
  }
  CHECK(differ);  // the two seeds did learn different weights
}

TEST_CASE("an averaged parser fits its size budget and still parses", "[parser_average]") {
  const DependencyParser a = train_with_seed(3);
  const DependencyParser b = train_with_seed(4);
  const DependencyParser full = average_parsers({a, b}, std::size_t{64} << 20, nullptr);
  const std::size_t budget = full.weights().feature_count() * 9 / 2;  // about half the rows
  const DependencyParser small = average_parsers({a, b}, budget, nullptr);
  CHECK(small.weights().feature_count() < full.weights().feature_count());
  CHECK(small.weights().feature_count() > 0);
  AttachmentScore total;
  for (const Sentence& gold : tiny_treebank()) {
    Sentence s = gold;
    for (Token& t : s.tokens) t.head = -1;
    full.parse(s);
    total.add(score_sentence(gold, s));
  }
  CHECK(total.uas() > 85.0);
}

TEST_CASE("averaging refuses parsers with different labels", "[parser_average]") {
  const DependencyParser a = train_with_seed(3);
  std::vector<Sentence> other = tiny_treebank();
  for (Sentence& s : other) {
    for (Token& t : s.tokens) {
      if (t.deprel == "det") t.deprel = "det:other";
    }
  }
  ParserTrainingOptions options;
  options.iterations = 2;
  const DependencyParser b = train_parser(other, {}, options, nullptr);
  CHECK_THROWS_AS(average_parsers({a, b}, std::size_t{64} << 20, nullptr), UsageError);
  CHECK_THROWS_AS(average_parsers({}, std::size_t{64} << 20, nullptr), UsageError);
}

TEST_CASE("training averaged seeds side by side equals averaging seeds trained one by one",
          "[parser_average]") {
  ParserTrainingOptions options;
  options.iterations = 8;
  options.seed = 3;
  options.min_updates = 1;
  const DependencyParser together = train_averaged_parser(tiny_treebank(), {}, options, 2, nullptr);
  const DependencyParser apart =
      average_parsers({train_with_seed(3), train_with_seed(4)}, options.max_weight_bytes, nullptr);
  CHECK(together.to_model().serialize() == apart.to_model().serialize());
}
