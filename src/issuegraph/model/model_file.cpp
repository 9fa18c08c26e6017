#include "issuegraph/model/model_file.hpp"

#include <cstdio>
#include <fstream>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/base/stable_hash.hpp"
#include "issuegraph/model/binary_io.hpp"

namespace issuegraph {
namespace {

constexpr std::string_view kMagic{"IGMODEL\0", 8};

std::string hex64(std::uint64_t v) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
  return buffer;
}

std::string header_json(const ModelFile& model) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  writer.Key("kind");
  writer.String(model.kind().c_str());
  writer.Key("component_version");
  writer.Uint(model.component_version());
  writer.Key("feature_hash");
  writer.String(hex64(model.feature_hash()).c_str());
  writer.Key("metadata");
  writer.StartObject();
  for (const auto& [key, value] : model.all_metadata()) {  // std::map: sorted, deterministic
    writer.Key(key.c_str());
    writer.String(value.c_str());
  }
  writer.EndObject();
  writer.EndObject();
  return buffer.GetString();
}

}  // namespace

std::string read_model_bytes(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw ModelError(path, "cannot open model file");
  std::string bytes;
  if (std::fseek(file, 0, SEEK_END) == 0) {
    long size = std::ftell(file);
    if (size > 0) bytes.resize(static_cast<std::size_t>(size));
    std::rewind(file);
  }
  std::size_t read = bytes.empty() ? 0 : std::fread(bytes.data(), 1, bytes.size(), file);
  bool failed = std::ferror(file) != 0 || read != bytes.size();
  std::fclose(file);
  if (failed) throw ModelError(path, "cannot read model file");
  return bytes;
}

ModelFile::ModelFile(std::string kind, std::uint32_t component_version, std::uint64_t feature_hash)
    : kind_(std::move(kind)), component_version_(component_version), feature_hash_(feature_hash) {}

std::string ModelFile::metadata(const std::string& key) const {
  auto it = metadata_.find(key);
  return it == metadata_.end() ? std::string() : it->second;
}

const std::string& ModelFile::section(const std::string& name) const {
  auto it = sections_.find(name);
  if (it == sections_.end()) {
    throw ModelError(source_.empty() ? kind_ : source_, "missing section '" + name + "'");
  }
  return it->second;
}

std::string ModelFile::serialize() const {
  ByteWriter out;
  out.raw(kMagic);
  out.u32(kModelContainerVersion);
  out.str(header_json(*this));
  out.u32(static_cast<std::uint32_t>(sections_.size()));
  for (const auto& [name, bytes] : sections_) {
    out.str(name);
    out.u64(bytes.size());
    out.raw(bytes);
  }
  out.u64(stable_hash(out.bytes()));
  return out.take();
}

ModelFile ModelFile::deserialize(std::string_view bytes, const std::string& source) {
  if (bytes.size() < kMagic.size() || bytes.substr(0, kMagic.size()) != kMagic) {
    throw ModelError(source, "not an issuegraph model file (bad magic bytes)");
  }
  if (bytes.size() < kMagic.size() + 4 + 8) throw ModelError(source, "truncated model file");
  ByteReader trailer(bytes.substr(bytes.size() - 8), source);
  std::uint64_t stored_checksum = trailer.u64();
  std::string_view body = bytes.substr(0, bytes.size() - 8);

  ByteReader in(body, source);
  in.take(kMagic.size());
  std::uint32_t version = in.u32();
  if (version != kModelContainerVersion) {
    throw ModelError(source, "unsupported model container version " + std::to_string(version) +
                                 " (this build reads version " +
                                 std::to_string(kModelContainerVersion) + ")");
  }
  if (stable_hash(body) != stored_checksum) {
    throw ModelError(source, "checksum mismatch: the model file is corrupt");
  }
  std::string header = in.str();
  rapidjson::Document json;
  json.Parse(header.c_str());
  if (json.HasParseError() || !json.IsObject() || !json.HasMember("kind") ||
      !json["kind"].IsString() || !json.HasMember("component_version") ||
      !json["component_version"].IsUint() || !json.HasMember("feature_hash") ||
      !json["feature_hash"].IsString()) {
    throw ModelError(source, "malformed model header");
  }
  ModelFile model(json["kind"].GetString(), json["component_version"].GetUint(),
                  std::stoull(json["feature_hash"].GetString(), nullptr, 16));
  model.source_ = source;
  if (json.HasMember("metadata") && json["metadata"].IsObject()) {
    for (const auto& m : json["metadata"].GetObject()) {
      if (m.value.IsString()) model.metadata_[m.name.GetString()] = m.value.GetString();
    }
  }
  std::uint32_t count = in.u32();
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string name = in.str();
    std::uint64_t size = in.u64();
    model.sections_[name] = std::string(in.take(size));
  }
  in.expect_end();
  return model;
}

void ModelFile::save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw Error(path + ": cannot write model file");
  std::string bytes = serialize();
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw Error(path + ": error while writing model file");
}

ModelFile ModelFile::load(const std::string& path, std::string_view expected_kind,
                          std::uint32_t expected_component_version,
                          std::uint64_t expected_feature_hash) {
  ModelFile model = deserialize(read_model_bytes(path), path);
  if (model.kind_ != expected_kind) {
    throw ModelError(path, "is a '" + model.kind_ + "' model, expected '" +
                               std::string(expected_kind) + "'");
  }
  if (model.component_version_ != expected_component_version) {
    throw ModelError(path, model.kind_ + " model version " +
                               std::to_string(model.component_version_) +
                               " does not match this build's version " +
                               std::to_string(expected_component_version) + "; retrain it");
  }
  if (model.feature_hash_ != expected_feature_hash) {
    throw ModelError(path, "feature set " + hex64(model.feature_hash_) +
                               " differs from this build's " + hex64(expected_feature_hash) +
                               "; retrain the " + model.kind_ + " model");
  }
  return model;
}

}  // namespace issuegraph
