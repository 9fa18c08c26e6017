#include <catch2/catch.hpp>

#include "issuegraph/base/error.hpp"
#include "issuegraph/io/json_schema.hpp"

using namespace issuegraph;

TEST_CASE("json parse errors name the source, line and column", "[json]") {
  CHECK_THROWS_WITH(parse_json("{\n  \"a\": [1,\n}", "lexicon.json"),
                    Catch::Matchers::Contains("lexicon.json:3:") &&
                        Catch::Matchers::Contains("malformed JSON"));
}

TEST_CASE("schema violations name the JSON pointer and what was expected", "[json]") {
  JsonSchema schema("triple.schema.json");
  auto good = parse_json(
      R"({"doc":"d","sentence":0,"evidence":"E.","actor":{"id":"a","label":"A","type":"person",)"
      R"("mention":"A"},"action":{"lemma":"say","class":"make_statement","text":"said","negated":false},)"
      R"("issue":null,"target":{"id":"b","label":"B","type":"country","mention":"B"},"confidence":0.5})",
      "good");
  CHECK_NOTHROW(schema.validate(good, "good"));

  auto bad = parse_json(
      R"({"doc":"d","sentence":0,"evidence":"E.","actor":{"id":"a","label":"A","type":"person",)"
      R"("mention":"A"},"action":{"lemma":"say","class":"make_statement","text":"said","negated":"no"},)"
      R"("issue":null,"target":null,"confidence":0.5})",
      "bad");
  try {
    schema.validate(bad, "out.jsonl:3");
    FAIL("expected a schema error");
  } catch (const SchemaError& e) {
    CHECK(e.pointer() == "/action/negated");
    CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("out.jsonl:3: /action/negated") &&
                                          Catch::Matchers::Contains("boolean"));
  }
  CHECK_THROWS_AS(JsonSchema("no-such.schema.json"), Error);
}
