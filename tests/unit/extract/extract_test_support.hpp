// Shared helpers for the extractor tests: the shipped lexicon and models, loaded once, and a
// one-call "text in, triples out" through the real pipeline (segmenter, tagger, lemmatiser,
// parser), so that every test exercises what `issuegraph extract` runs.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "issuegraph/extract/extractor_factory.hpp"
#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/extract/triple.hpp"
#include "issuegraph/pipeline/nlp_pipeline.hpp"

namespace extract_test {

inline std::shared_ptr<const issuegraph::Lexicon> lexicon() {
  static const auto shared = std::make_shared<const issuegraph::Lexicon>(
      issuegraph::Lexicon::load_default(ISSUEGRAPH_DATA_DIR));
  return shared;
}

inline const issuegraph::NlpPipeline& pipeline() {
  static const issuegraph::NlpPipeline shared =
      issuegraph::NlpPipeline::load(std::string(ISSUEGRAPH_DATA_DIR) + "/models");
  return shared;
}

inline issuegraph::Document document(const std::string& text, const std::string& id = "test") {
  issuegraph::Document doc;
  doc.id = id;
  doc.text = text;
  doc.source = "-";
  return doc;
}

inline std::vector<issuegraph::Sentence> annotate(const issuegraph::Document& doc) {
  return pipeline().annotate(doc);
}

inline std::vector<issuegraph::Triple> extract(const std::string& text, double min_confidence = 0.0) {
  const issuegraph::Document doc = document(text);
  issuegraph::ExtractorOptions options;
  options.min_confidence = min_confidence;
  const auto extractor = issuegraph::make_extractor(lexicon(), options);
  return extractor->extract(doc, annotate(doc));
}

// One row of a hand-made parse: form, UPOS, XPOS, lemma, CoNLL-U head (1-based, 0 = root), relation.
struct ParsedWord {
  std::string form, upos, xpos, lemma;
  int head;
  std::string deprel;
};

// The sentence of `words` (forms, tags and tree as given), with offsets into its own text.
inline issuegraph::Sentence sentence_of(const std::vector<ParsedWord>& words) {
  issuegraph::Sentence sentence;
  std::string text;
  for (const ParsedWord& w : words) {
    if (!text.empty()) text += ' ';
    issuegraph::Token t;
    t.form = w.form;
    t.begin = text.size();
    text += w.form;
    t.end = text.size();
    t.upos = w.upos;
    t.xpos = w.xpos;
    t.lemma = w.lemma;
    t.head = w.head;
    t.deprel = w.deprel;
    sentence.tokens.push_back(std::move(t));
  }
  sentence.end = text.size();
  sentence.text = text;
  return sentence;
}

// Triples of one sentence whose parse is given, not predicted: tests of parse repairs must not
// depend on the shipped parser making the same mistake again.
inline std::vector<issuegraph::Triple> extract_parsed(const std::vector<ParsedWord>& words) {
  const issuegraph::Sentence sentence = sentence_of(words);
  const std::string& text = sentence.text;
  const issuegraph::Document doc = document(text);
  const auto extractor = issuegraph::make_extractor(lexicon(), {});
  return extractor->extract(doc, {sentence});
}

// The first triple whose actor id and action class are the given ones, or nullptr.
inline const issuegraph::Triple* find(const std::vector<issuegraph::Triple>& triples,
                                      const std::string& actor_id, const std::string& action_class) {
  auto it = std::find_if(triples.begin(), triples.end(), [&](const issuegraph::Triple& t) {
    return t.actor.id == actor_id && t.action.action_class == action_class;
  });
  return it == triples.end() ? nullptr : &*it;
}

// The first triple with this action class, whoever acts, or nullptr.
inline const issuegraph::Triple* find_action(const std::vector<issuegraph::Triple>& triples,
                                             const std::string& action_class) {
  for (const auto& t : triples) {
    if (t.action.action_class == action_class) return &t;
  }
  return nullptr;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace extract_test
