// Verbs no lexicon entry lists: reported with class "other" and their lemma, when they have an
// actor of their own and an issue; verbs of being, having and undergoing ("stative" in
// actions.json) state no action; ExtractorOptions::unlisted_actions = false keeps to the lexicon.
// Sentences written here.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"

using extract_test::contains;
using extract_test::extract;
using extract_test::find_action;

namespace {

std::vector<issuegraph::Triple> extract_listed_only(const std::string& text) {
  const issuegraph::Document doc = extract_test::document(text);
  issuegraph::ExtractorOptions options;
  options.unlisted_actions = false;
  const auto extractor = issuegraph::make_extractor(extract_test::lexicon(), options);
  return extractor->extract(doc, extract_test::annotate(doc));
}

}  // namespace

TEST_CASE("the lexicon used here lists none of these verbs", "[generalisation][actions]") {
  // The cases below test the unlisted path only while these verbs stay unlisted.
  for (const char* verb : {"tow", "evacuate", "dismantle"}) {
    CHECK(extract_test::lexicon()->actions_for_lemma(verb).empty());
  }
}

TEST_CASE("an unlisted verb with its own subject and object is an action of class other", "[generalisation][actions]") {
  const auto triples = extract("Vietnam towed the damaged trawler to port on Tuesday.");
  const auto* towed = find_action(triples, "other");
  REQUIRE(towed != nullptr);
  CHECK(towed->action.lemma == "tow");
  CHECK(towed->action.cameo.empty());  // CAMEO has no code for "anything else"
  CHECK(towed->actor.id == "vietnam");
  REQUIRE(towed->issue.has_value());
  CHECK(contains(towed->issue->text, "trawler"));
}

TEST_CASE("an unlisted verb's by-agent is its actor", "[generalisation][actions]") {
  const auto triples = extract("About 300 families were evacuated by Thailand before the storm.");
  const auto* evacuated = find_action(triples, "other");
  REQUIRE(evacuated != nullptr);
  CHECK(evacuated->action.lemma == "evacuate");
  CHECK(evacuated->actor.id == "thailand");
  REQUIRE(evacuated->issue.has_value());
  CHECK(contains(evacuated->issue->text, "families"));
}

TEST_CASE("verbs of being, having and undergoing state no action", "[generalisation][actions]") {
  CHECK(extract_test::lexicon()->is_stative("remain"));
  CHECK(extract_test::lexicon()->is_stative("Face"));
  CHECK_FALSE(extract_test::lexicon()->is_stative("lay"));
  CHECK(find_action(extract("Pakistan has a long border with Iran."), "other") == nullptr);
  CHECK(find_action(extract("Nepal faces the same arithmetic in parliament."), "other") == nullptr);
  CHECK(find_action(extract("Turkey remained the largest buyer of the gas."), "other") == nullptr);
}

TEST_CASE("an unlisted verb whose subject comes through another clause gives nothing", "[generalisation][actions]") {
  // "dismantled" would inherit Pakistan from "condemned", a reading too often wrong.
  const auto triples = extract("Pakistan condemned the attack and dismantled the checkpoint.");
  CHECK(find_action(triples, "criticize") != nullptr);
  CHECK(find_action(triples, "other") == nullptr);
  // With its own subject the same verb is reported.
  const auto own = extract("Pakistan condemned the attack, and the army dismantled the checkpoint.");
  const auto* dismantled = find_action(own, "other");
  REQUIRE(dismantled != nullptr);
  CHECK(dismantled->action.lemma == "dismantle");
}

TEST_CASE("a headline in capitals takes no unlisted verb on the tagger's word", "[generalisation][actions]") {
  // The same parse in both casings, given, so that only the casing differs.
  auto headline = [](const std::string& actor, const std::string& verb, const std::string& object) {
    return extract_test::extract_parsed({{actor, "PROPN", "NNP", "Vietnam", 2, "nsubj"},
                                         {verb, "VERB", "VBZ", "tow", 0, "root"},
                                         {"damaged", "ADJ", "JJ", "damaged", 4, "amod"},
                                         {object, "NOUN", "NN", "trawler", 2, "obj"}});
  };
  CHECK(find_action(headline("Vietnam", "tows", "trawler"), "other") != nullptr);
  CHECK(find_action(headline("VIETNAM", "TOWS", "TRAWLER"), "other") == nullptr);
}

TEST_CASE("unlisted actions can be switched off", "[generalisation][actions]") {
  const std::string text = "Vietnam towed the damaged trawler to port on Tuesday.";
  REQUIRE(find_action(extract(text), "other") != nullptr);
  CHECK(find_action(extract_listed_only(text), "other") == nullptr);
  // Listed actions are unaffected.
  CHECK(find_action(extract_listed_only("Pakistan condemned the attack on its embassy."), "criticize") != nullptr);
}
