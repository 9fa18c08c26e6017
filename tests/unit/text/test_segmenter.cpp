// Sentence splitting on news-style sentences written for these tests.
#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "issuegraph/text/segmenter.hpp"

namespace {

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& sentence : issuegraph::segment_text(text)) out.push_back(sentence.text);
  return out;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST_CASE("segmenter splits on full stops, question and exclamation marks", "[segmenter]") {
  CHECK(sentences("The talks began. They ended late! Was a deal reached? Nobody knows.") ==
        Texts{"The talks began.", "They ended late!", "Was a deal reached?", "Nobody knows."});
}

TEST_CASE("segmenter does not split after titles and abbreviations", "[segmenter]") {
  CHECK(sentences("Mr. Okafor met Dr. Lee and Gen. Said in St. Petersburg. Both left.") ==
        Texts{"Mr. Okafor met Dr. Lee and Gen. Said in St. Petersburg.", "Both left."});
  CHECK(sentences("Halden Corp. said on Feb. 3 that Lt. Col. Ames had resigned.") ==
        Texts{"Halden Corp. said on Feb. 3 that Lt. Col. Ames had resigned."});
  CHECK(sentences("Goods such as steel, e.g. rebar, and aluminium were hit. Prices rose.") ==
        Texts{"Goods such as steel, e.g. rebar, and aluminium were hit.", "Prices rose."});
  CHECK(sentences("It was the U.S. Senate that voted, not the U.K. Parliament.").size() == 1);
}

TEST_CASE("segmenter keeps initials inside a name", "[segmenter]") {
  CHECK(sentences("Secretary of State Antony J. Blinken arrived. He met the premier.") ==
        Texts{"Secretary of State Antony J. Blinken arrived.", "He met the premier."});
}

TEST_CASE("segmenter splits after U.S. at the end of a sentence", "[segmenter]") {
  CHECK(sentences("The jets were sold to the U.S. The deal angered Moscow.") ==
        Texts{"The jets were sold to the U.S.", "The deal angered Moscow."});
  CHECK(sentences("Talks moved to the U.N. It was the third round.") ==
        Texts{"Talks moved to the U.N.", "It was the third round."});
  SECTION("a capitalised preposition or And after U.S. continues the sentence") {
    CHECK(sentences("Demand fell in the U.S. And Europe, traders said.").size() == 1);
    CHECK(sentences("Tariffs were imposed by the U.S. To protect mills, it said.").size() == 1);
  }
  SECTION("a company suffix ends a sentence before a pronoun") {
    CHECK(sentences("The bonds were sold by Halden Securities Inc. It did not comment.") ==
          Texts{"The bonds were sold by Halden Securities Inc.", "It did not comment."});
  }
  SECTION("etc. ends a sentence before any capitalised word") {
    CHECK(sentences("They discussed grain, fuel, etc. Kenya then proposed a truce.") ==
          Texts{"They discussed grain, fuel, etc.", "Kenya then proposed a truce."});
  }
}

TEST_CASE("segmenter does not split inside decimals and numbers", "[segmenter]") {
  CHECK(sentences("Exports fell 3.5% to $1,200.75 million in 2023. Imports rose.") ==
        Texts{"Exports fell 3.5% to $1,200.75 million in 2023.", "Imports rose."});
}

TEST_CASE("segmenter keeps closing quotes and brackets with their sentence", "[segmenter]") {
  CHECK(sentences("He said, \"No.\" Then he left.") == Texts{"He said, \"No.\"", "Then he left."});
  CHECK(sentences("“We will never accept this.” The minister left.") ==
        Texts{"“We will never accept this.”", "The minister left."});
  CHECK(sentences("The vote passed (by a wide margin.) Critics objected.") ==
        Texts{"The vote passed (by a wide margin.)", "Critics objected."});
  SECTION("a question inside a quote followed by the speaker is one sentence") {
    CHECK(sentences("“Why now?” she asked. He shrugged.") ==
          Texts{"“Why now?” she asked.", "He shrugged."});
  }
}

TEST_CASE("segmenter treats a doubled full stop as a full stop", "[segmenter]") {
  CHECK(sentences("The contract went to Halden Inc.. On Monday it was signed.") ==
        Texts{"The contract went to Halden Inc..", "On Monday it was signed."});
}

