// One actor, every name: surnames, honorifics, role nouns and pronouns resolve to the actor
// introduced earlier in the document.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::extract;

TEST_CASE("coreference resolves a surname and a pronoun to the lexicon person", "[coreference]") {
  const auto triples = extract(
      "Secretary of State Antony J. Blinken arrived in Manila on Monday. "
      "Blinken criticized the harassment of fishing boats near the shoal. "
      "He also warned that the dispute could damage regional trade.");
  std::size_t blinken = 0;
  for (const auto& t : triples) {
    if (t.actor.id == "antony_blinken") ++blinken;
    CHECK(t.actor.id != "blinken");
  }
  CHECK(blinken >= 2);
  bool pronoun = false;
  for (const auto& t : triples) pronoun = pronoun || (t.actor.mention == "He" && t.actor.id == "antony_blinken");
  CHECK(pronoun);
}

TEST_CASE("coreference links an unknown person's later surname and honorific", "[coreference]") {
  const auto triples = extract(
      "Finance Minister Ruth Achterberg presented the budget on Tuesday. "
      "Ms. Achterberg defended the cuts to fuel subsidies. "
      "Achterberg rejected calls for a new tax on banks.");
  std::size_t achterberg = 0;
  for (const auto& t : triples) {
    if (t.actor.id == "ruth_achterberg") ++achterberg;
    CHECK(t.actor.id != "achterberg");
  }
  CHECK(achterberg >= 2);
}

TEST_CASE("coreference picks the most recent agreeing subject for a pronoun", "[coreference]") {
  const auto triples = extract(
      "Prime Minister Helena Voss met President Omar Castellanos in Geneva. "
      "She praised the agreement on water sharing.");
  bool resolved = false;
  for (const auto& t : triples) {
    if (t.actor.mention == "She") {
      CHECK(t.actor.id == "helena_voss");
      resolved = true;
    }
  }
  CHECK(resolved);
}

TEST_CASE("coreference links a headline surname to the full name introduced later", "[coreference]") {
  const auto triples = extract(
      "Okafor criticizes fuel tax\n\n"
      "Finance Minister Ngozi Okafor criticized the new fuel tax on Monday.");
  REQUIRE(!triples.empty());
  for (const auto& t : triples) CHECK(t.actor.id == "ngozi_okafor");
}

TEST_CASE("coreference resolves 'the commission' to the organisation named before", "[coreference]") {
  const auto triples = extract(
      "The Andean Trade Commission criticized the new export quotas on Monday. "
      "The commission also warned Lima about the delays at the border.");
  bool resolved = false;
  for (const auto& t : triples) {
    INFO(t.actor.id << " | " << t.actor.mention);
    CHECK(t.actor.id != "commission");
    if (t.actor.mention.find("commission") != std::string::npos) {
      resolved = resolved || t.actor.id == triples[0].actor.id;
    }
  }
  CHECK(resolved);
}

TEST_CASE("coreference lets 'he said' after a quotation continue the last speaker", "[coreference]") {
  const auto triples = extract_test::extract(
      "\"The reform will fail,\" said Professor Tomas Lind, a historian at Uppsala University. "
      "Analysts have long doubted President Jean Dubois's plan for the pension system. "
      "\"Nobody believes the figures,\" he said.");
  const issuegraph::Triple* last = nullptr;
  for (const auto& t : triples) {
    if (extract_test::contains(t.evidence, "Nobody believes")) last = &t;
  }
  REQUIRE(last != nullptr);
  CHECK(last->actor.id == "tomas_lind");

  SECTION("but not over a person named in the pronoun's own sentence") {
    const auto own = extract_test::extract(
        "\"The reform will fail,\" said Professor Tomas Lind. "
        "Minister Jean Dubois told reporters on Monday that he hoped the plan would pass.");
    for (const auto& t : own) {
      if (t.action.action_class == "express_hope") CHECK(t.actor.id == "jean_dubois");
    }
  }
}

TEST_CASE("coreference does not take an indefinite role for someone met before", "[coreference]") {
  const auto triples = extract_test::extract(
      "A U.S. official criticized the missile launch. "
      "An official from the harbour authority criticized the new fees.");
  for (const auto& t : triples) {
    if (extract_test::contains(t.evidence, "harbour")) CHECK(t.actor.id != "united_states");
  }
}
