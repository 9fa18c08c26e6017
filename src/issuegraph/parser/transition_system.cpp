#include "issuegraph/parser/transition_system.hpp"

#include <algorithm>
#include <cstdlib>

namespace issuegraph::parser {

std::string move_name(Move m, const std::vector<std::string>& labels) {
  if (m == kShift) return "S";
  int label = move_label(m);
  const std::string& text = label >= 0 && label < static_cast<int>(labels.size()) ? labels[label] : "?";
  return (move_type(m) == MoveType::kLeft ? "L-" : "R-") + text;
}

Move parse_move_name(const std::string& name, const std::vector<std::string>& labels) {
  if (name == "S") return kShift;
  if (name.size() < 3 || name[1] != '-' || (name[0] != 'L' && name[0] != 'R')) return -1;
  std::string label = name.substr(2);
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    if (labels[i] == label) return name[0] == 'L' ? left_move(i) : right_move(i);
  }
  return -1;
}

ParserState::ParserState(int word_count) { reset(word_count); }

void ParserState::reset(int word_count) {
  n_ = word_count;
  front_ = 1;
  root_done_ = false;
  stack_.clear();
  // assign() keeps capacity, so a state reused across sentences stops allocating.
  auto size = static_cast<std::size_t>(n_ + 1);
  head_.assign(size, -1);
  label_.assign(size, -1);
  lc1_.assign(size, -1);
  lc2_.assign(size, -1);
  rc1_.assign(size, -1);
  rc2_.assign(size, -1);
  lval_.assign(size, 0);
  rval_.assign(size, 0);
  lset_.assign(size, 0);
  rset_.assign(size, 0);
}

bool ParserState::valid(Move m, int root_label) const {
  if (root_done_) return false;
  int b0 = buffer(0);
  switch (move_type(m)) {
    case MoveType::kShift:
      return b0 > 0;
    case MoveType::kLeft:
      if (stack_.empty()) return false;
      if (b0 == 0) return stack_.size() == 1 && move_label(m) == root_label;
      return move_label(m) != root_label;
    case MoveType::kRight:
      return stack_.size() >= 2 && move_label(m) != root_label;
  }
  return false;
}

void ParserState::add_arc(int head, int dep, int label) {
  head_[dep] = head;
  label_[dep] = label;
  if (head == 0) return;
  std::uint64_t bit = std::uint64_t{1} << (label & 63);
  if (dep < head) {
    // Arcs arrive inside-out for left children in arc-hybrid, but keep the order general.
    if (lc1_[head] == -1 || dep < lc1_[head]) {
      lc2_[head] = lc1_[head];
      lc1_[head] = dep;
    } else if (lc2_[head] == -1 || dep < lc2_[head]) {
      lc2_[head] = dep;
    }
    ++lval_[head];
    lset_[head] |= bit;
  } else {
    if (rc1_[head] == -1 || dep > rc1_[head]) {
      rc2_[head] = rc1_[head];
      rc1_[head] = dep;
    } else if (rc2_[head] == -1 || dep > rc2_[head]) {
      rc2_[head] = dep;
    }
    ++rval_[head];
    rset_[head] |= bit;
  }
}

void ParserState::apply(Move m) {
  switch (move_type(m)) {
    case MoveType::kShift:
      stack_.push_back(front_++);
      break;
    case MoveType::kLeft: {
      int dep = stack_.back();
      stack_.pop_back();
      int head = buffer(0);
      add_arc(head, dep, move_label(m));
      if (head == 0) root_done_ = true;
      break;
    }
    case MoveType::kRight: {
      int dep = stack_.back();
      stack_.pop_back();
      add_arc(stack_.back(), dep, move_label(m));
      break;
    }
  }
}

int move_cost(const ParserState& state, Move m, const std::vector<int>& gold_head,
              const std::vector<int>& gold_label) {
  const int n = state.word_count();
  const int b0 = state.buffer(0);
  // The buffer is the words b0..n, then the root; b0 == 0 means only the root is left.
  auto in_buffer = [&](int k) { return k == 0 || (b0 > 0 && k >= b0 && k <= n); };
  int cost = 0;
  if (move_type(m) == MoveType::kShift) {
    const int s0 = state.stack(0);
    for (int i = 0; i < state.stack_size(); ++i) {
      int k = state.stack(i);
      if (gold_head[k] == b0) ++cost;
      if (k != s0 && gold_head[b0] == k) ++cost;
    }
    return cost;
  }
  const int s0 = state.stack(0);
  const int s1 = state.stack(1);
  const int h = gold_head[s0];
  if (b0 > 0) {
    for (int k = b0; k <= n; ++k) {
      if (gold_head[k] == s0) ++cost;
    }
  }
  if (move_type(m) == MoveType::kLeft) {
    if (h == b0) {
      if (gold_label[s0] != move_label(m)) ++cost;
    } else if (h == s1 || in_buffer(h)) {
      ++cost;
    }
  } else {
    if (h == s1) {
      if (gold_label[s0] != move_label(m)) ++cost;
    } else if (in_buffer(h)) {
      ++cost;
    }
  }
  return cost;
}

namespace {

bool dominates(const std::vector<int>& head, int ancestor, int k) {
  // Bounded walk so that a malformed (cyclic) input cannot loop forever.
  for (std::size_t steps = 0; k > 0 && steps < head.size(); ++steps) {
    if (k == ancestor) return true;
    k = head[k];
  }
  return ancestor == 0 || k == ancestor;
}

bool arc_projective(const std::vector<int>& head, int dep) {
  int h = head[dep];
  int lo = std::min(h, dep);
  int hi = std::max(h, dep);
  for (int k = lo + 1; k < hi; ++k) {
    if (!dominates(head, h, k)) return false;
  }
  return true;
}

}  // namespace

bool is_projective(const std::vector<int>& head) {
  for (int d = 1; d < static_cast<int>(head.size()); ++d) {
    if (head[d] >= 0 && !arc_projective(head, d)) return false;
  }
  return true;
}

int projectivize(std::vector<int>& head) {
  int lifts = 0;
  const int n = static_cast<int>(head.size()) - 1;
  while (lifts <= 4 * n) {
    int best = -1;
    int best_span = 0;
    for (int d = 1; d <= n; ++d) {
      if (head[d] <= 0 || arc_projective(head, d)) continue;
      int span = std::abs(head[d] - d);
      if (best == -1 || span < best_span) {
        best = d;
        best_span = span;
      }
    }
    if (best == -1) break;
    head[best] = head[head[best]];
    ++lifts;
  }
  return lifts;
}

}  // namespace issuegraph::parser
