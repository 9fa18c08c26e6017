#include "issuegraph/extract/sentence_view.hpp"

#include <algorithm>
#include <vector>

namespace issuegraph::extract {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

SentenceView::SentenceView(const Document& doc, const Sentence& sentence)
    : doc_(doc), sentence_(sentence) {
  const std::size_t n = sentence.tokens.size();
  lower_.reserve(n);
  lemma_.reserve(n);
  heads_.assign(n, -1);
  children_.assign(n, {});
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = sentence.tokens[i];
    lower_.push_back(ascii_lower(t.form));
    lemma_.push_back(t.lemma.empty() || t.lemma == "_" ? lower_.back() : ascii_lower(t.lemma));
    if (t.head < 0 || t.head > static_cast<int>(n)) {
      parsed_ = false;
      continue;
    }
    heads_[i] = t.head - 1;
    if (t.head > 0) children_[static_cast<std::size_t>(t.head - 1)].push_back(static_cast<int>(i));
  }
  if (n == 0) parsed_ = false;
}

std::string_view SentenceView::rel(int i) const {
  std::string_view d = token(i).deprel;
  const std::size_t colon = d.find(':');
  return colon == std::string_view::npos ? d : d.substr(0, colon);
}

int SentenceView::child(int i, std::string_view deprel) const {
  const bool whole = deprel.find(':') != std::string_view::npos;
  for (int c : children(i)) {
    if (whole ? this->deprel(c) == deprel : rel(c) == deprel) return c;
  }
  return -1;
}

std::string_view SentenceView::marker(int i) const {
  // A multiword marker ("such as", "according to") is reported by its first word.
  for (int c : children(i)) {
    const std::string_view r = rel(c);
    if (r == "case" || r == "mark") return lemma(c);
  }
  return {};
}

bool SentenceView::is_nominal(int i) const {
  const std::string& u = upos(i);
  return u == "NOUN" || u == "PROPN" || u == "PRON" || u == "NUM";
}

std::pair<int, int> SentenceView::subtree_bounds(int i) const {
  std::pair<int, int> bounds{i, i};
  std::vector<int> open{i};
  while (!open.empty()) {
    const int t = open.back();
    open.pop_back();
    bounds.first = std::min(bounds.first, t);
    bounds.second = std::max(bounds.second, t);
    open.insert(open.end(), children(t).begin(), children(t).end());
  }
  return bounds;
}

int SentenceView::first_of_subtree(int i) const { return subtree_bounds(i).first; }

int SentenceView::last_of_subtree(int i) const { return subtree_bounds(i).second; }

std::string SentenceView::text(int begin, int end) const {
  if (begin >= end) return {};
  const Token& first = token(begin);
  const Token& last = token(end - 1);
  if (last.end > first.begin && last.end <= doc_.text.size() &&
      doc_.text.compare(first.begin, first.form.size(), first.form) == 0) {
    std::string out = doc_.text.substr(first.begin, last.end - first.begin);
    // Evidence is one line: line breaks inside a span become spaces.
    for (char& c : out) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return out;
  }
  std::string out;
  for (int i = begin; i < end; ++i) {
    out += token(i).form;
    if (i + 1 < end && token(i).space_after) out += ' ';
  }
  return out;
}

Triple start_triple(const SentenceView& view, const EntityRef& actor) {
  Triple t;
  t.doc = view.document().id;
  t.date = view.document().date;
  t.sentence = view.sentence().index;
  t.evidence = view.sentence().text;
  t.actor = actor;
  return t;
}

}  // namespace issuegraph::extract
