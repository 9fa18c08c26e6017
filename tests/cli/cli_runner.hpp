// Runs the built `issuegraph` binary the way a user would and captures what it prints, for the
// command-line tests. Inputs that are awkward to commit (binary bytes, invalid UTF-8) are written
// into a fresh temporary directory by the tests themselves.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace issuegraph::test {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A scratch directory unique to one test case, removed at the end.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("issuegraph-cli-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

// `arguments` is appended to the binary's path as shell words (the tests quote what needs it).
inline RunResult run_issuegraph(const std::string& arguments, const std::string& stdin_text = "") {
  TempDir io("run");
  std::string command = std::string(ISSUEGRAPH_BINARY) + " " + arguments;
  if (!stdin_text.empty()) {
    write_file(io / "stdin", stdin_text);
    command += " < '" + (io / "stdin").string() + "'";
  } else {
    command += " < /dev/null";
  }
  command += " > '" + (io / "out").string() + "' 2> '" + (io / "err").string() + "'";
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(io / "out");
  result.err = read_file(io / "err");
  return result;
}

inline std::string source_path(const std::string& relative) {
  return std::string(ISSUEGRAPH_SOURCE_DIR) + "/" + relative;
}

inline std::size_t count_lines(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace issuegraph::test
