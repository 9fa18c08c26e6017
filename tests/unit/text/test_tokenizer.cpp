// Tokenisation follows UD English EWT, which the tagger and parser are trained on.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "issuegraph/text/segmenter.hpp"
#include "issuegraph/text/tokenizer.hpp"

namespace {

std::vector<std::string> forms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& token : issuegraph::tokenize_text(text)) out.push_back(token.form);
  return out;
}

using Forms = std::vector<std::string>;

}  // namespace

TEST_CASE("tokenizer keeps U.S. and titles as one token with their period", "[tokenizer]") {
  CHECK(forms("Mr. Okafor met U.S. and U.K. envoys.") ==
        Forms{"Mr.", "Okafor", "met", "U.S.", "and", "U.K.", "envoys", "."});
  CHECK(forms("Gen. Tanaka, Sen. Moreau and Dr. Lee") ==
        Forms{"Gen.", "Tanaka", ",", "Sen.", "Moreau", "and", "Dr.", "Lee"});
  CHECK(forms("Acme Corp. and Halden Ltd. signed on Jan. 5") ==
        Forms{"Acme", "Corp.", "and", "Halden", "Ltd.", "signed", "on", "Jan.", "5"});
  CHECK(forms("e.g. steel, i.e. metal") == Forms{"e.g.", "steel", ",", "i.e.", "metal"});
}

TEST_CASE("tokenizer splits the period off an ordinary word", "[tokenizer]") {
  CHECK(forms("talks ended.") == Forms{"talks", "ended", "."});
  CHECK(forms("She said no.") == Forms{"She", "said", "no", "."});
}

TEST_CASE("tokenizer keeps No. as an abbreviation only before a number", "[tokenizer]") {
  CHECK(forms("Resolution No. 12") == Forms{"Resolution", "No.", "12"});
  CHECK(forms("He said No.") == Forms{"He", "said", "No", "."});
}

TEST_CASE("tokenizer keeps a capital initial with its period", "[tokenizer]") {
  CHECK(forms("Antony J. Blinken") == Forms{"Antony", "J.", "Blinken"});
}

TEST_CASE("tokenizer splits possessives as in EWT", "[tokenizer]") {
  CHECK(forms("China's exports") == Forms{"China", "'s", "exports"});
  CHECK(forms("the Blinkens' trip") == Forms{"the", "Blinkens", "'", "trip"});
  SECTION("curly apostrophes are handled like straight ones") {
    CHECK(forms("Kenya’s minister") == Forms{"Kenya", "’s", "minister"});
    CHECK(forms("the envoys’ plan") == Forms{"the", "envoys", "’", "plan"});
  }
  SECTION("an abbreviation keeps its period and gives up its possessive") {
    CHECK(forms("the U.S.'s position") == Forms{"the", "U.S.", "'s", "position"});
    CHECK(forms("Halden Inc.’s shares") == Forms{"Halden", "Inc.", "’s", "shares"});
  }
  SECTION("an apostrophe inside a name is not a clitic") {
    CHECK(forms("O'Brien's aide") == Forms{"O'Brien", "'s", "aide"});
  }
}

TEST_CASE("tokenizer splits negation and other contractions", "[tokenizer]") {
  CHECK(forms("doesn't") == Forms{"does", "n't"});
  CHECK(forms("can't") == Forms{"ca", "n't"});
  CHECK(forms("won't") == Forms{"wo", "n't"});
  CHECK(forms("Don’t") == Forms{"Do", "n’t"});
  CHECK(forms("they're we've I'll she'd I'm") ==
        Forms{"they", "'re", "we", "'ve", "I", "'ll", "she", "'d", "I", "'m"});
  CHECK(forms("Ministers cannot agree") == Forms{"Ministers", "can", "not", "agree"});
}

