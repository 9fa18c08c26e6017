// Issues: lexicon issues shared across wordings, readable fallback labels, coordinated issues
// split into separate triples.
#include <catch2/catch.hpp>

#include <set>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;

TEST_CASE("issue normalizer maps different wordings to one lexicon issue", "[issue_normalizer]") {
  const auto a = extract("Poland raised concerns about Iran's support for Russia.");
  const auto b = extract("Poland criticized the supply of Iranian drones to Moscow.");
  REQUIRE(!a.empty());
  REQUIRE(!b.empty());
  REQUIRE(a[0].issue.has_value());
  REQUIRE(b[0].issue.has_value());
  CHECK(a[0].issue->id == "russia_support");
  CHECK(a[0].issue->id == b[0].issue->id);
  // The possessor is the party, as in "raised concerns about China's support for Russia".
  CHECK(a[0].issue->text == "support for Russia");
  REQUIRE(a[0].target.has_value());
  CHECK(a[0].target->id == "iran");
}

TEST_CASE("issue normalizer builds a readable label for an unknown issue", "[issue_normalizer]") {
  // No lexicon issue speaks of lighthouses: the label comes from the phrase itself.
  const auto triples = extract("Norway criticized the renaming of the old lighthouse.");
  REQUIRE(!triples.empty());
  REQUIRE(triples[0].issue.has_value());
  const auto& issue = *triples[0].issue;
  CHECK(contains(issue.label, "enaming"));
  CHECK(contains(issue.label, "lighthouse"));
  CHECK_FALSE(contains(issue.label, "the "));
  CHECK(issue.id.find(' ') == std::string::npos);
  CHECK(contains(issue.id, "lighthouse"));
  CHECK(issue.text == "renaming of the old lighthouse");
}

TEST_CASE("issue normalizer splits coordinated issues into separate triples", "[issue_normalizer]") {
  const auto triples = extract("Brazil raised concerns about illegal logging and mercury pollution in the Amazon.");
  std::set<std::string> texts;
  for (const auto& t : triples) {
    if (t.actor.id == "brazil" && t.issue) texts.insert(t.issue->text);
  }
  CHECK(texts.size() >= 2);
  bool logging = false;
  bool mercury = false;
  for (const auto& text : texts) {
    logging = logging || (contains(text, "logging") && !contains(text, "mercury"));
    mercury = mercury || (contains(text, "mercury") && !contains(text, "logging"));
  }
  CHECK(logging);
  CHECK(mercury);
}

TEST_CASE("issue normalizer expands a generic head with a list of examples", "[issue_normalizer]") {
  const auto triples = extract("Kenya focused on issues such as food prices, drought relief and school fees.");
  std::set<std::string> texts;
  for (const auto& t : triples) {
    if (t.issue) texts.insert(t.issue->text);
  }
  CHECK(texts.size() >= 3);
  for (const auto& text : texts) CHECK_FALSE(contains(text, "issues such as"));
}

TEST_CASE("issue normalizer labels a sum of money by what it pays for", "[issue_normalizer]") {
  for (const char* sentence : {"Norway pledged 40 million kroner in flood relief.",
                               "Canada announced $12 million for school meals in Haiti."}) {
    const auto triples = extract(sentence);
    INFO(sentence);
    REQUIRE(!triples.empty());
    REQUIRE(triples[0].issue.has_value());
    const std::string& label = triples[0].issue->label;
    INFO(label);
    CHECK_FALSE(contains(label, "$"));
    CHECK_FALSE(contains(label, "kroner"));
    CHECK_FALSE(contains(label, "illion"));
  }
}

TEST_CASE("issue normalizer leaves a pronoun subject out of a clause's label", "[issue_normalizer]") {
  const auto triples = extract("The Norwegian fisheries minister said they had a plan for the old lighthouse.");
  REQUIRE(!triples.empty());
  REQUIRE(triples[0].issue.has_value());
  const std::string& label = triples[0].issue->label;
  INFO(label);
  CHECK_FALSE(contains(label, "They"));
  CHECK_FALSE(contains(label, "they"));
  CHECK((contains(label, "lan") || contains(label, "lighthouse")));
}
