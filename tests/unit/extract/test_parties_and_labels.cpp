// People and groups as the other party, where a party hides inside a phrase, and the label a
// speaker gives something: found in the fourteenth session on the held-out development batches.
// Sentences written here.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;
using extract_test::find_action;

TEST_CASE("a group the lexicon lists only in the plural is an actor", "[generalisation][actors]") {
  // The lemma of "donors" is "donor"; the roles lexicon knows the group as "donors".
  const auto triples = extract("Donors pledged new money for the flood camps on Tuesday.");
  const auto* pledged = find_action(triples, "pledge");
  REQUIRE(pledged != nullptr);
  CHECK(contains(pledged->actor.mention, "Donors"));
}

TEST_CASE("people whom an act judges, meets or visits are its target", "[generalisation][targets]") {
  const auto criticised = extract("The governor criticised officials over the delays at the port.");
  const auto* criticise = find_action(criticised, "criticize");
  REQUIRE(criticise != nullptr);
  REQUIRE(criticise->target.has_value());
  CHECK(contains(criticise->target->mention, "officials"));
  REQUIRE(criticise->issue.has_value());
  CHECK(contains(criticise->issue->text, "delays"));

  const auto visited = extract("The defence minister visited wounded soldiers in the garrison town.");
  const auto* visit = find_action(visited, "visit");
  REQUIRE(visit != nullptr);
  REQUIRE(visit->target.has_value());
  CHECK(contains(visit->target->mention, "soldiers"));
}

TEST_CASE("people protected or things judged stay the issue", "[generalisation][issues]") {
  // What is defended is what the act is about, and a bare plural thing is no party.
  const auto protect = extract("The minister said the state would protect farmers from cheap imports.");
  for (const auto& t : protect) {
    if (t.target) CHECK_FALSE(contains(t.target->mention, "farmers"));
  }
  const auto things = extract("The regulator criticised exchanges over their fees.");
  for (const auto& t : things) {
    if (t.target) CHECK_FALSE(contains(t.target->mention, "exchanges"));
  }
}

TEST_CASE("a quoted label after the object of 'call' is what the speaker called it", "[generalisation][issues]") {
  // The parse reads the label as an apposition of "the tribunal"; it is the predicate (xcomp).
  const auto triples = extract("The senator voted against the bill and called the tribunal \"an instrument of revenge\".");
  bool labelled = false;
  for (const auto& t : triples) {
    if (t.action.lemma == "call" && t.issue) labelled = labelled || contains(t.issue->text, "instrument of revenge");
  }
  CHECK(labelled);
}

TEST_CASE("a party's phrase hung on the of-phrase inside the issue is the target", "[generalisation][targets]") {
  const auto sold = extract("Laos sells most of its hydropower output to Thailand.");
  const auto* sell = find_action(sold, "trade");
  REQUIRE(sell != nullptr);
  REQUIRE(sell->target.has_value());
  CHECK(sell->target->id == "thailand");
  REQUIRE(sell->issue.has_value());
  CHECK_FALSE(contains(sell->issue->text, "Thailand"));

  const auto signed_letter = extract("The company said it had signed a letter of intent with Zambia's state copper company.");
  const auto* sign = find_action(signed_letter, "sign_agreement");
  REQUIRE(sign != nullptr);
  REQUIRE(sign->target.has_value());
  CHECK(contains(sign->target->mention, "copper company"));
}

TEST_CASE("the one appealed to is the target and what is asked of them the issue", "[generalisation][targets]") {
  const auto clause = extract("The mayor appealed to residents to stay indoors during the storm.");
  const auto* stay = find_action(clause, "appeal");
  REQUIRE(stay != nullptr);
  REQUIRE(stay->target.has_value());
  CHECK(contains(stay->target->mention, "residents"));
  REQUIRE(stay->issue.has_value());
  CHECK(contains(stay->issue->text, "stay indoors"));
  // The for-phrase the parse hangs on the party is what is asked for.
  const auto money = extract("The WHO appealed to donors for $30m to pay for vaccines.");
  const auto* asked = find_action(money, "appeal");
  REQUIRE(asked != nullptr);
  REQUIRE(asked->target.has_value());
  CHECK(contains(asked->target->mention, "donors"));
  REQUIRE(asked->issue.has_value());
  CHECK(contains(asked->issue->text, "$30m"));
  // What is pushed for stays the issue.
  const auto pushed = extract("China is pushing for more cultural exchanges.");
  for (const auto& t : pushed) CHECK_FALSE(t.target.has_value());
}

