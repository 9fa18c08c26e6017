#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "issuegraph/conllu/conllu_reader.hpp"
#include "issuegraph/parser/transition_system.hpp"

using namespace issuegraph;
using namespace issuegraph::parser;

namespace {

const std::vector<std::string> kLabels{"det", "nsubj", "obj", "root"};
constexpr int kRoot = 3;

std::vector<Sentence> fixture() {
  return read_conllu_file(std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/conllu/parser-tiny.conllu");
}

// Gold heads and label ids of a fixture sentence over the fixture's own label list.
struct Gold {
  std::vector<int> head{0};
  std::vector<int> label{0};
};

Gold gold_of(const Sentence& s, std::vector<std::string>& labels) {
  Gold g;
  for (const Token& t : s.tokens) {
    g.head.push_back(t.head);
    auto it = std::find(labels.begin(), labels.end(), t.deprel);
    if (it == labels.end()) {
      labels.push_back(t.deprel);
      it = labels.end() - 1;
    }
    g.label.push_back(static_cast<int>(it - labels.begin()));
  }
  return g;
}

int root_id(std::vector<std::string>& labels) {
  auto it = std::find(labels.begin(), labels.end(), "root");
  if (it == labels.end()) {
    labels.push_back("root");
    return static_cast<int>(labels.size()) - 1;
  }
  return static_cast<int>(it - labels.begin());
}

// Every valid move with its cost under the oracle.
std::vector<std::pair<Move, int>> valid_costs(const ParserState& state, const Gold& g, int labels, int root) {
  std::vector<std::pair<Move, int>> out;
  for (Move m = 0; m < move_count(labels); ++m) {
    if (state.valid(m, root)) out.emplace_back(m, move_cost(state, m, g.head, g.label));
  }
  return out;
}

}  // namespace

TEST_CASE("moves print as S, L-label and R-label and parse back", "[parser]") {
  CHECK(move_name(kShift, kLabels) == "S");
  CHECK(move_name(left_move(1), kLabels) == "L-nsubj");
  CHECK(move_name(right_move(2), kLabels) == "R-obj");
  CHECK(parse_move_name("L-nsubj", kLabels) == left_move(1));
  CHECK(parse_move_name("R-obj", kLabels) == right_move(2));
  CHECK(parse_move_name("S", kLabels) == kShift);
  // Arc-hybrid has no reduce move: "D" is not a move of this system.
  CHECK(parse_move_name("D", kLabels) == -1);
  CHECK(parse_move_name("L-nmod", kLabels) == -1);
}

TEST_CASE("move validity follows the arc-hybrid rules with one root", "[parser]") {
  ParserState state(2);
  CHECK(state.valid(kShift, kRoot));
  CHECK_FALSE(state.valid(left_move(1), kRoot));   // empty stack
  CHECK_FALSE(state.valid(right_move(1), kRoot));  // fewer than two on the stack
  state.apply(kShift);
  CHECK(state.valid(left_move(1), kRoot));
  CHECK_FALSE(state.valid(left_move(kRoot), kRoot));  // root label only towards the root
  CHECK_FALSE(state.valid(right_move(1), kRoot));
  state.apply(kShift);
  CHECK(state.buffer(0) == 0);  // only the root is left
  CHECK_FALSE(state.valid(kShift, kRoot));
  CHECK(state.valid(right_move(2), kRoot));
  CHECK_FALSE(state.valid(left_move(kRoot), kRoot));  // two words left: a second root is barred
  CHECK_FALSE(state.valid(right_move(kRoot), kRoot));
  state.apply(right_move(2));
  CHECK(state.head(2) == 1);
  CHECK(state.valid(left_move(kRoot), kRoot));
  CHECK_FALSE(state.valid(left_move(1), kRoot));
  state.apply(left_move(kRoot));
  CHECK(state.terminal());
  CHECK(state.head(1) == 0);
  CHECK(state.label(1) == kRoot);
}

TEST_CASE("the static oracle's zero-cost moves rebuild each projective fixture tree", "[parser]") {
  std::vector<std::string> labels;
  int root = root_id(labels);
  int checked = 0;
  for (const Sentence& s : fixture()) {
    Gold g = gold_of(s, labels);
    if (!is_projective(g.head)) continue;
    ParserState state(static_cast<int>(s.tokens.size()));
    std::vector<std::string> moves;
    while (!state.terminal()) {
      Move chosen = -1;
      for (auto [m, cost] : valid_costs(state, g, static_cast<int>(labels.size()), root)) {
        if (cost == 0) {
          chosen = m;
          break;
        }
      }
      REQUIRE(chosen >= 0);
      moves.push_back(move_name(chosen, labels));
      state.apply(chosen);
    }
    // Arc-hybrid: n shifts and n arcs.
    CHECK(moves.size() == 2 * s.tokens.size());
    for (int i = 1; i <= static_cast<int>(s.tokens.size()); ++i) {
      CHECK(state.head(i) == g.head[i]);
      CHECK(labels[state.label(i)] == s.tokens[i - 1].deprel);
    }
    ++checked;
  }
  CHECK(checked >= 25);
}

TEST_CASE("the oracle's total cost equals the arcs a wrong path loses", "[parser]") {
  // Arc decomposition: after any mistakes, following the cheapest moves ends with exactly as
  // many wrong arcs as the moves taken cost in total.
  std::vector<std::string> labels;
  int root = root_id(labels);
  std::uint64_t rng = 12345;
  int mistakes = 0;
  for (const Sentence& s : fixture()) {
    Gold g = gold_of(s, labels);
    if (!is_projective(g.head)) continue;
    for (int trial = 0; trial < 5; ++trial) {
      ParserState state(static_cast<int>(s.tokens.size()));
      int total_cost = 0;
      while (!state.terminal()) {
        auto options = valid_costs(state, g, static_cast<int>(labels.size()), root);
        int min_cost = options.front().second;
        for (auto& o : options) min_cost = std::min(min_cost, o.second);
        rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
        std::pair<Move, int> pick = options[(rng >> 33) % options.size()];
        if ((rng >> 20) % 4 != 0) {  // mostly follow the oracle, sometimes a random move
          for (auto& o : options) {
            if (o.second == min_cost) {
              pick = o;
              break;
            }
          }
        }
        total_cost += pick.second;
        mistakes += pick.second > 0 ? 1 : 0;
        state.apply(pick.first);
      }
      int wrong = 0;
      for (int i = 1; i <= static_cast<int>(s.tokens.size()); ++i) {
        if (state.head(i) != g.head[i] || state.label(i) != g.label[i]) ++wrong;
      }
      CHECK(wrong == total_cost);
    }
  }
  CHECK(mistakes > 20);  // the random moves did go wrong, so the check above means something
}

TEST_CASE("projectivize lifts the relative clause of the non-projective fixture sentence", "[parser]") {
  auto sentences = fixture();
  const Sentence& s = sentences.back();
  REQUIRE(s.tokens.at(5).form == "criticised");
  std::vector<int> head{0};
  for (const Token& t : s.tokens) head.push_back(t.head);
  CHECK_FALSE(is_projective(head));
  CHECK(projectivize(head) == 1);
  CHECK(is_projective(head));
  CHECK(head[6] == 3);  // from "report" up to its head "appeared"
  CHECK(head[2] == 3);  // other arcs unchanged
  CHECK(head[8] == 6);
}
