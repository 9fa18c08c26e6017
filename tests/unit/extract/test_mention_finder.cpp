// Actor mentions through the real pipeline: titles stay in the mention, countries stand in for
// their governments, and names the lexicon lacks still become actors.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;

namespace {

const issuegraph::Triple* by_actor(const std::vector<issuegraph::Triple>& triples, const std::string& id) {
  for (const auto& t : triples) {
    if (t.actor.id == id) return &t;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("mention finder keeps the title in a lexicon person's mention", "[mention_finder]") {
  const auto triples = extract("Chinese President Xi Jinping warned against a new arms race in space.");
  const auto* t = by_actor(triples, "xi_jinping");
  REQUIRE(t != nullptr);
  CHECK(t->actor.type == "person");
  CHECK(contains(t->actor.mention, "President"));
  CHECK(contains(t->actor.mention, "Xi Jinping"));
}

TEST_CASE("mention finder lets demonyms, capitals and institutions stand for a country", "[mention_finder]") {
  SECTION("demonym with a role noun") {
    const auto triples = extract("Chinese officials criticized the new tariffs on electric vehicles.");
    REQUIRE(by_actor(triples, "china") != nullptr);
    CHECK(by_actor(triples, "china")->actor.type == "country");
  }
  SECTION("capital") {
    const auto triples = extract("Moscow denied the accusations about the attack on the dam.");
    REQUIRE(by_actor(triples, "russia") != nullptr);
    CHECK(by_actor(triples, "russia")->actor.mention == "Moscow");
  }
  SECTION("institution") {
    const auto triples = extract("The White House criticized the court ruling on student loans.");
    CHECK(by_actor(triples, "united_states") != nullptr);
  }
}

TEST_CASE("mention finder turns an unknown titled name into a person actor", "[mention_finder]") {
  const auto triples = extract("Deputy Minister Tomas Varga criticized the budget cuts for rural schools.");
  const auto* t = by_actor(triples, "tomas_varga");
  REQUIRE(t != nullptr);
  CHECK(t->actor.type == "person");
  CHECK(t->actor.label == "Tomas Varga");
}

TEST_CASE("mention finder drops middle initials from the id of an unknown person", "[mention_finder]") {
  const auto triples = extract("Senator Maria K. Lindqvist criticized the proposal on farm subsidies.");
  CHECK(by_actor(triples, "maria_lindqvist") != nullptr);
}

TEST_CASE("mention finder reads both sides as one collective actor", "[mention_finder]") {
  const auto triples = extract("Both sides expressed hope for a lasting ceasefire in the region.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "both_sides");
  CHECK(triples[0].actor.type == "group");
}

TEST_CASE("mention finder does not take a dateline for the actor", "[mention_finder]") {
  const auto triples = extract(
      "NAIROBI — Kenyan President William Ruto on Monday urged Uganda to reopen the border crossing.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "william_ruto");
  REQUIRE(triples[0].target.has_value());
  CHECK(triples[0].target->id == "uganda");
}

TEST_CASE("mention finder keeps an organisation's capitalised name whole and reads a country's ministry as the country", "[mention_finder]") {
  const auto triples = extract(
      "The Andean Trade Commission criticized the new export quotas on Monday. "
      "Peru's Foreign Ministry rejected the claims about the quotas.");
  bool commission = false;
  bool peru = false;
  for (const auto& t : triples) {
    INFO(t.actor.id << " | " << t.actor.label);
    commission = commission || t.actor.label == "Andean Trade Commission";
    peru = peru || t.actor.id == "peru";
    CHECK(t.actor.label != "Ministry");
  }
  CHECK(commission);
  CHECK(peru);
}

TEST_CASE("mention finder reads whose a role is from its at/from/with/for phrase", "[mention_finder]") {
  SECTION("an organisation the lexicon knows") {
    const auto triples = extract("A spokesman for the World Bank said its credit to the port authority would come late.");
    CHECK(by_actor(triples, "world_bank") != nullptr);
  }
  SECTION("a body of a state, owned by the country its demonym names") {
    const auto triples = extract("Diplomats at the Egyptian embassy said the talks on the dam had stalled.");
    CHECK(by_actor(triples, "egypt") != nullptr);
  }
  SECTION("a body no lexicon knows names the role") {
    const auto triples = extract("Officials from the Office of Coastal Planning said the new harbour would open in May.");
    const auto* t = by_actor(triples, "office_of_coastal_planning_official");
    REQUIRE(t != nullptr);
    CHECK(contains(t->actor.mention, "Office of Coastal Planning"));
  }
  SECTION("a company is no state: its officials are not their country's") {
    const auto triples = extract("Officials of two Japanese banks said the new rules on lending were too strict.");
    for (const auto& t : triples) CHECK(t.actor.id != "japan");
  }
  SECTION("a possessive already says whose; the place phrase only places") {
    const auto triples = extract("India said it was recalling its own envoy from Ottawa over the allegations.");
    for (const auto& t : triples) CHECK(t.actor.id != "canada");
  }
}

TEST_CASE("mention finder reads a demonym of two words", "[mention_finder]") {
  const auto triples = extract("A South Korean official criticized the missile launch.");
  CHECK(by_actor(triples, "south_korea") != nullptr);
  const auto more = extract("The North Korean leader rejected the new sanctions.");
  CHECK(by_actor(more, "north_korea") != nullptr);
}

TEST_CASE("mention finder starts a name at its honorific and takes no square for a person", "[mention_finder]") {
  // "After talks with Kenya Mr Okafor said the loan was repaid." with "Kenya" closing the
  // phrase before the subject and no comma between them.
  const auto triples = extract_test::extract_parsed({
      {"After", "ADP", "IN", "after", 2, "case"},      {"talks", "NOUN", "NNS", "talk", 7, "obl"},
      {"with", "ADP", "IN", "with", 4, "case"},        {"Kenya", "PROPN", "NNP", "Kenya", 2, "nmod"},
      {"Mr", "PROPN", "NNP", "Mr", 7, "nsubj"},        {"Okafor", "PROPN", "NNP", "Okafor", 5, "flat"},
      {"said", "VERB", "VBD", "say", 0, "root"},       {"the", "DET", "DT", "the", 9, "det"},
      {"loan", "NOUN", "NN", "loan", 11, "nsubj:pass"}, {"was", "AUX", "VBD", "be", 11, "aux:pass"},
      {"repaid", "VERB", "VBN", "repay", 7, "ccomp"},  {".", "PUNCT", ".", ".", 7, "punct"}});
  REQUIRE_FALSE(triples.empty());
  for (const auto& t : triples) CHECK(t.actor.id != "kenya");
  // Before the square was a place, it hosted things: "Tahrir Square host rally".
  for (const auto& t : extract("Tahrir Square hosted the largest rally against the plan.")) {
    CHECK(t.actor.label != "Tahrir Square");
  }
}

TEST_CASE("a state's border or security service speaks for its country", "[mentions]") {
  const auto triples = extract("The Kyrgyz border service said it had closed two crossings.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "kyrgyzstan");
  CHECK(contains(triples[0].actor.mention, "border service"));
}

TEST_CASE("mention finder keeps a named body that is no state's as itself", "[mention_finder]") {
  SECTION("a country in the of-phrase of a union is where it is, not who it is") {
    const auto triples = extract("The Maritime Union of Australia said its members would return to work on Monday.");
    CHECK(by_actor(triples, "australia") == nullptr);
    const auto* t = by_actor(triples, "maritime_union_of_australia");
    REQUIRE(t != nullptr);
    CHECK(t->actor.type == "organization");
    CHECK(t->actor.label == "Maritime Union of Australia");
  }
  SECTION("so it can be the other party of its own country's tribunal") {
    const auto triples = extract("The Fair Work Commission ordered the Maritime Union of Australia to suspend its strike.");
    REQUIRE_FALSE(triples.empty());
    REQUIRE(triples[0].target.has_value());
    CHECK(contains(triples[0].target->mention, "Maritime Union"));
  }
  SECTION("a capitalised adjective opens the name; the name is not the generic kind") {
    const auto triples = extract("The Swiss National Bank said it would keep interest rates unchanged.");
    const auto* t = by_actor(triples, "swiss_national_bank");
    REQUIRE(t != nullptr);
    CHECK(t->actor.label == "Swiss National Bank");
  }
  SECTION("a state's own body still stands for the state") {
    const auto triples = extract("China's Foreign Ministry criticized the new tariffs on electric vehicles.");
    CHECK(by_actor(triples, "china") != nullptr);
  }
}
