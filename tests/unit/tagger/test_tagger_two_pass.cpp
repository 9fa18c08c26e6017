// The tagger's second pass: its features see the first pass's labels of the right context, it
// is trained on jackknifed first-pass labels, and it is stored in the same model file.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <set>

#include <unistd.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/model/binary_io.hpp"
#include "issuegraph/tagger/tagger.hpp"
#include "issuegraph/tagger/tagger_features.hpp"
#include "issuegraph/tagger/tagger_trainer.hpp"
#include "tagger_test_support.hpp"

using issuegraph::ModelError;
using issuegraph::ModelFile;
using issuegraph::Sentence;
using issuegraph::Tagger;
namespace detail = issuegraph::tagger_detail;

using tagger_test::words;

namespace {

const std::string kFixture = ISSUEGRAPH_TEST_DATA_DIR "/conllu/tagger-tiny.conllu";


const Tagger& two_pass_tagger() {
  static const Tagger tagger = [] {
    issuegraph::TaggerTrainingOptions options;
    options.iterations = 5;
    options.second_pass = true;
    options.first_pass_right_to_left = true;
    options.corpus = "tagger-tiny";
    return train_tagger(issuegraph::read_conllu_file(kFixture), {}, options, nullptr);
  }();
  return tagger;
}

using SecondKeys = std::array<std::uint64_t, detail::kSecondPassFeatureCount>;

SecondKeys second_keys(const std::vector<detail::TokenHashes>& hashes, std::size_t i,
                       const std::vector<int>& first) {
  SecondKeys keys{};
  detail::extract_second_pass_features(hashes, i, 3, 4, first, keys);
  return keys;
}

// Positions at which two key arrays differ.
std::set<std::size_t> changed(const SecondKeys& a, const SecondKeys& b) {
  std::set<std::size_t> out;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (a[k] != b[k]) out.insert(k);
  }
  return out;
}

}  // namespace

TEST_CASE("the second pass's features see the first pass's labels to the right", "[tagger]") {
  const Sentence sentence = words({"Officials", "said", "the", "talks", "would", "resume", "."});
  std::vector<detail::TokenHashes> hashes;
  detail::hash_tokens(sentence, hashes);
  const std::vector<int> first = {10, 20, 30, 40, 50, 60, 70};
  const SecondKeys base = second_keys(hashes, 2, first);

  SECTION("the shared templates are the first pass's own") {
    std::array<std::uint64_t, detail::kFeatureCount> shared{};
    detail::extract_features(hashes, 2, 3, 4, shared);
    for (std::size_t k = 0; k < detail::kFeatureCount; ++k) CHECK(shared[k] == base[k]);
  }
  SECTION("a different label at +1 changes second-pass keys only") {
    std::vector<int> other = first;
    other[3] = 41;
    const auto diff = changed(base, second_keys(hashes, 2, other));
    CHECK(diff.size() >= 3);  // t+1 alone, with t+2, with the word, ...
    for (std::size_t k : diff) CHECK(k >= detail::kFeatureCount);
  }
  SECTION("a different label at +2 changes some keys, fewer than one at +1") {
    std::vector<int> at_two = first;
    at_two[4] = 51;
    std::vector<int> at_one = first;
    at_one[3] = 41;
    const auto diff_two = changed(base, second_keys(hashes, 2, at_two));
    const auto diff_one = changed(base, second_keys(hashes, 2, at_one));
    CHECK(!diff_two.empty());
    CHECK(diff_two.size() < diff_one.size());
  }
  SECTION("the word's own first-pass label is a feature") {
    std::vector<int> other = first;
    other[2] = 31;
    CHECK(!changed(base, second_keys(hashes, 2, other)).empty());
  }
  SECTION("labels further away, and first-pass labels to the left, are not features") {
    std::vector<int> other = first;
    other[0] = 11;
    other[1] = 21;
    other[5] = 61;
    CHECK(changed(base, second_keys(hashes, 2, other)).empty());
  }
  SECTION("past the end of the sentence no label is assumed") {
    // At the last word, +1 is the boundary: no first-pass label there can change the keys,
    // and the keys differ from those with any real label one to the right.
    const SecondKeys last = second_keys(hashes, 6, first);
    std::vector<int> longer = first;
    longer.push_back(5);
    Sentence extended = sentence;
    extended.tokens.push_back(words({"."}).tokens[0]);
    std::vector<detail::TokenHashes> extended_hashes;
    detail::hash_tokens(extended, extended_hashes);
    for (int label : {0, 1, 5, 254}) {
      longer[7] = label;
      SecondKeys with_next{};
      detail::extract_second_pass_features(extended_hashes, 6, 3, 4, longer, with_next);
      CHECK(with_next[detail::kFeatureCount + 1] != last[detail::kFeatureCount + 1]);
    }
  }
}

