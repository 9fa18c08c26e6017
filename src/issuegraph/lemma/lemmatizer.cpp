#include "issuegraph/lemma/lemmatizer.hpp"

#include "issuegraph/base/error.hpp"

namespace issuegraph {

std::string Lemmatizer::metadata(const std::string& key) const {
  auto it = metadata_.find(key);
  return it == metadata_.end() ? std::string() : it->second;
}

}  // namespace issuegraph
