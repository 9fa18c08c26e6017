// Hidden runs ([.train], [.bench]; never run in CI) that rebuild and measure the shipped
// lemmatiser with gold tags (with predicted tags: `issuegraph eval`, or docs/models-tagger.md):
//   build-tagger/tests/test_lemma "[.train]"   (ISSUEGRAPH_MODEL_OUT=DIR writes DIR/lemmatizer.igm;
//                                               ISSUEGRAPH_TRAIN_EWT_ONLY=1 leaves GUM out)
//   build-tagger/tests/test_lemma "[.bench]"
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/lemma/lemmatizer_trainer.hpp"

using issuegraph::Lemmatizer;
using issuegraph::Sentence;

namespace {

const std::filesystem::path kUd = std::filesystem::path(ISSUEGRAPH_SHARED_DIR) / "ud";

void report(const Lemmatizer& lemmatizer, const std::vector<Sentence>& gold, const std::string& name) {
  std::size_t tokens = 0, right = 0, right_upos_only = 0;
  for (const auto& sentence : gold) {
    for (const auto& t : sentence.tokens) {
      ++tokens;
      right += lemmatizer.lemma(t.form, t.upos, t.xpos) == t.lemma ? 1 : 0;
      right_upos_only += lemmatizer.lemma(t.form, t.upos, "") == t.lemma ? 1 : 0;
    }
  }
  std::cout << name << ": " << tokens << " tokens, lemma (gold UPOS+XPOS) " << 100.0 * right / tokens
            << "%, (gold UPOS only) " << 100.0 * right_upos_only / tokens << "%\n";
}

}  // namespace

TEST_CASE("training the shipped lemmatiser on EWT and GUM", "[.train]") {
  if (!std::filesystem::exists(kUd)) {
    WARN("skipped: " << kUd << " is absent");
    return;
  }
  auto train = issuegraph::read_conllu_file((kUd / "en_ewt/en_ewt-ud-train.conllu").string());
  std::string corpus = "UD_English-EWT r2.16 train";
  const char* ewt_only = std::getenv("ISSUEGRAPH_TRAIN_EWT_ONLY");
  if (ewt_only == nullptr || ewt_only[0] != '1') {
    auto gum = issuegraph::read_conllu_file((kUd / "en_gum/en_gum-ud-train.conllu").string());
    train.insert(train.end(), gum.begin(), gum.end());
    corpus += " + UD_English-GUM r2.16 train (CC BY subset)";
  }
  Lemmatizer lemmatizer = issuegraph::train_lemmatizer(train, &std::cout);
  lemmatizer.set_metadata("training_corpus", corpus);
  report(lemmatizer, issuegraph::read_conllu_file((kUd / "en_ewt/en_ewt-ud-dev.conllu").string()),
         "EWT dev");
  report(lemmatizer, issuegraph::read_conllu_file((kUd / "en_ewt/en_ewt-ud-test.conllu").string()),
         "EWT test");
  if (const char* out = std::getenv("ISSUEGRAPH_MODEL_OUT")) {
    lemmatizer.to_model().save(std::string(out) + "/lemmatizer.igm");
    std::cout << "written to " << out << "/lemmatizer.igm\n";
  }
  CHECK(lemmatizer.exception_count() > 0);
}

TEST_CASE("lemmatising speed of the shipped lemmatiser on EWT dev", "[.bench]") {
  const auto dev_path = kUd / "en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) {
    WARN("skipped: " << dev_path << " is absent");
    return;
  }
  const Lemmatizer lemmatizer = Lemmatizer::load(ISSUEGRAPH_DATA_DIR "/models/lemmatizer.igm");
  auto sentences = issuegraph::read_conllu_file(dev_path.string());
  std::size_t tokens = 0;
  for (const auto& s : sentences) tokens += s.tokens.size();
  double best = 1e9;
  for (int round = 0; round < 10; ++round) {
    const auto start = std::chrono::steady_clock::now();
    for (auto& s : sentences) lemmatizer.lemmatize(s);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::cout << "lemmatizer: " << static_cast<double>(tokens) / best
            << " tokens/s (best of 10 passes over " << tokens << " tokens)\n";
  CHECK(tokens > 0);
}
