// The second reading: a verbal predicate of the lexicon that gives no triple in the first parse is
// read again in the parser's other readings (issuegraph::OtherReadings). The parses here
// are made by hand, so that each test says which reading holds what.
#include <catch2/catch.hpp>

#include "extract_test_support.hpp"
#include "issuegraph/parser/dependency_parser.hpp"

namespace {

using extract_test::ParsedWord;

using extract_test::sentence_of;

struct Run {
  std::vector<issuegraph::Triple> triples;
  int asked = 0;  // how often the extractor asked for other readings
  std::vector<int> focus;  // the words it last asked them for
};

// Extracts from `first` with `others` as the parser's other readings (none when empty).
Run extract_with_readings(const issuegraph::Sentence& first, const std::vector<issuegraph::Sentence>& others,
                          bool offer_readings = true) {
  Run run;
  issuegraph::OtherReadings readings;
  if (offer_readings) {
    readings = [&](const issuegraph::Sentence&, const std::vector<int>& words) {
      ++run.asked;
      run.focus = words;
      return others;
    };
  }
  const issuegraph::Document doc = extract_test::document(first.text);
  run.triples = issuegraph::make_extractor(extract_test::lexicon(), {})->extract(doc, {first}, readings);
  return run;
}

bool has_triple(const std::vector<issuegraph::Triple>& triples, const std::string& actor, const std::string& action_class) {
  return std::any_of(triples.begin(), triples.end(), [&](const issuegraph::Triple& t) {
    return t.actor.id == actor && t.action.action_class == action_class;
  });
}

// "Chile said the talks had failed ." read with "Chile" as the subject of "failed" and "talks"
// as what was said: "said" has no subject and gives nothing.
const std::vector<ParsedWord> kSubjectLost = {
    {"Chile", "PROPN", "NNP", "Chile", 6, "nsubj"}, {"said", "VERB", "VBD", "say", 0, "root"},
    {"the", "DET", "DT", "the", 4, "det"},          {"talks", "NOUN", "NNS", "talk", 2, "obj"},
    {"had", "AUX", "VBD", "have", 6, "aux"},        {"failed", "VERB", "VBN", "fail", 4, "acl"},
    {".", "PUNCT", ".", ".", 2, "punct"}};
const std::vector<ParsedWord> kSubjectFound = {
    {"Chile", "PROPN", "NNP", "Chile", 2, "nsubj"}, {"said", "VERB", "VBD", "say", 0, "root"},
    {"the", "DET", "DT", "the", 4, "det"},          {"talks", "NOUN", "NNS", "talk", 6, "nsubj"},
    {"had", "AUX", "VBD", "have", 6, "aux"},        {"failed", "VERB", "VBN", "fail", 2, "ccomp"},
    {".", "PUNCT", ".", ".", 2, "punct"}};

}  // namespace

TEST_CASE("a predicate with no triple in the first parse takes one from another reading", "[second_reading]") {
  const issuegraph::Sentence first = sentence_of(kSubjectLost);
  const issuegraph::Sentence other = sentence_of(kSubjectFound);
  const Run without = extract_with_readings(first, {}, false);
  CHECK_FALSE(has_triple(without.triples, "chile", "make_statement"));
  const Run with = extract_with_readings(first, {other});
  CHECK(with.asked == 1);
  // Readings are asked for that parse "said", the predicate that gave nothing, differently.
  CHECK(with.focus == std::vector<int>{1});
  CHECK(has_triple(with.triples, "chile", "make_statement"));
}

TEST_CASE("no other reading is asked for when every predicate gave a triple", "[second_reading]") {
  const Run run = extract_with_readings(sentence_of(kSubjectFound), {sentence_of(kSubjectLost)});
  CHECK(run.asked == 0);
  CHECK(has_triple(run.triples, "chile", "make_statement"));
}

TEST_CASE("a reading that gives the fruitless predicate nothing adds nothing", "[second_reading]") {
  const issuegraph::Sentence first = sentence_of(kSubjectLost);
  const Run alone = extract_with_readings(first, {}, false);
  const Run run = extract_with_readings(first, {first});
  CHECK(run.asked == 1);
  CHECK(run.triples.size() == alone.triples.size());
}

TEST_CASE("the second reading does not read a predicate inside a relative clause", "[second_reading]") {
  // "the envoy who Peru said had failed": in the other reading "said" heads a relative clause, and
  // a subject found there is most often the wrong one.
  std::vector<ParsedWord> relative = kSubjectFound;
  relative[1] = {"said", "VERB", "VBD", "say", 4, "acl:relcl"};
  relative[3] = {"talks", "NOUN", "NNS", "talk", 0, "root"};
  relative[5] = {"failed", "VERB", "VBN", "fail", 2, "ccomp"};
  relative[6] = {".", "PUNCT", ".", ".", 4, "punct"};
  relative[2] = {"the", "DET", "DT", "the", 4, "det"};
  const Run run = extract_with_readings(sentence_of(kSubjectLost), {sentence_of(relative)});
  CHECK(run.asked == 1);
  CHECK_FALSE(has_triple(run.triples, "chile", "make_statement"));
}

