// Sentence casing, which the tagger's features and the extractor's reading of headlines share.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "issuegraph/text/casing.hpp"

using issuegraph::Sentence;
using issuegraph::SentenceCasing;
using issuegraph::sentence_casing;

namespace {

Sentence words(const std::string& text) {
  Sentence sentence;
  std::istringstream in(text);
  std::string form;
  while (in >> form) sentence.tokens.push_back(issuegraph::Token{form});
  return sentence;
}

}  // namespace

TEST_CASE("sentence casing tells capitals, title case and normal writing apart", "[text]") {
  CHECK(sentence_casing(words("VIETNAM TOWS DAMAGED TRAWLER TO PORT")) == SentenceCasing::kCapitals);
  CHECK(sentence_casing(words("Vietnam Tows Damaged Trawler To Port")) == SentenceCasing::kTitle);
  CHECK(sentence_casing(words("Vietnam towed the damaged trawler to port .")) == SentenceCasing::kNormal);
  // Acronyms in an ordinary sentence do not make it a headline.
  CHECK(sentence_casing(words("The IMF and the WTO met NATO officials on Monday")) == SentenceCasing::kNormal);
}

TEST_CASE("sentence casing needs three words of two letters to say anything", "[text]") {
  CHECK(sentence_casing(words("UN OK")) == SentenceCasing::kNormal);
  CHECK(sentence_casing(words("A B C D E")) == SentenceCasing::kNormal);
  CHECK(sentence_casing(words("")) == SentenceCasing::kNormal);
}
