// Helpers shared by the tagger tests.
#pragma once

#include <string>
#include <vector>

#include "issuegraph/text/sentence.hpp"

namespace tagger_test {

// A sentence of bare forms, nothing annotated.
inline issuegraph::Sentence words(const std::vector<std::string>& forms) {
  issuegraph::Sentence sentence;
  for (const auto& form : forms) {
    issuegraph::Token token;
    token.form = form;
    sentence.tokens.push_back(token);
  }
  return sentence;
}

}  // namespace tagger_test
