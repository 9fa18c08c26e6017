// The main job of issuegraph as one library call: read input documents, annotate them with the
// NLP pipeline, extract triples. Shared by `issuegraph extract` and `issuegraph build`, so both
// treat bad input the same way: every problem is reported and counted, every valid document is
// still processed.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "issuegraph/extract/triple.hpp"
#include "issuegraph/io/document_reader.hpp"
#include "issuegraph/text/document.hpp"

namespace issuegraph {

class Extractor;
class Lexicon;
class NlpPipeline;

struct ExtractionSettings {
  std::string data_dir;                      // holds models/ and lexicons/
  std::vector<std::string> lexicon_overrides;  // --lexicon DIR, applied in order
  ReadOptions read;
  double min_confidence = 0.0;
  bool explain = false;                      // add each triple's confidence features
  bool unlisted_actions = true;              // ExtractorOptions::unlisted_actions
  int threads = 1;                           // documents annotated in parallel; output stays in order
  // How many of the parser's other readings the extractor may try for a sentence whose
  // predicates gave no triple (0 = the first parse only). The readings come from the first
  // parse's trail, so each costs part of a parse and no new one (docs/extractor.md).
  int other_readings = 2;
};

struct ExtractionReport {
  std::size_t documents = 0;
  std::size_t sentences = 0;
  std::size_t triples = 0;
  std::vector<std::string> errors;  // "file:line: what", one per lost record
  std::vector<std::string> notes;   // e.g. a legacy encoding that was decoded on request
};

class ExtractionJob {
 public:
  // Loads the models and lexicons once. Throws ModelError/SchemaError/InputError.
  explicit ExtractionJob(ExtractionSettings settings);
  ~ExtractionJob();

  using TripleSink = std::function<void(const Document&, std::vector<Triple>&&)>;

  // Runs over every input in the given order; `sink` receives each document's triples (possibly
  // none) in input order.
  ExtractionReport run(const std::vector<std::string>& inputs, const TripleSink& sink) const;

  // The triples of one document already in memory (tests, library users).
  std::vector<Triple> extract(const Document& document) const;

 private:
  std::vector<Triple> extract_counting(const Document& document, std::size_t& sentence_count) const;

  ExtractionSettings settings_;
  std::unique_ptr<NlpPipeline> pipeline_;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<Extractor> extractor_;
};

}  // namespace issuegraph
