// The reader on fixtures in tests/data/input/ and on files written by the tests themselves
// (binary and CRLF content that should not live in the repository as-is).
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "issuegraph/base/error.hpp"
#include "issuegraph/io/document_reader.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kInputDir = std::string(ISSUEGRAPH_TEST_DATA_DIR) + "/input";

struct Result {
  std::vector<issuegraph::Document> documents;
  issuegraph::ReadReport report;
};

Result read(const std::string& path, issuegraph::ReadOptions options = {}) {
  Result result;
  issuegraph::read_documents(
      path, options,
      [&](issuegraph::Document&& document) { result.documents.push_back(std::move(document)); },
      result.report);
  return result;
}

// A scratch directory of this test process, removed at the end of each test.
class ScratchDir {
 public:
  ScratchDir()
      : path_(fs::temp_directory_path() / ("issuegraph-io-test-" + std::to_string(::getpid()))) {
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    const fs::path file = path_ / name;
    std::ofstream(file, std::ios::binary) << bytes;
    return file.string();
  }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

// Feeds `input` to the reader as standard input.
Result read_stdin(const std::string& input, issuegraph::ReadOptions options = {}) {
  std::istringstream stream(input);
  std::streambuf* saved = std::cin.rdbuf(stream.rdbuf());
  Result result = read("-", options);
  std::cin.rdbuf(saved);
  std::cin.clear();
  return result;
}

}  // namespace

TEST_CASE("reader turns a text file into one document named after its stem", "[reader]") {
  const std::string path = kInputDir + "/good-article.txt";
  const Result result = read(path);
  CHECK(result.report.errors.empty());
  CHECK(result.report.documents == 1);
  REQUIRE(result.documents.size() == 1);
  const auto& document = result.documents[0];
  CHECK(document.id == "good-article");
  CHECK(document.source == path);
  CHECK(document.line == 0);
  CHECK(document.text.starts_with("Envoys Resume Grain Corridor Talks\n\nISTANBUL"));
  CHECK(document.text.find("Leyla Arslan") != std::string::npos);
}

TEST_CASE("reader normalises CRLF and strips a byte order mark", "[reader]") {
  ScratchDir dir;
  const std::string path =
      dir.write("windows.txt", "\xEF\xBB\xBFHeadline\r\n\r\nBody text.\rMore.\r\n");
  const Result result = read(path);
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].text == "Headline\n\nBody text.\nMore.\n");
}

TEST_CASE("reader reports an empty file", "[reader]") {
  const Result result = read(kInputDir + "/empty.txt");
  CHECK(result.documents.empty());
  REQUIRE(result.report.errors.size() == 1);
  CHECK(result.report.errors[0] == kInputDir + "/empty.txt: empty file: no text");
  SECTION("white space only counts as empty") {
    ScratchDir dir;
    const Result blank = read(dir.write("blank.txt", " \n\n\t\n"));
    REQUIRE(blank.report.errors.size() == 1);
    CHECK_THAT(blank.report.errors[0], Catch::Matchers::EndsWith("blank.txt: empty file: no text"));
  }
}

TEST_CASE("reader reports a JSON Lines file without records and accepts CRLF lines",
          "[reader][jsonl]") {
  ScratchDir dir;
  const Result empty = read(dir.write("none.jsonl", "\n   \n"));
  CHECK(empty.documents.empty());
  REQUIRE(empty.report.errors.size() == 1);
  CHECK_THAT(empty.report.errors[0], Catch::Matchers::EndsWith("none.jsonl: empty file: no text"));

  const Result crlf = read(dir.write(
      "windows.jsonl",
      "{\"id\": \"w1\", \"text\": \"One.\"}\r\n{\"id\": \"w2\", \"text\": \"Two.\"}\r\n"));
  CHECK(crlf.report.errors.empty());
  REQUIRE(crlf.documents.size() == 2);
  CHECK(crlf.documents[1].id == "w2");
  CHECK(crlf.documents[1].line == 2);
}

