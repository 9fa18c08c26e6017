// The arc-hybrid transition system (Kuhlmann, Gomez-Rodriguez & Satta 2011) with the root at the
// END of the buffer (Ballesteros & Nivre 2013), its moves and the dynamic oracle of Goldberg &
// Nivre (2013). Words are numbered 1..n as in CoNLL-U; 0 is the artificial root.
// Moves print as spaCy's do: "S" (shift), "L-nsubj" (left arc), "R-obj" (right arc). Arc-hybrid
// has no reduce move ("D" belongs to arc-eager), so move_name never prints "D".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace issuegraph::parser {

// A move is a class id: 0 = shift, 1 + 2*label = left arc with that label, 2 + 2*label = right
// arc. Label ids index the parser's label list.
using Move = int;
inline constexpr Move kShift = 0;
enum class MoveType { kShift, kLeft, kRight };

inline constexpr Move left_move(int label) { return 1 + 2 * label; }
inline constexpr Move right_move(int label) { return 2 + 2 * label; }
inline constexpr MoveType move_type(Move m) {
  return m == 0 ? MoveType::kShift : (m % 2 == 1 ? MoveType::kLeft : MoveType::kRight);
}
inline constexpr int move_label(Move m) { return (m - 1) / 2; }
inline constexpr int move_count(int label_count) { return 1 + 2 * label_count; }

// "S", "L-<label>", "R-<label>".
std::string move_name(Move m, const std::vector<std::string>& labels);
// Inverse of move_name; -1 when the name is not a move over these labels.
Move parse_move_name(const std::string& name, const std::vector<std::string>& labels);

// A parser configuration. The stack holds word indices (never the root); the buffer is the
// words front_..n followed by the root (0). Each word's children are tracked for features.
class ParserState {
 public:
  explicit ParserState(int word_count);
  void reset(int word_count);

  int word_count() const { return n_; }
  // Front of the buffer: a word index, 0 for the root, -1 once the root has been consumed.
  int buffer(int i) const {
    int k = front_ + i;
    if (k <= n_) return k;
    return (k == n_ + 1 && !root_done_) ? 0 : -1;
  }
  // i-th element from the stack top (0 = top); -1 when the stack is shorter.
  int stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - i] : -1;
  }
  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The root has taken its one dependent: every word has a head.
  bool terminal() const { return root_done_; }

  // Validity, beside each move's code:
  //   S      buffer front is a word (not the root).
  //   L-x    stack non-empty; if the front is the root, the stack holds exactly one word (one
  //          root per sentence) and x is the root label; otherwise x is not the root label.
  //   R-x    at least two words on the stack, x is not the root label.
  bool valid(Move m, int root_label) const;
  void apply(Move m);

  int head(int word) const { return head_[word]; }
  int label(int word) const { return label_[word]; }
  // Leftmost / second leftmost / rightmost / second rightmost child, -1 if none.
  int left_child(int word, int k) const { return k == 0 ? lc1_[word] : lc2_[word]; }
  int right_child(int word, int k) const { return k == 0 ? rc1_[word] : rc2_[word]; }
  int left_valency(int word) const { return lval_[word]; }
  int right_valency(int word) const { return rval_[word]; }
  std::uint64_t left_labels(int word) const { return lset_[word]; }
  std::uint64_t right_labels(int word) const { return rset_[word]; }

 private:
  void add_arc(int head, int dep, int label);
  int n_ = 0;
  int front_ = 1;
  bool root_done_ = false;
  std::vector<int> stack_;
  std::vector<int> head_, label_, lc1_, lc2_, rc1_, rc2_, lval_, rval_;
  std::vector<std::uint64_t> lset_, rset_;
};

// Dynamic oracle: the number of gold arcs (labelled) that a move makes unreachable from the
// state. `gold_head`/`gold_label` are indexed by word (1..n; entry 0 unused) and must form a
// projective tree. Costs, beside each move:
//   S    b0's gold head lies on the stack below s0, plus b0's gold dependents on the stack.
//   L-x  s0's gold head is s1 or in the buffer after b0, plus s0's gold dependents in the
//        buffer, plus one when b0 is s0's gold head but x is not its label.
//   R-x  s0's gold head is in the buffer, plus s0's gold dependents in the buffer, plus one
//        when s1 is s0's gold head but x is not its label.
int move_cost(const ParserState& state, Move m, const std::vector<int>& gold_head,
              const std::vector<int>& gold_label);

// Rewrites a tree into a projective one by lifting non-projective arcs to the head's head
// (simple lifting, no label encoding), smallest arcs first. `head` is 1-based with 0 = root,
// entry 0 unused. Returns the number of lifts.
int projectivize(std::vector<int>& head);
bool is_projective(const std::vector<int>& head);

}  // namespace issuegraph::parser
