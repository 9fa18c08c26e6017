// The pattern extractor needs tokens and the lexicon only: these sentences carry no tags and
// no parse, as when the parser did not run.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "issuegraph/extract/extractor_factory.hpp"
#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/extract/pattern_extractor.hpp"

namespace {

// Whitespace tokens with their byte offsets; no tags, heads stay -1.
issuegraph::Sentence unparsed(const std::string& text, std::size_t index) {
  issuegraph::Sentence s;
  s.index = index;
  s.text = text;
  s.end = text.size();
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j == i) break;
    std::size_t word_end = j;
    const bool period = text[j - 1] == '.' && j - i > 1 && j == text.size();
    if (period) --word_end;
    issuegraph::Token t;
    t.form = text.substr(i, word_end - i);
    t.begin = i;
    t.end = word_end;
    s.tokens.push_back(t);
    if (period) {
      issuegraph::Token p;
      p.form = ".";
      p.begin = word_end;
      p.end = j;
      s.tokens.push_back(p);
    }
    i = j;
  }
  return s;
}

std::shared_ptr<const issuegraph::Lexicon> default_lexicon() {
  static auto lexicon = std::make_shared<const issuegraph::Lexicon>(
      issuegraph::Lexicon::load_default(ISSUEGRAPH_DATA_DIR));
  return lexicon;
}

}  // namespace

TEST_CASE("pattern extractor finds a light-verb concern without a parse", "[pattern_extractor]") {
  const std::string text = "Moscow has raised concerns about the war in Ukraine.";
  issuegraph::Document doc{"p1", text, "", "-", 0};
  auto extractor = issuegraph::make_pattern_extractor(default_lexicon(), {});
  const auto triples = extractor->extract(doc, {unparsed(text, 0)});
  REQUIRE(triples.size() == 1);
  CHECK(triples[0].actor.id == "russia");
  CHECK(triples[0].actor.mention == "Moscow");
  CHECK(triples[0].action.action_class == "express_concern");
  CHECK(triples[0].action.text == "raised concerns");
  REQUIRE(triples[0].issue.has_value());
  CHECK(triples[0].issue->text == "war in Ukraine");  // leading articles are dropped
  CHECK_FALSE(triples[0].action.negated);
}

TEST_CASE("pattern extractor honours the minimum confidence", "[pattern_extractor]") {
  const std::string text = "Moscow has raised concerns about the war in Ukraine.";
  issuegraph::Document doc{"p3", text, "", "-", 0};
  issuegraph::ExtractorOptions options;
  options.min_confidence = 0.99;
  auto strict = issuegraph::make_pattern_extractor(default_lexicon(), options);
  CHECK(strict->extract(doc, {unparsed(text, 0)}).empty());
}

TEST_CASE("pattern extractor yields nothing for a sentence without an actor", "[pattern_extractor]") {
  const std::string text = "Share.";
  issuegraph::Document doc{"p2", text, "", "-", 0};
  auto extractor = issuegraph::make_pattern_extractor(default_lexicon(), {});
  CHECK(extractor->extract(doc, {unparsed(text, 0)}).empty());
}

TEST_CASE("guessed lemmas cover regular English inflection", "[pattern_extractor]") {
  using issuegraph::extract::guess_lemmas;
  auto has = [](const std::vector<std::string>& v, const std::string& w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  CHECK(has(guess_lemmas("raised"), "raise"));
  CHECK(has(guess_lemmas("warning"), "warn"));
  CHECK(has(guess_lemmas("accuses"), "accuse"));
  CHECK(has(guess_lemmas("denied"), "deny"));
  CHECK_FALSE(has(guess_lemmas("said"), "say"));  // irregular forms need the lemmatiser
}
