// Tests of the lexicon loader and lookups: the fixture lexicons under tests/data/lexicons pin the
// semantics (merging, rule matching, errors); the shipped data/lexicons is checked for coverage
// and for the lookups the extractor relies on.
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/extract/lexicon.hpp"

using issuegraph::ActorEntry;
using issuegraph::Lexicon;

namespace {

const std::string kFixtures = std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/lexicons/";

// Loaded once: the shipped lexicon is read by many tests and loading validates four schemas.
const Lexicon& shipped() {
  static const Lexicon lexicon = Lexicon::load_default(ISSUEGRAPH_DATA_DIR);
  return lexicon;
}

Lexicon fixture() { return Lexicon::load_directory(kFixtures + "good"); }

std::string id_or_empty(const ActorEntry* entry) { return entry ? entry->id : ""; }

std::string issue_id(const Lexicon& lex, const std::vector<std::string>& lemmas) {
  const auto* issue = lex.match_issue(lemmas);
  return issue ? issue->id : "";
}

// The message of the error a merge of `dir` throws, or "" when it does not throw.
template <typename ErrorType>
std::string merge_error(const std::string& dir) {
  Lexicon lex = fixture();
  try {
    lex.merge_directory(kFixtures + dir);
  } catch (const ErrorType& e) {
    return e.what();
  }
  return "";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Normalisation

TEST_CASE("lexicon keys ignore case, periods, accents, curly quotes and spacing", "[lexicon]") {
  using issuegraph::normalize_lexicon_key;
  CHECK(normalize_lexicon_key("U.S.") == "us");
  CHECK(normalize_lexicon_key("  White   House ") == "white house");
  CHECK(normalize_lexicon_key("Élysée Palace") == "elysee palace");
  CHECK(normalize_lexicon_key("Erdoğan") == "erdogan");
  CHECK(normalize_lexicon_key("People\xE2\x80\x99s Republic of China") ==
        "people's republic of china");
  CHECK(normalize_lexicon_key("Guinea\xE2\x80\x93" "Bissau") == "guinea-bissau");
  CHECK(normalize_lexicon_key("The Hague") == "hague");
  CHECK(normalize_lexicon_key("the") == "the");
}

// ---------------------------------------------------------------------------------------------
// Fixture lexicon: exact semantics

TEST_CASE("lexicon resolves names, demonyms, capitals and institutions", "[lexicon]") {
  Lexicon lex = fixture();
  CHECK(id_or_empty(lex.actor_by_name("republic of freedonia")) == "freedonia");
  CHECK(id_or_empty(lex.actor_by_name("Rufus T Firefly")) == "rufus_firefly");
  CHECK(id_or_empty(lex.actor_by_name("L.o.S.")) == "league_of_states");
  CHECK(id_or_empty(lex.country_by_demonym("FREEDONIAN")) == "freedonia");
  CHECK(id_or_empty(lex.country_by_capital("Sylvan  City")) == "sylvania");
  CHECK(id_or_empty(lex.actor_by_institution("the Blue Palace")) == "freedonia");
  // Each kind of name has its own table: a capital is not an actor name.
  CHECK(lex.actor_by_name("Fredville") == nullptr);
  CHECK(lex.country_by_demonym("Freedonia") == nullptr);
  CHECK(id_or_empty(lex.actor_by_id("sylvania")) == "sylvania");
  CHECK(lex.actor_by_id("Sylvania") == nullptr);
  CHECK(lex.max_name_words() == 3);
}

TEST_CASE("lexicon keeps person details and role nouns", "[lexicon]") {
  Lexicon lex = fixture();
  const ActorEntry* firefly = lex.actor_by_id("rufus_firefly");
  REQUIRE(firefly != nullptr);
  CHECK(firefly->type == "person");
  CHECK(firefly->country == "freedonia");
  CHECK(firefly->gender == "male");
  CHECK(firefly->roles == std::vector<std::string>{"Prime Minister"});
  REQUIRE(lex.role_noun("official") != nullptr);
  CHECK(lex.role_noun("official")->type == "person");
  REQUIRE(lex.role_noun("foreign ministry") != nullptr);
  CHECK(lex.role_noun("foreign ministry")->type == "organization");
  CHECK(lex.role_noun("ministry") == nullptr);
}

TEST_CASE("lexicon lists every predicate of a head lemma in file order", "[lexicon]") {
  Lexicon lex = fixture();
  auto raise = lex.actions_for_lemma("Raise");
  REQUIRE(raise.size() == 2);
  CHECK(raise[0]->object == "concern");
  CHECK(raise[0]->action_class == "express_concern");
  CHECK(raise[0]->display == "raise concern");
  CHECK(raise[1]->object == "question");
  // A missing display is built from lemma, object and particle.
  CHECK(raise[1]->display == "raise question");
  auto concerned = lex.actions_for_lemma("concerned");
  REQUIRE(concerned.size() == 1);
  CHECK(concerned[0]->pos == "adj");
  CHECK(concerned[0]->particle == "about");
  CHECK(concerned[0]->display == "concerned about");
  auto say = lex.actions_for_lemma("say");
  REQUIRE(say.size() == 1);
  CHECK(say[0]->speech);
  CHECK_FALSE(raise[0]->speech);
  CHECK(lex.actions_for_lemma("teleport").empty());
  REQUIRE(lex.action_class("express_concern") != nullptr);
  CHECK(lex.action_class("express_concern")->cameo == "110");
  CHECK(lex.action_class("threaten") == nullptr);
}

TEST_CASE("issue rules match by prefix, exact term and consecutive words", "[lexicon]") {
  Lexicon lex = fixture();
  CHECK(issue_id(lex, {"wheat", "price"}) == "grain");
  // Prefix: "export" matches "exports"; a lemma is lowercased before matching.
  CHECK(issue_id(lex, {"Grain", "exports"}) == "grain_exports");
  // "=tea" is exact: "team" is not tea.
  CHECK(issue_id(lex, {"tea"}) == "tea");
  CHECK(issue_id(lex, {"team"}).empty());
  // Words of a multi-word term must be adjacent and in order.
  CHECK(issue_id(lex, {"the", "Black", "Sea", "coast"}) == "black_sea");
  CHECK(issue_id(lex, {"sea", "black"}).empty());
  CHECK(issue_id(lex, {"black", "and", "sea"}).empty());
  CHECK(issue_id(lex, {}).empty());
}

TEST_CASE("issue matching prefers priority, then more groups, then file order", "[lexicon]") {
  Lexicon lex = fixture();
  // grain (priority 0) and grain_exports (2) both match: priority wins.
  CHECK(issue_id(lex, {"grain", "export"}) == "grain_exports");
  // grain_exports and grain_ships both have priority 2; grain_ships has three groups.
  CHECK(issue_id(lex, {"grain", "export", "ship", "port"}) == "grain_ships");
  // "=port" does not take "portion", so only grain_exports is left.
  CHECK(issue_id(lex, {"grain", "export", "ship", "portion"}) == "grain_exports");
}

// ---------------------------------------------------------------------------------------------
// Overrides

TEST_CASE("merging a user directory replaces entries by id and adds new ones", "[lexicon]") {
  Lexicon lex = fixture();
  const std::size_t actors_before = lex.actors().size();
  const std::size_t actions_before = lex.actions().size();
  lex.merge_directory(kFixtures + "override");

  // sylvania replaced in place: new capital and demonym, old capital gone, no duplicate.
  CHECK(lex.actors().size() == actors_before + 1);
  CHECK(lex.actors()[1].id == "sylvania");
  CHECK(id_or_empty(lex.country_by_capital("New Sylvan City")) == "sylvania");
  CHECK(lex.country_by_capital("Sylvan City") == nullptr);
  CHECK(id_or_empty(lex.country_by_demonym("Sylvan")) == "sylvania");
  // The added person refers to a country of the base lexicon.
  CHECK(id_or_empty(lex.actor_by_name("Trentino")) == "trentino");
  // Untouched entries survive.
  CHECK(id_or_empty(lex.actor_by_name("Freedonia")) == "freedonia");

  // (lemma, pos, object, particle) equal: "say" replaced; "threaten" added with its new class.
  CHECK(lex.actions().size() == actions_before + 1);
  auto say = lex.actions_for_lemma("say");
  REQUIRE(say.size() == 1);
  CHECK(say[0]->display == "state");
  CHECK_FALSE(say[0]->speech);
  auto threaten = lex.actions_for_lemma("threaten");
  REQUIRE(threaten.size() == 1);
  REQUIRE(lex.action_class(threaten[0]->action_class) != nullptr);
  CHECK(lex.action_class("threaten")->cameo == "130");
  // Files absent from the override keep the base data.
  CHECK(issue_id(lex, {"tea"}) == "tea");
  // Stative verbs are added to, not replaced, and compared in lower case.
  CHECK(lex.is_stative("have"));
  CHECK(lex.is_stative("resemble"));
  CHECK_FALSE(lex.is_stative("say"));
}

TEST_CASE("merging a directory that does not exist is an input error", "[lexicon]") {
  Lexicon lex = fixture();
  CHECK_THROWS_AS(lex.merge_directory(kFixtures + "no_such_dir"), issuegraph::InputError);
}

// ---------------------------------------------------------------------------------------------
// Broken lexicons: each error names the file and where in it

TEST_CASE("a lexicon directory without all four files is an input error", "[lexicon]") {
  try {
    Lexicon::load_directory(kFixtures + "incomplete");
    FAIL("no error for a missing actions.json");
  } catch (const issuegraph::InputError& e) {
    CHECK_THAT(e.what(), Catch::Matchers::Contains("incomplete/actions.json"));
    CHECK_THAT(e.what(), Catch::Matchers::Contains("missing"));
  }
}

TEST_CASE("a field of the wrong type is a schema error naming file and pointer", "[lexicon]") {
  std::string message = merge_error<issuegraph::SchemaError>("broken_type");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_type/actors.json: /actors/0/aliases"));
  CHECK_THAT(message, Catch::Matchers::Contains("expected \"array\""));
}

TEST_CASE("a missing required field is a schema error naming file and pointer", "[lexicon]") {
  std::string message = merge_error<issuegraph::SchemaError>("broken_required");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_required/issues.json: /issues/1"));
  CHECK_THAT(message, Catch::Matchers::Contains("label"));
}

TEST_CASE("an id that is not snake_case ASCII is a schema error", "[lexicon]") {
  std::string message = merge_error<issuegraph::SchemaError>("broken_id");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_id/actors.json: /actors/0/id"));
  CHECK_THAT(message, Catch::Matchers::Contains("pattern"));
}

TEST_CASE("a misspelt field name is a schema error, not silently ignored", "[lexicon]") {
  std::string message = merge_error<issuegraph::SchemaError>("broken_property");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_property/actors.json: /actors/0/alias"));
}

TEST_CASE("a stative verb that is not a string is a schema error", "[lexicon]") {
  std::string message = merge_error<issuegraph::SchemaError>("broken_stative");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_stative/actions.json: /stative/1"));
}

TEST_CASE("an action naming an undefined class is an input error", "[lexicon]") {
  std::string message = merge_error<issuegraph::InputError>("broken_class");
  // The pointer is the index inside the override file, not in the merged lexicon.
  CHECK_THAT(message, Catch::Matchers::Contains("broken_class/actions.json: /actions/0/class"));
  CHECK_THAT(message, Catch::Matchers::Contains("teleport"));
}

TEST_CASE("malformed lexicon JSON is an input error with line and column", "[lexicon]") {
  std::string message = merge_error<issuegraph::InputError>("broken_json");
  // The stray comma ends line 2; the parser stops at the "]" on line 3.
  CHECK_THAT(message, Catch::Matchers::Contains("broken_json/roles.json:3:"));
  CHECK_THAT(message, Catch::Matchers::Contains("malformed JSON"));
}

TEST_CASE("a duplicate id inside one file is an input error", "[lexicon]") {
  std::string message = merge_error<issuegraph::InputError>("broken_duplicate");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_duplicate/actors.json: /actors/1/id"));
  CHECK_THAT(message, Catch::Matchers::Contains("sylvania"));
}

TEST_CASE("a person's country must be the id of a country", "[lexicon]") {
  std::string message = merge_error<issuegraph::InputError>("broken_country");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_country/actors.json: /actors/0/country"));
  CHECK_THAT(message, Catch::Matchers::Contains("atlantis"));
}

TEST_CASE("an override may not turn a country that people belong to into something else",
          "[lexicon]") {
  std::string message = merge_error<issuegraph::InputError>("broken_retype");
  CHECK_THAT(message, Catch::Matchers::Contains("broken_retype/actors.json"));
  CHECK_THAT(message, Catch::Matchers::Contains("rufus_firefly"));
}

TEST_CASE("a failed merge leaves the lexicon unchanged", "[lexicon]") {
  Lexicon lex = fixture();
  // broken_class adds a class-less action; broken_retype replaces freedonia before failing.
  CHECK_THROWS_AS(lex.merge_directory(kFixtures + "broken_class"), issuegraph::InputError);
  CHECK_THROWS_AS(lex.merge_directory(kFixtures + "broken_retype"), issuegraph::InputError);
  CHECK(lex.actions_for_lemma("teleport").empty());
  REQUIRE(lex.actor_by_id("freedonia") != nullptr);
  CHECK(lex.actor_by_id("freedonia")->type == "country");
  CHECK(id_or_empty(lex.country_by_capital("Fredville")) == "freedonia");
}

// ---------------------------------------------------------------------------------------------
// Shipped lexicon

TEST_CASE("shipped lexicon loads and covers the world", "[lexicon]") {
  const Lexicon& lex = shipped();
  std::size_t countries = 0, people = 0, organisations = 0;
  for (const auto& actor : lex.actors()) {
    countries += actor.type == "country";
    people += actor.type == "person";
    organisations += actor.type == "organization" || actor.type == "group";
  }
  CHECK(countries >= 200);
  CHECK(people >= 120);
  CHECK(organisations >= 60);
  CHECK(lex.role_nouns().size() >= 80);
  CHECK(lex.action_classes().size() >= 20);
  CHECK(lex.actions().size() >= 400);
  CHECK(lex.issues().size() >= 100);
}

TEST_CASE("shipped lexicon knows countries of every continent", "[lexicon]") {
  const Lexicon& lex = shipped();
  struct Case { const char* name; const char* demonym; const char* capital; const char* id; };
  const Case cases[] = {
      {"Brazil", "Brazilian", "Brasilia", "brazil"},
      {"Ivory Coast", "Ivorian", "Abidjan", "cote_d_ivoire"},
      {"DRC", "Congolese", "Kinshasa", "dr_congo"},
      {"Burma", "Burmese", "Naypyitaw", "myanmar"},
      {"Türkiye", "Turkish", "Ankara", "turkey"},
      {"UAE", "Emirati", "Abu Dhabi", "united_arab_emirates"},
      {"Britain", "British", "London", "united_kingdom"},
      {"Kingdom of Saudi Arabia", "Saudi", "Riyadh", "saudi_arabia"},
      {"the Philippines", "Filipino", "Manila", "philippines"},
      {"New Zealand", "New Zealander", "Wellington", "new_zealand"},
      {"Holy See", "Vatican", "Vatican City", "holy_see"},
      {"North Korea", "North Korean", "Pyongyang", "north_korea"},
      {"Czechia", "Czech", "Prague", "czech_republic"},
      {"Eswatini", "Swazi", "Mbabane", "eswatini"},
      {"Kosovo", "Kosovar", "Pristina", "kosovo"},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(id_or_empty(lex.actor_by_name(c.name)) == c.id);
    CHECK(id_or_empty(lex.country_by_demonym(c.demonym)) == c.id);
    CHECK(id_or_empty(lex.country_by_capital(c.capital)) == c.id);
  }
}

TEST_CASE("shipped lexicon resolves the lookups the extractor relies on", "[lexicon]") {
  const Lexicon& lex = shipped();
  CHECK(id_or_empty(lex.actor_by_name("u.s.")) == "united_states");
  CHECK(id_or_empty(lex.actor_by_name("U.S.")) == "united_states");
  CHECK(id_or_empty(lex.actor_by_name("United States of America")) == "united_states");
  CHECK(id_or_empty(lex.country_by_demonym("Chinese")) == "china");
  CHECK(id_or_empty(lex.country_by_demonym("chinese")) == "china");
  CHECK(id_or_empty(lex.country_by_capital("Kyiv")) == "ukraine");
  CHECK(id_or_empty(lex.country_by_capital("Kiev")) == "ukraine");
  CHECK(id_or_empty(lex.country_by_capital("The Hague")) == "netherlands");
  CHECK(id_or_empty(lex.actor_by_institution("Kremlin")) == "russia");
  CHECK(id_or_empty(lex.actor_by_institution("the White House")) == "united_states");
  CHECK(id_or_empty(lex.actor_by_institution("Elysee")) == "france");
  CHECK(id_or_empty(lex.actor_by_institution("Downing Street")) == "united_kingdom");
  CHECK(id_or_empty(lex.actor_by_name("Antony J. Blinken")) == "antony_blinken");
  CHECK(id_or_empty(lex.actor_by_name("Zelenskyy")) == "volodymyr_zelensky");
  CHECK(id_or_empty(lex.actor_by_name("Recep Tayyip Erdoğan")) == "recep_tayyip_erdogan");
  CHECK(id_or_empty(lex.actor_by_name("U.N.")) == "united_nations");
  CHECK(id_or_empty(lex.actor_by_name("Houthi rebels")) == "houthis");
  // Blocs have demonyms too: "European officials" speak for the EU.
  CHECK(id_or_empty(lex.country_by_demonym("European")) == "european_union");
  const ActorEntry* blinken = lex.actor_by_id("antony_blinken");
  REQUIRE(blinken != nullptr);
  CHECK(blinken->country == "united_states");
  CHECK(blinken->gender == "male");
  REQUIRE(lex.actor_by_id("hamas") != nullptr);
  CHECK(lex.actor_by_id("hamas")->type == "group");
}

TEST_CASE("shipped names that are English words only match with their case", "[lexicon]") {
  const Lexicon& lex = shipped();
  CHECK(id_or_empty(lex.actor_by_name("US")) == "united_states");
  CHECK(lex.actor_by_name("us") == nullptr);
  CHECK(id_or_empty(lex.actor_by_name("WHO")) == "who");
  CHECK(lex.actor_by_name("who") == nullptr);
  CHECK(id_or_empty(lex.actor_by_name("IS")) == "islamic_state");
  CHECK(lex.actor_by_name("is") == nullptr);
  CHECK(id_or_empty(lex.actor_by_name("Fed")) == "federal_reserve");
  CHECK(lex.actor_by_name("fed") == nullptr);
  CHECK(id_or_empty(lex.actor_by_name("Shell")) == "shell");
  CHECK(lex.actor_by_name("shell") == nullptr);
  CHECK(id_or_empty(lex.country_by_demonym("Western")) == "the_west");
  CHECK(lex.country_by_demonym("western") == nullptr);
}

TEST_CASE("every shipped name leads back to its own actor", "[lexicon]") {
  // Two actors sharing a name would make one of them unreachable; the data must have none.
  const Lexicon& lex = shipped();
  for (const auto& actor : lex.actors()) {
    INFO(actor.id);
    CHECK(lex.actor_by_name(actor.label) == &actor);
    for (const auto& name : actor.aliases) {
      INFO(name);
      CHECK(lex.actor_by_name(name) == &actor);
    }
    for (const auto& name : actor.demonyms) CHECK(lex.country_by_demonym(name) == &actor);
    for (const auto& name : actor.capitals) CHECK(lex.country_by_capital(name) == &actor);
    for (const auto& name : actor.institutions) CHECK(lex.actor_by_institution(name) == &actor);
  }
}

TEST_CASE("shipped actor ids and issue ids never coincide", "[lexicon]") {
  const Lexicon& lex = shipped();
  for (const auto& issue : lex.issues()) {
    INFO(issue.id);
    CHECK(lex.actor_by_id(issue.id) == nullptr);
  }
  // A region is found before the shorter country name inside it.
  CHECK(id_or_empty(lex.actor_by_name("Latin America")) == "latin_america");
  CHECK(id_or_empty(lex.country_by_demonym("Latin American")) == "latin_america");
}

TEST_CASE("every shipped action names a class with a CAMEO code", "[lexicon]") {
  const Lexicon& lex = shipped();
  std::set<std::string> used;
  for (const auto& action : lex.actions()) {
    INFO(action.display);
    const auto* cls = lex.action_class(action.action_class);
    REQUIRE(cls != nullptr);
    CHECK_FALSE(action.display.empty());
    used.insert(cls->id);
  }
  for (const auto& cls : lex.action_classes()) {
    INFO(cls.id);
    CHECK(cls.cameo.size() >= 3);
    CHECK(used.count(cls.id) == 1);  // no class without a predicate
  }
}

TEST_CASE("shipped predicates cover light verbs, particles and both spellings", "[lexicon]") {
  const Lexicon& lex = shipped();
  auto find = [&](const char* lemma, const char* pos, const char* object,
                  const char* particle) -> std::string {
    for (const auto* a : lex.actions_for_lemma(lemma)) {
      if (a->pos == pos && a->object == object && a->particle == particle) return a->action_class;
    }
    return "";
  };
  CHECK(find("raise", "verb", "concern", "") == "express_concern");
  CHECK(find("voice", "verb", "apprehension", "") == "express_concern");
  CHECK(find("concerned", "adj", "", "") == "express_concern");
  CHECK(find("call", "verb", "", "on") == "appeal");
  CHECK(find("push", "verb", "", "for") == "appeal");
  CHECK(find("rule", "verb", "", "out") == "reject");
  CHECK(find("criticize", "verb", "", "") == "criticize");
  CHECK(find("criticise", "verb", "", "") == "criticize");
  CHECK(find("apologise", "verb", "", "") == "apologize");
  CHECK(find("warn", "verb", "", "") == "warn");
  CHECK(find("warning", "noun", "", "") == "warn");
  CHECK(find("impose", "verb", "sanction", "") == "sanction");
  CHECK(find("make", "verb", "clear", "") == "make_statement");
  CHECK(find("accuse", "verb", "", "") == "accuse");
  CHECK(find("deny", "verb", "", "") == "deny");
  CHECK(find("hold", "verb", "talk", "") == "meet");
  CHECK(find("hold", "verb", "talks", "") == "meet");
  CHECK(find("deploy", "verb", "", "") == "show_force");
  bool say_is_speech = false;
  for (const auto* a : lex.actions_for_lemma("say")) say_is_speech |= a->speech;
  CHECK(say_is_speech);
}

TEST_CASE("shipped issues recognise common diplomatic topics", "[lexicon]") {
  const Lexicon& lex = shipped();
  CHECK(issue_id(lex, {"china", "'s", "support", "for", "russia"}) == "russia_support");
  CHECK(issue_id(lex, {"Moscow", "'s", "war", "machine"}) == "russia_support");
  CHECK(issue_id(lex, {"the", "war", "in", "Ukraine"}) == "ukraine_war");
  CHECK(issue_id(lex, {"the", "South", "China", "Sea"}) == "south_china_sea");
  CHECK(issue_id(lex, {"artificial", "intelligence"}) == "ai_governance");
  CHECK(issue_id(lex, {"AI", "risk"}) == "ai_governance");
  CHECK(issue_id(lex, {"fentanyl", "flow"}) == "fentanyl");
  CHECK(issue_id(lex, {"Iran", "'s", "nuclear", "programme"}) == "iran_nuclear");
  CHECK(issue_id(lex, {"Houthi", "attack", "on", "ship"}) == "red_sea_shipping");
  CHECK(issue_id(lex, {"industrial", "overcapacity"}) == "overcapacity");
  CHECK(issue_id(lex, {"climate", "change"}) == "climate");
  CHECK(issue_id(lex, {"bilateral", "relation"}) == "bilateral_relations");
  CHECK(issue_id(lex, {"military", "communication"}) == "military_communication");
  // Lemmas are singular, so terms are too: "rights", "women", "casualties" must still match.
  CHECK(issue_id(lex, {"human", "right", "abuse"}) == "human_rights");
  CHECK(issue_id(lex, {"woman", "'s", "right"}) == "gender_equality");
  CHECK(issue_id(lex, {"civilian", "casualty"}) == "civilian_casualties");
  CHECK(issue_id(lex, {"arm", "sale", "to", "Taiwan"}) == "taiwan_arms");
  // "ai" is exact and "war" is exact: "aide" and "warn" name no such issue.
  CHECK(issue_id(lex, {"aide"}) != "ai_governance");
  CHECK(issue_id(lex, {"ukraine", "warn"}) != "ukraine_war");
  CHECK(issue_id(lex, {"a", "sunny", "afternoon"}).empty());
}

TEST_CASE("loading the shipped lexicon twice gives the same order", "[lexicon]") {
  Lexicon again = Lexicon::load_default(ISSUEGRAPH_DATA_DIR);
  const Lexicon& lex = shipped();
  REQUIRE(again.actors().size() == lex.actors().size());
  for (std::size_t i = 0; i < lex.actors().size(); ++i) {
    CHECK(again.actors()[i].id == lex.actors()[i].id);
  }
  REQUIRE(again.actions().size() == lex.actions().size());
  CHECK(again.actions().back().display == lex.actions().back().display);
}

TEST_CASE("action classes carry their mutual and urges flags from the data", "[lexicon]") {
  const Lexicon& lex = shipped();
  REQUIRE(lex.action_class("meet") != nullptr);
  CHECK(lex.action_class("meet")->mutual);
  CHECK_FALSE(lex.action_class("meet")->urges);
  REQUIRE(lex.action_class("appeal") != nullptr);
  CHECK(lex.action_class("appeal")->urges);
  CHECK_FALSE(lex.action_class("appeal")->mutual);
  REQUIRE(lex.action_class("criticize") != nullptr);
  CHECK_FALSE(lex.action_class("criticize")->mutual);
  CHECK_FALSE(lex.action_class("criticize")->urges);
}

TEST_CASE("no shipped issue rule can fire on one word through two of its groups", "[lexicon]") {
  // A term in two groups (or a prefix of a term in another group) satisfies both at once, so the
  // rule would match that single word: "keep" alone once meant "Keeping commitments".
  auto prefix = [](const std::string& a, const std::string& b) { return a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0; };
  for (const auto& issue : shipped().issues()) {
    for (const auto& rule : issue.rules) {
      for (std::size_t a = 0; a < rule.size(); ++a) {
        for (std::size_t b = a + 1; b < rule.size(); ++b) {
          for (const auto& x : rule[a]) {
            for (const auto& y : rule[b]) {
              INFO(issue.id << ": '" << x << "' and '" << y << "'");
              CHECK_FALSE(prefix(x, y));
            }
          }
        }
      }
    }
  }
}
