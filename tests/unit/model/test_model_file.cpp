#include <catch2/catch.hpp>

#include <string>

#include "issuegraph/base/error.hpp"
#include "issuegraph/model/binary_io.hpp"
#include "issuegraph/model/model_file.hpp"

using issuegraph::ByteReader;
using issuegraph::ByteWriter;
using issuegraph::ModelError;
using issuegraph::ModelFile;

namespace {

ModelFile sample_model() {
  ModelFile model("tagger", 3, 0xabcdef0123456789ULL);
  model.set_metadata("corpus", "tiny.conllu");
  model.set_metadata("iterations", "5");
  ByteWriter weights;
  weights.u32(7);
  weights.f32(0.25F);
  weights.str("NOUN");
  model.add_section("weights", weights.take());
  model.add_section("labels", "NOUN VERB");
  return model;
}

}  // namespace

TEST_CASE("model container round-trips sections and metadata byte for byte", "[model]") {
  std::string bytes = sample_model().serialize();
  ModelFile loaded = ModelFile::deserialize(bytes, "memory");
  CHECK(loaded.kind() == "tagger");
  CHECK(loaded.component_version() == 3);
  CHECK(loaded.feature_hash() == 0xabcdef0123456789ULL);
  CHECK(loaded.metadata("corpus") == "tiny.conllu");
  CHECK(loaded.section("labels") == "NOUN VERB");
  ByteReader in(loaded.section("weights"), "weights");
  CHECK(in.u32() == 7);
  CHECK(in.f32() == 0.25F);
  CHECK(in.str() == "NOUN");
  CHECK(in.at_end());
  CHECK(loaded.serialize() == bytes);
}

TEST_CASE("model container rejects damaged files with precise messages", "[model]") {
  std::string bytes = sample_model().serialize();

  SECTION("bad magic") {
    bytes[0] = 'X';
    CHECK_THROWS_WITH(ModelFile::deserialize(bytes, "m.igm"),
                      Catch::Matchers::Contains("m.igm") && Catch::Matchers::Contains("magic"));
  }
  SECTION("unsupported container version") {
    bytes[8] = 9;
    CHECK_THROWS_WITH(ModelFile::deserialize(bytes, "m.igm"), Catch::Matchers::Contains("version 9"));
  }
  SECTION("one flipped byte in a section") {
    bytes[bytes.size() / 2] ^= 0x40;
    CHECK_THROWS_WITH(ModelFile::deserialize(bytes, "m.igm"), Catch::Matchers::Contains("checksum"));
  }
  SECTION("truncated") {
    CHECK_THROWS_AS(ModelFile::deserialize(bytes.substr(0, 10), "m.igm"), ModelError);
    CHECK_THROWS_AS(ModelFile::deserialize(bytes.substr(0, bytes.size() - 3), "m.igm"), ModelError);
  }
  SECTION("empty") { CHECK_THROWS_AS(ModelFile::deserialize("", "m.igm"), ModelError); }
}

TEST_CASE("model loader checks kind, version and feature set", "[model]") {
  std::string path = "/tmp/issuegraph-test-model.igm";
  sample_model().save(path);
  CHECK_NOTHROW(ModelFile::load(path, "tagger", 3, 0xabcdef0123456789ULL));
  CHECK_THROWS_WITH(ModelFile::load(path, "parser", 3, 0xabcdef0123456789ULL),
                    Catch::Matchers::Contains("expected 'parser'"));
  CHECK_THROWS_WITH(ModelFile::load(path, "tagger", 4, 0xabcdef0123456789ULL),
                    Catch::Matchers::Contains("retrain"));
  CHECK_THROWS_WITH(ModelFile::load(path, "tagger", 3, 1), Catch::Matchers::Contains("feature set"));
  CHECK_THROWS_WITH(ModelFile::load("/nonexistent/x.igm", "tagger", 3, 1),
                    Catch::Matchers::Contains("cannot open"));
}

TEST_CASE("byte reader reports truncation and trailing bytes", "[model]") {
  ByteWriter out;
  out.u64(42);
  ByteReader short_reader(std::string_view(out.bytes()).substr(0, 5), "section 'x'");
  CHECK_THROWS_WITH(short_reader.u64(), Catch::Matchers::Contains("section 'x'"));
  ByteReader long_reader(out.bytes(), "section 'y'");
  long_reader.u32();
  CHECK_THROWS_WITH(long_reader.expect_end(), Catch::Matchers::Contains("trailing"));
}
