#include "issuegraph/parser/parser_features.hpp"

#include <array>
#include <string>
#include <string_view>

#include "issuegraph/base/stable_hash.hpp"

namespace issuegraph::parser {
namespace {

// The atoms a template can use. Words (w), tags (p), word+tag (wp), lemmas (L) of positions;
// children of s0, s1, b0 (l = leftmost, r = rightmost, l2/r2 = second) and their labels (l);
// distances, valencies (v) and label sets (s).
enum Atom : int {
  S0w, S0p, S0wp, S0L, S0u, S1w, S1p, S1wp, S1L, S2w, S2p,
  N0w, N0p, N0wp, N0L, N0u, N1w, N1p, N1wp, N2w, N2p,
  S0lw, S0lp, S0ll, S0rw, S0rp, S0rl, S0l2w, S0l2p, S0l2l, S0r2w, S0r2p, S0r2l,
  S1lw, S1lp, S1ll, S1rw, S1rp, S1rl, N0lw, N0lp, N0ll, N0l2w, N0l2p, N0l2l,
  S0c, S0cc, S1c, S1cc, N0c, N0cc, N1c, N1cc, S0lc, S0rc, N0lc,
  Dist, Dist1, S0vl, S0vr, S1vl, S1vr, N0vl, S0sl, S0sr, S1sl, S1sr, N0sl,
  kAtomCount
};

constexpr int X = -1;  // unused slot in a template
struct Template {
  int a, b, c;
};

// Changing this table changes feature_set_hash(), which invalidates older models.
constexpr Template kTemplates[] = {
    // single positions
    {S0w, X, X}, {S0p, X, X}, {S0wp, X, X}, {S0L, X, X}, {N0w, X, X}, {N0p, X, X},
    {N0wp, X, X}, {N0L, X, X}, {N1w, X, X}, {N1p, X, X}, {N1wp, X, X}, {N2w, X, X},
    {N2p, X, X}, {S1w, X, X}, {S1p, X, X}, {S1wp, X, X}, {S1L, X, X}, {S2w, X, X},
    {S2p, X, X}, {S0u, X, X}, {N0u, X, X},
    // children
    {S0lw, X, X}, {S0lp, X, X}, {S0ll, X, X}, {S0rw, X, X}, {S0rp, X, X}, {S0rl, X, X},
    {S1lw, X, X}, {S1lp, X, X}, {S1ll, X, X}, {S1rw, X, X}, {S1rp, X, X}, {S1rl, X, X},
    {N0lw, X, X}, {N0lp, X, X}, {N0ll, X, X}, {S0l2w, X, X}, {S0l2p, X, X}, {S0l2l, X, X},
    {S0r2w, X, X}, {S0r2p, X, X}, {S0r2l, X, X}, {N0l2w, X, X}, {N0l2p, X, X}, {N0l2l, X, X},
    // s0 with b0
    {S0wp, N0wp, X}, {S0wp, N0w, X}, {S0w, N0wp, X}, {S0wp, N0p, X}, {S0p, N0wp, X},
    {S0w, N0w, X}, {S0p, N0p, X}, {S0L, N0L, X}, {S0u, N0u, X},
    // s1 with s0 (the right-arc pair)
    {S1wp, S0wp, X}, {S1wp, S0w, X}, {S1w, S0wp, X}, {S1wp, S0p, X}, {S1p, S0wp, X},
    {S1w, S0w, X}, {S1p, S0p, X}, {S1L, S0L, X}, {S1p, N0p, X},
    // buffer
    {N0p, N1p, X}, {N0w, N1w, X}, {N0wp, N1p, X}, {N0p, N1wp, X},
    // distance
    {S0w, Dist, X}, {S0p, Dist, X}, {N0w, Dist, X}, {N0p, Dist, X}, {S1w, Dist1, X},
    {S1p, Dist1, X}, {S0w, Dist1, X}, {S0p, Dist1, X}, {S0w, N0w, Dist}, {S0p, N0p, Dist},
    {S1w, S0w, Dist1}, {S1p, S0p, Dist1},
    // valency
    {S0w, S0vr, X}, {S0p, S0vr, X}, {S0w, S0vl, X}, {S0p, S0vl, X}, {N0w, N0vl, X},
    {N0p, N0vl, X}, {S1w, S1vr, X}, {S1p, S1vr, X}, {S1w, S1vl, X}, {S1p, S1vl, X},
    // label sets
    {S0w, S0sr, X}, {S0p, S0sr, X}, {S0w, S0sl, X}, {S0p, S0sl, X}, {N0w, N0sl, X},
    {N0p, N0sl, X}, {S1p, S1sr, X}, {S1p, S1sl, X}, {S1w, S1sr, X},
    // tag trigrams
    {N0p, N1p, N2p}, {S0p, N0p, N1p}, {S1p, S0p, N0p}, {S0p, S0lp, N0p}, {S0p, S0rp, N0p},
    {S0p, N0p, N0lp}, {S1p, S1rp, S0p}, {S1p, S1lp, S0p}, {S1p, S0lp, S0p}, {S1p, S0rp, S0p},
    {S2p, S1p, S0p}, {S1p, S0p, N1p}, {S0p, S0ll, S0l2l}, {S0p, S0rl, S0r2l},
    {N0p, N0ll, N0l2l}, {S1p, S1rl, S0p}, {S0w, N0p, N1p}, {S0p, N0w, N1p}, {S1w, S0p, N0p},
    {S1p, S0w, N0p}, {S1p, S0p, N0w}, {S0p, S0rl, N0p}, {S0p, N0ll, N0p},
    // word clusters, in place of the word (Koo, Carreras & Collins 2008)
    {S0c, X, X}, {N0c, X, X}, {N1c, X, X}, {S1c, X, X}, {S0cc, N0cc, X}, {S0c, N0c, X},
    {S0c, N0p, X}, {S0p, N0c, X}, {S1c, S0c, X}, {S1c, S0p, X}, {S1p, S0c, X}, {S1cc, S0cc, X},
    {N0c, N1c, X}, {S0c, S0rc, X}, {N0c, N0lc, X}, {S0p, S0lc, X}, {S0cc, N0cc, N1cc},
};
constexpr int kTemplateCount = static_cast<int>(sizeof kTemplates / sizeof kTemplates[0]);
static_assert(kTemplateCount <= kMaxFeatures);

constexpr std::uint64_t kNoneLabel = 0x9e3779b97f4a7c15ULL;

std::uint64_t small_value(int kind, int v) {
  return stable_hash_combine(static_cast<std::uint64_t>(kind) << 32, static_cast<std::uint64_t>(v));
}

std::uint64_t label_atom(const ParserState& state, int word) {
  return word < 0 ? kNoneLabel : small_value(1, state.label(word));
}

int bucket_distance(int d) {
  if (d < 0) return 0;
  if (d <= 5) return d;
  return d <= 10 ? 6 : 7;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Conjoins atoms into a feature hash. One multiply per atom instead of stable_hash_combine's
// eight byte steps: feature hashing is the parser's inner loop. Fully specified arithmetic, so
// the values (which are persisted as model keys) are the same on every platform.
inline std::uint64_t mix(std::uint64_t h, std::uint64_t v) {
  h = (h ^ v) * 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 31);
}

}  // namespace

void compute_word_atoms(const Sentence& sentence, const WordClusters* clusters, std::vector<WordAtoms>& atoms) {
  const std::size_t n = sentence.tokens.size();
  atoms.resize(n + 2);
  auto special = [](std::string_view name) {
    WordAtoms a;
    a.word = a.tag = a.upos = a.lemma = stable_hash(name);
    a.word_tag = stable_hash_combine(a.word, a.tag);
    a.cluster = a.coarse = a.word;
    return a;
  };
  atoms[0] = special("<root>");
  atoms[n + 1] = special("<none>");
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = sentence.tokens[i];
    WordAtoms& a = atoms[i + 1];
    a.word = stable_hash(lower_ascii(t.form), 1);
    bool has_xpos = !t.xpos.empty() && t.xpos != "_";
    a.tag = stable_hash(has_xpos ? t.xpos : t.upos, 2);
    a.upos = stable_hash(t.upos, 3);
    a.lemma = stable_hash(lower_ascii(t.lemma), 4);
    a.word_tag = stable_hash_combine(a.word, a.tag);
    ClusterIds ids = clusters != nullptr ? clusters->lookup(t.form) : ClusterIds{};
    a.cluster = small_value(20, ids.fine);
    a.coarse = small_value(21, ids.coarse);
  }
}