TEST_CASE("reader rejects JSON escapes that do not make UTF-8 text", "[reader][jsonl]") {
  ScratchDir dir;
  const std::string path =
      dir.write("escapes.jsonl",
                "{\"id\": \"a\", \"text\": \"lone \\udc00 low surrogate\"}\n"
                "{\"id\": \"b\", \"text\": \"lone \\ud800 high surrogate\"}\n"
                "{\"id\": \"c\", \"text\": \"a NUL \\u0000 inside\"}\n"
                "{\"id\": \"d\", \"text\": \"a pair \\ud83c\\udf0d is fine\"}\n");
  const Result result = read(path);
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].id == "d");
  CHECK(result.documents[0].text == "a pair \xF0\x9F\x8C\x8D is fine");
  REQUIRE(result.report.errors.size() == 3);
  CHECK_THAT(
      result.report.errors[0],
      Catch::Matchers::EndsWith(":1: a string holds a \\u escape of a lone surrogate (not UTF-8)"));
  CHECK_THAT(result.report.errors[1], Catch::Matchers::Contains(":2: malformed JSON"));
  CHECK_THAT(result.report.errors[2],
             Catch::Matchers::EndsWith(":3: \"text\" contains a NUL character"));
}

TEST_CASE("reader reports a file that cannot be opened", "[reader]") {
  const Result result = read(kInputDir + "/no-such-file.txt");
  CHECK(result.documents.empty());
  REQUIRE(result.report.errors.size() == 1);
  CHECK_THAT(result.report.errors[0],
             Catch::Matchers::StartsWith(kInputDir + "/no-such-file.txt: cannot open"));
}

TEST_CASE("reader rejects a binary file and names the NUL byte's offset", "[reader]") {
  ScratchDir dir;
  std::string bytes = "PK";
  bytes += std::string("\x03\x04\x00\x00", 4);
  const Result result = read(dir.write("archive.txt", bytes));
  CHECK(result.documents.empty());
  REQUIRE(result.report.errors.size() == 1);
  CHECK_THAT(result.report.errors[0],
             Catch::Matchers::EndsWith("archive.txt: binary file (NUL byte at offset 4)"));
}

TEST_CASE("reader rejects invalid UTF-8 with line and byte offset", "[reader]") {
  const std::string path = kInputDir + "/latin1-article.txt";
  const Result result = read(path);
  CHECK(result.documents.empty());
  REQUIRE(result.report.errors.size() == 1);
  // The é of "café" is byte 0xE9 at offset 21, on line 3.
  CHECK_THAT(result.report.errors[0],
             Catch::Matchers::StartsWith(path + ": invalid UTF-8 at line 3, byte offset 21"));
  CHECK(result.report.notes.empty());
}

TEST_CASE("reader decodes Latin-1 only when asked and says so in a note", "[reader]") {
  const std::string path = kInputDir + "/latin1-article.txt";
  issuegraph::ReadOptions options;
  options.legacy_encoding = "latin1";
  const Result result = read(path, options);
  CHECK(result.report.errors.empty());
  REQUIRE(result.documents.size() == 1);
  CHECK(result.documents[0].text.find("The café owners") != std::string::npos);
  CHECK(result.documents[0].text.find("René Dupont") != std::string::npos);
  REQUIRE(result.report.notes.size() == 1);
  CHECK_THAT(result.report.notes[0], Catch::Matchers::Contains("decoded as latin1"));
  CHECK_THAT(result.report.notes[0], Catch::Matchers::StartsWith(path + ": "));
}

TEST_CASE("reader refuses an unknown legacy encoding as a usage error", "[reader]") {
  issuegraph::ReadOptions options;
  options.legacy_encoding = "klingon";
  CHECK_THROWS_AS(read(kInputDir + "/good-article.txt", options), issuegraph::UsageError);
}

TEST_CASE("reader keeps every good JSONL record and reports each bad line", "[reader][jsonl]") {
  const std::string path = kInputDir + "/mixed-records.jsonl";
  const Result result = read(path);
  std::vector<std::string> ids;
  for (const auto& document : result.documents) ids.push_back(document.id);
  CHECK(ids == std::vector<std::string>{"wire-001", "wire-006", "wire-008"});
  CHECK(result.report.documents == 3);
  REQUIRE(result.documents.size() == 3);
  CHECK(result.documents[0].line == 1);
  CHECK(result.documents[0].date == "2026-03-02");
  CHECK(result.documents[0].source == path);
  CHECK(result.documents[1].line == 8);
  CHECK(result.documents[1].date.empty());
  CHECK(result.documents[1].text == "Rescue teams reached the flooded valley.\nAid followed.");
  CHECK(result.documents[2].line == 10);

  const auto& errors = result.report.errors;
  REQUIRE(errors.size() == 5);
  CHECK_THAT(errors[0], Catch::Matchers::StartsWith(path + ":3: malformed JSON at column"));
  CHECK(errors[1] == path + ":4: missing \"text\"");
  CHECK_THAT(errors[2],
             Catch::Matchers::StartsWith(path + ":5: invalid UTF-8 at line 5, byte offset 239"));
  CHECK(errors[3] == path + ":6: \"id\" must be a string");
  CHECK_THAT(errors[4], Catch::Matchers::StartsWith(path + ":9: expected a JSON object"));
}

