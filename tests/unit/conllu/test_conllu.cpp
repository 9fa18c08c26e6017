#include <catch2/catch.hpp>

#include <sstream>

#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/conllu/conllu_writer.hpp"

using namespace issuegraph;

namespace {

// A sentence written for this test, with a multiword token and an empty node.
const char* const kSample =
    "# sent_id = t-1\n"
    "# text = The envoy won't attend.\n"
    "1\tThe\tthe\tDET\tDT\tDefinite=Def\t2\tdet\t_\t_\n"
    "2\tenvoy\tenvoy\tNOUN\tNN\tNumber=Sing\t5\tnsubj\t_\t_\n"
    "3-4\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\two\twill\tAUX\tMD\t_\t5\taux\t_\t_\n"
    "4\tn't\tnot\tPART\tRB\t_\t5\tadvmod\t_\t_\n"
    "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t5:conj\t_\n"
    "5\tattend\tattend\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("conllu reader fills tokens and keeps ranges, empty nodes and comments", "[conllu]") {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample.conllu");
  Sentence s;
  REQUIRE(reader.next(s));
  CHECK(s.text == "The envoy won't attend.");
  REQUIRE(s.tokens.size() == 6);
  CHECK(s.tokens[1].form == "envoy");
  CHECK(s.tokens[1].head == 5);
  CHECK(s.tokens[1].deprel == "nsubj");
  CHECK(s.tokens[3].lemma == "not");
  CHECK_FALSE(s.tokens[4].space_after);
  REQUIRE(s.multiword_tokens.size() == 1);
  CHECK(s.multiword_tokens[0].form == "won't");
  REQUIRE(s.empty_nodes.size() == 1);
  CHECK_FALSE(reader.next(s));
}

TEST_CASE("conllu writer gives back exactly what the reader read", "[conllu]") {
  std::istringstream in(kSample);
  ConlluReader reader(in, "sample.conllu");
  Sentence s;
  REQUIRE(reader.next(s));
  std::ostringstream out;
  write_conllu(out, s);
  CHECK(out.str() == kSample);
}

TEST_CASE("conllu reader names file and line of a malformed row", "[conllu]") {
  std::istringstream in("# text = x\n1\tx\tx\tX\n\n");
  ConlluReader reader(in, "bad.conllu");
  Sentence s;
  CHECK_THROWS_WITH(reader.next(s), Catch::Matchers::Contains("bad.conllu:2") &&
                                        Catch::Matchers::Contains("10 tab-separated columns"));
  std::istringstream gap("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n3\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n\n");
  ConlluReader gap_reader(gap, "gap.conllu");
  CHECK_THROWS_WITH(gap_reader.next(s), Catch::Matchers::Contains("gap.conllu:2"));
}
