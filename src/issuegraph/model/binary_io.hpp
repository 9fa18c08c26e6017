// Explicit little-endian encoding for model sections: every value is written and read byte by
// byte, never as a raw struct, so that files are identical across compilers and machines.
// ByteReader throws ModelError (naming its source) when the data runs out.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace issuegraph {

class ByteWriter {
 public:
  void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void u32(std::uint32_t v) { put(v, 4); }
  void u64(std::uint64_t v) { put(v, 8); }
  void i32(std::int32_t v) { put(static_cast<std::uint32_t>(v), 4); }
  void f32(float v) {
    std::uint32_t bits;
    std::memcpy(&bits, &v, 4);
    put(bits, 4);
  }
  void f64(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, 8);
    put(bits, 8);
  }
  // A length-prefixed (u32) byte string.
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  void raw(std::string_view s) { out_.append(s); }
  const std::string& bytes() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void put(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xffU));
  }
  std::string out_;
};

class ByteReader {
 public:
  // `source` names the data in errors, e.g. "data/models/tagger.igm section 'weights'".
  ByteReader(std::string_view data, std::string source) : data_(data), source_(std::move(source)) {}

  std::uint8_t u8() { return static_cast<std::uint8_t>(get(1)); }
  std::uint32_t u32() { return static_cast<std::uint32_t>(get(4)); }
  std::uint64_t u64() { return get(8); }
  std::int32_t i32() { return static_cast<std::int32_t>(static_cast<std::uint32_t>(get(4))); }
  float f32() {
    auto bits = static_cast<std::uint32_t>(get(4));
    float v;
    std::memcpy(&v, &bits, 4);
    return v;
  }
  double f64() {
    std::uint64_t bits = get(8);
    double v;
    std::memcpy(&v, &bits, 8);
    return v;
  }
  std::string str() {
    std::uint32_t n = u32();
    return std::string(take(n));
  }
  std::string_view take(std::size_t n);
  std::size_t position() const { return pos_; }
  std::size_t remaining() const { return data_.size() - pos_; }
  bool at_end() const { return pos_ == data_.size(); }
  // Throws ModelError when bytes are left over (a section longer than its reader expects).
  void expect_end() const;

 private:
  std::uint64_t get(int n);
  std::string_view data_;
  std::string source_;
  std::size_t pos_ = 0;
};

}  // namespace issuegraph