TEST_CASE("reader decodes a legacy-encoded JSONL line and keeps the others", "[reader][jsonl]") {
  issuegraph::ReadOptions options;
  options.legacy_encoding = "cp1252";
  const Result result = read(kInputDir + "/mixed-records.jsonl", options);
  CHECK(result.documents.size() == 4);
  REQUIRE(result.report.notes.size() == 1);
  CHECK_THAT(result.report.notes[0], Catch::Matchers::Contains("mixed-records.jsonl:5: "));
  CHECK(result.report.errors.size() == 4);
}

TEST_CASE("reader enforces the document size limit", "[reader]") {
  issuegraph::ReadOptions options;
  options.max_document_bytes = 40;
  SECTION("for a text file") {
    const Result result = read(kInputDir + "/good-article.txt", options);
    CHECK(result.documents.empty());
    REQUIRE(result.report.errors.size() == 1);
    CHECK_THAT(result.report.errors[0],
               Catch::Matchers::Contains("larger than the limit of 40 bytes"));
  }
  SECTION("for each JSONL record, keeping the small ones") {
    ScratchDir dir;
    const std::string path =
        dir.write("sizes.jsonl",
                  "{\"id\": \"a\", \"text\": \"Short.\"}\n"
                  "{\"id\": \"b\", \"text\": \"This record is far too long for the limit.\"}\n");
    const Result result = read(path, options);
    REQUIRE(result.documents.size() == 1);
    CHECK(result.documents[0].id == "a");
    REQUIRE(result.report.errors.size() == 1);
    CHECK_THAT(result.report.errors[0], Catch::Matchers::StartsWith(path + ":2: record is"));
  }
}

TEST_CASE("reader follows an explicit format over the file extension", "[reader]") {
  ScratchDir dir;
  const std::string path = dir.write("records.txt", "{\"id\": \"x1\", \"text\": \"Quiet day.\"}\n");
  issuegraph::ReadOptions options;
  options.format = issuegraph::InputFormat::kJsonl;
  const Result as_jsonl = read(path, options);
  REQUIRE(as_jsonl.documents.size() == 1);
  CHECK(as_jsonl.documents[0].id == "x1");
  const Result as_text = read(path);
  REQUIRE(as_text.documents.size() == 1);
  CHECK(as_text.documents[0].id == "records");
}

TEST_CASE("reader reads a directory's articles in name order", "[reader]") {
  ScratchDir dir;
  dir.write("b-second.txt", "Second article text.");
  dir.write("a-first.txt", "First article text.");
  dir.write("notes.md", "Not an article.");
  dir.write("c-third.jsonl", "{\"id\": \"third\", \"text\": \"Third.\"}\n");
  const Result result = read(dir.path());
  std::vector<std::string> ids;
  for (const auto& document : result.documents) ids.push_back(document.id);
  CHECK(ids == std::vector<std::string>{"a-first", "b-second", "third"});
  CHECK(result.report.errors.empty());
}

TEST_CASE("reader detects JSON Lines on standard input from the first byte", "[reader][stdin]") {
  const Result jsonl =
      read_stdin("\n  {\"id\": \"s1\", \"text\": \"From a pipe.\"}\n{\"id\": \"s2\"}\n");
  REQUIRE(jsonl.documents.size() == 1);
  CHECK(jsonl.documents[0].id == "s1");
  CHECK(jsonl.documents[0].line == 2);
  CHECK(jsonl.documents[0].source == "-");
  REQUIRE(jsonl.report.errors.size() == 1);
  CHECK(jsonl.report.errors[0] == "-:3: missing \"text\"");

  const Result text = read_stdin("Plain words from a pipe.\r\n");
  REQUIRE(text.documents.size() == 1);
  CHECK(text.documents[0].id == "stdin");
  CHECK(text.documents[0].text == "Plain words from a pipe.\n");
}

TEST_CASE("parse_input_format accepts the command-line names", "[reader]") {
  CHECK(issuegraph::parse_input_format("auto") == issuegraph::InputFormat::kAuto);
  CHECK(issuegraph::parse_input_format("text") == issuegraph::InputFormat::kText);
  CHECK(issuegraph::parse_input_format("jsonl") == issuegraph::InputFormat::kJsonl);
  CHECK_THROWS_AS(issuegraph::parse_input_format("xml"), issuegraph::UsageError);
}