TEST_CASE("tokenizer keeps hyphenated compounds together and dashes apart", "[tokenizer]") {
  CHECK(forms("the military-industrial complex") == Forms{"the", "military-industrial", "complex"});
  CHECK(forms("China-U.S. talks") == Forms{"China-U.S.", "talks"});
  CHECK(forms("U.S.-China talks") == Forms{"U.S.-China", "talks"});
  CHECK(forms("the end.-Reuters") == Forms{"the", "end", ".", "-", "Reuters"});
  CHECK(forms("talks—and trade") == Forms{"talks", "—", "and", "trade"});
  CHECK(forms("2019–2020") == Forms{"2019", "–", "2020"});
  CHECK(forms("a deal--at last") == Forms{"a", "deal", "--", "at", "last"});
}

TEST_CASE("tokenizer keeps numbers whole and splits % and currency signs", "[tokenizer]") {
  CHECK(forms("grew 3.5% to $1,000.50") == Forms{"grew", "3.5", "%", "to", "$", "1,000.50"});
  CHECK(forms("at 10:30 on 24/7 duty") == Forms{"at", "10:30", "on", "24/7", "duty"});
  CHECK(forms("(12,500)") == Forms{"(", "12,500", ")"});
}

TEST_CASE("tokenizer keeps URLs, e-mail addresses, handles and hashtags whole", "[tokenizer]") {
  CHECK(forms("See https://example.org/news?id=4&x=1.") ==
        Forms{"See", "https://example.org/news?id=4&x=1", "."});
  CHECK(forms("(www.un.org)") == Forms{"(", "www.un.org", ")"});
  CHECK(forms("Write to press@example.int, please") ==
        Forms{"Write", "to", "press@example.int", ",", "please"});
  CHECK(forms("@UNNews posted #ClimateAction!") ==
        Forms{"@UNNews", "posted", "#ClimateAction", "!"});
}

TEST_CASE("tokenizer splits quotes, brackets and ellipses", "[tokenizer]") {
  CHECK(forms("\"No,\" he said...") == Forms{"\"", "No", ",", "\"", "he", "said", "..."});
  CHECK(forms("“Never,” she said") == Forms{"“", "Never", ",", "”", "she", "said"});
  CHECK(forms("Really?!") == Forms{"Really", "?!"});
  CHECK(forms("wait…") == Forms{"wait", "…"});
}

TEST_CASE("tokenizer treats accented and CJK letters as word characters", "[tokenizer]") {
  CHECK(forms("José María Peña visited São Paulo") ==
        Forms{"José", "María", "Peña", "visited", "São", "Paulo"});
  CHECK(forms("北京 said") == Forms{"北京", "said"});
  SECTION("a no-break space separates tokens") { CHECK(forms("10 km") == Forms{"10", "km"}); }
}

TEST_CASE("tokenizer records space_after and exact byte offsets", "[tokenizer]") {
  const std::string text =
      "Foreign Minister Ana Ruíz said “we won’t”\n"
      "accept the U.S. plan (3.5%), according to AFP—and Kenya's envoy.";
  const auto tokens = issuegraph::tokenize_text(text);
  REQUIRE(tokens.size() > 20);
  for (const auto& token : tokens) {
    INFO(token.form);
    CHECK(token.form == text.substr(token.begin, token.end - token.begin));
    CHECK(token.end > token.begin);
  }
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    INFO(tokens[i].form);
    CHECK(tokens[i].space_after == (tokens[i + 1].begin > tokens[i].end));
  }
  // "won’t" -> "wo" + "n’t" with no space between them.
  const auto wo =
      std::find_if(tokens.begin(), tokens.end(), [](const auto& t) { return t.form == "wo"; });
  REQUIRE(wo != tokens.end());
  CHECK_FALSE(wo->space_after);
  CHECK((wo + 1)->form == "n’t");
}

TEST_CASE("tokenizer keeps invalid bytes inside the word they interrupt", "[tokenizer]") {
  CHECK(forms("caf\xE9 talks") == Forms{"caf\xE9", "talks"});
}
