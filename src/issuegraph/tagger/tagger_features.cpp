#include "issuegraph/tagger/tagger_features.hpp"

#include "issuegraph/text/casing.hpp"
#include "issuegraph/text/utf8.hpp"

namespace issuegraph::tagger_detail {
namespace {

// Reads one byte-level "character" of the form, mapping the curly quotes the tokenizer may
// produce to the straight ones EWT mostly uses; returns the number of bytes consumed.
std::size_t next_char(std::string_view s, std::size_t i, char& mapped, bool& multibyte) {
  auto c = static_cast<unsigned char>(s[i]);
  multibyte = false;
  if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(s[i + 2]);
    if (d == 0x98 || d == 0x99) {
      mapped = '\'';
      return 3;
    }
    if (d == 0x9C || d == 0x9D) {
      mapped = '"';
      return 3;
    }
  }
  mapped = static_cast<char>(c);
  if (c < 0x80) return 1;
  multibyte = true;
  std::size_t n = 1;
  while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
  return n;
}

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The shape of a multi-byte character: a letter keeps its case ("Vukotić" has the shape of
// "Vukotic", so a name with diacritics is tagged like one without; the treebanks have few), any
// other character is 'U'.
char multibyte_shape(std::string_view form, std::size_t i) {
  const char32_t cp = decode_utf8(form, i).value;
  if (is_upper(cp)) return 'X';
  return is_letter(cp) ? 'x' : 'U';
}

constexpr std::uint64_t kTemplateSeed = stable_hash("tagger template");
constexpr std::uint64_t kClusterSeed = stable_hash("fine cluster");
constexpr std::uint64_t kCoarseSeed = stable_hash("coarse cluster");

// The hash state after each template id, computed once.
constexpr std::array<std::uint64_t, kSecondPassFeatureCount + 1> kTemplateHashes = [] {
  std::array<std::uint64_t, kSecondPassFeatureCount + 1> out{};
  for (std::size_t t = 0; t <= kSecondPassFeatureCount; ++t) out[t] = stable_hash_combine(kTemplateSeed, t);
  return out;
}();
static_assert(kSecondPassFeatureCount == 59, "template ids run to 59: see shared_features");

std::uint64_t key(std::size_t template_id, std::uint64_t a, std::uint64_t b = 0) {
  std::uint64_t h = stable_hash_combine(kTemplateHashes[template_id], a);
  if (b != 0) h = stable_hash_combine(h, b);
  return h == 0 ? 1 : h;
}

// Boundary tokens: distinct constant hashes for before-start and after-end.
TokenHashes boundary(std::uint64_t seed) {
  TokenHashes t;
  t.exact = t.lower = t.shape = seed;
  t.suffix.fill(seed);
  t.prefix.fill(seed);
  t.ambiguity = seed;
  t.exact_ambiguity = seed;
  t.sentence_case = seed;
  t.dictionary_fallback = 0;
  t.cluster = t.coarse = seed;
  return t;
}

}  // namespace

std::uint64_t dictionary_key(std::string_view form) {
  std::uint64_t h = kFnvOffset;
  for (std::size_t i = 0; i < form.size();) {
    char c;
    bool multibyte;
    std::size_t n = next_char(form, i, c, multibyte);
    if (multibyte) {
      h = stable_hash(form.substr(i, n), h);
    } else {
      h = stable_hash(std::string_view(&c, 1), h);
    }
    i += n;
  }
  return h;
}

std::uint64_t ambiguity_class(const std::vector<int>& sorted_labels) {
  std::uint64_t h = stable_hash("ambiguity");
  for (int label : sorted_labels) h = stable_hash_combine(h, static_cast<std::uint64_t>(label));
  return h;
}

void hash_tokens(const Sentence& sentence, std::vector<TokenHashes>& out, const WordClusters* clusters) {
  static const TokenHashes kStart = boundary(stable_hash("<s>"));
  static const TokenHashes kEnd = boundary(stable_hash("</s>"));
  out.clear();
  out.reserve(sentence.tokens.size() + 2 * kPadding);
  for (std::size_t p = 0; p < kPadding; ++p) out.push_back(kStart);
  // Start offsets of the code points of the lower-cased form, for prefixes and suffixes.
  constexpr std::size_t kMaxChars = 64;
  std::array<std::uint64_t, kMaxChars + 1> prefix_hash{};  // hash of the first k chars
  std::array<std::size_t, kMaxChars + 1> char_begin{};
  char lowered[256];
  for (const Token& token : sentence.tokens) {
    TokenHashes t;
    std::string_view form = token.form;
    std::uint64_t exact = kFnvOffset;
    std::uint64_t lower = kFnvOffset;
    std::uint64_t shape = kFnvOffset;
    char last_shape = 0;
    int run = 0;
    std::size_t chars = 0;
    std::size_t lowered_size = 0;
    for (std::size_t i = 0; i < form.size();) {
      char c;
      bool multibyte;
      std::size_t n = next_char(form, i, c, multibyte);
      std::string_view piece = multibyte ? form.substr(i, n) : std::string_view(&c, 1);
      exact = stable_hash(piece, exact);
      char lc = lower_ascii(c);
      std::string_view lower_piece = multibyte ? piece : std::string_view(&lc, 1);
      lower = stable_hash(lower_piece, lower);
      if (chars < kMaxChars && lowered_size + lower_piece.size() <= sizeof lowered) {
        char_begin[chars] = lowered_size;
        for (char b : lower_piece) lowered[lowered_size++] = b;
        ++chars;
        prefix_hash[chars] = lower;
      }
      char s = multibyte                    ? multibyte_shape(form, i)
               : (c >= 'A' && c <= 'Z')     ? 'X'
               : (c >= 'a' && c <= 'z')     ? 'x'
               : (c >= '0' && c <= '9')     ? 'd'
                                            : c;
      if (s == last_shape) {
        ++run;
      } else {
        run = 1;
        last_shape = s;
      }
      if (run <= 3) shape = stable_hash(std::string_view(&s, 1), shape);
      i += n;
    }
    char_begin[chars] = lowered_size;
    t.ambiguity = kUnknownAmbiguity;
    t.exact_ambiguity = kUnknownAmbiguity;
    t.exact = exact;
    t.lower = lower;
    const ClusterIds ids = clusters != nullptr ? clusters->lookup(form) : ClusterIds{};
    t.cluster = stable_hash_combine(kClusterSeed, ids.fine);
    t.coarse = stable_hash_combine(kCoarseSeed, ids.coarse);
    t.shape = shape;
    std::string_view lowered_view(lowered, lowered_size);
    for (std::size_t k = 1; k <= 4; ++k) {
      std::size_t take = k < chars ? k : chars;
      t.suffix[k - 1] = stable_hash(lowered_view.substr(char_begin[chars - take]));
      t.prefix[k - 1] = prefix_hash[take] ^ 0x9e3779b97f4a7c15ULL;
    }
    out.push_back(t);
  }
  for (std::size_t p = 0; p < kPadding; ++p) out.push_back(kEnd);

  // The first word in Title case (a capital, then at least one letter and no other capital).
  if (!sentence.tokens.empty()) {
    const std::string& form = sentence.tokens.front().form;
    bool title = form.size() >= 2 && form[0] >= 'A' && form[0] <= 'Z';
    bool letters = false;
    for (std::size_t i = 1; i < form.size() && title; ++i) {
      title = !(form[i] >= 'A' && form[i] <= 'Z');
      letters = letters || (form[i] >= 'a' && form[i] <= 'z');
    }
    if (title && letters) out[kPadding].dictionary_fallback = out[kPadding].lower;
  }

  // The values are part of the model's features: 1 normal, 2 capitals, 3 title case.
  std::uint64_t sentence_case = 1;
  switch (sentence_casing(sentence)) {
    case SentenceCasing::kNormal: break;
    case SentenceCasing::kCapitals: sentence_case = 2; break;
    case SentenceCasing::kTitle: sentence_case = 3; break;
  }
  for (std::size_t i = kPadding; i + kPadding < out.size(); ++i) out[i].sentence_case = sentence_case;
}

namespace {

// Writes the kFeatureCount shared keys to out[0..kFeatureCount).
void shared_features(const std::vector<TokenHashes>& hashes, std::size_t i, int prev1, int prev2,
                     std::uint64_t* out) {
  const std::size_t c = i + kPadding;
  const TokenHashes& w = hashes[c];
  const TokenHashes& wm1 = hashes[c - 1];
  const TokenHashes& wm2 = hashes[c - 2];
  const TokenHashes& wp1 = hashes[c + 1];
  const TokenHashes& wp2 = hashes[c + 2];
  // Labels enter hashes shifted by 2 so that -1 (before the start) is not 0 ("absent").
  const auto p1 = static_cast<std::uint64_t>(prev1 + 2);
  const auto p2 = static_cast<std::uint64_t>(prev2 + 2);
  std::size_t k = 0;
  out[k++] = key(1, 1);
  out[k++] = key(2, w.lower);
  out[k++] = key(3, w.suffix[0]);
  out[k++] = key(4, w.suffix[1]);
  out[k++] = key(5, w.suffix[2]);
  out[k++] = key(6, w.suffix[3]);
  out[k++] = key(7, w.prefix[0]);
  out[k++] = key(8, w.prefix[1]);
  out[k++] = key(9, w.prefix[2]);
  out[k++] = key(10, w.shape);
  out[k++] = key(11, p1);
  out[k++] = key(12, p2);
  out[k++] = key(13, p1, p2);
  out[k++] = key(14, p1, w.lower);
  out[k++] = key(15, wm1.lower);
  out[k++] = key(16, wm2.lower);
  out[k++] = key(17, wp1.lower);
  out[k++] = key(18, wp2.lower);
  out[k++] = key(19, wm1.suffix[2]);
  out[k++] = key(20, wp1.suffix[2]);
  out[k++] = key(21, wm1.lower, w.lower);
  out[k++] = key(22, w.lower, wp1.lower);
  out[k++] = key(23, p1, w.suffix[2]);
  out[k++] = key(24, wp1.shape, w.shape);
  out[k++] = key(25, w.ambiguity);
  out[k++] = key(26, wp1.ambiguity);
  out[k++] = key(27, wp2.ambiguity);
  out[k++] = key(28, wp1.ambiguity, wp2.ambiguity);
  out[k++] = key(29, p1, wp1.ambiguity);
  out[k++] = key(30, w.lower, wp1.ambiguity);
  out[k++] = key(31, wm1.shape);
  out[k++] = key(32, i == 0 ? 1 : 2, w.shape);
  out[k++] = key(33, w.exact_ambiguity);
  out[k++] = key(34, w.exact_ambiguity, wm1.shape);
  out[k++] = key(35, w.sentence_case, w.shape);
  out[k++] = key(36, w.sentence_case, w.ambiguity);
  out[k++] = key(37, p1, wp1.lower);
  out[k++] = key(38, wp1.shape);
  out[k++] = key(39, w.prefix[3]);
  out[k++] = key(40, wm1.suffix[1]);
  out[k++] = key(41, wp1.suffix[1]);
  out[k++] = key(42, w.exact);
  out[k++] = key(43, wm1.exact_ambiguity);
  out[k++] = key(44, wp1.exact_ambiguity);
  // Word clusters. Ids 54.. because 45..53 are the second pass's.
  out[k++] = key(54, w.cluster);
  out[k++] = key(55, w.coarse);
  out[k++] = key(56, wm1.cluster);
  out[k++] = key(57, wp1.cluster);
  out[k++] = key(58, p1, w.cluster);
  out[k++] = key(59, w.cluster, wp1.cluster);
}

}  // namespace

void extract_features(const std::vector<TokenHashes>& hashes, std::size_t i, int prev1, int prev2,
                      std::array<std::uint64_t, kFeatureCount>& out) {
  shared_features(hashes, i, prev1, prev2, out.data());
}

void extract_second_pass_features(const std::vector<TokenHashes>& hashes, std::size_t i,
                                  int prev1, int prev2, const std::vector<int>& first,
                                  std::array<std::uint64_t, kSecondPassFeatureCount>& out) {
  shared_features(hashes, i, prev1, prev2, out.data());
  const std::size_t c = i + kPadding;
  // First-pass labels shifted by 2 like the history labels; past the end of the sentence a
  // value no label can take (labels are < 256).
  constexpr std::uint64_t kEnd = 1000;
  auto label_at = [&](std::size_t j) {
    return j < first.size() ? static_cast<std::uint64_t>(first[j] + 2) : kEnd;
  };
  const std::uint64_t t0 = label_at(i);
  const std::uint64_t t1 = label_at(i + 1);
  const std::uint64_t t2 = label_at(i + 2);
  const auto p1 = static_cast<std::uint64_t>(prev1 + 2);
  std::size_t k = kFeatureCount;
  out[k++] = key(45, t0);
  out[k++] = key(46, t1);
  out[k++] = key(47, t2);
  out[k++] = key(48, t1, t2);
  out[k++] = key(49, p1, t1);
  out[k++] = key(50, t1, hashes[c].lower);
  out[k++] = key(51, t1, hashes[c + 1].lower);
  out[k++] = key(52, t1, hashes[c].suffix[2]);
  out[k++] = key(53, stable_hash_combine(p1, t1), hashes[c].lower);
}

}  // namespace issuegraph::tagger_detail