TEST_CASE("segmenter splits an ellipsis only before a capital", "[segmenter]") {
  CHECK(sentences("The talks... collapsed. Later... Ministers met.") ==
        Texts{"The talks... collapsed.", "Later...", "Ministers met."});
}

TEST_CASE("segmenter ends a sentence at a blank line and after a headline", "[segmenter]") {
  const std::string text =
      "Ministers Agree Steel Deal\n"
      "NAIROBI, May 4 — Trade ministers agreed a deal on Tuesday\n\n"
      "a second paragraph without capital\n";
  CHECK(sentences(text) == Texts{"Ministers Agree Steel Deal", "NAIROBI, May 4 —",
                                 "Trade ministers agreed a deal on Tuesday",
                                 "a second paragraph without capital"});
  SECTION("a line break inside running text is not a boundary and collapses to a space") {
    CHECK(sentences("The minister said the\ngovernment would respond.\nIt did.") ==
          Texts{"The minister said the government would respond.", "It did."});
  }
}

TEST_CASE("segmenter cuts a dateline off the sentence it opens", "[segmenter]") {
  CHECK(sentences("OSLO (Reuters) - Norway said on Monday it would cut its tariffs.") ==
        Texts{"OSLO (Reuters) -", "Norway said on Monday it would cut its tariffs."});
  CHECK(sentences("Headline here\n\nSAN JOSE, Costa Rica, Oct. 3 (AP) – The minister resigned.") ==
        Texts{"Headline here", "SAN JOSE, Costa Rica, Oct. 3 (AP) –", "The minister resigned."});
  CHECK(sentences("LIMA - Peru and Chile signed a fisheries accord.") ==
        Texts{"LIMA -", "Peru and Chile signed a fisheries accord."});
  SECTION("capitals and a dash inside a sentence, or a dash with nothing after it, are no dateline") {
    CHECK(sentences("The minister met NATO - and EU - envoys.") ==
          Texts{"The minister met NATO - and EU - envoys."});
    CHECK(sentences("The Big Three said so. NATO - the alliance - agreed.") ==
          Texts{"The Big Three said so.", "NATO - the alliance - agreed."});
    CHECK(sentences("Lowercase (Reuters) - text stays whole.") ==
          Texts{"Lowercase (Reuters) - text stays whole."});
  }
  SECTION("a place in title case, or none, counts with an agency and a new sentence after the dash") {
    CHECK(sentences("Tegucigalpa (AFP) - Honduras said the count was over.") ==
          Texts{"Tegucigalpa (AFP) -", "Honduras said the count was over."});
    CHECK(sentences("(Reuters) - The senator said he would stay.") ==
          Texts{"(Reuters) -", "The senator said he would stay."});
    CHECK(sentences("Port Louis - Mauritius said the count was over.") ==
          Texts{"Port Louis - Mauritius said the count was over."});
  }
}

TEST_CASE("segmenter numbers sentences and keeps document offsets", "[segmenter]") {
  const std::string text =
      "  Foreign Minister Ana Ruiz visited Nairobi.  She met Mr. Okafor, who didn't comment.\n\n"
      "“We are ready,” Ruiz said.  ";
  const auto result = issuegraph::segment_text(text);
  REQUIRE(result.size() == 3);
  for (std::size_t i = 0; i < result.size(); ++i) {
    const auto& sentence = result[i];
    CHECK(sentence.index == i);
    CHECK(sentence.text == text.substr(sentence.begin, sentence.end - sentence.begin));
    REQUIRE_FALSE(sentence.tokens.empty());
    CHECK(sentence.tokens.front().begin == sentence.begin);
    CHECK(sentence.tokens.back().end == sentence.end);
    for (const auto& token : sentence.tokens) {
      CHECK(token.form == text.substr(token.begin, token.end - token.begin));
      CHECK(token.head == -1);
      CHECK(token.upos.empty());
    }
  }
  CHECK(result[0].begin == 2);
  CHECK(result[1].text == "She met Mr. Okafor, who didn't comment.");
}

