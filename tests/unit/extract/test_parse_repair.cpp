// Repairs of trees that UD forbids, made on the extractor's copy of a parse.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "issuegraph/extract/parse_repair.hpp"

namespace {

struct Row {
  std::string form, upos, lemma;
  int head;
  std::string deprel;
  std::string xpos = "";  // only where a repair reads it
};

issuegraph::Sentence sentence_of(const std::vector<Row>& rows) {
  issuegraph::Sentence s;
  for (const Row& r : rows) {
    issuegraph::Token t;
    t.form = r.form;
    t.upos = r.upos;
    t.lemma = r.lemma;
    t.head = r.head;
    t.deprel = r.deprel;
    t.xpos = r.xpos;
    s.tokens.push_back(t);
  }
  return s;
}

}  // namespace

TEST_CASE("a full verb attached as an auxiliary becomes the head of its clause", "[parse-repair]") {
  const auto s = sentence_of({{"Officials", "NOUN", "official", 4, "nsubj"},
                              {"did", "AUX", "do", 4, "aux"},
                              {"not", "PART", "not", 4, "advmod"},
                              {"deny", "VERB", "deny", 5, "aux"},
                              {"sending", "VERB", "send", 0, "root"},
                              {"troops", "NOUN", "troop", 5, "obj"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[3].head == 0);
  CHECK(t[3].deprel == "root");
  CHECK(t[4].head == 4);
  CHECK(t[4].deprel == "xcomp");
  // What came before the verb belongs to it; what came after stays with the complement.
  CHECK(t[0].head == 4);
  CHECK(t[1].head == 4);
  CHECK(t[2].head == 4);
  CHECK(t[5].head == 5);
  // The input is untouched.
  CHECK(s.tokens[3].deprel == "aux");
}

TEST_CASE("real auxiliaries and sound parses are left alone", "[parse-repair]") {
  // "have" tagged VERB but an auxiliary lemma; "will" an AUX.
  const auto s = sentence_of({{"They", "PRON", "they", 3, "nsubj"},
                              {"have", "VERB", "have", 3, "aux"},
                              {"rejected", "VERB", "reject", 0, "root"},
                              {"it", "PRON", "it", 3, "obj"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
  const auto sound = sentence_of({{"Ghana", "PROPN", "Ghana", 3, "nsubj"},
                                  {"will", "AUX", "will", 3, "aux"},
                                  {"deny", "VERB", "deny", 0, "root"},
                                  {"it", "PRON", "it", 3, "obj"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(sound).has_value());
}

TEST_CASE("a capitalised word that is no English pronoun is a name", "[parse-repair]") {
  const auto s = sentence_of({{"Xi", "PRON", "xi", 3, "nsubj"},
                              {"will", "AUX", "will", 3, "aux"},
                              {"visit", "VERB", "visit", 0, "root"},
                              {"US", "PRON", "we", 3, "obj"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[0].upos == "PROPN");
  CHECK(repaired->tokens[0].lemma == "Xi");
  CHECK(repaired->tokens[3].upos == "PROPN");
  // Real pronouns keep their tag, capitalised or not; the heads are untouched.
  const auto pronouns = sentence_of({{"They", "PRON", "they", 2, "nsubj"},
                                     {"told", "VERB", "tell", 0, "root"},
                                     {"us", "PRON", "we", 2, "obj"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(pronouns).has_value());
  CHECK(repaired->tokens[0].head == 3);
}

TEST_CASE("a finite verb coordinated with an infinitive joins the finite verb above", "[parse-repair]") {
  // "UNHCR said it was ready to help and urged calm"
  auto s = sentence_of({{"UNHCR", "PROPN", "UNHCR", 2, "nsubj", "NNP"}, {"said", "VERB", "say", 0, "root", "VBD"},
                        {"it", "PRON", "it", 5, "nsubj", "PRP"},        {"was", "AUX", "be", 5, "cop", "VBD"},
                        {"ready", "ADJ", "ready", 2, "ccomp", "JJ"},    {"to", "PART", "to", 7, "mark", "TO"},
                        {"help", "VERB", "help", 5, "xcomp", "VB"},     {"and", "CCONJ", "and", 9, "cc", "CC"},
                        {"urged", "VERB", "urge", 7, "conj", "VBD"},    {"calm", "NOUN", "calm", 9, "obj", "NN"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[8].head == 2);
  CHECK(repaired->tokens[8].deprel == "conj");
  // Two infinitives stay together: "ready to help and to advise".
  s.tokens[8].form = "advise";
  s.tokens[8].lemma = "advise";
  s.tokens[8].xpos = "VB";
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("a bare root noun before its relative clause's subject modifies that subject", "[parse-repair]") {
  // "Rights groups have accused the militia" read as "Rights [that] groups have accused ...".
  const auto s = sentence_of({{"Rights", "NOUN", "right", 0, "root"},
                              {"groups", "NOUN", "group", 4, "nsubj"},
                              {"have", "AUX", "have", 4, "aux"},
                              {"accused", "VERB", "accuse", 1, "acl:relcl"},
                              {"the", "DET", "the", 6, "det"},
                              {"militia", "NOUN", "militia", 4, "obj"},
                              {".", "PUNCT", ".", 1, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[3].head == 0);
  CHECK(t[3].deprel == "root");
  CHECK(t[0].head == 2);
  CHECK(t[0].deprel == "compound");
  CHECK(t[6].head == 4);  // the full stop follows the new root
  // A noun with a determiner heads a real phrase: "The groups [that] we met" is left alone.
  const auto phrase = sentence_of({{"The", "DET", "the", 2, "det"},
                                   {"groups", "NOUN", "group", 0, "root"},
                                   {"we", "PRON", "we", 4, "nsubj"},
                                   {"met", "VERB", "meet", 2, "acl:relcl"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(phrase).has_value());
}

TEST_CASE("the first verb after a verbless noun root is the main verb", "[parse-repair]") {
  // "Farm unions staged protests in Lyon" with "staged" an adjective of "protests".
  const auto s = sentence_of({{"Farm", "NOUN", "farm", 2, "compound"},
                              {"unions", "NOUN", "union", 0, "root"},
                              {"staged", "VERB", "stage", 4, "amod", "VBN"},
                              {"protests", "NOUN", "protest", 2, "obj"},
                              {"in", "ADP", "in", 6, "case"},
                              {"Lyon", "PROPN", "Lyon", 4, "nmod"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[2].head == 0);
  CHECK(t[1].head == 3);
  CHECK(t[1].deprel == "nsubj");
  CHECK(t[3].head == 3);
  CHECK(t[3].deprel == "obj");
  CHECK(t[6].head == 3);
  // A gerund is a real modifier: "Farm unions' growing protests" stays a phrase.
  auto gerund = s;
  gerund.tokens[2].xpos = "VBG";
  CHECK_FALSE(issuegraph::extract::repair_parse(gerund).has_value());
}
