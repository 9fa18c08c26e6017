#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/lemma/lemmatizer.hpp"
#include "issuegraph/lemma/lemmatizer_trainer.hpp"
#include "issuegraph/model/binary_io.hpp"

using issuegraph::Lemmatizer;
using issuegraph::ModelError;
using issuegraph::ModelFile;
using issuegraph::Sentence;

namespace {

const std::string kFixture = ISSUEGRAPH_TEST_DATA_DIR "/conllu/tagger-tiny.conllu";
const std::string kShippedModel = ISSUEGRAPH_DATA_DIR "/models/lemmatizer.igm";

const Lemmatizer& tiny_lemmatizer() {
  static const Lemmatizer lemmatizer =
      issuegraph::train_lemmatizer(issuegraph::read_conllu_file(kFixture), nullptr);
  return lemmatizer;
}

const Lemmatizer& shipped() {
  static const Lemmatizer lemmatizer = Lemmatizer::load(kShippedModel);
  return lemmatizer;
}

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("issuegraph-test-lemma-" + std::to_string(::getpid()) + "-" + name))
      .string();
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

TEST_CASE("lemmatiser trained on the tiny fixture gives back the lemmas it saw", "[lemma]") {
  const Lemmatizer loaded = Lemmatizer::from_model(
      ModelFile::deserialize(tiny_lemmatizer().to_model().serialize(), "tiny lemmatizer"));
  CHECK(loaded.lemma("raised", "VERB", "VBD") == "raise");
  CHECK(loaded.lemma("went", "VERB", "VBD") == "go");
  CHECK(loaded.lemma("better", "ADJ", "JJR") == "good");
  CHECK(loaded.lemma("taxes", "NOUN", "NNS") == "tax");
  CHECK(loaded.lemma("Beijing", "PROPN", "NNP") == "Beijing");
  CHECK(loaded.lemma("The", "DET", "DT") == "the");
  // Unseen plural: the NNS suffix rules ("-s" -> "") generalise.
  CHECK(loaded.lemma("ministers", "NOUN", "NNS") == "minister");

  Sentence sentence = issuegraph::read_conllu_file(kFixture)[2];
  std::vector<std::string> gold;
  for (auto& token : sentence.tokens) {
    gold.push_back(token.lemma);
    token.lemma.clear();
  }
  loaded.lemmatize(sentence);
  for (std::size_t i = 0; i < gold.size(); ++i) CHECK(sentence.tokens[i].lemma == gold[i]);
}

TEST_CASE("lemmatiser model save, load, save is byte-identical and training reproducible",
          "[lemma]") {
  const std::string first = temp_path("first.igm");
  const std::string second = temp_path("second.igm");
  tiny_lemmatizer().to_model().save(first);
  Lemmatizer::load(first).to_model().save(second);
  CHECK(!read_bytes(first).empty());
  CHECK(read_bytes(first) == read_bytes(second));
  const auto train = issuegraph::read_conllu_file(kFixture);
  CHECK(issuegraph::train_lemmatizer(train, nullptr).to_model().serialize() ==
        tiny_lemmatizer().to_model().serialize());
  std::filesystem::remove(first);
  std::filesystem::remove(second);
}

TEST_CASE("lemmatiser training rejects data without lemmas", "[lemma]") {
  CHECK_THROWS_AS(issuegraph::train_lemmatizer({}, nullptr), issuegraph::UsageError);
  CHECK_THROWS_AS(Lemmatizer().lemmatize(issuegraph::read_conllu_file(kFixture)[0]) ,
                  issuegraph::UsageError);
}

