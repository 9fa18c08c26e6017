#include "issuegraph/conllu/conllu_writer.hpp"

#include <string>

namespace issuegraph {
namespace {

const std::string& or_underscore(const std::string& s) {
  static const std::string kUnderscore = "_";
  return s.empty() ? kUnderscore : s;
}

}  // namespace

void write_conllu(std::ostream& out, const Sentence& sentence) {
  for (const std::string& comment : sentence.comments) out << comment << '\n';
  std::size_t next_mwt = 0;
  std::size_t next_empty = 0;
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    int id = static_cast<int>(i) + 1;
    while (next_mwt < sentence.multiword_tokens.size() &&
           sentence.multiword_tokens[next_mwt].first == id) {
      const MultiwordToken& m = sentence.multiword_tokens[next_mwt++];
      out << m.first << '-' << m.last << '\t' << m.form << "\t_\t_\t_\t_\t_\t_\t_\t"
          << or_underscore(m.misc) << '\n';
    }
    const Token& t = sentence.tokens[i];
    out << id << '\t' << t.form << '\t' << or_underscore(t.lemma) << '\t' << or_underscore(t.upos)
        << '\t' << or_underscore(t.xpos) << '\t' << or_underscore(t.feats) << '\t';
    if (t.head >= 0) {
      out << t.head;
    } else {
      out << '_';
    }
    out << '\t' << or_underscore(t.deprel) << '\t' << or_underscore(t.deps) << '\t'
        << or_underscore(t.misc) << '\n';
    while (next_empty < sentence.empty_nodes.size() &&
           sentence.empty_nodes[next_empty].first == id) {
      out << sentence.empty_nodes[next_empty++].second << '\n';
    }
  }
  out << '\n';
}

}  // namespace issuegraph