TEST_CASE("a two-pass tagger trained on the tiny fixture round-trips through its model file",
          "[tagger]") {
  const Tagger& tagger = two_pass_tagger();
  REQUIRE(tagger.has_second_pass());
  CHECK(tagger.second_pass_feature_count() > 0);
  CHECK(tagger.feature_count() > tagger.second_pass_feature_count());
  CHECK(tagger.metadata("second_pass_jackknife_folds") == "4");
  CHECK(tagger.metadata("second_pass_best_iteration") == "5");  // no dev: the last one

  const std::string bytes = tagger.to_model().serialize();
  const Tagger loaded = Tagger::from_model(ModelFile::deserialize(bytes, "two-pass tagger"));
  CHECK(loaded.has_second_pass());
  CHECK(loaded.second_pass_feature_count() == tagger.second_pass_feature_count());
  CHECK(loaded.to_model().serialize() == bytes);
  CHECK(loaded.self_test());

  // The loaded tagger tags unseen news text exactly as the trained one.
  for (const auto& forms : std::vector<std::vector<std::string>>{
           {"The", "council", "approved", "the", "budget", "late", "on", "Monday", "."},
           {"Rescuers", "were", "still", "searching", "for", "survivors", "."}}) {
    Sentence a = words(forms);
    Sentence b = words(forms);
    tagger.tag(a);
    loaded.tag(b);
    for (std::size_t i = 0; i < a.tokens.size(); ++i) {
      CHECK(a.tokens[i].upos == b.tokens[i].upos);
      CHECK(a.tokens[i].xpos == b.tokens[i].xpos);
    }
  }
}

TEST_CASE("the second pass can be switched off, and small data trains one pass", "[tagger]") {
  const auto train = issuegraph::read_conllu_file(kFixture);
  issuegraph::TaggerTrainingOptions options;
  options.iterations = 3;

  SECTION("switched off") {
    options.second_pass = false;
    const Tagger one_pass = train_tagger(train, {}, options, nullptr);
    CHECK_FALSE(one_pass.has_second_pass());
    CHECK(one_pass.metadata("second_pass_best_iteration").empty());
    const std::string bytes = one_pass.to_model().serialize();
    const Tagger loaded = Tagger::from_model(ModelFile::deserialize(bytes, "one-pass tagger"));
    CHECK_FALSE(loaded.has_second_pass());
    CHECK(loaded.to_model().serialize() == bytes);
  }
  options.second_pass = true;
  SECTION("fewer sentences than folds") {
    const std::vector<Sentence> three(train.begin(), train.begin() + 3);
    CHECK_FALSE(train_tagger(three, {}, options, nullptr).has_second_pass());
  }
  SECTION("the log names both passes") {
    std::ostringstream log;
    train_tagger(train, {}, options, &log);
    CHECK_THAT(log.str(), Catch::Matchers::Contains("tagger iteration 3"));
    CHECK_THAT(log.str(), Catch::Matchers::Contains("jackknifed over 4 folds"));
    CHECK_THAT(log.str(), Catch::Matchers::Contains("tagger pass 2 iteration 3"));
  }
}

