#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/parser/dependency_parser.hpp"
#include "issuegraph/pipeline/nlp_pipeline.hpp"
#include "issuegraph/pipeline/parallel.hpp"
#include "issuegraph/pipeline/pipeline_evaluation.hpp"
#include "issuegraph/pipeline/sentence_json.hpp"

using namespace issuegraph;

namespace {

const std::string kModels = std::string(ISSUEGRAPH_DATA_DIR) + "/models";

const NlpPipeline& pipeline() {
  static const NlpPipeline p = NlpPipeline::load(kModels);
  return p;
}

std::vector<Sentence> annotate(const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.text = text;
  return pipeline().annotate(doc);
}

// 1-based index of the word with this form, 0 when absent.
int word(const Sentence& s, const std::string& form) {
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].form == form) return static_cast<int>(i) + 1;
  }
  return 0;
}

const Token& token(const Sentence& s, const std::string& form) {
  int i = word(s, form);
  REQUIRE(i > 0);
  return s.tokens[static_cast<std::size_t>(i - 1)];
}

}  // namespace

TEST_CASE("pipeline finds subject, object and time of a news sentence", "[pipeline]") {
  auto sentences = annotate("The minister warned Beijing on Tuesday.");
  REQUIRE(sentences.size() == 1);
  const Sentence& s = sentences[0];
  const int warned = word(s, "warned");
  CHECK(token(s, "warned").head == 0);
  CHECK(token(s, "warned").deprel == "root");
  CHECK(token(s, "warned").upos == "VERB");
  CHECK(token(s, "warned").lemma == "warn");
  CHECK(token(s, "minister").head == warned);
  CHECK(token(s, "minister").deprel == "nsubj");
  CHECK(token(s, "Beijing").head == warned);
  CHECK(token(s, "Beijing").deprel == "obj");
  CHECK(token(s, "Tuesday").head == warned);
  CHECK(token(s, "Tuesday").deprel.rfind("obl", 0) == 0);
  CHECK(token(s, ".").deprel == "punct");
}

TEST_CASE("pipeline parses a passive clause and a clausal complement", "[pipeline]") {
  auto sentences = annotate(
      "The new tariffs were approved by the trade ministry. Analysts said that exports would fall sharply.");
  REQUIRE(sentences.size() == 2);
  const Sentence& passive = sentences[0];
  const int approved = word(passive, "approved");
  CHECK(token(passive, "approved").head == 0);
  CHECK(token(passive, "tariffs").head == approved);
  CHECK(token(passive, "tariffs").deprel == "nsubj:pass");
  CHECK(token(passive, "were").deprel == "aux:pass");
  CHECK(token(passive, "ministry").head == approved);
  CHECK(token(passive, "ministry").deprel.rfind("obl", 0) == 0);

  const Sentence& said = sentences[1];
  const int said_word = word(said, "said");
  CHECK(token(said, "said").head == 0);
  CHECK(token(said, "Analysts").head == said_word);
  CHECK(token(said, "fall").head == said_word);
  CHECK(token(said, "fall").deprel == "ccomp");
  CHECK(token(said, "exports").head == word(said, "fall"));
  CHECK(token(said, "exports").deprel == "nsubj");
}

TEST_CASE("pipeline gives every sentence a single-rooted tree with offsets into the text", "[pipeline]") {
  const std::string text =
      "Thousands of workers marched through Paris on Saturday, demanding higher pay.\n\n"
      "The union's leader, who spoke to reporters, said the government had ignored them.";
  auto sentences = annotate(text);
  REQUIRE(sentences.size() == 2);
  for (const Sentence& s : sentences) {
    int roots = 0;
    for (const Token& t : s.tokens) {
      CHECK(t.head >= 0);
      CHECK(t.head <= static_cast<int>(s.tokens.size()));
      CHECK_FALSE(t.deprel.empty());
      CHECK_FALSE(t.upos.empty());
      CHECK_FALSE(t.lemma.empty());
      CHECK(text.substr(t.begin, t.end - t.begin) == t.form);
      if (t.head == 0) ++roots;
    }
    CHECK(roots == 1);
  }
  const Sentence& first = sentences[0];
  CHECK(token(first, "workers").head == word(first, "Thousands"));
  CHECK(token(first, "Thousands").head == word(first, "marched"));
}

TEST_CASE("annotate_tokens fills the annotation and keeps CoNLL-U material", "[pipeline]") {
  auto gold = read_conllu_file(std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/conllu/parser-tiny.conllu");
  Sentence s = gold[4];  // The bill was passed by the senate.
  s.tokens[3].misc = "Note=kept";
  s.tokens[3].feats = "Tense=Past";
  for (Token& t : s.tokens) {
    t.upos = "X";
    t.head = -1;
    t.deprel = "dep";
  }
  pipeline().annotate_tokens(s);
  CHECK(s.comments == gold[4].comments);
  CHECK(s.tokens[3].misc == "Note=kept");
  CHECK(s.tokens[3].feats == "Tense=Past");
  CHECK(s.tokens[3].form == "passed");
  CHECK(s.tokens[3].head == 0);
  CHECK(s.tokens[1].deprel == "nsubj:pass");
  CHECK(s.tokens[1].upos == "NOUN");
  CHECK(s.tokens[2].lemma == "be");
}

TEST_CASE("pipeline models are loaded once per directory", "[pipeline]") {
  NlpPipeline again = NlpPipeline::load(kModels);
  CHECK(&again.parser() == &pipeline().parser());
  CHECK(&again.tagger() == &pipeline().tagger());
  CHECK_THROWS_AS(NlpPipeline::load(std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/no-such-models"), ModelError);
}

TEST_CASE("parallel annotation gives the same sentences as serial annotation", "[pipeline]") {
  std::vector<Document> docs(6);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    docs[i].id = "d" + std::to_string(i);
    docs[i].text = "Officials in region " + std::to_string(i) +
                   " said the floods had destroyed crops. Aid groups asked for more money.";
  }
  std::vector<std::string> serial(docs.size()), parallel(docs.size());
  auto render = [&](std::size_t i) {
    std::string out;
    for (const Sentence& s : pipeline().annotate(docs[i])) out += sentence_to_json(docs[i].id, s) + "\n";
    return out;
  };
  for (std::size_t i = 0; i < docs.size(); ++i) serial[i] = render(i);
  parallel_for(docs.size(), 3, [&](std::size_t i) { parallel[i] = render(i); });
  CHECK(serial == parallel);
  CHECK(serial[2].find("\"doc\":\"d2\"") != std::string::npos);
  CHECK(serial[2].find("\"deprel\":\"root\"") != std::string::npos);
}

// The shipped models reach UAS 85.2 / LAS 82.3 here (see docs/models.md); the bar sits just
// below, so that a regression in any of the three stages shows.
TEST_CASE("pipeline reaches UAS 85 on EWT dev from gold words with predicted tags", "[pipeline]") {
  const std::string dev_path = std::string(ISSUEGRAPH_SHARED_DIR) + "/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev_path)) {
    WARN("skipped: " << dev_path << " is absent");
    return;
  }
  PipelineEvaluation e = evaluate_pipeline(pipeline(), read_conllu_file(dev_path));
  INFO("UPOS " << e.percent(e.upos_correct) << " UAS " << e.attachment.uas() << " LAS " << e.attachment.las());
  CHECK(e.words > 20000);
  CHECK(e.percent(e.upos_correct) >= 93.0);
  CHECK(e.attachment.uas() >= 85.0);
  CHECK(e.attachment.las() >= 82.0);
}
