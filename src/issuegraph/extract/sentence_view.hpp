// A read-only view of one annotated sentence for the extractor: 0-based heads, child lists,
// lowercased forms and lemmas computed once, and the text of any token span as written. Every
// extraction rule asks its questions through this view so the per-token string work is done
// once per sentence, not once per rule.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "issuegraph/text/document.hpp"
#include "issuegraph/extract/triple.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph::extract {

class SentenceView {
 public:
  // Requires: `doc` and `sentence` outlive the view; token offsets index `doc.text` (or are
  // all zero, in which case span text is rebuilt from the forms).
  SentenceView(const Document& doc, const Sentence& sentence);

  int size() const { return static_cast<int>(sentence_.tokens.size()); }
  const Sentence& sentence() const { return sentence_; }
  const Document& document() const { return doc_; }
  // True when every token carries a head (the parser ran).
  bool parsed() const { return parsed_; }

  const Token& token(int i) const { return sentence_.tokens[static_cast<std::size_t>(i)]; }
  const std::string& lower(int i) const { return lower_[static_cast<std::size_t>(i)]; }
  // Lowercased lemma, or the lowercased form when the lemmatiser left it empty.
  const std::string& lemma(int i) const { return lemma_[static_cast<std::size_t>(i)]; }
  const std::string& upos(int i) const { return token(i).upos; }
  const std::string& xpos(int i) const { return token(i).xpos; }
  const std::string& deprel(int i) const { return token(i).deprel; }
  // The universal part of the relation: "nsubj" for "nsubj:pass".
  std::string_view rel(int i) const;
  // 0-based head index, -1 for the root or an unparsed token.
  int head(int i) const { return heads_[static_cast<std::size_t>(i)]; }
  const std::vector<int>& children(int i) const { return children_[static_cast<std::size_t>(i)]; }

  // The first child of i whose full relation equals `deprel`, or whose universal part equals it
  // when `deprel` has no subtype; -1 when none.
  int child(int i, std::string_view deprel) const;
  bool has_child(int i, std::string_view deprel) const { return child(i, deprel) >= 0; }
  // The lemma of i's case or mark child ("about" in "about the war"), or "" when none.
  std::string_view marker(int i) const;
  bool is_nominal(int i) const;
  // The first word of the phrase i heads (i itself or its leftmost descendant).
  int first_of_subtree(int i) const;
  // The last word of the phrase i heads (i itself or its rightmost descendant).
  int last_of_subtree(int i) const;

  // The words of tokens [begin, end) as written in the document.
  std::string text(int begin, int end) const;

 private:
  // The first and last word of the phrase i heads.
  std::pair<int, int> subtree_bounds(int i) const;

  const Document& doc_;
  const Sentence& sentence_;
  bool parsed_ = true;
  std::vector<std::string> lower_;
  std::vector<std::string> lemma_;
  std::vector<int> heads_;
  std::vector<std::vector<int>> children_;
};

// ASCII lowercase; other bytes are kept (UTF-8 sequences pass through unchanged).
std::string ascii_lower(std::string_view text);

// A triple of this sentence by `actor`, with its document, date, sentence index and evidence
// filled; the extractor adds the action, issue and target.
Triple start_triple(const SentenceView& view, const EntityRef& actor);

}  // namespace issuegraph::extract
