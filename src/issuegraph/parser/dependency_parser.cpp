#include "issuegraph/parser/dependency_parser.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <memory>
#include <limits>

#include "issuegraph/base/error.hpp"
#include "issuegraph/model/binary_io.hpp"
#include "issuegraph/parser/parser_features.hpp"

namespace issuegraph::parser {
namespace {

// Per-thread scratch space, so that parsing allocates only when a longer sentence appears.
struct Scratch {
  ParserState state{0};
  std::vector<WordAtoms> atoms;
  std::vector<float> scores;
  std::uint64_t features[kMaxFeatures];
};

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

std::string join_labels(const std::vector<std::string>& labels) {
  std::string out;
  for (const auto& l : labels) {
    if (!out.empty()) out += ' ';
    out += l;
  }
  return out;
}

bool same_tree(const Sentence& a, const Sentence& b) {
  return std::equal(a.tokens.begin(), a.tokens.end(), b.tokens.begin(), b.tokens.end(),
                    [](const Token& x, const Token& y) { return x.head == y.head && x.deprel == y.deprel; });
}

// Which kinds of move the arc-hybrid rules allow in `state`, decided once per kind instead of once
// per labelled move. A left arc at the end of the buffer can only be the root's.
struct ValidKinds {
  bool shift;
  bool left;
  bool left_root_only;
  bool right;
};

ValidKinds valid_kinds(const ParserState& state) {
  const int b0 = state.buffer(0);
  return ValidKinds{b0 > 0, state.stack_size() > 0 && (b0 != 0 || state.stack_size() == 1), b0 == 0,
                    state.stack_size() >= 2};
}

// True when the call was made about one of `focus` (0-based words): the word was on top of the
// stack, second on it, or at the front of the buffer.
bool touches(const ParseTrail::Call& call, const std::vector<int>& focus) {
  return std::any_of(std::begin(call.words), std::end(call.words), [&](int w) {
    return std::find(focus.begin(), focus.end(), w - 1) != focus.end();
  });
}

}  // namespace

Move best_valid_move(const ParserState& state, const float* scores, int label_count,
                     int root_label, int skip) {
  const ValidKinds valid = valid_kinds(state);
  const bool can_shift = valid.shift && skip != static_cast<int>(MoveType::kShift);
  const bool can_left = valid.left && skip != static_cast<int>(MoveType::kLeft);
  const bool left_root_only = valid.left_root_only;
  const bool can_right = valid.right && skip != static_cast<int>(MoveType::kRight);
  Move best = -1;
  float best_score = -std::numeric_limits<float>::infinity();
  if (can_shift) {
    best = kShift;
    best_score = scores[kShift];
  }
  for (int label = 0; label < label_count; ++label) {
    bool is_root = label == root_label;
    if (can_left && is_root == left_root_only) {
      Move m = left_move(label);
      if (best == -1 || scores[m] > best_score) {
        best = m;
        best_score = scores[m];
      }
    }
    if (can_right && !is_root) {
      Move m = right_move(label);
      if (best == -1 || scores[m] > best_score) {
        best = m;
        best_score = scores[m];
      }
    }
  }
  return best;
}

MovePair best_valid_moves(const ParserState& state, const float* scores, int label_count, int root_label) {
  // The best move of each type, found in one pass; position is its place in the order
  // best_valid_move scans (shift, then by label left before right), which settles ties the way
  // that function does.
  struct Best {
    Move move = -1;
    float score = 0.0f;
    int position = 0;
  };
  Best best[3];
  auto offer = [&](Best& b, Move m, int position) {
    if (b.move == -1 || scores[m] > b.score) b = Best{m, scores[m], position};
  };
  const ValidKinds valid = valid_kinds(state);
  if (valid.shift) offer(best[0], kShift, -1);
  for (int label = 0; label < label_count; ++label) {
    const bool is_root = label == root_label;
    if (valid.left && is_root == valid.left_root_only) offer(best[1], left_move(label), 2 * label);
    if (valid.right && !is_root) offer(best[2], right_move(label), 2 * label + 1);
  }
  auto beats = [](const Best& a, const Best& b) {
    if (a.move == -1) return false;
    if (b.move == -1) return true;
    return a.score > b.score || (a.score == b.score && a.position < b.position);
  };
  int first = 0;
  for (int type = 1; type < 3; ++type) {
    if (beats(best[type], best[first])) first = type;
  }
  int second = -1;
  for (int type = 0; type < 3; ++type) {
    if (type != first && (second < 0 || beats(best[type], best[second]))) second = type;
  }
  return MovePair{best[first].move, second < 0 ? -1 : best[second].move};
}

DependencyParser::DependencyParser(std::vector<std::string> labels, WeightTable weights,
                                   std::map<std::string, std::string> metadata)
    : labels_(std::move(labels)), weights_(std::move(weights)), metadata_(std::move(metadata)) {
  auto it = std::find(labels_.begin(), labels_.end(), "root");
  root_label_ = it == labels_.end() ? -1 : static_cast<int>(it - labels_.begin());
}

std::vector<Move> DependencyParser::run(const Sentence& sentence, Sentence* output,
                                        const std::vector<Move>& prefix,
                                        ParseTrail* trail) const {
  std::vector<Move> moves;
  const int n = static_cast<int>(sentence.tokens.size());
  if (n == 0 || labels_.empty()) return moves;
  Scratch& s = scratch();
  s.state.reset(n);
  compute_word_atoms(sentence, clusters_.get(), s.atoms);
  const int label_count = static_cast<int>(labels_.size());
  s.scores.resize(static_cast<std::size_t>(move_count(label_count)));
  for (Move m : prefix) {
    if (s.state.terminal() || !s.state.valid(m, root_label_)) break;
    moves.push_back(m);
    s.state.apply(m);
  }
  while (!s.state.terminal()) {
    int count = extract_features(s.state, s.atoms, s.features);
    std::fill(s.scores.begin(), s.scores.end(), 0.0f);
    weights_.score(s.features, count, s.scores.data());
    Move m = -1;
    if (trail == nullptr) {
      m = best_valid_move(s.state, s.scores.data(), label_count, root_label_);
    } else {
      const auto [best, other] = best_valid_moves(s.state, s.scores.data(), label_count, root_label_);
      m = best;
      if (m >= 0 && other >= 0) {
        const float margin = s.scores[static_cast<std::size_t>(m)] - s.scores[static_cast<std::size_t>(other)];
        trail->calls.push_back(ParseTrail::Call{static_cast<std::uint32_t>(moves.size()), other, margin,
                                                {s.state.stack_size() > 0 ? s.state.stack(0) : 0,
                                                 s.state.stack_size() > 1 ? s.state.stack(1) : 0,
                                                 s.state.buffer(0)}});
      }
    }
    if (m < 0) break;  // cannot happen for a model with a root label; guards a bad model
    moves.push_back(m);
    s.state.apply(m);
  }
  if (trail != nullptr) trail->moves = moves;
  if (output != nullptr) {
    for (int i = 1; i <= n; ++i) {
      Token& t = output->tokens[static_cast<std::size_t>(i - 1)];
      int head = s.state.head(i);
      int label = s.state.label(i);
      // Only a broken model leaves a word unattached; attach it to the root rather than fail.
      t.head = head < 0 ? 0 : head;
      t.deprel = label < 0 ? "dep" : labels_[static_cast<std::size_t>(label)];
    }
  }
  return moves;
}

void DependencyParser::use_clusters(std::shared_ptr<const WordClusters> clusters, const std::string& source) {
  clusters_ = clusters_for_model(metadata_, std::move(clusters), source);
}

void DependencyParser::parse(Sentence& sentence) const { run(sentence, &sentence); }

std::vector<std::string> DependencyParser::trace(const Sentence& sentence) const {
  std::vector<std::string> names;
  for (Move m : run(sentence, nullptr)) names.push_back(move_name(m, labels_));
  return names;
}

void DependencyParser::parse(Sentence& sentence, ParseTrail& trail) const {
  trail = ParseTrail{};
  run(sentence, &sentence, {}, &trail);
}

std::vector<Sentence> DependencyParser::alternatives(const Sentence& sentence, int count) const {
  Sentence parsed = sentence;
  ParseTrail trail;
  parse(parsed, trail);
  return alternatives(parsed, trail, count);
}

std::vector<Sentence> DependencyParser::alternatives(const Sentence& parsed, const ParseTrail& trail,
                                                     int count, const std::vector<int>& focus) const {
  std::vector<Sentence> readings;
  std::vector<ParseTrail::Call> calls;
  for (const ParseTrail::Call& call : trail.calls) {
    if (focus.empty() || touches(call, focus)) calls.push_back(call);
  }
  std::stable_sort(calls.begin(), calls.end(),
                   [](const ParseTrail::Call& a, const ParseTrail::Call& b) { return a.margin < b.margin; });
  for (const ParseTrail::Call& call : calls) {
    if (static_cast<int>(readings.size()) >= count) break;
    std::vector<Move> prefix(trail.moves.begin(), trail.moves.begin() + static_cast<std::ptrdiff_t>(call.step));
    prefix.push_back(call.other);
    Sentence reading = parsed;
    run(parsed, &reading, prefix);
    // Two move sequences can build one tree.
    auto same = [&](const Sentence& other) { return same_tree(reading, other); };
    if (same(parsed) || std::any_of(readings.begin(), readings.end(), same)) continue;
    readings.push_back(std::move(reading));
  }
  return readings;
}

ModelFile DependencyParser::to_model() const {
  ModelFile model(kParserModelKind, kParserComponentVersion, feature_set_hash());
  for (const auto& [key, value] : metadata_) model.set_metadata(key, value);
  model.set_metadata("labels", join_labels(labels_));

  ByteWriter labels;
  labels.u32(static_cast<std::uint32_t>(labels_.size()));
  for (const auto& l : labels_) labels.str(l);
  model.add_section("labels", labels.take());

  // f32 scale, then rows sorted by key; a row is u64 key, u8 length, then (u8 move, i16 q)
  // pairs, the weight being q * scale.
  ByteWriter weights;
  const auto& keys = weights_.keys();
  const auto& begin = weights_.row_begin();
  const auto& entries = weights_.entries();
  const float scale = weights_.scale();
  weights.u64(keys.size());
  weights.f32(scale);
  for (std::size_t r = 0; r < keys.size(); ++r) {
    weights.u64(keys[r]);
    weights.u8(static_cast<std::uint8_t>(begin[r + 1] - begin[r]));
    for (std::uint32_t e = begin[r]; e < begin[r + 1]; ++e) {
      weights.u8(static_cast<std::uint8_t>(entries[e].move));
      long q = std::lround(entries[e].weight / scale);
      q = std::clamp(q, -32767L, 32767L);
      auto bits = static_cast<std::uint16_t>(static_cast<std::int16_t>(q));
      weights.u8(static_cast<std::uint8_t>(bits & 0xffU));
      weights.u8(static_cast<std::uint8_t>(bits >> 8));
    }
  }
  model.add_section("weights", weights.take());
  return model;
}

DependencyParser DependencyParser::from_model(const ModelFile& model, std::shared_ptr<const WordClusters> clusters) {
  const std::string source = model.source().empty() ? std::string("parser model") : model.source();
  if (model.kind() != kParserModelKind) {
    throw ModelError(source, "expected a model of kind 'parser', got '" + model.kind() + "'");
  }
  if (model.component_version() != kParserComponentVersion) {
    throw ModelError(source, "parser component version " + std::to_string(model.component_version()) +
                                 " is not the supported version " +
                                 std::to_string(kParserComponentVersion));
  }
  if (model.feature_hash() != feature_set_hash()) {
    throw ModelError(source, "parser feature-set hash differs from this program's (model made by "
                             "another version of the feature templates)");
  }
  ByteReader labels_in(model.section("labels"), source + " section 'labels'");
  std::uint32_t label_count = labels_in.u32();
  if (label_count == 0 || label_count > 127) {
    throw ModelError(source, "section 'labels': expected 1..127 labels, got " + std::to_string(label_count));
  }
  std::vector<std::string> labels;
  for (std::uint32_t i = 0; i < label_count; ++i) labels.push_back(labels_in.str());
  labels_in.expect_end();
  if (std::find(labels.begin(), labels.end(), "root") == labels.end()) {
    throw ModelError(source, "section 'labels': no 'root' label");
  }
  const int moves = move_count(static_cast<int>(label_count));

  const std::string& bytes = model.section("weights");
  ByteReader in(bytes, source + " section 'weights'");
  std::uint64_t rows = in.u64();
  const float scale = in.f32();
  if (!(scale > 0.0f) || !std::isfinite(scale)) throw ModelError(source, "section 'weights': invalid scale");
  // Each row takes at least 9 bytes: reject impossible counts before reserving memory.
  if (rows > in.remaining() / 9) throw ModelError(source, "section 'weights': row count exceeds the data");
  // Decoded straight from the bytes (little-endian, assembled byte by byte, so any host reads
  // the same), with one bounds check per row: a per-byte reader made this most of the load time.
  const std::size_t start = bytes.size() - in.remaining();
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t size = bytes.size();
  std::vector<std::uint64_t> keys(static_cast<std::size_t>(rows));
  std::vector<std::uint32_t> begin(static_cast<std::size_t>(rows) + 1);
  std::vector<WeightEntry> entries((size - start - rows * 9) / 3);
  std::size_t pos = start, count = 0;
  std::uint64_t previous = 0;
  begin[0] = 0;
  for (std::size_t r = 0; r < rows; ++r) {
    if (size - pos < 9) throw ModelError(source, "section 'weights': truncated row");
    std::uint64_t key = 0;
    for (int b = 7; b >= 0; --b) key = (key << 8) | data[pos + static_cast<std::size_t>(b)];
    if (key <= previous) throw ModelError(source, "section 'weights': feature keys not strictly increasing");
    previous = key;
    const std::size_t length = data[pos + 8];
    pos += 9;
    if ((size - pos) / 3 < length || count + length > entries.size()) {
      throw ModelError(source, "section 'weights': truncated row");
    }
    for (std::size_t e = 0; e < length; ++e, pos += 3) {
      WeightEntry& entry = entries[count++];
      entry.move = data[pos];
      if (entry.move >= moves) throw ModelError(source, "section 'weights': move id out of range");
      auto q = static_cast<std::int16_t>(static_cast<std::uint16_t>(data[pos + 1] | (data[pos + 2] << 8)));
      entry.weight = static_cast<float>(q) * scale;
    }
    keys[r] = key;
    begin[r + 1] = static_cast<std::uint32_t>(count);
  }
  if (pos != size) throw ModelError(source, "section 'weights': trailing bytes after the last row");
  entries.resize(count);
  WeightTable table;
  table.assign(std::move(keys), std::move(begin), std::move(entries), moves, scale);
  std::map<std::string, std::string> metadata = model.all_metadata();
  metadata.erase("labels");  // derived from the labels section when saving
  DependencyParser parser(std::move(labels), std::move(table), std::move(metadata));
  parser.use_clusters(std::move(clusters), source);
  return parser;
}

DependencyParser DependencyParser::load(const std::string& path, std::shared_ptr<const WordClusters> clusters) {
  // from_model checks the kind, component version and feature-set hash.
  return from_model(ModelFile::deserialize(read_model_bytes(path), path), std::move(clusters));
}

}  // namespace issuegraph::parser
