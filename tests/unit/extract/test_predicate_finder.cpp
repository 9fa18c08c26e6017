// Actions: light verbs, particles and negation, lemmatised and mapped to the lexicon's classes.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;

TEST_CASE("predicate finder reads a light-verb construction as one action", "[predicate_finder]") {
  const auto triples = extract("Germany raised concerns about the safety of the pipeline.");
  REQUIRE(!triples.empty());
  const auto& t = triples[0];
  CHECK(t.actor.id == "germany");
  CHECK(t.action.lemma == "raise concern");
  CHECK(t.action.action_class == "express_concern");
  CHECK(contains(t.action.text, "raised concerns"));
  CHECK_FALSE(t.action.cameo.empty());
  CHECK_FALSE(t.action.negated);
}

TEST_CASE("predicate finder attaches the particle and finds the called-on target", "[predicate_finder]") {
  const auto triples = extract("France called on Iran to release the detained aid workers.");
  REQUIRE(!triples.empty());
  const auto& t = triples[0];
  CHECK(t.actor.id == "france");
  CHECK(t.action.lemma == "call on");
  REQUIRE(t.target.has_value());
  CHECK(t.target->id == "iran");
  REQUIRE(t.issue.has_value());
  CHECK(contains(t.issue->text, "release the detained aid workers"));
}

TEST_CASE("predicate finder marks negated actions", "[predicate_finder]") {
  SECTION("did not") {
    const auto triples = extract("Japan did not rule out new sanctions on the shipping firms.");
    REQUIRE(!triples.empty());
    CHECK(triples[0].action.negated);
    CHECK(triples[0].action.lemma == "rule out");
  }
  SECTION("never") {
    const auto triples = extract("India has never supported the boycott of the summit.");
    REQUIRE(!triples.empty());
    CHECK(triples[0].action.negated);
  }
  SECTION("plain") {
    const auto triples = extract("India supported the boycott of the summit.");
    REQUIRE(!triples.empty());
    CHECK_FALSE(triples[0].action.negated);
  }
}

TEST_CASE("predicate finder reads what an object is called as a statement about the object", "[predicate_finder]") {
  const auto triples = extract("President Aliyu Bello called the agreement \"null and void\" on Monday.");
  const auto* called = extract_test::find(triples, "aliyu_bello", "make_statement");
  REQUIRE(called != nullptr);
  CHECK(called->action.lemma == "call");
  REQUIRE(called->issue.has_value());
  CHECK(contains(called->issue->text, "agreement"));
  // A complement the lexicon knows keeps its own class, and the on-phrase is no "call on".
  const auto known = extract("President Aliyu Bello called the agreement a betrayal on Monday.");
  CHECK(extract_test::find(known, "aliyu_bello", "criticize") != nullptr);
  CHECK(extract_test::find(known, "aliyu_bello", "appeal") == nullptr);
  // A name a party gives itself is no verdict; nor is a call without a complement.
  CHECK(extract_test::find_action(extract("The junta, which calls itself the Council for Order, held a rally."),
                                  "make_statement") == nullptr);
  CHECK(extract_test::find_action(extract("The minister called the ambassador on Friday."), "make_statement") == nullptr);
}
