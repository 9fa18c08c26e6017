#include "issuegraph/workflow/extraction_job.hpp"

#include <algorithm>
#include <thread>
#include <utility>

#include "issuegraph/extract/confidence.hpp"
#include "issuegraph/extract/extractor.hpp"
#include "issuegraph/extract/extractor_factory.hpp"
#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/parser/dependency_parser.hpp"
#include "issuegraph/pipeline/nlp_pipeline.hpp"

namespace issuegraph {
namespace {

// Documents are buffered in batches so that several threads can annotate them while the
// output keeps input order. A batch bounds memory on large JSON Lines inputs.
constexpr std::size_t kBatchDocuments = 256;

std::shared_ptr<const Lexicon> load_lexicon(const ExtractionSettings& settings) {
  auto lexicon = std::make_shared<Lexicon>(Lexicon::load_directory(settings.data_dir + "/lexicons"));
  for (const std::string& dir : settings.lexicon_overrides) lexicon->merge_directory(dir);
  return lexicon;
}

ExtractorOptions extractor_options(const ExtractionSettings& settings) {
  ExtractorOptions options;
  options.min_confidence = settings.min_confidence;
  options.explain = settings.explain;
  options.unlisted_actions = settings.unlisted_actions;
  options.confidence = std::make_shared<const extract::ConfidenceModel>(
      extract::ConfidenceModel::load(settings.data_dir + "/models/confidence.json"));
  return options;
}

}  // namespace

ExtractionJob::ExtractionJob(ExtractionSettings settings)
    : settings_(std::move(settings)),
      pipeline_(std::make_unique<NlpPipeline>(NlpPipeline::load(settings_.data_dir + "/models"))),
      lexicon_(load_lexicon(settings_)),
      extractor_(make_extractor(lexicon_, extractor_options(settings_))) {}

ExtractionJob::~ExtractionJob() = default;

std::vector<Triple> ExtractionJob::extract(const Document& document) const {
  std::size_t sentence_count = 0;
  return extract_counting(document, sentence_count);
}

std::vector<Triple> ExtractionJob::extract_counting(const Document& document,
                                                    std::size_t& sentence_count) const {
  // With other readings the parse keeps its trail, so that the extractor's rare requests for
  // them need not parse the sentence again.
  const bool rereads = settings_.other_readings > 0;
  std::vector<parser::ParseTrail> trails;
  const std::vector<Sentence> sentences = rereads ? pipeline_->annotate(document, trails) : pipeline_->annotate(document);
  sentence_count = sentences.size();
  OtherReadings readings;
  if (rereads) {
    readings = [&](const Sentence& sentence, const std::vector<int>& focus) {
      // The readings are the parser's, of its own parse: not of a copy the extractor repaired.
      const std::size_t i = sentence.index;
      return pipeline_->parser().alternatives(sentences.at(i), trails.at(i), settings_.other_readings, focus);
    };
  }
  std::vector<Triple> triples = extractor_->extract(document, sentences, readings);
  for (Triple& t : triples) {
    if (t.date.empty()) t.date = document.date;
  }
  return triples;
}

ExtractionReport ExtractionJob::run(const std::vector<std::string>& inputs,
                                    const TripleSink& sink) const {
  ExtractionReport report;
  std::vector<Document> batch;
  std::vector<std::vector<Triple>> results;
  std::vector<std::size_t> sentence_counts;
  std::size_t threads = static_cast<std::size_t>(std::max(1, settings_.threads));

  auto flush = [&] {
    results.assign(batch.size(), {});
    sentence_counts.assign(batch.size(), 0);
    auto work = [&](std::size_t first) {
      for (std::size_t i = first; i < batch.size(); i += threads) {
        results[i] = extract_counting(batch[i], sentence_counts[i]);
      }
    };
    if (threads == 1 || batch.size() == 1) {
      work(0);
    } else {
      std::vector<std::thread> pool;
      for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work, t);
      for (std::thread& th : pool) th.join();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      report.triples += results[i].size();
      report.sentences += sentence_counts[i];
      sink(batch[i], std::move(results[i]));
    }
    batch.clear();
  };

  for (const std::string& input : inputs) {
    ReadReport read;
    read_documents(input, settings_.read,
                   [&](Document&& doc) {
                     batch.push_back(std::move(doc));
                     if (batch.size() >= kBatchDocuments) flush();
                   },
                   read);
    report.documents += read.documents;
    report.errors.insert(report.errors.end(), read.errors.begin(), read.errors.end());
    report.notes.insert(report.notes.end(), read.notes.begin(), read.notes.end());
  }
  flush();
  return report;
}

}  // namespace issuegraph
