// The annotation pipeline: sentence splitting and tokenisation, tagging, lemmatisation and
// dependency parsing, with the models of one directory (tagger.igm, lemmatizer.igm,
// parser.igm, and clusters.igm, the word clusters the tagger and parser were trained with). Models are loaded once per process and directory and shared by every pipeline
// made from it; all methods are const and safe to call from many threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "issuegraph/text/document.hpp"
#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

class Tagger;
class Lemmatizer;
namespace parser {
class DependencyParser;
struct ParseTrail;
}

// How far annotate() goes: kTokenize stops after segmentation (for benchmarks), kFull runs
// every stage.
enum class PipelineStage { kTokenize, kTag, kFull };

class NlpPipeline {
 public:
  // Loads <model_dir>/tagger.igm, lemmatizer.igm and parser.igm (or reuses them when this
  // process loaded that directory before). Throws ModelError when one is missing or broken.
  static NlpPipeline load(const std::string& model_dir);

  // segment_text + tag + lemmatise + parse. Ensures: every token has upos, xpos, lemma, head
  // (0 = root) and deprel; offsets are the document's bytes.
  std::vector<Sentence> annotate(const Document& doc) const;
  std::vector<Sentence> annotate(const Document& doc, PipelineStage stage) const;
  // The full annotation, keeping for each sentence what its parse did (`trails`, one per
  // sentence, by index), from which the parser builds other readings later.
  std::vector<Sentence> annotate(const Document& doc, std::vector<parser::ParseTrail>& trails) const;
  // For given tokens (CoNLL-U input): fills upos, xpos, lemma, head and deprel, overwriting
  // them, and keeps everything else (forms, comments, multiword ranges, feats, misc).
  void annotate_tokens(Sentence& sentence) const;

  const Tagger& tagger() const { return *models_->tagger; }
  const Lemmatizer& lemmatizer() const { return *models_->lemmatizer; }
  const parser::DependencyParser& parser() const { return *models_->parser; }

  struct Models {
    std::shared_ptr<const Tagger> tagger;
    std::shared_ptr<const Lemmatizer> lemmatizer;
    std::shared_ptr<const parser::DependencyParser> parser;
  };

 private:
  explicit NlpPipeline(std::shared_ptr<const Models> models) : models_(std::move(models)) {}
  // annotate() up to `stage`, filling `trails` when given.
  std::vector<Sentence> run(const Document& doc, PipelineStage stage, std::vector<parser::ParseTrail>* trails) const;
  std::shared_ptr<const Models> models_;
};

}  // namespace issuegraph
