// Hidden runs ([.train], [.bench]; never run in CI) that rebuild and measure the shipped tagger:
//   build-tagger/tests/test_tagger "[.train]"   (ISSUEGRAPH_MODEL_OUT=DIR writes DIR/tagger.igm;
//                                                 ISSUEGRAPH_TRAIN_EWT_ONLY=1 leaves GUM out)
//   build-tagger/tests/test_tagger "[.bench]"   (tokens per second on EWT dev, one thread)
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/tagger/tagger_trainer.hpp"

using issuegraph::Sentence;
using issuegraph::Tagger;

namespace {

const std::filesystem::path kUd = std::filesystem::path(ISSUEGRAPH_SHARED_DIR) / "ud";

std::vector<Sentence> forms_only(const std::vector<Sentence>& gold) {
  std::vector<Sentence> out(gold.size());
  for (std::size_t s = 0; s < gold.size(); ++s) {
    out[s].tokens.resize(gold[s].tokens.size());
    for (std::size_t i = 0; i < gold[s].tokens.size(); ++i) {
      out[s].tokens[i].form = gold[s].tokens[i].form;
    }
  }
  return out;
}

void report(const Tagger& tagger, const std::vector<Sentence>& gold, const std::string& name) {
  std::vector<Sentence> tagged = forms_only(gold);
  std::size_t tokens = 0, upos = 0, xpos = 0;
  for (std::size_t s = 0; s < gold.size(); ++s) {
    tagger.tag(tagged[s]);
    for (std::size_t i = 0; i < gold[s].tokens.size(); ++i) {
      ++tokens;
      upos += tagged[s].tokens[i].upos == gold[s].tokens[i].upos ? 1 : 0;
      xpos += tagged[s].tokens[i].xpos == gold[s].tokens[i].xpos ? 1 : 0;
    }
  }
  std::cout << name << ": " << tokens << " tokens, UPOS " << 100.0 * upos / tokens << "%, XPOS "
            << 100.0 * xpos / tokens << "%\n";
}

}  // namespace

TEST_CASE("training the shipped tagger on EWT and GUM", "[.train]") {
  if (!std::filesystem::exists(kUd)) {
    WARN("skipped: " << kUd << " is absent");
    return;
  }
  auto train = issuegraph::read_conllu_file((kUd / "en_ewt/en_ewt-ud-train.conllu").string());
  issuegraph::TaggerTrainingOptions options;
  options.corpus = "UD_English-EWT r2.16 train";
  const char* ewt_only = std::getenv("ISSUEGRAPH_TRAIN_EWT_ONLY");
  if (ewt_only == nullptr || ewt_only[0] != '1') {
    auto gum = issuegraph::read_conllu_file((kUd / "en_gum/en_gum-ud-train.conllu").string());
    train.insert(train.end(), gum.begin(), gum.end());
    options.corpus += " + UD_English-GUM r2.16 train (CC BY subset)";
  }
  const auto dev = issuegraph::read_conllu_file((kUd / "en_ewt/en_ewt-ud-dev.conllu").string());
  const auto test = issuegraph::read_conllu_file((kUd / "en_ewt/en_ewt-ud-test.conllu").string());
  const auto start = std::chrono::steady_clock::now();
  const Tagger tagger = train_tagger(train, dev, options, &std::cout);
  std::cout << "training took "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
            << " s\n";
  report(tagger, dev, "EWT dev");
  report(tagger, test, "EWT test");
  CHECK(tagger.self_test());
  if (const char* out = std::getenv("ISSUEGRAPH_MODEL_OUT")) {
    tagger.to_model().save(std::string(out) + "/tagger.igm");
    std::cout << "written to " << out << "/tagger.igm\n";
  }
}

TEST_CASE("tagging speed of the shipped tagger on EWT dev", "[.bench]") {
  const auto dev_path = kUd / "en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) {
    WARN("skipped: " << dev_path << " is absent");
    return;
  }
  const Tagger tagger = Tagger::load(ISSUEGRAPH_DATA_DIR "/models/tagger.igm",
                                     std::make_shared<const issuegraph::WordClusters>(
                                         issuegraph::WordClusters::load(ISSUEGRAPH_DATA_DIR "/models/clusters.igm")));
  std::vector<Sentence> sentences = forms_only(issuegraph::read_conllu_file(dev_path.string()));
  std::size_t tokens = 0;
  for (const auto& s : sentences) tokens += s.tokens.size();
  double best = 1e9;
  for (int round = 0; round < 10; ++round) {
    const auto start = std::chrono::steady_clock::now();
    for (auto& s : sentences) tagger.tag(s);
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::cout << "tagger: " << static_cast<double>(tokens) / best << " tokens/s (best of 10 passes over "
            << tokens << " tokens)\n";
  CHECK(tokens > 0);
}