TEST_CASE("the first reading's triples are kept as they were", "[second_reading]") {
  // "Chile criticised Peru and said the talks had failed": "criticised" gives a triple in the
  // first parse, "said" none. The other reading gives "criticised" another object; the first
  // reading's triple stays.
  const std::vector<ParsedWord> first_words = {
      {"Chile", "PROPN", "NNP", "Chile", 2, "nsubj"},   {"criticised", "VERB", "VBD", "criticise", 0, "root"},
      {"Peru", "PROPN", "NNP", "Peru", 2, "obj"},       {"and", "CCONJ", "CC", "and", 5, "cc"},
      {"said", "VERB", "VBD", "say", 3, "conj"},        {"the", "DET", "DT", "the", 7, "det"},
      {"talks", "NOUN", "NNS", "talk", 5, "obj"},       {"had", "AUX", "VBD", "have", 9, "aux"},
      {"failed", "VERB", "VBN", "fail", 7, "acl"},      {".", "PUNCT", ".", ".", 2, "punct"}};
  std::vector<ParsedWord> other_words = first_words;
  other_words[2] = {"Peru", "PROPN", "NNP", "Peru", 2, "obl"};
  other_words[4] = {"said", "VERB", "VBD", "say", 2, "conj"};
  other_words[6] = {"talks", "NOUN", "NNS", "talk", 9, "nsubj"};
  other_words[8] = {"failed", "VERB", "VBN", "fail", 5, "ccomp"};
  const issuegraph::Sentence first = sentence_of(first_words);
  const Run alone = extract_with_readings(first, {}, false);
  REQUIRE(has_triple(alone.triples, "chile", "criticize"));
  const Run run = extract_with_readings(first, {sentence_of(other_words)});
  CHECK(has_triple(run.triples, "chile", "make_statement"));
  for (const issuegraph::Triple& t : alone.triples) {
    const bool kept = std::any_of(run.triples.begin(), run.triples.end(), [&](const issuegraph::Triple& u) {
      return u.actor.id == t.actor.id && u.action.text == t.action.text && u.target.has_value() == t.target.has_value() &&
             (!t.target || u.target->id == t.target->id);
    });
    CHECK(kept);
  }
}

TEST_CASE("with the shipped parser's readings the output only grows", "[second_reading]") {
  // The second reading adds triples; it never changes or removes what the first parse gave.
  const issuegraph::Document doc = extract_test::document(
      "Officials in Quito said on Monday the border would stay closed. "
      "\"We will not negotiate under threat,\" the interior minister, Rosa Paredes, told reporters. "
      "The opposition party, which lost the vote, accused the government of hiding the costs and said it "
      "would appeal. Union leaders warned that the strike could spread to the ports.");
  const std::vector<issuegraph::Sentence> sentences = extract_test::annotate(doc);
  const issuegraph::parser::DependencyParser& parser = extract_test::pipeline().parser();
  const auto extractor = issuegraph::make_extractor(extract_test::lexicon(), {});
  const auto plain = extractor->extract(doc, sentences);
  const auto reread =
      extractor->extract(doc, sentences, [&](const issuegraph::Sentence& s, const std::vector<int>&) { return parser.alternatives(s, 3); });
  CHECK(reread.size() >= plain.size());
  for (const issuegraph::Triple& t : plain) {
    const bool kept = std::any_of(reread.begin(), reread.end(), [&](const issuegraph::Triple& u) {
      return u.sentence == t.sentence && u.actor.id == t.actor.id && u.action.text == t.action.text &&
             u.issue.has_value() == t.issue.has_value() && (!t.issue || u.issue->text == t.issue->text);
    });
    CHECK(kept);
  }
}

TEST_CASE("a verb of saying with so after it is not read again", "[second_reading]") {
  // "Chile left after Peru said so ." : "said so" has its content, whatever "said" gave.
  const std::vector<ParsedWord> said_so = {
      {"Chile", "PROPN", "NNP", "Chile", 2, "nsubj"}, {"left", "VERB", "VBD", "leave", 0, "root"},
      {"after", "SCONJ", "IN", "after", 5, "mark"},  {"Peru", "PROPN", "NNP", "Peru", 5, "nsubj"},
      {"said", "VERB", "VBD", "say", 2, "advcl"},    {"so", "ADV", "RB", "so", 5, "advmod"},
      {".", "PUNCT", ".", ".", 2, "punct"}};
  const Run run = extract_with_readings(sentence_of(said_so), {sentence_of(said_so)});
  CHECK(run.asked == 0);
  // Without "so" the same verb is read again.
  std::vector<ParsedWord> said = said_so;
  said[5] = {"again", "ADV", "RB", "again", 5, "advmod"};
  CHECK(extract_with_readings(sentence_of(said), {sentence_of(said)}).asked == 1);
}
