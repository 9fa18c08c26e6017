#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/extract/lexicon.hpp"

using issuegraph::Lexicon;

namespace {

// Loaded once: the shipped lexicon is read by many tests and loading validates four schemas.
const Lexicon& shipped() {
  static const Lexicon lexicon = Lexicon::load_default(ISSUEGRAPH_DATA_DIR);
  return lexicon;
}

std::string id_or_empty(const issuegraph::ActorEntry* entry) { return entry ? entry->id : ""; }

}  // namespace

TEST_CASE("shipped lexicon loads and validates", "[lexicon]") {
  const Lexicon& lex = shipped();
  CHECK_FALSE(lex.actors().empty());
  CHECK_FALSE(lex.issues().empty());
  CHECK_FALSE(lex.actions().empty());
  CHECK_FALSE(lex.role_nouns().empty());
}

TEST_CASE("actor names match regardless of case and periods", "[lexicon]") {
  const Lexicon& lex = shipped();
  CHECK(id_or_empty(lex.actor_by_name("u.s.")) == "united_states");
  CHECK(id_or_empty(lex.actor_by_name("US")) == "united_states");
  CHECK(id_or_empty(lex.actor_by_name("Antony J. Blinken")) == "antony_blinken");
  CHECK(lex.actor_by_name("Atlantis") == nullptr);
}

TEST_CASE("demonyms, capitals and institutions point to their country", "[lexicon]") {
  const Lexicon& lex = shipped();
  CHECK(id_or_empty(lex.country_by_demonym("Chinese")) == "china");
  CHECK(id_or_empty(lex.country_by_demonym("chinese")) == "china");
  CHECK(id_or_empty(lex.country_by_capital("Kyiv")) == "ukraine");
  CHECK(id_or_empty(lex.country_by_capital("Kiev")) == "ukraine");
  CHECK(id_or_empty(lex.actor_by_institution("Kremlin")) == "russia");
  CHECK(id_or_empty(lex.actor_by_institution("the White House")) == "united_states");
  CHECK(id_or_empty(lex.actor_by_institution("white house")) == "united_states");
}

TEST_CASE("every action entry names a defined class", "[lexicon]") {
  const Lexicon& lex = shipped();
  for (const auto& action : lex.actions()) {
    INFO(action.display);
    CHECK(lex.action_class(action.action_class) != nullptr);
  }
}

TEST_CASE("issue rules need every group to match", "[lexicon]") {
  const Lexicon& lex = shipped();
  const auto* issue = lex.match_issue({"china", "support", "for", "Russia"});
  REQUIRE(issue != nullptr);
  CHECK(issue->id == "russia_support");
  CHECK(lex.match_issue({"support", "for", "farmers"}) == nullptr);
}
