// Speech and clause structure: reported speech, passives, coordination, relative and
// participial clauses.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;
using extract_test::find;

TEST_CASE("clause rules take reported speech content as the issue", "[clause_rules]") {
  const auto triples = extract("Turkey warned that the new border wall would hurt local farmers.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "turkey");
  REQUIRE(triples[0].issue.has_value());
  CHECK(contains(triples[0].issue->text, "border wall"));
}

TEST_CASE("clause rules attribute a quote with the speaker after it", "[clause_rules]") {
  const auto triples = extract("\"We will not accept any new tariffs on our steel,\" Canada said on Friday.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "canada");
  REQUIRE(triples[0].issue.has_value());
  CHECK(contains(triples[0].issue->text, "tariffs"));
}

TEST_CASE("clause rules read the agent of a passive as the actor", "[clause_rules]") {
  const auto triples = extract("Concerns about the election were raised by Australia.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "australia");
  CHECK(triples[0].action.action_class == "express_concern");
}

TEST_CASE("clause rules make the passive subject of a speech verb the target", "[clause_rules]") {
  const auto triples = extract("Egypt was told by Ethiopia that the dam would be filled in July.");
  REQUIRE(!triples.empty());
  CHECK(triples[0].actor.id == "ethiopia");
  REQUIRE(triples[0].target.has_value());
  CHECK(triples[0].target->id == "egypt");
}

TEST_CASE("clause rules share one subject between two coordinated verbs", "[clause_rules]") {
  const auto triples = extract(
      "Mexico praised the new water treaty but criticized the delays in its ratification.");
  std::size_t mexico = 0;
  for (const auto& t : triples) mexico += t.actor.id == "mexico" ? 1 : 0;
  CHECK(mexico >= 2);
}

TEST_CASE("clause rules give a relative clause's verb the noun it modifies", "[clause_rules]") {
  const auto triples = extract(
      "The delegation met Chile, which criticized the mining royalties in the draft law.");
  bool chile = false;
  for (const auto& t : triples) chile = chile || (t.actor.id == "chile" && t.issue && contains(t.issue->text, "royalties"));
  CHECK(chile);
}

TEST_CASE("clause rules give a participial clause the noun it modifies", "[clause_rules]") {
  const auto triples = extract(
      "Talks stalled, with Ukrainian officials warning that the grain corridor remained unsafe.");
  bool ukraine = false;
  for (const auto& t : triples) ukraine = ukraine || (t.actor.id == "ukraine" && t.issue.has_value());
  CHECK(ukraine);
}

TEST_CASE("clause rules find the target of a meeting without an issue", "[clause_rules]") {
  const auto triples = extract("Chancellor Olaf Scholz met with President Emmanuel Macron in Paris.");
  const auto* t = find(triples, "olaf_scholz", "meet");
  REQUIRE(t != nullptr);
  REQUIRE(t->target.has_value());
  CHECK(t->target->id == "emmanuel_macron");
}

TEST_CASE("clause rules attribute a whole-sentence quote to the speaker of the next sentence", "[clause_rules]") {
  const auto triples = extract(
      "Prime Minister Helena Voss spoke to reporters in Oslo. "
      "\"We will never accept a deal that closes our fishing grounds.\" "
      "She said so on Tuesday.");
  bool quote = false;
  for (const auto& t : triples) {
    if (t.sentence == 1 && t.actor.id == "helena_voss" && t.issue && contains(t.issue->text, "fishing grounds"))
      quote = true;
  }
  CHECK(quote);
}

TEST_CASE("clause rules read a nominal visit with its possessor and destination", "[clause_rules]") {
  const auto triples = extract("Germany's visit to Brazil, including a meeting with Lula, ended on Friday.");
  bool visit = false;
  for (const auto& t : triples) {
    if (t.actor.id == "germany" && t.action.action_class == "visit" && t.target && t.target->id == "brazil") visit = true;
  }
  CHECK(visit);
}

TEST_CASE("the source named by according to reports the clause", "[clause_rules][speech]") {
  const auto after = extract("The talks will resume in March, according to the Kenyan foreign ministry.");
  const auto* said = find(after, "kenya", "make_statement");
  REQUIRE(said != nullptr);
  CHECK(said->action.text == "according to");
  REQUIRE(said->issue.has_value());
  CHECK(contains(said->issue->text, "talks will resume"));
  CHECK_FALSE(contains(said->issue->text, "ministry"));
  CHECK_FALSE(said->target.has_value());

  // Before the clause, and through the record the source put out.
  const auto before = extract("According to a statement from the Sudanese army, the ceasefire collapsed on Sunday.");
  REQUIRE(before.size() == 1);
  CHECK(contains(before[0].actor.mention, "army"));
  CHECK(before[0].action.text == "According to");
  REQUIRE(before[0].issue.has_value());
  CHECK(contains(before[0].issue->text, "ceasefire collapsed"));
}

TEST_CASE("according to gives nothing for a party reporting its own act or for a document", "[clause_rules][speech]") {
  const auto own = extract(
      "Egypt summoned the Israeli ambassador on Monday, according to a statement from the Egyptian foreign ministry.");
  CHECK(find(own, "egypt", "complain") != nullptr);  // a summons is a complaint (CAMEO 114)
  CHECK(find(own, "egypt", "make_statement") == nullptr);
  CHECK(extract("The election must be held within ninety days, according to the constitution.").empty());
}

TEST_CASE("a speech act coordinated after reported content is the speaker's", "[clause_rules][speech]") {
  // The parser makes "urged" a conjunct of "was", inside what was said: the spokeswoman still
  // urges, and the content stops before "and urged".
  const auto triples = extract(
      "A ministry spokeswoman, Lale Demir, said the timing of the exercise, days after Athens and Ankara signed a "
      "fisheries accord, was \"deliberately hostile\" and urged Athens to respect the ceasefire line.");
  const auto* urged = extract_test::find_action(triples, "appeal");
  REQUIRE(urged != nullptr);
  CHECK(urged->actor.label == "Lale Demir");
  REQUIRE(urged->target.has_value());
  CHECK(urged->target->id == "greece");
  const auto* said = extract_test::find_action(triples, "make_statement");
  REQUIRE(said != nullptr);
  REQUIRE(said->issue.has_value());
  CHECK_FALSE(contains(said->issue->text, "urged"));
  // A verb that reports nothing stays inside the content: the troops attacked, not the minister.
  for (const auto& t : extract("The minister said troops had crossed the border and attacked a post.")) {
    if (t.action.action_class == "attack") CHECK(t.actor.label != "The minister");
  }
}
