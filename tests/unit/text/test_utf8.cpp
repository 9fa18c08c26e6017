#include <catch2/catch.hpp>
#include <string>

#include "issuegraph/text/utf8.hpp"

using issuegraph::find_invalid_utf8;

TEST_CASE("find_invalid_utf8 accepts valid text of every sequence length", "[utf8]") {
  CHECK_FALSE(find_invalid_utf8(""));
  CHECK_FALSE(find_invalid_utf8("plain ASCII text that is longer than eight bytes"));
  CHECK_FALSE(find_invalid_utf8("Ru\xC3\xADz \xE2\x80\x9Cquote\xE2\x80\x9D \xF0\x9F\x8C\x8D"));
  CHECK_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST_CASE("find_invalid_utf8 returns the offset of the first bad sequence", "[utf8]") {
  SECTION("stray continuation byte") {
    CHECK(find_invalid_utf8("abc\x80"
                            "d") == 3u);
  }
  SECTION("overlong two-byte form of '/'") { CHECK(find_invalid_utf8("ab\xC0\xAF") == 2u); }
  SECTION("overlong three-byte form") { CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0u); }
  SECTION("UTF-16 surrogate U+D800") { CHECK(find_invalid_utf8("x\xED\xA0\x80") == 1u); }
  SECTION("above U+10FFFF") { CHECK(find_invalid_utf8("xy\xF4\x90\x80\x80") == 2u); }
  SECTION("sequence truncated by the end") {
    CHECK(find_invalid_utf8("long ascii run\xE2\x80") == 14u);
  }
  SECTION("Latin-1 byte in the middle of ASCII") {
    CHECK(find_invalid_utf8("the caf\xE9 on the corner") == 7u);
  }
}

TEST_CASE("decode_utf8 and append_utf8 round-trip code points", "[utf8]") {
  for (char32_t cp : {U'A', U'\u00ED', U'\u2019', U'\U0001F30D'}) {
    std::string bytes;
    issuegraph::append_utf8(bytes, cp);
    const auto decoded = issuegraph::decode_utf8(bytes, 0);
    CHECK(decoded.value == cp);
    CHECK(decoded.length == bytes.size());
  }
  CHECK(issuegraph::decode_utf8("\xFF", 0).value == 0xFFFD);
  CHECK(issuegraph::decode_utf8("\xFF", 0).length == 1u);
}

TEST_CASE("character classes follow Unicode categories", "[utf8]") {
  CHECK(issuegraph::is_letter(U'\u00E9'));
  CHECK(issuegraph::is_letter(U'\u5317'));
  CHECK_FALSE(issuegraph::is_letter(U'\u2014'));
  CHECK(issuegraph::is_upper(U'\u00C9'));
  CHECK_FALSE(issuegraph::is_upper(U'\u00E9'));
  CHECK(issuegraph::is_digit(U'\u0663'));  // Arabic-Indic three
  CHECK(issuegraph::is_space(U'\u00A0'));
  CHECK(issuegraph::is_space(U'\u3000'));
  CHECK_FALSE(issuegraph::is_space(U'x'));
}

TEST_CASE("starts_with_capital reads the first character in any script", "[utf8]") {
  CHECK(issuegraph::starts_with_capital("Vukotic"));
  CHECK(issuegraph::starts_with_capital("\xC3\x89mile"));  // Émile
  CHECK(issuegraph::starts_with_capital("\xC5\x81ukasz"));  // Łukasz
  CHECK_FALSE(issuegraph::starts_with_capital("\xC3\xA9lite"));  // élite
  CHECK_FALSE(issuegraph::starts_with_capital("said"));
  CHECK_FALSE(issuegraph::starts_with_capital(""));
  CHECK_FALSE(issuegraph::starts_with_capital("\xE2\x80\x94"));  // an em dash
}

TEST_CASE("decode_legacy maps Latin-1 and Windows-1252 bytes", "[utf8]") {
  CHECK(issuegraph::decode_legacy("caf\xE9", "latin1") == std::string("caf\xC3\xA9"));
  // 0x93/0x94 are curly quotes in cp1252 but C1 controls in Latin-1.
  CHECK(issuegraph::decode_legacy("\x93hi\x94", "cp1252") ==
        std::string("\xE2\x80\x9Chi\xE2\x80\x9D"));
  CHECK(issuegraph::decode_legacy("\x93", "latin1") == std::string("\xC2\x93"));
  CHECK_FALSE(issuegraph::decode_legacy("x", "ebcdic"));
}