TEST_CASE("opening fire or using force on people makes them the target", "[generalisation][actions]") {
  const auto fire = extract("Soldiers opened fire on protesters near the parliament.");
  const auto* attack = find_action(fire, "attack");
  REQUIRE(attack != nullptr);
  REQUIRE(attack->target.has_value());
  CHECK(contains(attack->target->mention, "protesters"));
  const auto force = extract("Riot police used force against demonstrators outside the court.");
  const auto* repress = find_action(force, "repress");
  REQUIRE(repress != nullptr);
  REQUIRE(repress->target.has_value());
  CHECK(contains(repress->target->mention, "demonstrators"));
  // What a loss is blamed on is a cause, not a party.
  const auto blamed = extract("The company blamed the loss on currency movements.");
  for (const auto& t : blamed) {
    if (t.target) CHECK_FALSE(contains(t.target->mention, "movements"));
  }
}

TEST_CASE("an operator, a subsidiary or a crew is an actor; fortifying is a show of force",
          "[generalisation][actors]") {
  const auto operated = extract("The pipeline's operator said it had complied with the order.");
  const auto* said = find_action(operated, "make_statement");
  REQUIRE(said != nullptr);
  CHECK(contains(said->actor.mention, "operator"));
  const auto fortified = extract("North Korea has been fortifying its side of the border with mines.");
  const auto* force = find_action(fortified, "show_force");
  REQUIRE(force != nullptr);
  CHECK(force->actor.id == "north_korea");
}

TEST_CASE("a time after a noun ('next month') is no head of the issue", "[generalisation][issues]") {
  // The parse made "month" the head of "the delay next month", and the phrase a time.
  const auto vote = extract("The European Parliament is due to vote on the delay next month.");
  bool voted = false;
  for (const auto& t : vote) {
    if (contains(t.action.lemma, "vote") && t.issue) voted = voted || contains(t.issue->text, "delay");
  }
  CHECK(voted);
  const auto discuss = extract("Ministers will discuss the budget next month.");
  REQUIRE_FALSE(discuss.empty());
  REQUIRE(discuss.front().issue.has_value());
  CHECK(contains(discuss.front().issue->text, "budget"));
  CHECK_FALSE(contains(discuss.front().issue->text, "month"));
}

TEST_CASE("those an arrest warrant is issued for are its target", "[generalisation][targets]") {
  // The for-phrase hangs on the verb, not on "warrants", in the parse.
  const auto triples = extract("Police in the capital have issued arrest warrants for four exiled activists.");
  const auto* warrant = find_action(triples, "arrest");
  REQUIRE(warrant != nullptr);
  REQUIRE(warrant->target.has_value());
  CHECK(contains(warrant->target->mention, "activists"));
}

TEST_CASE("the subject of a demanded subjunctive is the party the demand is made of", "[generalisation][targets]") {
  // The tagger gives the verbless that-clause its verb ("release", "ground"), so the clause's
  // subject is found as the party.
  const auto ordered = extract("The court ordered that the government release the detainees within a week.");
  const auto* order = find_action(ordered, "demand");
  REQUIRE(order != nullptr);
  REQUIRE(order->target.has_value());
  CHECK(contains(order->target->mention, "government"));

  const auto grounded = extract("The mayor demanded that the navy ground every helicopter at the base.");
  const auto* demand = find_action(grounded, "demand");
  REQUIRE(demand != nullptr);
  REQUIRE(demand->target.has_value());
  CHECK(contains(demand->target->mention, "navy"));
}

TEST_CASE("a that-clause after where and when something was said is what was said", "[generalisation][speech]") {
  // "said in a statement on Monday that talks ...": the tagger read "that" as a relative pronoun
  // and "talks" as a verb, and the subject of the reported clause was lost.
  const auto triples = extract("The mission said in a statement on Monday that talks would resume next week.");
  const auto* said = find_action(triples, "make_statement");
  REQUIRE(said != nullptr);
  REQUIRE(said->issue.has_value());
  CHECK(contains(said->issue->text, "talks would resume"));
}

TEST_CASE("a quoted label read as the head of the thing it names still names it", "[generalisation][issues]") {
  // The parse made "decree" a compound of the label "theft"; the verb of naming then had no
  // object it knows.
  const auto triples = extract("The mayor called the decree \"theft in broad daylight\".");
  const auto* called = find_action(triples, "make_statement");
  REQUIRE(called != nullptr);
  REQUIRE(called->issue.has_value());
  CHECK(contains(called->issue->text, "decree"));
}

TEST_CASE("a name with a lower-case particle is one actor", "[generalisation][actors]") {
  const auto triples = extract("Pieter van Aalst criticised the decree on Monday.");
  const auto* criticised = find_action(triples, "criticize");
  REQUIRE(criticised != nullptr);
  CHECK(criticised->actor.label == "Pieter van Aalst");
}
