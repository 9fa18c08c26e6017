#include "issuegraph/conllu/conllu_reader.hpp"

#include <fstream>
#include <stdexcept>

#include "issuegraph/base/error.hpp"

namespace issuegraph {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

int to_int(const std::string& s, const std::string& source, std::size_t line, const char* what) {
  try {
    std::size_t used = 0;
    int v = std::stoi(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  throw InputError(source, line, 0, std::string("expected an integer ") + what + ", got '" + s + "'");
}

}  // namespace

ConlluReader::ConlluReader(std::istream& in, std::string source)
    : in_(in), source_(std::move(source)) {}

bool ConlluReader::next(Sentence& sentence) {
  sentence = Sentence{};
  sentence.index = sentence_count_;
  std::string line;
  bool any = false;
  while (std::getline(in_, line)) {
    ++line_number_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (any) break;
      continue;
    }
    any = true;
    if (line[0] == '#') {
      sentence.comments.push_back(line);
      const std::string text_prefix = "# text = ";
      if (line.rfind(text_prefix, 0) == 0) sentence.text = line.substr(text_prefix.size());
      continue;
    }
    parse_word_line(line, sentence);
  }
  if (!any) return false;
  if (sentence.tokens.empty()) {
    throw InputError(source_, line_number_, 0, "sentence without word lines");
  }
  ++sentence_count_;
  return true;
}

void ConlluReader::parse_word_line(const std::string& line, Sentence& sentence) {
  std::vector<std::string> f = split_tabs(line);
  if (f.size() != 10) {
    throw InputError(source_, line_number_, 0,
                     "expected 10 tab-separated columns, got " + std::to_string(f.size()));
  }
  const std::string& id = f[0];
  if (id.find('.') != std::string::npos) {  // empty node: enhanced graphs only, kept verbatim
    sentence.empty_nodes.emplace_back(static_cast<int>(sentence.tokens.size()), line);
    return;
  }
  if (auto dash = id.find('-'); dash != std::string::npos) {
    MultiwordToken mwt;
    mwt.first = to_int(id.substr(0, dash), source_, line_number_, "range start");
    mwt.last = to_int(id.substr(dash + 1), source_, line_number_, "range end");
    mwt.form = f[1];
    mwt.misc = f[9];
    sentence.multiword_tokens.push_back(mwt);
    return;
  }
  int index = to_int(id, source_, line_number_, "word id");
  if (index != static_cast<int>(sentence.tokens.size()) + 1) {
    throw InputError(source_, line_number_, 0, "word ids must run 1, 2, 3, ...; got " + id);
  }
  Token t;
  t.form = f[1];
  t.lemma = f[2] == "_" && f[1] != "_" ? "" : f[2];
  t.upos = f[3] == "_" ? "" : f[3];
  t.xpos = f[4] == "_" ? "" : f[4];
  t.feats = f[5];
  t.head = f[6] == "_" ? -1 : to_int(f[6], source_, line_number_, "head");
  t.deprel = f[7] == "_" ? "" : f[7];
  t.deps = f[8];
  t.misc = f[9];
  t.space_after = t.misc.find("SpaceAfter=No") == std::string::npos;
  sentence.tokens.push_back(std::move(t));
}

std::vector<Sentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, 0, "cannot open file");
  ConlluReader reader(in, path);
  std::vector<Sentence> sentences;
  Sentence s;
  while (reader.next(s)) sentences.push_back(std::move(s));
  return sentences;
}

}  // namespace issuegraph
