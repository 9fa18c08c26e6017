#include "issuegraph/pipeline/nlp_pipeline.hpp"

#include <cstdio>
#include <filesystem>
#include <memory>
#include <future>
#include <map>
#include <mutex>

#include "issuegraph/base/error.hpp"
#include "issuegraph/clusters/word_clusters.hpp"
#include "issuegraph/lemma/lemmatizer.hpp"
#include "issuegraph/model/model_file.hpp"
#include "issuegraph/parser/dependency_parser.hpp"
#include "issuegraph/tagger/tagger.hpp"
#include "issuegraph/text/segmenter.hpp"

namespace issuegraph {
namespace {

// Models already loaded in this process, by canonical directory. Loading takes a fraction of
// a second and some memory, so a command that builds several pipelines pays for it once.
std::mutex& cache_mutex() {
  static std::mutex m;
  return m;
}
std::map<std::string, std::shared_ptr<const NlpPipeline::Models>>& cache() {
  static std::map<std::string, std::shared_ptr<const NlpPipeline::Models>> c;
  return c;
}

std::string cache_key(const std::string& dir) {
  std::error_code ec;
  auto canonical = std::filesystem::weakly_canonical(dir, ec);
  return ec ? dir : canonical.string();
}

// <dir>/clusters.igm when present; models trained with clusters refuse to load without it.
std::shared_ptr<const WordClusters> load_clusters(const std::string& dir) {
  const std::string path = dir + "clusters.igm";
  if (!std::filesystem::exists(path)) return nullptr;
  return std::make_shared<const WordClusters>(WordClusters::load(path));
}

}  // namespace

NlpPipeline NlpPipeline::load(const std::string& model_dir) {
  const std::string key = cache_key(model_dir);
  std::lock_guard<std::mutex> lock(cache_mutex());
  auto it = cache().find(key);
  if (it != cache().end()) return NlpPipeline(it->second);
  auto models = std::make_shared<Models>();
  const std::string dir = model_dir + "/";
  // The parser (the largest model) loads on a second thread while the tagger and lemmatiser
  // load here: the files are independent, and this halves the start-up of a short command.
  // get() rethrows a ModelError from the other thread.
  std::shared_ptr<const WordClusters> clusters = load_clusters(dir);
  auto parser_future = std::async(std::launch::async, [path = dir + "parser.igm", clusters] {
    return std::make_shared<const parser::DependencyParser>(parser::DependencyParser::load(path, clusters));
  });
  try {
    // from_model checks each model's kind, component version and feature-set hash.
    const std::string tagger_path = dir + "tagger.igm", lemmatizer_path = dir + "lemmatizer.igm";
    models->tagger = std::make_shared<const Tagger>(
        Tagger::from_model(ModelFile::deserialize(read_model_bytes(tagger_path), tagger_path), clusters));
    models->lemmatizer = std::make_shared<const Lemmatizer>(
        Lemmatizer::from_model(ModelFile::deserialize(read_model_bytes(lemmatizer_path), lemmatizer_path)));
  } catch (...) {
    parser_future.wait();
    throw;
  }
  models->parser = parser_future.get();
  std::shared_ptr<const Models> shared = std::move(models);
  cache().emplace(key, shared);
  return NlpPipeline(std::move(shared));
}

void NlpPipeline::annotate_tokens(Sentence& sentence) const {
  if (sentence.tokens.empty()) return;
  models_->tagger->tag(sentence);
  models_->lemmatizer->lemmatize(sentence);
  models_->parser->parse(sentence);
}

std::vector<Sentence> NlpPipeline::annotate(const Document& doc) const {
  return annotate(doc, PipelineStage::kFull);
}

std::vector<Sentence> NlpPipeline::annotate(const Document& doc, PipelineStage stage) const {
  return run(doc, stage, nullptr);
}

std::vector<Sentence> NlpPipeline::annotate(const Document& doc, std::vector<parser::ParseTrail>& trails) const {
  return run(doc, PipelineStage::kFull, &trails);
}

std::vector<Sentence> NlpPipeline::run(const Document& doc, PipelineStage stage,
                                       std::vector<parser::ParseTrail>* trails) const {
  std::vector<Sentence> sentences = segment_text(doc.text);
  if (trails != nullptr) trails->assign(sentences.size(), {});
  if (stage == PipelineStage::kTokenize) return sentences;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Sentence& s = sentences[i];
    if (s.tokens.empty()) continue;
    models_->tagger->tag(s);
    if (stage == PipelineStage::kTag) continue;
    models_->lemmatizer->lemmatize(s);
    if (trails != nullptr) {
      models_->parser->parse(s, (*trails)[i]);
    } else {
      models_->parser->parse(s);
    }
  }
  return sentences;
}

}  // namespace issuegraph
