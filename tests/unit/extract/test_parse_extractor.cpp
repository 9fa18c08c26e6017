// The whole parse-based extractor: nothing from sentences without an actor, confidence
// filtering, determinism, and the pattern fallback for unparsed sentences.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;

TEST_CASE("parse extractor yields nothing for a sentence without an acting actor", "[parse_extractor]") {
  CHECK(extract("Share.").empty());
  CHECK(extract("Wednesday, May 22, 2024").empty());
  CHECK(extract("Exit mobile version").empty());
  CHECK(extract("Talks will focus on trade and climate.").empty());
}

TEST_CASE("parse extractor honours the minimum confidence", "[parse_extractor]") {
  const std::string text = "Germany raised concerns about the safety of the pipeline. "
                           "He said something about it.";
  const auto all = extract(text, 0.0);
  REQUIRE(!all.empty());
  const auto none = extract(text, 1.0);
  CHECK(none.empty());
  for (const auto& t : all) {
    CHECK(t.confidence >= 0.0);
    CHECK(t.confidence <= 1.0);
  }
}

TEST_CASE("parse extractor output is the same on every run and in sentence order", "[parse_extractor]") {
  const std::string text = "Spain criticized the fishing quotas. Portugal raised concerns about the drought. "
                           "Italy warned that migration would rise.";
  const auto a = extract(text);
  const auto b = extract(text);
  REQUIRE(a.size() == b.size());
  for (std::size_t k = 0; k < a.size(); ++k) {
    CHECK(a[k].actor.id == b[k].actor.id);
    CHECK(a[k].confidence == b[k].confidence);
    if (k > 0) CHECK(a[k - 1].sentence <= a[k].sentence);
  }
}

TEST_CASE("parse extractor falls back to token patterns for an unparsed sentence", "[parse_extractor]") {
  const std::string text = "Moscow has raised concerns about the war in Ukraine.";
  issuegraph::Document doc = extract_test::document(text);
  auto sentences = extract_test::annotate(doc);
  for (auto& s : sentences) {
    for (auto& t : s.tokens) t.head = -1;
  }
  const auto extractor = issuegraph::make_extractor(extract_test::lexicon(), {});
  const auto triples = extractor->extract(doc, sentences);
  REQUIRE(triples.size() == 1);
  CHECK(triples[0].actor.id == "russia");
}

TEST_CASE("a subject's own event named by its object with a possessive pronoun", "[parse_extractor]") {
  // "their campaign": the subjects' campaign, with its against-phrase hung on the verb.
  const auto triples = extract(
      "Ghana and Ivory Coast, which together grow most of the world's cocoa, stepped up their campaign against a "
      "European Union law on forest protection this week.");
  for (const char* id : {"ghana", "cote_d_ivoire"}) {
    const auto* campaign = extract_test::find(triples, id, "criticize");
    REQUIRE(campaign != nullptr);
    CHECK(campaign->action.lemma == "campaign against");
    REQUIRE(campaign->issue.has_value());
    CHECK(contains(campaign->issue->text, "law"));
  }
}

TEST_CASE("a be-due-to sentence the parse read as a preposition still gives the subject's act", "[parse_extractor]") {
  // The parse of "Kenyan officials are due to begin talks on the border" as the parser made it
  // (see test_parse_repair.cpp): the repair makes "due" the predicate.
  const auto triples = extract_test::extract_parsed(
      {{"Kenyan", "ADJ", "JJ", "kenyan", 2, "amod"},     {"officials", "NOUN", "NNS", "official", 7, "nsubj"},
       {"are", "AUX", "VBP", "be", 7, "cop"},            {"due", "ADJ", "JJ", "due", 7, "case"},
       {"to", "PART", "TO", "to", 4, "fixed"},           {"begin", "VERB", "VB", "begin", 7, "compound"},
       {"talks", "NOUN", "NNS", "talk", 0, "root"},     {"on", "ADP", "IN", "on", 10, "case"},
       {"the", "DET", "DT", "the", 10, "det"},           {"border", "NOUN", "NN", "border", 7, "nmod"},
       {".", "PUNCT", ".", ".", 7, "punct"}});
  CHECK(extract_test::find(triples, "kenya", "negotiate") != nullptr);
}

TEST_CASE("a time phrase of a light-verb object is no issue", "[parse_extractor]") {
  const auto triples = extract("Laos and Vietnam signed an agreement on Tuesday to build a bridge across the river.");
  const auto* signed_it = extract_test::find(triples, "laos", "sign_agreement");
  REQUIRE(signed_it != nullptr);
  REQUIRE(signed_it->issue.has_value());
  CHECK_FALSE(contains(signed_it->issue->text, "Tuesday"));
  CHECK(contains(signed_it->issue->text, "bridge"));
}