TEST_CASE("shipped lemmatiser handles regular and irregular news words", "[lemma]") {
  const Lemmatizer& l = shipped();
  SECTION("verbs") {
    CHECK(l.lemma("raised", "VERB", "VBD") == "raise");
    CHECK(l.lemma("raising", "VERB", "VBG") == "raise");
    CHECK(l.lemma("raises", "VERB", "VBZ") == "raise");
    CHECK(l.lemma("went", "VERB", "VBD") == "go");
    CHECK(l.lemma("was", "AUX", "VBD") == "be");
    CHECK(l.lemma("sanctioned", "VERB", "VBN") == "sanction");
    CHECK(l.lemma("stopped", "VERB", "VBD") == "stop");
  }
  SECTION("nouns and adjectives") {
    CHECK(l.lemma("countries", "NOUN", "NNS") == "country");
    CHECK(l.lemma("concerns", "NOUN", "NNS") == "concern");
    CHECK(l.lemma("tariffs", "NOUN", "NNS") == "tariff");
    CHECK(l.lemma("children", "NOUN", "NNS") == "child");
    CHECK(l.lemma("better", "ADJ", "JJR") == "good");
    CHECK(l.lemma("largest", "ADJ", "JJS") == "large");
  }
  SECTION("casing follows EWT") {
    CHECK(l.lemma("Washington", "PROPN", "NNP") == "Washington");
    CHECK(l.lemma("The", "DET", "DT") == "the");
    CHECK(l.lemma("Ministers", "NOUN", "NNS") == "minister");
    CHECK(l.lemma("I", "PRON", "PRP") == "I");
  }
  SECTION("curly apostrophes and input without XPOS") {
    CHECK(l.lemma("n\xE2\x80\x99t", "PART", "RB") == "not");
    CHECK(l.lemma("countries", "NOUN", "") == "country");
    CHECK(l.lemma("raised", "VERB", "_") == "raise");
  }
  SECTION("a whole sentence") {
    Sentence s;
    for (auto [form, upos, xpos] :
         {std::tuple{"The", "DET", "DT"}, {"minister", "NOUN", "NN"}, {"raised", "VERB", "VBD"},
          {"concerns", "NOUN", "NNS"}, {"about", "ADP", "IN"}, {"the", "DET", "DT"},
          {"tariffs", "NOUN", "NNS"}, {".", "PUNCT", "."}}) {
      issuegraph::Token t;
      t.form = form;
      t.upos = upos;
      t.xpos = xpos;
      s.tokens.push_back(t);
    }
    l.lemmatize(s);
    const std::vector<std::string> expected = {"the",   "minister", "raise", "concern",
                                               "about", "the",      "tariff", "."};
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(s.tokens[i].lemma == expected[i]);
  }
}

TEST_CASE("a corrupt lemmatiser model gives a ModelError that says what is wrong", "[lemma]") {
  const std::string good = tiny_lemmatizer().to_model().serialize();
  const std::string path = temp_path("corrupt.igm");
  SECTION("a flipped byte fails the checksum") {
    std::string bytes = good;
    bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x01);
    write_bytes(path, bytes);
    CHECK_THROWS_WITH(Lemmatizer::load(path), Catch::Matchers::Contains("checksum"));
  }
  SECTION("a truncated file") {
    write_bytes(path, good.substr(0, 30));
    CHECK_THROWS_AS(Lemmatizer::load(path), ModelError);
  }
  SECTION("a model of another kind") {
    ModelFile("tagger", 1, 0).save(path);
    CHECK_THROWS_WITH(Lemmatizer::load(path), Catch::Matchers::Contains("expected 'lemmatizer'"));
  }
  SECTION("a suffix table pointing at a rule that does not exist") {
    ModelFile model = tiny_lemmatizer().to_model();
    issuegraph::ByteWriter suffixes;
    suffixes.u32(1);
    suffixes.u64(7);
    suffixes.u32(100000);
    model.add_section("suffixes", suffixes.take());
    CHECK_THROWS_WITH(Lemmatizer::from_model(model), Catch::Matchers::Contains("out of range"));
  }
  SECTION("an exceptions section with trailing bytes") {
    ModelFile model = tiny_lemmatizer().to_model();
    model.add_section("exceptions", std::string("\x00\x00\x00\x00junk", 8));
    CHECK_THROWS_WITH(Lemmatizer::from_model(model), Catch::Matchers::Contains("trailing"));
  }
  std::filesystem::remove(path);
}

TEST_CASE("shipped lemmatiser reaches 98% on EWT dev with gold tags", "[lemma]") {
  const std::filesystem::path dev =
      std::filesystem::path(ISSUEGRAPH_SHARED_DIR) / "ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(dev)) {
    WARN("skipped: " << dev << " is absent");
    return;
  }
  std::size_t tokens = 0;
  std::size_t right = 0;
  for (const Sentence& gold : issuegraph::read_conllu_file(dev.string())) {
    for (const auto& token : gold.tokens) {
      ++tokens;
      right += shipped().lemma(token.form, token.upos, token.xpos) == token.lemma ? 1 : 0;
    }
  }
  const double rate = 100.0 * static_cast<double>(right) / static_cast<double>(tokens);
  INFO("lemma accuracy with gold tags " << rate << "% over " << tokens << " tokens");
  CHECK(rate >= 98.0);
}
