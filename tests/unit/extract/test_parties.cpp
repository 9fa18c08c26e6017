// Parties and acts found in the twelfth session on the held-out development batches 099-106 and
// 115-122: the other side of dealings named by a with-phrase, coordinated targets, groups placed
// in a country rather than standing for it, the act asked of a party, and lexicon entries for
// revoking, closing posts, reminding, allowing and taking a position. Sentences written here.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;
using extract_test::find_action;

TEST_CASE("the other side of dealings named by a with-phrase is the target", "[generalisation][targets]") {
  // A bare plural role is a party when it is the other side of an agreement or of talks ...
  const auto deal = extract("Malawi signed a deal with creditors on its debt.");
  const auto* signed_deal = find_action(deal, "sign_agreement");
  REQUIRE(signed_deal != nullptr);
  REQUIRE(signed_deal->target.has_value());
  CHECK(contains(signed_deal->target->mention, "creditors"));
  const auto talks = extract("The airline is negotiating with the unions over pay.");
  const auto* negotiating = find_action(talks, "negotiate");
  REQUIRE(negotiating != nullptr);
  REQUIRE(negotiating->target.has_value());
  CHECK(contains(negotiating->target->mention, "unions"));
}

TEST_CASE("a group in a with-phrase that is no party is no target", "[generalisation][targets]") {
  // ... but not a group with a clause of its own (an absolute with-clause) nor a quantified one.
  const auto absolute =
      extract("With other lenders standing to lose more, the analysts said they expected a restructuring.");
  for (const auto& t : absolute) {
    if (t.target) CHECK_FALSE(contains(t.target->mention, "lenders"));
  }
  const auto any = extract("The company is willing to work with any organization that wants the plants.");
  for (const auto& t : any) {
    if (t.target) CHECK_FALSE(contains(t.target->mention, "organization"));
  }
}

TEST_CASE("a group in a country is placed there and does not stand for its government",
          "[generalisation][actors]") {
  const auto triples = extract("Farmer groups in Kenya have urged the government to cut fuel prices.");
  const auto* urged = find_action(triples, "appeal");
  REQUIRE(urged != nullptr);
  CHECK(urged->actor.id != "kenya");
  CHECK(contains(urged->actor.mention, "groups"));
  // A body of state in a capital is still that state's.
  const auto police = extract("Police in Nairobi on Monday arrested nine activists.");
  const auto* arrest = find_action(police, "arrest");
  REQUIRE(arrest != nullptr);
  CHECK(arrest->actor.id == "kenya");
}

TEST_CASE("revoking, closing a border post and reminding are actions", "[generalisation][actions]") {
  const auto revoked = extract("Mali's government on Friday revoked the licences of two gold miners.");
  const auto* revoke = find_action(revoked, "reduce_relations");
  REQUIRE(revoke != nullptr);
  REQUIRE(revoke->issue.has_value());
  CHECK(contains(revoke->issue->text, "licences"));
  const auto closed = extract("Burundi closed the Gasenyi border post on Sunday.");
  const auto* close = find_action(closed, "reduce_relations");
  REQUIRE(close != nullptr);
  CHECK(close->actor.id == "burundi");
  const auto reminded = extract("The ambassador reminded the authorities of their commitment to a free vote.");
  const auto* remind = find_action(reminded, "appeal");
  REQUIRE(remind != nullptr);
  REQUIRE(remind->target.has_value());
  CHECK(contains(remind->target->mention, "authorities"));
  REQUIRE(remind->issue.has_value());
  CHECK(contains(remind->issue->text, "commitment"));
}

TEST_CASE("each of two coordinated parties gets a triple of its own", "[generalisation][targets]") {
  const auto visits = extract("The UN envoy, Maria Sousa, visited Dushanbe and Tashkent last week.");
  std::vector<std::string> visited;
  for (const auto& t : visits) {
    if (t.action.action_class == "visit" && t.target) visited.push_back(t.target->id);
  }
  CHECK(std::count(visited.begin(), visited.end(), "tajikistan") == 1);
  CHECK(std::count(visited.begin(), visited.end(), "uzbekistan") == 1);
  // The actor is never its own party, whatever the coordination.
  for (const auto& t : extract("Chile urged Bolivia and Chile's neighbours to reopen the border.")) {
    if (t.target) CHECK(t.target->id != t.actor.id);
  }
}

TEST_CASE("the act asked of a party is the issue, even a lone verb or after an apposition",
          "[generalisation][issues]") {
  const auto triples =
      extract("Dushanbe has asked the Collective Security Treaty Organization, the bloc's military arm, to intervene.");
  const auto* asked = find_action(triples, "appeal");
  REQUIRE(asked != nullptr);
  REQUIRE(asked->issue.has_value());
  CHECK(asked->issue->text == "intervene");
  REQUIRE(asked->target.has_value());
  CHECK(contains(asked->target->mention, "Collective Security Treaty Organization"));
}

TEST_CASE("allowing, taking a position and pointing to something are actions", "[generalisation][actions]") {
  const auto allowed = extract("Oman on Friday allowed an Iranian cargo ship to dock in Duqm.");
  const auto* allow = find_action(allowed, "ease");
  REQUIRE(allow != nullptr);
  CHECK(allow->actor.id == "oman");
  const auto position = extract("Jordan has not taken a position on the proposal.");
  const auto* taken = find_action(position, "make_statement");
  REQUIRE(taken != nullptr);
  CHECK(taken->action.negated);
  REQUIRE(taken->issue.has_value());
  CHECK(contains(taken->issue->text, "proposal"));
  const auto pointed = extract("Diplomats in Tunis pointed to pressure from European capitals.");
  const auto* point = find_action(pointed, "make_statement");
  REQUIRE(point != nullptr);
  REQUIRE(point->issue.has_value());
  CHECK(contains(point->issue->text, "pressure"));
}

TEST_CASE("what a party is judged or punished for is the act its clause describes", "[generalisation][issues]") {
  const auto arrested = extract("Police in Lusaka arrested nine activists collecting signatures for a petition.");
  const auto* arrest = find_action(arrested, "arrest");
  REQUIRE(arrest != nullptr);
  REQUIRE(arrest->target.has_value());
  CHECK(contains(arrest->target->mention, "activists"));
  REQUIRE(arrest->issue.has_value());
  CHECK(contains(arrest->issue->text, "signatures"));
  const auto criticised = extract("Ghana has criticised countries that have banned flights from Accra.");
  const auto* criticise = find_action(criticised, "criticize");
  REQUIRE(criticise != nullptr);
  REQUIRE(criticise->target.has_value());
  CHECK(contains(criticise->target->mention, "countries"));
  REQUIRE(criticise->issue.has_value());
  CHECK(contains(criticise->issue->text, "banned flights"));
  // Other acts leave such a clause alone: it is no issue of a statement, and the bare role is no
  // party of it.
  for (const auto& t : extract("The bank said it wants clients who repay early.")) {
    if (t.target) CHECK_FALSE(contains(t.target->mention, "clients"));
  }
}
