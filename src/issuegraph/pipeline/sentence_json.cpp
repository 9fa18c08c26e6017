#include "issuegraph/pipeline/sentence_json.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace issuegraph {

std::string sentence_to_json(const std::string& doc_id, const Sentence& sentence) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto string = [&w](const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("doc");
  string(doc_id);
  w.Key("sentence");
  w.Uint64(sentence.index);
  w.Key("text");
  string(sentence.text);
  w.Key("tokens");
  w.StartArray();
  for (std::size_t i = 0; i < sentence.tokens.size(); ++i) {
    const Token& t = sentence.tokens[i];
    w.StartObject();
    w.Key("id");
    w.Uint64(i + 1);
    w.Key("form");
    string(t.form);
    w.Key("lemma");
    string(t.lemma);
    w.Key("upos");
    string(t.upos);
    w.Key("xpos");
    string(t.xpos);
    w.Key("head");
    w.Int(t.head);
    w.Key("deprel");
    string(t.deprel);
    w.Key("start");
    w.Uint64(t.begin);
    w.Key("end");
    w.Uint64(t.end);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace issuegraph
