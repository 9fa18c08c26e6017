// Repairs of trees that UD forbids, made on the extractor's copy of a parse.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
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

TEST_CASE("a finite verb without a subject coordinated with a noun joins the finite verb above", "[parse-repair]") {
  // "Okafor praised the deal, according to the Lagos side, but warned traders" with "warned"
  // parsed as a conjunct of "side".
  auto s = sentence_of({{"Okafor", "PROPN", "Okafor", 2, "nsubj", "NNP"}, {"praised", "VERB", "praise", 0, "root", "VBD"},
                        {"the", "DET", "the", 4, "det", "DT"},            {"deal", "NOUN", "deal", 2, "obj", "NN"},
                        {",", "PUNCT", ",", 10, "punct", ","},             {"according", "VERB", "accord", 10, "case", "VBG"},
                        {"to", "ADP", "to", 6, "fixed", "IN"},             {"the", "DET", "the", 10, "det", "DT"},
                        {"Lagos", "PROPN", "Lagos", 10, "compound", "NNP"}, {"side", "NOUN", "side", 4, "nmod", "NN"},
                        {",", "PUNCT", ",", 13, "punct", ","},             {"but", "CCONJ", "but", 13, "cc", "CC"},
                        {"warned", "VERB", "warn", 10, "conj", "VBD"},    {"traders", "NOUN", "trader", 13, "obj", "NNS"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[12].head == 2);
  CHECK(repaired->tokens[12].deprel == "conj");
  // With a subject of its own the verb may head a clause of its own: left alone.
  s.tokens[13] = {};
  s.tokens[13].form = "traders";
  s.tokens[13].upos = "NOUN";
  s.tokens[13].lemma = "trader";
  s.tokens[13].head = 13;
  s.tokens[13].deprel = "nsubj";
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("a main verb read as a conjunct inside the subject's phrase becomes the root", "[parse-repair]") {
  // "The agency, whose inspectors visited the site, said ..." with "said" a conjunct of the
  // relative clause's "visited" and the noun "agency" the root.
  auto s = sentence_of({{"The", "DET", "the", 2, "det", "DT"},              {"agency", "NOUN", "agency", 0, "root", "NN"},
                        {",", "PUNCT", ",", 6, "punct", ","},              {"whose", "PRON", "whose", 5, "nmod:poss", "WP$"},
                        {"inspectors", "NOUN", "inspector", 6, "nsubj", "NNS"}, {"visited", "VERB", "visit", 2, "acl:relcl", "VBD"},
                        {"the", "DET", "the", 8, "det", "DT"},              {"site", "NOUN", "site", 6, "obj", "NN"},
                        {",", "PUNCT", ",", 8, "punct", ","},              {"said", "VERB", "say", 6, "conj", "VBD"},
                        {"nothing", "PRON", "nothing", 10, "obj", "NN"},   {".", "PUNCT", ".", 2, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[9].head == 0);
  CHECK(repaired->tokens[9].deprel == "root");
  CHECK(repaired->tokens[1].head == 10);
  CHECK(repaired->tokens[1].deprel == "nsubj");
  CHECK(repaired->tokens[5].head == 2);  // the relative clause stays with its noun
  CHECK(repaired->tokens[11].head == 10);
  // A conjunction makes it a real conjunct of the relative clause: left alone.
  s.tokens[8] = {};
  s.tokens[8].form = "and";
  s.tokens[8].upos = "CCONJ";
  s.tokens[8].head = 10;
  s.tokens[8].deprel = "cc";
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("a root with two subjects gives way to the verb coordinated after a comma", "[parse-repair]") {
  // "Mensah, a judge whose term is short, said ..." with "short" the root of both subjects.
  auto s = sentence_of({{"Mensah", "PROPN", "Mensah", 8, "nsubj", "NNP"}, {",", "PUNCT", ",", 4, "punct", ","},
                        {"a", "DET", "a", 4, "det", "DT"},                {"judge", "NOUN", "judge", 1, "appos", "NN"},
                        {"whose", "PRON", "whose", 6, "nmod:poss", "WP$"}, {"term", "NOUN", "term", 8, "nsubj", "NN"},
                        {"is", "AUX", "be", 8, "cop", "VBZ"},            {"short", "ADJ", "short", 0, "root", "JJ"},
                        {",", "PUNCT", ",", 8, "punct", ","},            {"said", "VERB", "say", 8, "conj", "VBD"},
                        {"nothing", "PRON", "nothing", 10, "obj", "NN"}, {".", "PUNCT", ".", 8, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[9].deprel == "root");
  CHECK(repaired->tokens[0].head == 10);
  CHECK(repaired->tokens[0].deprel == "nsubj");
  CHECK(repaired->tokens[7].head == 1);
  CHECK(repaired->tokens[7].deprel == "acl:relcl");
  CHECK(repaired->tokens[11].head == 10);
}

TEST_CASE("a clause with a finite auxiliary hung on the subject's phrase becomes the sentence", "[parse-repair]") {
  // "The bridge, the only road link, was closed by police" with "closed" a modifier of "link".
  auto s = sentence_of({{"The", "DET", "the", 2, "det", "DT"},          {"bridge", "NOUN", "bridge", 0, "root", "NN"},
                        {",", "PUNCT", ",", 2, "punct", ","},          {"the", "DET", "the", 7, "det", "DT"},
                        {"only", "ADJ", "only", 7, "amod", "JJ"},      {"road", "NOUN", "road", 7, "compound", "NN"},
                        {"link", "NOUN", "link", 2, "appos", "NN"},    {",", "PUNCT", ",", 10, "punct", ","},
                        {"was", "AUX", "be", 10, "aux:pass", "VBD"},   {"closed", "VERB", "close", 7, "acl", "VBN"},
                        {"by", "ADP", "by", 12, "case", "IN"},         {"police", "NOUN", "police", 10, "obl:agent", "NN"},
                        {".", "PUNCT", ".", 2, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[9].deprel == "root");
  CHECK(repaired->tokens[1].head == 10);
  CHECK(repaired->tokens[1].deprel == "nsubj:pass");
  CHECK(repaired->tokens[12].head == 10);
  // A participle without an auxiliary is a real modifier ("the link, closed by police").
  s.tokens[8].deprel = "punct";
  s.tokens[8].form = ",";
  s.tokens[8].upos = "PUNCT";
  s.tokens[8].xpos = ",";
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("what was said in a statement is the verb's content, not a relative clause", "[parse-repair]") {
  // "The ministry said in a statement it would appeal" with "appeal" under "statement".
  auto s = sentence_of({{"The", "DET", "the", 2, "det", "DT"},              {"ministry", "NOUN", "ministry", 3, "nsubj", "NN"},
                        {"said", "VERB", "say", 0, "root", "VBD"},          {"in", "ADP", "in", 6, "case", "IN"},
                        {"a", "DET", "a", 6, "det", "DT"},                  {"statement", "NOUN", "statement", 3, "obl", "NN"},
                        {"it", "PRON", "it", 9, "nsubj", "PRP"},            {"would", "AUX", "would", 9, "aux", "MD"},
                        {"appeal", "VERB", "appeal", 6, "acl:relcl", "VB"}, {".", "PUNCT", ".", 3, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[8].head == 3);
  CHECK(repaired->tokens[8].deprel == "ccomp");
  // With a relative word it is a relative clause: "the statement that it had issued".
  s.tokens.insert(s.tokens.begin() + 6, issuegraph::Token{});
  s.tokens[6].form = "that";
  s.tokens[6].upos = "PRON";
  s.tokens[6].head = 10;
  s.tokens[6].deprel = "obj";
  for (std::size_t k = 7; k < s.tokens.size(); ++k) {
    if (s.tokens[k].head > 6) ++s.tokens[k].head;
  }
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("a to-infinitive under a bare time phrase completes the verb", "[parse-repair]") {
  // "Chile agreed last month to lift the ban" with "lift" under "month".
  auto s = sentence_of({{"Chile", "PROPN", "Chile", 2, "nsubj", "NNP"},   {"agreed", "VERB", "agree", 0, "root", "VBD"},
                        {"last", "ADJ", "last", 4, "amod", "JJ"},        {"month", "NOUN", "month", 2, "obl:unmarked", "NN"},
                        {"to", "PART", "to", 6, "mark", "TO"},           {"lift", "VERB", "lift", 4, "acl", "VB"},
                        {"the", "DET", "the", 8, "det", "DT"},           {"ban", "NOUN", "ban", 6, "obj", "NN"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[5].head == 2);
  CHECK(repaired->tokens[5].deprel == "xcomp");
}

TEST_CASE("the speaker's clause after a quotation hangs on the quotation's root", "[parse-repair]") {
  // '"The count was over before it began," she told reporters.' with "told" under "began".
  auto s = sentence_of({{"\"", "PUNCT", "\"", 5, "punct", "``"},          {"The", "DET", "the", 3, "det", "DT"},
                        {"count", "NOUN", "count", 5, "nsubj", "NN"},      {"was", "AUX", "be", 5, "cop", "VBD"},
                        {"over", "ADV", "over", 0, "root", "RB"},          {"before", "SCONJ", "before", 8, "mark", "IN"},
                        {"it", "PRON", "it", 8, "nsubj", "PRP"},           {"began", "VERB", "begin", 5, "advcl", "VBD"},
                        {",", "PUNCT", ",", 12, "punct", ","},             {"\"", "PUNCT", "\"", 12, "punct", "''"},
                        {"she", "PRON", "she", 12, "nsubj", "PRP"},        {"told", "VERB", "tell", 8, "parataxis", "VBD"},
                        {"reporters", "NOUN", "reporter", 12, "obj", "NNS"}, {".", "PUNCT", ".", 5, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[11].head == 5);
  CHECK(repaired->tokens[11].deprel == "parataxis");
  // Without a quotation the clause may belong where the parse put it.
  s.tokens[9].form = ",";
  s.tokens[0].form = ",";
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("of two adjacent subjects the first bare noun modifies the second", "[parse-repair]") {
  // "Farm unions have blocked the roads" with "Farm" and "unions" both subjects.
  auto s = sentence_of({{"Farm", "NOUN", "farm", 4, "nsubj", "NN"},      {"unions", "NOUN", "union", 4, "nsubj", "NNS"},
                        {"have", "AUX", "have", 4, "aux", "VBP"},        {"blocked", "VERB", "block", 0, "root", "VBN"},
                        {"the", "DET", "the", 6, "det", "DT"},           {"roads", "NOUN", "road", 4, "obj", "NNS"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[0].head == 2);
  CHECK(repaired->tokens[0].deprel == "compound");
  CHECK(repaired->tokens[1].deprel == "nsubj");
}

TEST_CASE("an of-gerund hung on a place phrase belongs to the verb", "[parse-repair]") {
  // "Ghana accused the police in Lome of detaining ..." with "detaining" under "Lome".
  auto s = sentence_of({{"Ghana", "PROPN", "Ghana", 2, "nsubj", "NNP"},     {"accused", "VERB", "accuse", 0, "root", "VBD"},
                        {"the", "DET", "the", 4, "det", "DT"},              {"police", "NOUN", "police", 2, "obj", "NN"},
                        {"in", "ADP", "in", 6, "case", "IN"},               {"Lome", "PROPN", "Lome", 2, "obl", "NNP"},
                        {"of", "SCONJ", "of", 8, "mark", "IN"},             {"detaining", "VERB", "detain", 6, "acl", "VBG"},
                        {"traders", "NOUN", "trader", 8, "obj", "NNS"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[7].head == 2);
  CHECK(repaired->tokens[7].deprel == "advcl");
  // Under a noun that is the object it may be the noun's own ("the risk of losing").
  s.tokens[5].deprel = "obj";
  s.tokens[3].deprel = "nmod";
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("a that-clause hung on an adverb belongs to the verb", "[parse-repair]") {
  // "Osei said later that talks had failed" with "failed" under "later".
  auto s = sentence_of({{"Osei", "PROPN", "Osei", 2, "nsubj", "NNP"},      {"said", "VERB", "say", 0, "root", "VBD"},
                        {"later", "ADV", "later", 2, "advmod", "RB"},       {"that", "SCONJ", "that", 7, "mark", "IN"},
                        {"talks", "NOUN", "talk", 7, "nsubj", "NNS"},       {"had", "AUX", "have", 7, "aux", "VBD"},
                        {"failed", "VERB", "fail", 3, "advcl:relcl", "VBN"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[6].head == 2);
  CHECK(repaired->tokens[6].deprel == "ccomp");
}

TEST_CASE("a noun with its own determiner before a second subject is described by the clause", "[parse-repair]") {
  // "Ghana accused Togo, a charge Lome denies." with "charge" and "Lome" subjects of "denies".
  auto s = sentence_of({{"Ghana", "PROPN", "Ghana", 2, "nsubj", "NNP"}, {"accused", "VERB", "accuse", 0, "root", "VBD"},
                        {"Togo", "PROPN", "Togo", 2, "obj", "NNP"},     {",", "PUNCT", ",", 8, "punct", ","},
                        {"a", "DET", "a", 6, "det", "DT"},              {"charge", "NOUN", "charge", 8, "nsubj", "NN"},
                        {"Lome", "PROPN", "Lome", 8, "nsubj", "NNP"},   {"denies", "VERB", "deny", 2, "conj", "VBZ"},
                        {".", "PUNCT", ".", 2, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[5].head == 2);
  CHECK(repaired->tokens[5].deprel == "appos");
  CHECK(repaired->tokens[7].head == 6);
  CHECK(repaired->tokens[7].deprel == "acl:relcl");
  CHECK(repaired->tokens[6].head == 8);
  CHECK(repaired->tokens[3].head == 6);
}

TEST_CASE("a relative clause hung on a verb describes the noun before it", "[parse-repair]") {
  // "The envoys met Peru, which opposed the plan." with "opposed" under "met".
  auto s = sentence_of({{"The", "DET", "the", 2, "det", "DT"},          {"envoys", "NOUN", "envoy", 3, "nsubj", "NNS"},
                        {"met", "VERB", "meet", 0, "root", "VBD"},      {"Peru", "PROPN", "Peru", 3, "obj", "NNP"},
                        {",", "PUNCT", ",", 7, "punct", ","},           {"which", "PRON", "which", 7, "nsubj", "WDT"},
                        {"opposed", "VERB", "oppose", 3, "acl:relcl", "VBD"}, {"the", "DET", "the", 9, "det", "DT"},
                        {"plan", "NOUN", "plan", 7, "obj", "NN"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[6].head == 4);
  CHECK(repaired->tokens[6].deprel == "acl:relcl");
}

TEST_CASE("two lower-case nouns side by side are a compound, not an apposition", "[parse-repair]") {
  // "The crown prince received ..." with "prince" an apposition of "crown".
  auto s = sentence_of({{"The", "DET", "the", 2, "det", "DT"},          {"crown", "NOUN", "crown", 4, "nsubj", "NN"},
                        {"prince", "PROPN", "prince", 2, "appos", "NNP"}, {"received", "VERB", "receive", 0, "root", "VBD"},
                        {"guests", "NOUN", "guest", 4, "obj", "NNS"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[2].head == 4);
  CHECK(repaired->tokens[2].deprel == "nsubj");
  CHECK(repaired->tokens[2].upos == "NOUN");
  CHECK(repaired->tokens[1].head == 3);
  CHECK(repaired->tokens[1].deprel == "compound");
  CHECK(repaired->tokens[0].head == 3);
}

TEST_CASE("a passive without a subject under a participle after the subject is the main clause", "[parse-repair]") {
  // "Officers accused of abuses were suspended." read as "Officers accused ...; were suspended".
  auto s = sentence_of({{"Officers", "NOUN", "officer", 2, "nsubj", "NNS"}, {"accused", "VERB", "accuse", 0, "root", "VBD"},
                        {"of", "ADP", "of", 4, "case", "IN"},             {"abuses", "NOUN", "abuse", 2, "obl", "NNS"},
                        {"were", "AUX", "be", 6, "aux:pass", "VBD"},      {"suspended", "VERB", "suspend", 2, "ccomp", "VBN"},
                        {".", "PUNCT", ".", 2, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[5].deprel == "root");
  CHECK(repaired->tokens[0].head == 6);
  CHECK(repaired->tokens[0].deprel == "nsubj:pass");
  CHECK(repaired->tokens[1].head == 1);
  CHECK(repaired->tokens[1].deprel == "acl");
  CHECK(repaired->tokens[6].head == 6);
}

TEST_CASE("a determiner hung on a compound moves to the noun it modifies", "[parse-repair]") {
  // "The Green and Labour Alliance ..." with "The" on "Green".
  auto s = sentence_of({{"The", "DET", "the", 2, "det", "DT"},            {"Green", "PROPN", "Green", 5, "compound", "NNP"},
                        {"and", "CCONJ", "and", 4, "cc", "CC"},           {"Labour", "PROPN", "Labour", 5, "compound", "NNP"},
                        {"Alliance", "PROPN", "Alliance", 6, "nsubj", "NNP"}, {"voted", "VERB", "vote", 0, "root", "VBD"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[0].head == 5);
}

TEST_CASE("after a noun's relative clause a participle of the noun is the main verb", "[parse-repair]") {
  // "Chile, which has traded with both, called for calm." with "called" a participle of "Chile".
  auto s = sentence_of({{"Chile", "PROPN", "Chile", 0, "root", "NNP"},    {",", "PUNCT", ",", 5, "punct", ","},
                        {"which", "PRON", "which", 5, "nsubj", "WDT"},    {"has", "AUX", "have", 5, "aux", "VBZ"},
                        {"traded", "VERB", "trade", 1, "acl:relcl", "VBN"}, {"with", "ADP", "with", 7, "case", "IN"},
                        {"both", "PRON", "both", 5, "obl", "DT"},         {",", "PUNCT", ",", 9, "punct", ","},
                        {"called", "VERB", "call", 1, "acl", "VBN"},      {"for", "ADP", "for", 11, "case", "IN"},
                        {"calm", "NOUN", "calm", 9, "obl", "NN"},         {".", "PUNCT", ".", 1, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[8].deprel == "root");
  CHECK(repaired->tokens[0].head == 9);
  CHECK(repaired->tokens[0].deprel == "nsubj");
  CHECK(repaired->tokens[4].head == 1);
  // Without a relative clause before it, a participle after a comma may describe the noun
  // ("Chile, called the jewel of the south, ...").
  s.tokens[4].deprel = "acl";
  s.tokens[2].deprel = "obj";
  s.tokens[3].deprel = "aux";
  const auto other = issuegraph::extract::repair_parse(s);
  CHECK((!other.has_value() || other->tokens[8].deprel == "acl"));
}

TEST_CASE("a that-clause hung on the one told is what the verb tells", "[parse-repair]") {
  // "The minister told reporters that the mine would close." with "close" a clause of
  // "reporters".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"minister", "NOUN", "minister", 3, "nsubj"},
                              {"told", "VERB", "tell", 0, "root"},
                              {"reporters", "NOUN", "reporter", 3, "obj"},
                              {"that", "SCONJ", "that", 9, "mark"},
                              {"the", "DET", "the", 7, "det"},
                              {"mine", "NOUN", "mine", 9, "nsubj"},
                              {"would", "AUX", "would", 9, "aux"},
                              {"close", "VERB", "close", 4, "acl"},
                              {".", "PUNCT", ".", 3, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[8].head == 3);
  CHECK(t[8].deprel == "ccomp");
  CHECK(t[3].deprel == "iobj");

  SECTION("a relative clause on the object of another verb stays") {
    // "The minister visited workers that the mine would pay." is no telling.
    auto other = s;
    other.tokens[2].form = "visited";
    other.tokens[2].lemma = "visit";
    CHECK_FALSE(issuegraph::extract::repair_parse(other).has_value());
  }
}

TEST_CASE("a subject read as an apposition inside the opening phrase is the root's subject", "[parse-repair]") {
  // "In talks with Reuters, the adviser said Lima would act." with "adviser" an apposition of
  // "Reuters" and "said" left without a subject.
  const auto s = sentence_of({{"In", "ADP", "in", 2, "case"},
                              {"talks", "NOUN", "talk", 8, "obl"},
                              {"with", "ADP", "with", 4, "case"},
                              {"Reuters", "PROPN", "Reuters", 2, "nmod"},
                              {",", "PUNCT", ",", 7, "punct"},
                              {"the", "DET", "the", 7, "det"},
                              {"adviser", "NOUN", "adviser", 4, "appos"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {"Lima", "PROPN", "Lima", 11, "nsubj"},
                              {"would", "AUX", "would", 11, "aux", "MD"},
                              {"act", "VERB", "act", 8, "ccomp", "VB"},
                              {".", "PUNCT", ".", 8, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[6].head == 8);
  CHECK(repaired->tokens[6].deprel == "nsubj");

  SECTION("a root with a subject of its own keeps it") {
    auto with_subject = s;
    with_subject.tokens[8].head = 8;  // "Lima" the subject of "said"
    with_subject.tokens[8].deprel = "nsubj";
    with_subject.tokens[10].deprel = "xcomp";
    CHECK_FALSE(issuegraph::extract::repair_parse(with_subject).has_value());
  }
}

TEST_CASE("a main verb after a whose-clause is the root even behind its auxiliary", "[parse-repair]") {
  // "The union, whose members struck, has threatened a strike." with "struck" the root of both
  // "union" and "members" and "threatened" its conjunct.
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"union", "NOUN", "union", 6, "nsubj"},
                              {",", "PUNCT", ",", 2, "punct"},
                              {"whose", "PRON", "whose", 5, "nmod:poss"},
                              {"members", "NOUN", "member", 6, "nsubj"},
                              {"struck", "VERB", "strike", 0, "root", "VBD"},
                              {",", "PUNCT", ",", 6, "punct"},
                              {"has", "AUX", "have", 9, "aux", "VBZ"},
                              {"threatened", "VERB", "threaten", 6, "conj", "VBN"},
                              {"a", "DET", "a", 11, "det"},
                              {"strike", "NOUN", "strike", 9, "obj"},
                              {".", "PUNCT", ".", 6, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[8].head == 0);
  CHECK(t[1].head == 9);
  CHECK(t[1].deprel == "nsubj");
  CHECK(t[5].deprel == "acl:relcl");
  CHECK(t[7].head == 9);  // the auxiliary stays with its verb
}

TEST_CASE("a main verb hung on the object of the subject's relative clause is the root", "[parse-repair]") {
  // "The council, which represents producers, warned that costs would rise." with "warned" a
  // participle of "producers".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"council", "NOUN", "council", 0, "root"},
                              {",", "PUNCT", ",", 5, "punct"},
                              {"which", "PRON", "which", 5, "nsubj"},
                              {"represents", "VERB", "represent", 2, "acl:relcl", "VBZ"},
                              {"producers", "NOUN", "producer", 5, "obj"},
                              {",", "PUNCT", ",", 8, "punct"},
                              {"warned", "VERB", "warn", 6, "acl", "VBN"},
                              {"that", "SCONJ", "that", 12, "mark"},
                              {"costs", "NOUN", "cost", 12, "nsubj"},
                              {"would", "AUX", "would", 12, "aux", "MD"},
                              {"rise", "VERB", "rise", 8, "ccomp", "VB"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[7].head == 0);
  CHECK(repaired->tokens[1].head == 8);
  CHECK(repaired->tokens[1].deprel == "nsubj");

  SECTION("a participle without an object or content of its own stays a modifier") {
    auto bare = s;
    bare.tokens.erase(bare.tokens.begin() + 8, bare.tokens.begin() + 12);
    bare.tokens.back().head = 2;
    CHECK_FALSE(issuegraph::extract::repair_parse(bare).has_value());
  }
}

TEST_CASE("a reporting verb coordinated with a participle joins the finite verb above", "[parse-repair]") {
  // "Ruiz said Lima had replied late, sent in May, and warned that ties would suffer." with
  // "warned" a conjunct of the participle "sent".
  const auto s = sentence_of({{"Ruiz", "PROPN", "Ruiz", 2, "nsubj"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {"Lima", "PROPN", "Lima", 5, "nsubj"},
                              {"had", "AUX", "have", 5, "aux", "VBD"},
                              {"replied", "VERB", "reply", 2, "ccomp", "VBN"},
                              {",", "PUNCT", ",", 7, "punct"},
                              {"sent", "VERB", "send", 5, "advcl", "VBN"},
                              {",", "PUNCT", ",", 10, "punct"},
                              {"and", "CCONJ", "and", 10, "cc"},
                              {"warned", "VERB", "warn", 7, "conj", "VBD"},
                              {"that", "SCONJ", "that", 14, "mark"},
                              {"ties", "NOUN", "tie", 14, "nsubj"},
                              {"would", "AUX", "would", 14, "aux", "MD"},
                              {"suffer", "VERB", "suffer", 10, "ccomp", "VB"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[9].head == 2);
}

TEST_CASE("an it with no clause to anticipate is a subject, not an expletive", "[parse-repair]") {
  // "Bolivia said it would take control." with "it" expl of "take".
  const auto s = sentence_of({{"Bolivia", "PROPN", "Bolivia", 2, "nsubj"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {"it", "PRON", "it", 5, "expl"},
                              {"would", "AUX", "would", 5, "aux", "MD"},
                              {"take", "VERB", "take", 2, "ccomp", "VB"},
                              {"control", "NOUN", "control", 5, "obj"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[2].deprel == "nsubj");

  SECTION("an expletive before its extraposed clause stays") {
    // "It seems that talks failed." with "it" expl of "seems".
    const auto e = sentence_of({{"It", "PRON", "it", 2, "expl"},
                                {"seems", "VERB", "seem", 0, "root", "VBZ"},
                                {"that", "SCONJ", "that", 5, "mark"},
                                {"talks", "NOUN", "talk", 5, "nsubj"},
                                {"failed", "VERB", "fail", 2, "ccomp", "VBD"},
                                {".", "PUNCT", ".", 2, "punct"}});
    CHECK_FALSE(issuegraph::extract::repair_parse(e).has_value());
  }
}

TEST_CASE("a to-infinitive coordinated with a finite verb joins the earlier to-infinitive", "[parse-repair]") {
  // "The IMF pressed Accra to sell the board, which it counts as a risk, and to stop loans."
  // reduced: "pressed Accra to sell it, it counts, and to stop" with "stop" a conjunct of "counts".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"IMF", "PROPN", "IMF", 3, "nsubj"},
                              {"pressed", "VERB", "press", 0, "root", "VBD"},
                              {"Accra", "PROPN", "Accra", 3, "obj"},
                              {"to", "PART", "to", 6, "mark"},
                              {"sell", "VERB", "sell", 3, "xcomp", "VB"},
                              {"the", "DET", "the", 8, "det"},
                              {"board", "NOUN", "board", 6, "obj"},
                              {",", "PUNCT", ",", 11, "punct"},
                              {"it", "PRON", "it", 11, "nsubj"},
                              {"counts", "VERB", "count", 3, "parataxis", "VBZ"},
                              {",", "PUNCT", ",", 15, "punct"},
                              {"and", "CCONJ", "and", 15, "cc"},
                              {"to", "PART", "to", 15, "mark"},
                              {"stop", "VERB", "stop", 11, "conj", "VB"},
                              {"loans", "NOUN", "loan", 15, "obj"},
                              {".", "PUNCT", ".", 3, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[14].head == 6);
}

TEST_CASE("a copular that-clause read as a phrase of the one told is what was told", "[parse-repair]") {
  // "Menon told reporters that Karim was in India." with "India" a modifier of "reporters".
  const auto s = sentence_of({{"Menon", "PROPN", "Menon", 2, "nsubj"},
                              {"told", "VERB", "tell", 0, "root", "VBD"},
                              {"reporters", "NOUN", "reporter", 2, "obj"},
                              {"that", "SCONJ", "that", 8, "mark"},
                              {"Karim", "PROPN", "Karim", 8, "nsubj"},
                              {"was", "AUX", "be", 8, "cop", "VBD"},
                              {"in", "ADP", "in", 8, "case"},
                              {"India", "PROPN", "India", 3, "nmod"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[7].head == 2);
  CHECK(repaired->tokens[7].deprel == "ccomp");
}

TEST_CASE("a past tense coordinated with a participle joins the finite verb above", "[parse-repair]") {
  // "The group said it rejected any deal reached in Luanda and demanded talks." with "demanded"
  // a conjunct of the participle "reached".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"group", "NOUN", "group", 3, "nsubj"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {"it", "PRON", "it", 5, "nsubj"},
                              {"rejected", "VERB", "reject", 3, "ccomp", "VBD"},
                              {"any", "DET", "any", 7, "det"},
                              {"deal", "NOUN", "deal", 5, "obj"},
                              {"reached", "VERB", "reach", 7, "acl", "VBN"},
                              {"in", "ADP", "in", 10, "case"},
                              {"Luanda", "PROPN", "Luanda", 8, "obl"},
                              {"and", "CCONJ", "and", 12, "cc"},
                              {"demanded", "VERB", "demand", 8, "conj", "VBD"},
                              {"talks", "NOUN", "talk", 12, "obj"},
                              {".", "PUNCT", ".", 3, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[11].head == 5);  // the nearest finite verb above, "rejected"

  SECTION("a second participle stays with the first") {
    auto both = s;
    both.tokens[11].xpos = "VBN";
    CHECK_FALSE(issuegraph::extract::repair_parse(both).has_value());
  }
}

TEST_CASE("a subject left as the root of 'is due to' gets its clause back", "[parse-repair]") {
  // "The council is due to vote on Friday ." read with "council" as the root, "is" as its
  // case marker and "due" as an adjective of "is".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"council", "NOUN", "council", 0, "root"},
                              {"is", "AUX", "be", 2, "case"},
                              {"due", "ADJ", "due", 3, "amod"},
                              {"to", "PART", "to", 6, "mark"},
                              {"vote", "VERB", "vote", 4, "xcomp", "VB"},
                              {"on", "ADP", "on", 8, "case"},
                              {"Friday", "PROPN", "Friday", 6, "obl"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[3].head == 0);  // "due" heads the clause
  CHECK(t[1].head == 4);
  CHECK(t[1].deprel == "nsubj");
  CHECK(t[2].deprel == "cop");
  CHECK(t[5].head == 4);
  CHECK(t[5].deprel == "xcomp");
  CHECK(t[4].head == 6);
  CHECK(t[7].head == 6);  // the infinitive keeps its own phrases
  CHECK(t[8].head == 4);  // the stop follows the clause's new head

  SECTION("a parse that already has the copula is left alone") {
    auto rows = std::vector<Row>{{"The", "DET", "the", 2, "det"},
                                 {"council", "NOUN", "council", 4, "nsubj"},
                                 {"is", "AUX", "be", 4, "cop"},
                                 {"due", "ADJ", "due", 0, "root"},
                                 {"to", "PART", "to", 6, "mark"},
                                 {"vote", "VERB", "vote", 4, "xcomp", "VB"},
                                 {".", "PUNCT", ".", 4, "punct"}};
    CHECK_FALSE(issuegraph::extract::repair_parse(sentence_of(rows)).has_value());
  }
}

namespace {

// The test's own verbs of saying, as the extractor's lexicon would answer.
bool reports_content(std::string_view lemma) { return lemma == "say" || lemma == "add"; }

}  // namespace

TEST_CASE("a that-clause hung on when or where something was said is the content", "[parse-repair]") {
  // "Mokhtar said on Monday that the law was unfair." with "unfair" a clause of "Monday".
  const auto s = sentence_of({{"Mokhtar", "PROPN", "Mokhtar", 2, "nsubj"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {"on", "ADP", "on", 4, "case"},
                              {"Monday", "PROPN", "Monday", 2, "obl"},
                              {"that", "SCONJ", "that", 9, "mark"},
                              {"the", "DET", "the", 7, "det"},
                              {"law", "NOUN", "law", 9, "nsubj"},
                              {"was", "AUX", "be", 9, "cop", "VBD"},
                              {"unfair", "ADJ", "unfair", 4, "acl"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s, reports_content);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[8].head == 2);
  CHECK(repaired->tokens[8].deprel == "ccomp");
  CHECK(repaired->tokens[3].deprel == "obl");

  SECTION("only for a verb that reports content") {
    CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
    auto other = s;
    other.tokens[1].lemma = "arrive";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
  }
  SECTION("not when the verb already has its content") {
    auto other = s;
    other.tokens[3].deprel = "ccomp";
    other.tokens[3].upos = "VERB";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
  }
}

TEST_CASE("a that-clause after the one told is the content even when 'that' was read as relative",
          "[parse-repair]") {
  // "Lind told a conference that 900 people had arrived." with "that" an object of "arrived"
  // in a relative clause of "conference".
  const auto s = sentence_of({{"Lind", "PROPN", "Lind", 2, "nsubj"},
                              {"told", "VERB", "tell", 0, "root", "VBD"},
                              {"a", "DET", "a", 4, "det"},
                              {"conference", "NOUN", "conference", 2, "obj"},
                              {"that", "PRON", "that", 9, "obj"},
                              {"900", "NUM", "900", 7, "nummod"},
                              {"people", "NOUN", "people", 9, "nsubj"},
                              {"had", "AUX", "have", 9, "aux", "VBD"},
                              {"arrived", "VERB", "arrive", 4, "acl:relcl", "VBN"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s, reports_content);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[8].head == 2);
  CHECK(t[8].deprel == "ccomp");
  CHECK(t[4].deprel == "mark");
  CHECK(t[4].upos == "SCONJ");
  CHECK(t[3].deprel == "iobj");

  SECTION("a relative 'that' under what was said about stays") {
    // "Lind said at the talks that Kim led ..." has no one told: "that" stays relative.
    auto other = s;
    other.tokens[1].form = "said";
    other.tokens[1].lemma = "say";
    other.tokens[3].deprel = "obl";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
  }
  SECTION("the object of a verb that tells no one keeps its relative clause") {
    // "Lind announced a deal that both sides signed."
    auto other = s;
    other.tokens[1].lemma = "announce";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, [](std::string_view) { return true; }).has_value());
  }
}

TEST_CASE("a finite clause read as an adverbial of the verb of saying after it is the content",
          "[parse-repair]") {
  // "Two sailors were hurt, the navy said." with "hurt" an adverbial clause of "said".
  const auto s = sentence_of({{"Two", "NUM", "two", 2, "nummod"},
                              {"sailors", "NOUN", "sailor", 4, "nsubj:pass"},
                              {"were", "AUX", "be", 4, "aux:pass", "VBD"},
                              {"hurt", "VERB", "hurt", 8, "advcl", "VBN"},
                              {",", "PUNCT", ",", 4, "punct"},
                              {"the", "DET", "the", 7, "det"},
                              {"navy", "NOUN", "navy", 8, "nsubj"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {".", "PUNCT", ".", 8, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s, reports_content);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[3].head == 8);
  CHECK(repaired->tokens[3].deprel == "ccomp");

  SECTION("a clause with a marker is adverbial") {
    // "If two sailors were hurt, the navy said nothing."
    auto other = s;
    other.tokens[0].form = other.tokens[0].lemma = "if";
    other.tokens[0].upos = "SCONJ";
    other.tokens[0].head = 4;
    other.tokens[0].deprel = "mark";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
  }
  SECTION("a clause without a finite verb is adverbial") {
    // "Two sailors being hurt, the navy said ..." (an absolute participle).
    auto other = s;
    other.tokens[2].form = "being";
    other.tokens[2].xpos = "VBG";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
  }
  SECTION("only before a verb that reports content") {
    CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
  }
}

TEST_CASE("a speaker after a comma that the parse hung inside the reported clause heads the sentence",
          "[parse-repair]") {
  // "Exports fell 5 pct, the agency said." with "said" a relative clause of "pct".
  const auto s = sentence_of({{"Exports", "NOUN", "export", 2, "nsubj"},
                              {"fell", "VERB", "fall", 0, "root", "VBD"},
                              {"5", "NUM", "5", 4, "nummod"},
                              {"pct", "NOUN", "pct", 2, "obj"},
                              {",", "PUNCT", ",", 7, "punct"},
                              {"the", "DET", "the", 7, "det"},
                              {"agency", "NOUN", "agency", 8, "nsubj"},
                              {"said", "VERB", "say", 4, "acl:relcl", "VBD"},
                              {".", "PUNCT", ".", 2, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s, reports_content);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[7].head == 0);
  CHECK(t[7].deprel == "root");
  CHECK(t[1].head == 8);
  CHECK(t[1].deprel == "ccomp");
  CHECK(t[8].head == 8);

  SECTION("not a verb that reports nothing") {
    auto other = s;
    other.tokens[7].lemma = "sell";
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
    CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
  }
  SECTION("not when words after the verb are not its own") {
    // "..., the agency said, and imports rose." (the verb does not close the sentence)
    auto other = s;
    other.tokens[8] = other.tokens[1];
    other.tokens[8].form = "rose";
    other.tokens[8].head = 2;
    other.tokens[8].deprel = "conj";
    other.tokens[8].xpos = "VBD";
    const auto kept = issuegraph::extract::repair_parse(other, reports_content);
    CHECK((!kept || kept->tokens[7].deprel == "acl:relcl"));
  }
  SECTION("not a conjunct with its conjunction after the comma") {
    // "Exports fell 5 pct, and the agency said so." would put "and" in the verb's phrase.
    auto other = s;
    other.tokens[5].form = other.tokens[5].lemma = "and";
    other.tokens[5].upos = "CCONJ";
    other.tokens[5].head = 8;
    other.tokens[5].deprel = "cc";
    other.tokens[7].deprel = "conj";
    other.tokens[7].head = 2;
    CHECK_FALSE(issuegraph::extract::repair_parse(other, reports_content).has_value());
  }
}

TEST_CASE("be due to with an infinitive read as the preposition due to becomes the predicate", "[parse-repair]") {
  // "Kenyan officials are due to begin talks on the border" with "due" a case marker, "begin" a
  // compound and "talks" the root.
  auto s = sentence_of({{"Kenyan", "ADJ", "kenyan", 2, "amod", "JJ"},     {"officials", "NOUN", "official", 7, "nsubj", "NNS"},
                        {"are", "AUX", "be", 7, "cop", "VBP"},            {"due", "ADJ", "due", 7, "case", "JJ"},
                        {"to", "PART", "to", 4, "fixed", "TO"},           {"begin", "VERB", "begin", 7, "compound", "VB"},
                        {"talks", "NOUN", "talk", 0, "root", "NNS"},     {"on", "ADP", "on", 10, "case", "IN"},
                        {"the", "DET", "the", 10, "det", "DT"},           {"border", "NOUN", "border", 7, "nmod", "NN"},
                        {".", "PUNCT", ".", 7, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[3].deprel == "root");
  CHECK(t[1].head == 4);
  CHECK(t[1].deprel == "nsubj");
  CHECK(t[2].deprel == "cop");
  CHECK(t[5].head == 4);
  CHECK(t[5].deprel == "xcomp");
  CHECK(t[4].head == 6);
  CHECK(t[6].head == 6);
  CHECK(t[6].deprel == "obj");
  // "due to the storm" is the preposition: nothing to repair.
  auto storm = sentence_of({{"Flights", "NOUN", "flight", 3, "nsubj:pass", "NNS"}, {"were", "AUX", "be", 3, "aux:pass", "VBD"},
                            {"cancelled", "VERB", "cancel", 0, "root", "VBN"},    {"due", "ADJ", "due", 7, "case", "JJ"},
                            {"to", "ADP", "to", 4, "fixed", "IN"},                {"the", "DET", "the", 7, "det", "DT"},
                            {"storm", "NOUN", "storm", 3, "obl", "NN"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(storm).has_value());
}

TEST_CASE("a main verb hung inside a relative clause on a noun root becomes the root", "[parse-repair]") {
  // "Ghana , which shares borders with Togo , offered talks ." with "offered" an adverbial clause
  // of "shares" and "Ghana" the root.
  auto s = sentence_of({{"Ghana", "PROPN", "Ghana", 0, "root", "NNP"},     {",", "PUNCT", ",", 4, "punct", ","},
                        {"which", "PRON", "which", 4, "nsubj", "WDT"},      {"shares", "VERB", "share", 1, "acl:relcl", "VBZ"},
                        {"borders", "NOUN", "border", 4, "obj", "NNS"},     {"with", "ADP", "with", 7, "case", "IN"},
                        {"Togo", "PROPN", "Togo", 5, "nmod", "NNP"},        {",", "PUNCT", ",", 9, "punct", ","},
                        {"offered", "VERB", "offer", 4, "advcl", "VBN"},    {"talks", "NOUN", "talk", 9, "obj", "NNS"},
                        {".", "PUNCT", ".", 1, "punct", "."}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[8].deprel == "root");
  CHECK(t[8].head == 0);
  CHECK(t[0].head == 9);
  CHECK(t[0].deprel == "nsubj");
  CHECK(t[3].head == 1);  // the relative clause stays on its noun
  CHECK(t[10].head == 9);
  // A verb with a subject of its own heads a clause inside the relative clause: left alone.
  s.tokens[9].deprel = "nsubj";
  s.tokens[9].head = 9;
  CHECK_FALSE(issuegraph::extract::repair_parse(s).has_value());
}

TEST_CASE("content of say read as a participle on its object becomes the content clause", "[parse-repair]") {
  // "The army says the rebels crossed into Chad and were carrying rifles" parsed with "crossed"
  // a reduced relative of "rebels" and "carrying" a conjunct of "rebels".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"army", "NOUN", "army", 3, "nsubj"},
                              {"says", "VERB", "say", 0, "root", "VBZ"},
                              {"the", "DET", "the", 5, "det"},
                              {"rebels", "NOUN", "rebel", 3, "obj"},
                              {"crossed", "VERB", "cross", 5, "acl", "VBN"},
                              {"into", "ADP", "into", 8, "case"},
                              {"Chad", "PROPN", "Chad", 6, "obl"},
                              {"and", "CCONJ", "and", 11, "cc"},
                              {"were", "AUX", "be", 11, "aux"},
                              {"carrying", "VERB", "carry", 5, "conj", "VBG"},
                              {"rifles", "NOUN", "rifle", 11, "obj"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[5].head == 3);
  CHECK(t[5].deprel == "ccomp");
  CHECK(t[4].head == 6);
  CHECK(t[4].deprel == "nsubj");
  CHECK(t[10].head == 6);
}

TEST_CASE("a real reduced relative on an object is left alone", "[parse-repair]") {
  // "denied the charges brought against it": "deny" takes noun objects; and "said" with a
  // by-agent participle ("the documents signed by the minister") keeps it too.
  const auto denied = sentence_of({{"Kenya", "PROPN", "Kenya", 2, "nsubj"},
                                   {"denied", "VERB", "deny", 0, "root", "VBD"},
                                   {"the", "DET", "the", 4, "det"},
                                   {"charges", "NOUN", "charge", 2, "obj"},
                                   {"brought", "VERB", "bring", 4, "acl", "VBN"},
                                   {"against", "ADP", "against", 7, "case"},
                                   {"it", "PRON", "it", 5, "obl"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(denied).has_value());
  const auto signed_by = sentence_of({{"Officials", "NOUN", "official", 2, "nsubj"},
                                      {"said", "VERB", "say", 0, "root", "VBD"},
                                      {"the", "DET", "the", 4, "det"},
                                      {"documents", "NOUN", "document", 2, "obj"},
                                      {"signed", "VERB", "sign", 4, "acl", "VBN"},
                                      {"by", "ADP", "by", 7, "case"},
                                      {"officials", "NOUN", "official", 5, "obl"}});
  CHECK_FALSE(issuegraph::extract::repair_parse(signed_by).has_value());
}

TEST_CASE("a verb with its own subject read as a modifier of the noun root becomes the root", "[parse-repair]") {
  // "The rebels denied responsibility for the attack" read as one noun phrase.
  const auto s = sentence_of({{"The", "DET", "the", 4, "det"},
                              {"rebels", "NOUN", "rebel", 3, "nsubj"},
                              {"denied", "VERB", "deny", 4, "amod", "VBN"},
                              {"responsibility", "NOUN", "responsibility", 0, "root"},
                              {"for", "ADP", "for", 7, "case"},
                              {"the", "DET", "the", 7, "det"},
                              {"attack", "NOUN", "attack", 4, "nmod"},
                              {".", "PUNCT", ".", 4, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  const auto& t = repaired->tokens;
  CHECK(t[2].head == 0);
  CHECK(t[3].head == 3);
  CHECK(t[3].deprel == "obj");
  CHECK(t[0].head == 2);  // the subject's determiner
  CHECK(t[7].head == 3);
  CHECK(t[6].head == 4);  // the noun keeps its own phrase
}

TEST_CASE("an object read as a second subject of the speaker's verb goes back to its verb", "[parse-repair]") {
  // "The ministry summoned Chad's envoy, sources said" with "envoy" a subject of "said".
  const auto s = sentence_of({{"The", "DET", "the", 2, "det"},
                              {"ministry", "NOUN", "ministry", 3, "nsubj"},
                              {"summoned", "VERB", "summon", 9, "ccomp", "VBD"},
                              {"Chad", "PROPN", "Chad", 6, "nmod:poss"},
                              {"'s", "PART", "'s", 4, "case"},
                              {"envoy", "NOUN", "envoy", 9, "nsubj"},
                              {",", "PUNCT", ",", 8, "punct"},
                              {"sources", "NOUN", "source", 9, "nsubj"},
                              {"said", "VERB", "say", 0, "root", "VBD"},
                              {".", "PUNCT", ".", 9, "punct"}});
  const auto repaired = issuegraph::extract::repair_parse(s);
  REQUIRE(repaired.has_value());
  CHECK(repaired->tokens[5].head == 3);
  CHECK(repaired->tokens[5].deprel == "obj");
  CHECK(repaired->tokens[7].deprel == "nsubj");
}