TEST_CASE("two-pass training on the tiny fixture is reproducible and fast", "[tagger]") {
  const auto train = issuegraph::read_conllu_file(kFixture);
  issuegraph::TaggerTrainingOptions options;
  options.iterations = 4;
  options.second_pass = true;
  const auto start = std::chrono::steady_clock::now();
  const std::string a = train_tagger(train, {}, options, nullptr).to_model().serialize();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(a == train_tagger(train, {}, options, nullptr).to_model().serialize());
  CHECK(seconds < 5.0);
  options.seed = 7;
  CHECK(a != train_tagger(train, {}, options, nullptr).to_model().serialize());
}

TEST_CASE("old or damaged two-pass tagger files give a ModelError", "[tagger]") {
  const std::string path =
      (std::filesystem::temp_directory_path() /
       ("issuegraph-test-tagger2-" + std::to_string(::getpid()) + ".igm"))
          .string();
  const ModelFile good = two_pass_tagger().to_model();

  SECTION("a file written by the one-pass tagger (component version 1)") {
    ModelFile old("tagger", 1, good.feature_hash());
    for (const char* name : {"labels", "weights", "dictionary", "lexicon", "selftest"}) {
      old.add_section(name, good.section(name));
    }
    old.save(path);
    CHECK_THROWS_AS(Tagger::load(path), ModelError);
    CHECK_THROWS_WITH(Tagger::load(path), Catch::Matchers::Contains("version"));
    CHECK_THROWS_AS(Tagger::from_model(old), ModelError);
  }
  SECTION("a file written with another feature set") {
    ModelFile other("tagger", issuegraph::kTaggerComponentVersion, good.feature_hash() ^ 1U);
    other.save(path);
    CHECK_THROWS_AS(Tagger::load(path), ModelError);
  }
  SECTION("no second-pass section") {
    ModelFile model("tagger", issuegraph::kTaggerComponentVersion, good.feature_hash());
    for (const char* name : {"labels", "weights", "dictionary", "lexicon", "selftest"}) {
      model.add_section(name, good.section(name));
    }
    CHECK_THROWS_WITH(Tagger::from_model(model), Catch::Matchers::Contains("weights2"));
  }
  SECTION("a second-pass label beyond the label set") {
    ModelFile model = good;
    model.add_section("weights2", tagger_test::one_weight_section(250, 32));  // weight 0.5
    CHECK_THROWS_WITH(Tagger::from_model(model),
                      Catch::Matchers::Contains("weights2") &&
                          Catch::Matchers::Contains("out of range"));
  }
  SECTION("second-pass rows out of order") {
    ModelFile model = good;
    issuegraph::ByteWriter weights;
    weights.u32(2);
    for (std::uint64_t key : {9ULL, 8ULL}) {
      weights.u64(key);
      weights.u8(0);
    }
    model.add_section("weights2", weights.take());
    CHECK_THROWS_WITH(Tagger::from_model(model), Catch::Matchers::Contains("increasing"));
  }
  std::filesystem::remove(path);
}

TEST_CASE("tagger weights are stored as 16-bit steps of 1/64, clipped, in both passes",
          "[tagger]") {
  std::vector<issuegraph::TaggerFeatureRow> rows(1);
  rows[0].key = 5;
  rows[0].weights = {{0, 0.30F}, {1, -600.0F}};
  const Tagger tagger =
      Tagger::from_parts({"NOUN|NN", "VERB|VB"}, rows, rows, {}, {{7, 9}});
  const ModelFile model = tagger.to_model();
  for (const char* name : {"weights", "weights2"}) {
    INFO(name);
    issuegraph::ByteReader in(model.section(name), name);
    CHECK(in.u32() == 1);
    CHECK(in.u64() == 5);
    CHECK(in.u8() == 2);
    CHECK(in.u8() == 0);
    CHECK(in.u8() == 19);  // 0.30 * 64 = 19.2 -> 19
    CHECK(in.u8() == 0);
    CHECK(in.u8() == 1);
    CHECK(in.u8() == 0x01);  // -32767 = 0x8001, little-endian: the clip
    CHECK(in.u8() == 0x80);
    CHECK(in.at_end());
  }
  // Reading back gives the rounded weights, and saving again the same bytes.
  const Tagger loaded = Tagger::from_model(ModelFile::deserialize(model.serialize(), "grid"));
  CHECK(loaded.to_model().serialize() == model.serialize());
}

