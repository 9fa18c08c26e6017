#include "issuegraph/model/binary_io.hpp"

#include "issuegraph/base/error.hpp"

namespace issuegraph {

std::string_view ByteReader::take(std::size_t n) {
  if (n > remaining()) {
    throw ModelError(source_, "truncated: needs " + std::to_string(n) + " bytes at offset " +
                                  std::to_string(pos_) + ", has " + std::to_string(remaining()));
  }
  std::string_view s = data_.substr(pos_, n);
  pos_ += n;
  return s;
}

std::uint64_t ByteReader::get(int n) {
  std::string_view s = take(static_cast<std::size_t>(n));
  std::uint64_t v = 0;
  for (int i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  return v;
}

void ByteReader::expect_end() const {
  if (!at_end()) {
    throw ModelError(source_, std::to_string(remaining()) + " unexpected trailing bytes");
  }
}

}  // namespace issuegraph
