// Helpers shared by the tagger tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "issuegraph/model/binary_io.hpp"
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

// The bytes of a weights section with one feature row (key 42) holding one weight for `label`,
// stored as the 16-bit integer `q` (steps of 1/64): for models that must be refused.
inline std::string one_weight_section(std::uint8_t label, std::int16_t q) {
  issuegraph::ByteWriter weights;
  weights.u32(1);
  weights.u64(42);
  weights.u8(1);
  weights.u8(label);
  weights.u8(static_cast<std::uint8_t>(q & 0xFF));  // little-endian
  weights.u8(static_cast<std::uint8_t>((q >> 8) & 0xFF));
  return weights.take();
}

}  // namespace tagger_test
