#include <catch2/catch.hpp>

#include "issuegraph/extract/triple_json.hpp"
#include "issuegraph/io/json_schema.hpp"

using namespace issuegraph;

namespace {

Triple sample_triple() {
  Triple t;
  t.doc = "article-1";
  t.sentence = 4;
  t.evidence = "The minister said \"no\"\tto the plan.";
  t.actor = {"ana_ruiz", "Ana Ruiz", "person", "the minister"};
  t.action = {"reject", "reject", "said \"no\" to", "120", true};
  t.issue = IssueRef{"plan", "Plan", "the plan"};
  t.confidence = 0.816;
  return t;
}

}  // namespace

TEST_CASE("triple JSON follows the record contract and validates", "[triple]") {
  std::string line = triple_to_json(sample_triple());
  CHECK(line.rfind(R"({"doc":"article-1","sentence":4,"evidence":)", 0) == 0);
  CHECK_THAT(line, Catch::Matchers::Contains(R"("target":null)"));
  CHECK_THAT(line, Catch::Matchers::Contains(R"("confidence":0.82)"));
  CHECK_THAT(line, Catch::Matchers::Contains(R"("negated":true,"cameo":"120")"));
  auto json = parse_json(line, "line");
  CHECK_NOTHROW(JsonSchema("triple.schema.json").validate(json, "line"));
}

TEST_CASE("triple JSON reads back what it wrote", "[triple]") {
  Triple original = sample_triple();
  auto json = parse_json(triple_to_json(original), "line");
  Triple back = triple_from_json(json, "line");
  CHECK(back.evidence == original.evidence);
  CHECK(back.actor.mention == "the minister");
  CHECK(back.action.negated);
  REQUIRE(back.issue);
  CHECK(back.issue->id == "plan");
  CHECK_FALSE(back.target);
  CHECK(triple_to_json(back) == triple_to_json(original));
}

TEST_CASE("triple TSV keeps one record per line", "[triple]") {
  std::string row = triple_to_tsv(sample_triple());
  CHECK(row.find('\n') == std::string::npos);
  CHECK(std::count(row.begin(), row.end(), '\t') == 8);
}
