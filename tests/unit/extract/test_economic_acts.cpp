// Acts found in the thirteenth session on the held-out development batches: economic acts
// (trade, payment, leases, contracts, building infrastructure) as a class of their own, cutting
// supplies, escorting, raising a matter with someone, withholding approval, riot gear used on a
// crowd, what a protest outside a place is against, what a feeling voiced "at" something is
// about, and what a promise campaigned on is to do. Sentences written here.
#include <catch2/catch.hpp>

#include <string>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;
using extract_test::find;
using extract_test::find_action;

TEST_CASE("buying, selling and importing are economic acts", "[generalisation][actions]") {
  const auto imports = extract("Bangladesh imported most of its gas from Qatar last year.");
  const auto* imported = find(imports, "bangladesh", "trade");
  REQUIRE(imported != nullptr);
  REQUIRE(imported->issue.has_value());
  CHECK(contains(imported->issue->text, "gas"));
  CHECK(imported->action.cameo == "061");
  REQUIRE(find(extract("Chile sold most of its copper to China last year."), "chile", "trade") != nullptr);
}

TEST_CASE("the one paid is the target of a payment", "[generalisation][actions][targets]") {
  const auto triples = extract("Under the deal, Portugal will pay Cape Verde about 20 million euros a year.");
  const auto* paid = find(triples, "portugal", "trade");
  REQUIRE(paid != nullptr);
  REQUIRE(paid->target.has_value());
  CHECK(paid->target->id == "cabo_verde");
}

TEST_CASE("awarding a contract and building a pipeline are economic acts; building trust is not",
          "[generalisation][actions]") {
  REQUIRE(find(extract("Ghana has awarded a contract for the new harbour to a Turkish firm."), "ghana", "trade") != nullptr);
  REQUIRE(find(extract("Turkmenistan is building a pipeline across the Caspian Sea."), "turkmenistan", "trade") !=
          nullptr);
  for (const auto& t : extract("Norway wants to build trust with its neighbours.")) CHECK(t.action.action_class != "trade");
}

TEST_CASE("cutting supplies reduces relations; escorting a ship shows force", "[generalisation][actions]") {
  const auto cut = extract("Uzbekistan has cut gas supplies to the region.");
  const auto* cut_gas = find(cut, "uzbekistan", "reduce_relations");
  REQUIRE(cut_gas != nullptr);
  REQUIRE(cut_gas->issue.has_value());
  CHECK(contains(cut_gas->issue->text, "gas"));
  REQUIRE(find(extract("The Indian navy escorted the tanker through the strait."), "india", "show_force") != nullptr);
}

TEST_CASE("what a protest outside a place is against is its issue", "[generalisation][issues]") {
  const auto outside = extract("Trade unions protested outside the ministry against the new port fees.");
  const auto* protest = find_action(outside, "protest");
  REQUIRE(protest != nullptr);
  REQUIRE(protest->issue.has_value());
  CHECK(contains(protest->issue->text, "port fees"));
  // "against what they called X": what was so called.
  const auto called = extract("Teachers' unions protested against what they called an unfair pension law.");
  const auto* against = find_action(called, "protest");
  REQUIRE(against != nullptr);
  REQUIRE(against->issue.has_value());
  CHECK(contains(against->issue->text, "pension law"));
}

TEST_CASE("a feeling voiced at something is about it; at an occasion it is not", "[generalisation][issues]") {
  const auto delay = extract("Finland voiced disappointment at the delay.");
  const auto* voiced = find(delay, "finland", "express_concern");
  REQUIRE(voiced != nullptr);
  REQUIRE(voiced->issue.has_value());
  CHECK(contains(voiced->issue->text, "delay"));
  for (const auto& t : extract("Estonia voiced concern at a briefing in Tallinn.")) {
    if (t.issue) CHECK_FALSE(contains(t.issue->text, "briefing"));
  }
}

TEST_CASE("raising a matter with someone is a statement to them", "[generalisation][actions][targets]") {
  // The with-phrase hung on the object still names the party, when it names someone.
  const auto triples = extract("Ruiz raised the fishing dispute with Morocco's prime minister.");
  const auto* raised = find_action(triples, "make_statement");
  REQUIRE(raised != nullptr);
  REQUIRE(raised->target.has_value());
  CHECK(raised->target->id == "morocco");
  REQUIRE(raised->issue.has_value());
  CHECK(contains(raised->issue->text, "fishing dispute"));
  for (const auto& t : extract("The airline raised fares with effect from Monday.")) CHECK(t.action.action_class != "make_statement");
}

TEST_CASE("withholding approval is a rejection", "[generalisation][actions]") {
  REQUIRE(find(extract("Hungary will withhold its approval of the new sanctions package."), "hungary", "reject") != nullptr);
}

TEST_CASE("what a promise campaigned on is to do is the pledge's issue", "[generalisation][issues]") {
  // The phrase names the act itself ("a promise"), so its to-clause says what about.
  const auto triples = extract("Ortega campaigned on a promise to reopen the border with Venezuela.");
  const auto* pledge = find_action(triples, "pledge");
  REQUIRE(pledge != nullptr);
  REQUIRE(pledge->issue.has_value());
  CHECK(contains(pledge->issue->text, "reopen the border"));
}

TEST_CASE("water cannon and batons used on a crowd are repression", "[generalisation][actions]") {
  REQUIRE(find_action(extract("Riot police used water cannon and tear gas on the marchers."), "repress") != nullptr);
  REQUIRE(find_action(extract("Police used batons against students outside the university."), "repress") != nullptr);
}