int extract_features(const ParserState& state, const std::vector<WordAtoms>& atoms,
                     std::uint64_t* out) {
  const int none = state.word_count() + 1;
  auto at = [&](int word) -> const WordAtoms& { return atoms[word < 0 ? none : word]; };
  const int s0 = state.stack(0), s1 = state.stack(1), s2 = state.stack(2);
  const int n0 = state.buffer(0), n1 = state.buffer(1), n2 = state.buffer(2);
  auto child = [&](int word, bool left, int k) {
    if (word <= 0) return -1;
    return left ? state.left_child(word, k) : state.right_child(word, k);
  };
  const int s0l = child(s0, true, 0), s0r = child(s0, false, 0);
  const int s0l2 = child(s0, true, 1), s0r2 = child(s0, false, 1);
  const int s1l = child(s1, true, 0), s1r = child(s1, false, 0);
  const int n0l = child(n0, true, 0), n0l2 = child(n0, true, 1);

  std::array<std::uint64_t, kAtomCount> v{};
  v[S0w] = at(s0).word; v[S0p] = at(s0).tag; v[S0wp] = at(s0).word_tag; v[S0L] = at(s0).lemma;
  v[S0u] = at(s0).upos;
  v[S1w] = at(s1).word; v[S1p] = at(s1).tag; v[S1wp] = at(s1).word_tag; v[S1L] = at(s1).lemma;
  v[S2w] = at(s2).word; v[S2p] = at(s2).tag;
  v[N0w] = at(n0).word; v[N0p] = at(n0).tag; v[N0wp] = at(n0).word_tag; v[N0L] = at(n0).lemma;
  v[N0u] = at(n0).upos;
  v[N1w] = at(n1).word; v[N1p] = at(n1).tag; v[N1wp] = at(n1).word_tag;
  v[N2w] = at(n2).word; v[N2p] = at(n2).tag;
  v[S0lw] = at(s0l).word; v[S0lp] = at(s0l).tag; v[S0ll] = label_atom(state, s0l);
  v[S0rw] = at(s0r).word; v[S0rp] = at(s0r).tag; v[S0rl] = label_atom(state, s0r);
  v[S0l2w] = at(s0l2).word; v[S0l2p] = at(s0l2).tag; v[S0l2l] = label_atom(state, s0l2);
  v[S0r2w] = at(s0r2).word; v[S0r2p] = at(s0r2).tag; v[S0r2l] = label_atom(state, s0r2);
  v[S1lw] = at(s1l).word; v[S1lp] = at(s1l).tag; v[S1ll] = label_atom(state, s1l);
  v[S1rw] = at(s1r).word; v[S1rp] = at(s1r).tag; v[S1rl] = label_atom(state, s1r);
  v[N0lw] = at(n0l).word; v[N0lp] = at(n0l).tag; v[N0ll] = label_atom(state, n0l);
  v[S0c] = at(s0).cluster; v[S0cc] = at(s0).coarse; v[S1c] = at(s1).cluster; v[S1cc] = at(s1).coarse;
  v[N0c] = at(n0).cluster; v[N0cc] = at(n0).coarse; v[N1c] = at(n1).cluster; v[N1cc] = at(n1).coarse;
  v[S0lc] = at(s0l).cluster; v[S0rc] = at(s0r).cluster; v[N0lc] = at(n0l).cluster;
  v[N0l2w] = at(n0l2).word; v[N0l2p] = at(n0l2).tag; v[N0l2l] = label_atom(state, n0l2);
  // The root sits at the end of the buffer: its distance is "far" whatever its index.
  int n0_pos = n0 == 0 ? state.word_count() + 1 : n0;
  v[Dist] = small_value(2, s0 > 0 && n0 >= 0 ? bucket_distance(n0_pos - s0) : -1);
  v[Dist1] = small_value(3, s1 > 0 ? bucket_distance(s0 - s1) : -1);
  auto valency = [&](int word, bool left) {
    if (word <= 0) return -1;
    int c = left ? state.left_valency(word) : state.right_valency(word);
    return c < 6 ? c : 6;
  };
  v[S0vl] = small_value(4, valency(s0, true));
  v[S0vr] = small_value(5, valency(s0, false));
  v[S1vl] = small_value(6, valency(s1, true));
  v[S1vr] = small_value(7, valency(s1, false));
  v[N0vl] = small_value(8, valency(n0, true));
  auto label_set = [&](int word, bool left) -> std::uint64_t {
    if (word <= 0) return kNoneLabel;
    return stable_hash_combine(left ? 11 : 12, left ? state.left_labels(word) : state.right_labels(word));
  };
  v[S0sl] = label_set(s0, true);
  v[S0sr] = label_set(s0, false);
  v[S1sl] = label_set(s1, true);
  v[S1sr] = label_set(s1, false);
  v[N0sl] = label_set(n0, true);

  for (int t = 0; t < kTemplateCount; ++t) {
    const Template& tpl = kTemplates[t];
    std::uint64_t h = mix(kFnvOffset, static_cast<std::uint64_t>(t + 1));
    h = mix(h, v[tpl.a]);
    if (tpl.b != X) h = mix(h, v[tpl.b]);
    if (tpl.c != X) h = mix(h, v[tpl.c]);
    out[t] = h == 0 ? 1 : h;
  }
  return kTemplateCount;
}

std::uint64_t feature_set_hash() {
  // Covers the template table and the atom encoding version.
  std::uint64_t h = stable_hash("issuegraph-parser-features-v3 (word clusters)");
  for (const Template& tpl : kTemplates) {
    h = stable_hash_combine(h, static_cast<std::uint64_t>(tpl.a + 1));
    h = stable_hash_combine(h, static_cast<std::uint64_t>(tpl.b + 1));
    h = stable_hash_combine(h, static_cast<std::uint64_t>(tpl.c + 1));
  }
  return h;
}

}  // namespace issuegraph::parser