TEST_CASE("the first pass's direction is an option stored in the model", "[tagger]") {
  const auto train = issuegraph::read_conllu_file(kFixture);
  issuegraph::TaggerTrainingOptions options;
  options.iterations = 3;
  CHECK(options.second_pass);  // the defaults
  CHECK(options.first_pass_right_to_left);
  CHECK(two_pass_tagger().first_pass_right_to_left());
  CHECK(two_pass_tagger().metadata("first_pass_direction") == "right to left");

  options.first_pass_right_to_left = false;
  const Tagger forward = train_tagger(train, {}, options, nullptr);
  CHECK_FALSE(forward.first_pass_right_to_left());
  const ModelFile model = forward.to_model();
  CHECK_FALSE(Tagger::from_model(model).first_pass_right_to_left());
  CHECK(model.serialize() != two_pass_tagger().to_model().serialize());

  SECTION("a direction code other than 0 or 1") {
    ModelFile bad = model;
    bad.add_section("passes", std::string("\x02", 1));
    CHECK_THROWS_WITH(Tagger::from_model(bad), Catch::Matchers::Contains("direction"));
  }
  SECTION("a passes section with trailing bytes") {
    ModelFile bad = model;
    bad.add_section("passes", std::string("\x01\x00", 2));
    CHECK_THROWS_AS(Tagger::from_model(bad), ModelError);
  }
}

TEST_CASE("a right-to-left first pass labels every word, in sentence order", "[tagger]") {
  // Trained on the fixture's sentences, the first pass must give back a training sentence's
  // own labels; reversed order would put the final punctuation's label first.
  const auto gold = issuegraph::read_conllu_file(kFixture);
  const Tagger& tagger = two_pass_tagger();
  Sentence sentence;
  for (const auto& token : gold[0].tokens) sentence.tokens.push_back(words({token.form}).tokens[0]);
  const std::vector<int> first = tagger.first_pass_labels(sentence);
  REQUIRE(first.size() == gold[0].tokens.size());
  std::size_t agree = 0;
  for (std::size_t i = 0; i < first.size(); ++i) {
    const std::string& label = tagger.labels()[static_cast<std::size_t>(first[i])];
    agree += label == gold[0].tokens[i].upos + "|" + gold[0].tokens[i].xpos ? 1 : 0;
  }
  CHECK(agree + 1 >= first.size());
}

TEST_CASE("only a sentence's first word in Title case falls back to its lower case in the tag "
          "dictionary", "[tagger]") {
  std::vector<detail::TokenHashes> hashes;
  auto first_fallback = [&](const std::vector<std::string>& forms, std::size_t i) {
    detail::hash_tokens(words(forms), hashes);
    return hashes[i + detail::kPadding].dictionary_fallback;
  };
  detail::hash_tokens(words({"each"}), hashes);
  const std::uint64_t each = hashes[detail::kPadding].lower;
  CHECK(each == detail::dictionary_key("each"));
  CHECK(first_fallback({"Each", "Japan", "and", "the", "EU"}, 0) == each);
  CHECK(first_fallback({"Each", "Japan", "and", "the", "EU"}, 1) == 0);  // not the first word
  CHECK(first_fallback({"US", "officials", "said"}, 0) == 0);            // not Title case
  CHECK(first_fallback({"each", "side"}, 0) == 0);                       // already lower case
  CHECK(first_fallback({"I", "said"}, 0) == 0);                          // a single capital
  CHECK(first_fallback({"McCain", "said"}, 0) == 0);                     // a second capital
  // Boundary entries never carry one.
  CHECK(hashes.front().dictionary_fallback == 0);
  CHECK(hashes.back().dictionary_fallback == 0);
}