TEST_CASE("segmenter returns nothing for empty or blank text", "[segmenter]") {
  CHECK(issuegraph::segment_text("").empty());
  CHECK(issuegraph::segment_text(" \n\t\n ").empty());
}

TEST_CASE("segmenter cuts a run-on table into bounded sentences", "[segmenter]") {
  std::string table;
  for (int i = 0; i < 600; ++i) table += "row " + std::to_string(i) + " ";
  const auto result = issuegraph::segment_text(table);
  CHECK(result.size() >= 4);
  for (const auto& sentence : result) CHECK(sentence.tokens.size() <= 250);
}

TEST_CASE("segmenter keeps every token's offsets right on the bundled corpus", "[segmenter]") {
  const std::vector<std::string> names = {
      "01-trade-talks-in-nairobi.txt", "02-ev-tariff-dispute.txt",
      "03-parliament-sanctions-vote.txt", "04-un-summit-on-sudan.txt", "05-maritime-tension.txt"};
  for (const std::string& name : names) {
    const std::string path = std::string(ISSUEGRAPH_SOURCE_DIR) + "/examples/corpus/" + name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    const auto result = issuegraph::segment_text(text);
    INFO(name);
    // Each article is a headline, a dateline paragraph and 15-30 more sentences.
    CHECK(result.size() >= 18);
    CHECK(result.size() <= 32);
    CHECK(result[0].tokens.back().form != ".");  // the headline has no full stop
    std::size_t previous_end = 0;
    for (const auto& sentence : result) {
      INFO(sentence.text);
      CHECK(sentence.begin >= previous_end);
      previous_end = sentence.end;
      // No sentence of this carefully written text may start in lower case.
      const unsigned char first = static_cast<unsigned char>(sentence.text[0]);
      CHECK_FALSE((first >= 'a' && first <= 'z'));
      for (const auto& token : sentence.tokens) {
        CHECK(token.form == text.substr(token.begin, token.end - token.begin));
      }
    }
  }
}

TEST_CASE("segmenter keeps its guarantees on arbitrary bytes", "[segmenter]") {
  // Pieces that stress the rules, glued at random, plus raw bytes that are not UTF-8.
  const std::vector<std::string> pieces = {"U.S.",
                                           " ",
                                           "\n",
                                           "\n\n",
                                           "Mr.",
                                           ".",
                                           "...",
                                           "\xE2\x80\x9C",
                                           "\xE2\x80\x9D",
                                           "'s",
                                           "n't",
                                           "-",
                                           "--",
                                           "\xE2\x80\x94",
                                           "3.5",
                                           "%",
                                           "http://a.b/c",
                                           "x@y.org",
                                           "@",
                                           "#",
                                           "The",
                                           "he",
                                           "?",
                                           "!",
                                           "\"",
                                           "(",
                                           ")",
                                           "\xC3\xA9",
                                           "\xE5\x8C\x97",
                                           "\xFF",
                                           "\xE2\x80",
                                           "\xC2\xA0",
                                           "J.",
                                           "etc.",
                                           "No.",
                                           "1,000",
                                           ",",
                                           "\t",
                                           "\r\n",
                                           "cannot",
                                           "word"};
  std::mt19937 random(20260322);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 60);
    for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    INFO(text);
    const auto result = issuegraph::segment_text(text);
    std::size_t previous_end = 0;
    for (std::size_t i = 0; i < result.size(); ++i) {
      const auto& sentence = result[i];
      REQUIRE(sentence.index == i);
      REQUIRE_FALSE(sentence.tokens.empty());
      REQUIRE(sentence.begin >= previous_end);
      REQUIRE(sentence.end <= text.size());
      previous_end = sentence.end;
      for (const auto& token : sentence.tokens) {
        REQUIRE(token.begin < token.end);
        REQUIRE(token.form == text.substr(token.begin, token.end - token.begin));
        REQUIRE(token.form.find_first_of(" \n\t\r") == std::string::npos);
      }
    }
  }
}

TEST_CASE("segmenter cuts a dateline naming two cities", "[segmenter]") {
  CHECK(sentences("ROME/PARIS, May 2 (Reuters) - Italy and France agreed a rail deal.") ==
        Texts{"ROME/PARIS, May 2 (Reuters) -", "Italy and France agreed a rail deal."});
}
