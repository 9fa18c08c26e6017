#include "issuegraph/extract/triple_json.hpp"

#include <cstdio>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "issuegraph/base/error.hpp"

namespace issuegraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_string(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void write_entity(JsonWriter& w, const EntityRef& e) {
  w.StartObject();
  write_string(w, "id", e.id);
  write_string(w, "label", e.label);
  write_string(w, "type", e.type);
  write_string(w, "mention", e.mention);
  w.EndObject();
}

std::string tsv_field(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

const rapidjson::Value& member(const rapidjson::Value& object, const char* key,
                               const std::string& source) {
  if (!object.IsObject() || !object.HasMember(key)) {
    throw InputError(source, 0, 0, std::string("triple record lacks '") + key + "'");
  }
  return object[key];
}

std::string string_member(const rapidjson::Value& object, const char* key,
                          const std::string& source) {
  const rapidjson::Value& v = member(object, key, source);
  if (!v.IsString()) throw InputError(source, 0, 0, std::string("'") + key + "' must be a string");
  return std::string(v.GetString(), v.GetStringLength());
}

EntityRef entity_from_json(const rapidjson::Value& v, const std::string& source) {
  return EntityRef{string_member(v, "id", source), string_member(v, "label", source),
                   string_member(v, "type", source), string_member(v, "mention", source)};
}

}  // namespace

std::string triple_to_json(const Triple& t) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  write_string(w, "doc", t.doc);
  w.Key("sentence");
  w.Uint64(t.sentence);
  write_string(w, "evidence", t.evidence);
  w.Key("actor");
  write_entity(w, t.actor);
  w.Key("action");
  w.StartObject();
  write_string(w, "lemma", t.action.lemma);
  write_string(w, "class", t.action.action_class);
  write_string(w, "text", t.action.text);
  w.Key("negated");
  w.Bool(t.action.negated);
  if (!t.action.cameo.empty()) write_string(w, "cameo", t.action.cameo);
  w.EndObject();
  w.Key("issue");
  if (t.issue) {
    w.StartObject();
    write_string(w, "id", t.issue->id);
    write_string(w, "label", t.issue->label);
    write_string(w, "text", t.issue->text);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("target");
  if (t.target) {
    write_entity(w, *t.target);
  } else {
    w.Null();
  }
  w.Key("confidence");
  // Two decimals: enough to threshold on, and stable across platforms' float printing.
  char confidence[16];
  int length = std::snprintf(confidence, sizeof confidence, "%.2f", t.confidence);
  w.RawValue(confidence, static_cast<std::size_t>(length), rapidjson::kNumberType);
  if (!t.confidence_features.empty()) {
    w.Key("confidence_features");
    w.StartArray();
    for (const std::string& feature : t.confidence_features) w.String(feature.c_str(), static_cast<rapidjson::SizeType>(feature.size()));
    w.EndArray();
  }
  if (!t.date.empty()) write_string(w, "date", t.date);
  w.EndObject();
  return buffer.GetString();
}

std::string triple_tsv_header() {
  return "doc\tsentence\tactor\taction\tnegated\tissue\ttarget\tconfidence\tevidence";
}

std::string triple_to_tsv(const Triple& t) {
  char confidence[16];
  std::snprintf(confidence, sizeof confidence, "%.2f", t.confidence);
  return tsv_field(t.doc) + '\t' + std::to_string(t.sentence) + '\t' + tsv_field(t.actor.label) +
         '\t' + tsv_field(t.action.action_class) + '\t' + (t.action.negated ? "yes" : "no") +
         '\t' + (t.issue ? tsv_field(t.issue->label) : "") + '\t' +
         (t.target ? tsv_field(t.target->label) : "") + '\t' + confidence + '\t' +
         tsv_field(t.evidence);
}

Triple triple_from_json(const rapidjson::Value& v, const std::string& source) {
  Triple t;
  t.doc = string_member(v, "doc", source);
  const rapidjson::Value& sentence = member(v, "sentence", source);
  if (!sentence.IsUint64()) throw InputError(source, 0, 0, "'sentence' must be an integer >= 0");
  t.sentence = sentence.GetUint64();
  t.evidence = string_member(v, "evidence", source);
  t.actor = entity_from_json(member(v, "actor", source), source);
  const rapidjson::Value& action = member(v, "action", source);
  t.action.lemma = string_member(action, "lemma", source);
  t.action.action_class = string_member(action, "class", source);
  t.action.text = string_member(action, "text", source);
  const rapidjson::Value& negated = member(action, "negated", source);
  if (!negated.IsBool()) throw InputError(source, 0, 0, "'action.negated' must be a boolean");
  t.action.negated = negated.GetBool();
  if (action.HasMember("cameo") && action["cameo"].IsString()) t.action.cameo = action["cameo"].GetString();
  const rapidjson::Value& issue = member(v, "issue", source);
  if (!issue.IsNull()) {
    t.issue = IssueRef{string_member(issue, "id", source), string_member(issue, "label", source),
                       string_member(issue, "text", source)};
  }
  const rapidjson::Value& target = member(v, "target", source);
  if (!target.IsNull()) t.target = entity_from_json(target, source);
  const rapidjson::Value& confidence = member(v, "confidence", source);
  if (!confidence.IsNumber()) throw InputError(source, 0, 0, "'confidence' must be a number");
  t.confidence = confidence.GetDouble();
  if (v.HasMember("date") && v["date"].IsString()) t.date = v["date"].GetString();
  return t;
}

}  // namespace issuegraph
