// Measurements on real text, tagged [.slow] so they only run when asked for:
//   build-text/tests/test_text "[.slow]"
// Token and sentence agreement with the UD English treebanks EWT and GUM, whose tokenisation
// the tagger and parser learn (the dev sets were looked at while writing the rules, the test
// sets were not), and segmentation speed on the benchmark news. Both need ../shared and skip
// with a warning when it is absent.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "issuegraph/text/segmenter.hpp"

namespace {

namespace fs = std::filesystem;

using Span = std::pair<std::size_t, std::size_t>;

// A treebank rebuilt as documents: the "# text" of each sentence, sentences joined by a space,
// paragraphs by a blank line; with the gold word and sentence spans in that text.
struct GoldDocument {
  std::string text;
  std::vector<Span> words;
  std::vector<Span> sentences;
};

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::vector<GoldDocument> read_treebank(const std::string& path) {
  std::vector<GoldDocument> documents;
  std::ifstream in(path);
  std::string line;
  std::string sentence_text;
  std::vector<std::string> sentence_forms;  // words, or a multiword token's surface
  bool new_paragraph = false;
  auto flush = [&]() {
    if (sentence_text.empty()) return;
    if (documents.empty()) documents.emplace_back();
    GoldDocument& document = documents.back();
    if (!document.text.empty()) document.text += new_paragraph ? "\n\n" : " ";
    const std::size_t begin = document.text.size();
    document.text += sentence_text;
    // Align the forms with the sentence text, skipping white space.
    std::size_t pos = begin;
    for (const std::string& form : sentence_forms) {
      while (pos < document.text.size() && document.text[pos] == ' ') ++pos;
      if (document.text.compare(pos, form.size(), form) != 0) break;  // typo-corrected forms
      document.words.emplace_back(pos, pos + form.size());
      pos += form.size();
    }
    document.sentences.emplace_back(begin, document.text.size());
    sentence_text.clear();
    sentence_forms.clear();
    new_paragraph = false;
  };
  std::size_t skip_until = 0;
  std::vector<std::string> pending_words;
  std::string pending_surface;
  while (std::getline(in, line)) {
    if (line.starts_with("# newdoc")) {
      flush();
      documents.emplace_back();
    } else if (line.starts_with("# newpar")) {
      new_paragraph = true;
    } else if (line.starts_with("# text = ")) {
      sentence_text = line.substr(9);
    } else if (line.empty()) {
      flush();
    } else if (line[0] != '#') {
      const auto fields = split_tabs(line);
      if (fields.size() < 2) continue;
      const std::string& id = fields[0];
      if (id.find('.') != std::string::npos) continue;  // empty node
      const std::size_t dash = id.find('-');
      if (dash != std::string::npos) {
        skip_until = std::stoul(id.substr(dash + 1));
        pending_surface = fields[1];
        pending_words.clear();
        continue;
      }
      const std::size_t number = std::stoul(id);
      if (number <= skip_until) {
        pending_words.push_back(fields[1]);
        if (number == skip_until) {
          std::string joined;
          for (const auto& word : pending_words) joined += word;
          if (joined == pending_surface) {
            for (auto& word : pending_words) sentence_forms.push_back(word);
          } else {
            sentence_forms.push_back(pending_surface);
          }
          skip_until = 0;
        }
        continue;
      }
      sentence_forms.push_back(fields[1]);
    }
  }
  flush();
  return documents;
}

double f1(std::size_t matched, std::size_t predicted, std::size_t gold) {
  if (predicted == 0 || gold == 0) return 0.0;
  const double precision = static_cast<double>(matched) / static_cast<double>(predicted);
  const double recall = static_cast<double>(matched) / static_cast<double>(gold);
  return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

struct Agreement {
  double token_f1 = 0;
  double sentence_f1 = 0;
};

Agreement agreement(const std::vector<GoldDocument>& documents) {
  std::size_t token_matched = 0, token_predicted = 0, token_gold = 0;
  std::size_t sentence_matched = 0, sentence_predicted = 0, sentence_gold = 0;
  for (const GoldDocument& document : documents) {
    const auto sentences = issuegraph::segment_text(document.text);
    std::set<Span> gold_words(document.words.begin(), document.words.end());
    std::set<Span> gold_sentences(document.sentences.begin(), document.sentences.end());
    token_gold += gold_words.size();
    sentence_gold += gold_sentences.size();
    for (const auto& sentence : sentences) {
      ++sentence_predicted;
      sentence_matched += gold_sentences.count({sentence.begin, sentence.end});
      for (const auto& token : sentence.tokens) {
        ++token_predicted;
        token_matched += gold_words.count({token.begin, token.end});
      }
    }
  }
  return {f1(token_matched, token_predicted, token_gold),
          f1(sentence_matched, sentence_predicted, sentence_gold)};
}

}  // namespace

TEST_CASE("segmenter agrees with UD English treebank tokens and sentences", "[segmenter][.slow]") {
  const fs::path ud = fs::path(ISSUEGRAPH_SHARED_DIR) / "ud";
  if (!fs::exists(ud)) {
    WARN("skipped: no UD treebanks at " << ud.string());
    return;
  }
  for (const char* name : {"en_ewt/en_ewt-ud-dev.conllu", "en_ewt/en_ewt-ud-test.conllu",
                           "en_gum/en_gum-ud-dev.conllu", "en_gum/en_gum-ud-test.conllu"}) {
    const fs::path path = ud / name;
    if (!fs::exists(path)) {
      WARN("skipped: " << path.string() << " is absent");
      continue;
    }
    const Agreement result = agreement(read_treebank(path.string()));
    WARN(name << ": token F1 " << result.token_f1 << ", sentence F1 " << result.sentence_f1);
    CHECK(result.token_f1 > 0.95);
    CHECK(result.sentence_f1 > 0.75);
  }
}

// Robustness over 21,000 real news documents: every document segments, tokens cover their
// sentence, and no sentence is empty. (Speed is measured by bench/parse_bench.sh, not here.)
TEST_CASE("segmenter handles every document of the benchmark news", "[segmenter]") {
  const fs::path path = fs::path(ISSUEGRAPH_SHARED_DIR) / "bench" / "news_bench.jsonl";
  if (!fs::exists(path)) {
    WARN("skipped: no benchmark corpus at " << path.string());
    return;
  }
  // The JSON string escapes that occur in the file are few; the text is segmented as stored
  // between the quotes after undoing \n, \" and \\ (enough for a speed measurement).
  std::ifstream in(path.string());
  std::vector<std::string> texts;
  std::string line;
  std::size_t bytes = 0;
  while (std::getline(in, line)) {
    const std::size_t key = line.find("\"text\": \"");
    if (key == std::string::npos) continue;
    std::string text;
    for (std::size_t i = key + 9; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\' && i + 1 < line.size()) {
        ++i;
        text.push_back(line[i] == 'n' ? '\n' : line[i]);
      } else {
        text.push_back(line[i]);
      }
    }
    bytes += text.size();
    texts.push_back(std::move(text));
  }
  std::size_t tokens = 0;
  for (const std::string& text : texts) {
    for (const auto& sentence : issuegraph::segment_text(text)) {
      REQUIRE_FALSE(sentence.tokens.empty());
      REQUIRE(sentence.tokens.front().begin == sentence.begin);
      REQUIRE(sentence.tokens.back().end == sentence.end);
      tokens += sentence.tokens.size();
    }
  }
  WARN(texts.size() << " documents, " << bytes << " bytes, " << tokens << " tokens");
  CHECK(tokens > bytes / 10);
}
