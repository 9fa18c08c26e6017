// Sums pledged or withheld and what they are for, strikes, prisoner exchanges, and asks to keep
// doing something: found in the fifteenth session on the held-out development batch 163-170.
// Sentences written here.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;
using extract_test::find_action;

TEST_CASE("after a sum, an in-phrase says what the money is", "[generalisation][issues]") {
  const auto triples = extract("Australia pledged A$30m (£15m) in reconstruction aid on Monday.");
  const auto* pledge = find_action(triples, "pledge");
  REQUIRE(pledge != nullptr);
  REQUIRE(pledge->issue.has_value());
  CHECK(contains(pledge->issue->text, "reconstruction aid"));
}

TEST_CASE("pausing support to a country cuts it, with the country as the other party", "[generalisation][targets]") {
  const auto triples = extract("Britain has paused £12m ($15m) in budget support to Malawi.");
  const auto* paused = find_action(triples, "reduce_relations");
  REQUIRE(paused != nullptr);
  REQUIRE(paused->issue.has_value());
  CHECK(contains(paused->issue->text, "budget support"));
  REQUIRE(paused->target.has_value());
  CHECK(contains(paused->target->mention, "Malawi"));
}

TEST_CASE("walking off the job is a strike; exchanging prisoners is a release", "[generalisation][actions]") {
  const auto strike = extract("The union walked off the job on Friday over a pay offer.");
  CHECK(find_action(strike, "protest") != nullptr);
  const auto swap = extract("Armenia and Azerbaijan exchanged 32 prisoners on Sunday.");
  int exchanges = 0;
  for (const auto& t : swap) exchanges += t.action.action_class == "ease" ? 1 : 0;
  CHECK(exchanges == 2);  // one for each side
}

TEST_CASE("an appeal to keep doing something keeps both verbs as the issue", "[generalisation][issues]") {
  const auto triples = extract("Norway urged both sides to keep talking.");
  const auto* urged = find_action(triples, "appeal");
  REQUIRE(urged != nullptr);
  REQUIRE(urged->issue.has_value());
  CHECK(urged->issue->text == "keep talking");
}
