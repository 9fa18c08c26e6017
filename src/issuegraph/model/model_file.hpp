// The versioned container every trained model is stored in:
//   magic "IGMODEL\0" | u32 container version | u32 header length | header JSON |
//   u32 section count | sections (u32 name length, name, u64 size, bytes) | u64 FNV-1a checksum
// The header JSON holds the kind ("tagger", "parser", ...), the component version, the
// feature-set hash of the code that wrote it, and sorted free-form metadata (labels, training
// corpus and checksum, iterations, seed). Save -> load -> save is byte-identical.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace issuegraph {

inline constexpr std::uint32_t kModelContainerVersion = 1;

// The bytes of a model file in one sized read (models are megabytes: a stream copy costs more
// than decoding them). Throws ModelError naming the path when it cannot be read.
std::string read_model_bytes(const std::string& path);

class ModelFile {
 public:
  ModelFile() = default;
  ModelFile(std::string kind, std::uint32_t component_version, std::uint64_t feature_hash);

  const std::string& kind() const { return kind_; }
  std::uint32_t component_version() const { return component_version_; }
  std::uint64_t feature_hash() const { return feature_hash_; }

  void set_metadata(const std::string& key, const std::string& value) { metadata_[key] = value; }
  // Empty when absent.
  std::string metadata(const std::string& key) const;
  const std::map<std::string, std::string>& all_metadata() const { return metadata_; }

  void add_section(const std::string& name, std::string bytes) { sections_[name] = std::move(bytes); }
  bool has_section(const std::string& name) const { return sections_.count(name) > 0; }
  // Throws ModelError naming the file when the section is missing.
  const std::string& section(const std::string& name) const;

  std::string serialize() const;
  // `source` names the bytes in errors (usually the path).
  static ModelFile deserialize(std::string_view bytes, const std::string& source);

  void save(const std::string& path) const;
  // Loads and checks the kind, component version and feature hash against what the code
  // expects; each mismatch is a ModelError with a precise message.
  static ModelFile load(const std::string& path, std::string_view expected_kind,
                        std::uint32_t expected_component_version,
                        std::uint64_t expected_feature_hash);

  const std::string& source() const { return source_; }

 private:
  std::string kind_;
  std::uint32_t component_version_ = 0;
  std::uint64_t feature_hash_ = 0;
  std::map<std::string, std::string> metadata_;
  std::map<std::string, std::string> sections_;
  std::string source_;
};

}  // namespace issuegraph
