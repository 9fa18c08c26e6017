#include "issuegraph/text/utf8.hpp"

#include <utf8proc.h>

namespace issuegraph {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0U) == 0x80U; }

// Length of a well-formed sequence starting at `pos`, or 0 when it is invalid. Follows the
// table of well-formed byte sequences in the Unicode standard (section 3.9), which excludes
// overlong forms, surrogates and values above U+10FFFF by bounding the second byte.
std::size_t valid_sequence_length(std::string_view s, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80U) return 1;
  std::size_t length = 0;
  unsigned char low = 0x80U;
  unsigned char high = 0xBFU;
  if (b0 >= 0xC2U && b0 <= 0xDFU) {
    length = 2;
  } else if (b0 >= 0xE0U && b0 <= 0xEFU) {
    length = 3;
    if (b0 == 0xE0U) low = 0xA0U;   // overlong below U+0800
    if (b0 == 0xEDU) high = 0x9FU;  // U+D800..U+DFFF are surrogates
  } else if (b0 >= 0xF0U && b0 <= 0xF4U) {
    length = 4;
    if (b0 == 0xF0U) low = 0x90U;   // overlong below U+10000
    if (b0 == 0xF4U) high = 0x8FU;  // above U+10FFFF
  } else {
    return 0;  // C0, C1 (overlong two-byte), F5..FF, or a stray continuation byte
  }
  if (pos + length > s.size()) return 0;
  const auto b1 = static_cast<unsigned char>(s[pos + 1]);
  if (b1 < low || b1 > high) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (!is_continuation(static_cast<unsigned char>(s[pos + i]))) return 0;
  }
  return length;
}

const utf8proc_property_t* property(char32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
}

// Windows-1252 bytes 0x80..0x9F; zero marks the five unassigned bytes (decoded as Latin-1).
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) {
  std::size_t pos = 0;
  const std::size_t n = bytes.size();
  while (pos < n) {
    // Skip ASCII eight bytes at a time when possible; news text is mostly ASCII.
    while (pos + 8 <= n) {
      std::uint64_t word = 0;
      for (int i = 0; i < 8; ++i) {
        word |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[pos + i])) << (8 * i);
      }
      if (word & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= n) break;
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length == 0) return pos;
    pos += length;
  }
  return std::nullopt;
}

CodePoint decode_utf8(std::string_view bytes, std::size_t pos) {
  if (pos >= bytes.size()) return {0, 0};
  const auto b0 = static_cast<unsigned char>(bytes[pos]);
  if (b0 < 0x80U) return {b0, 1};
  const std::size_t length = valid_sequence_length(bytes, pos);
  if (length == 0) return {0xFFFD, 1};
  char32_t cp = b0 & (length == 2 ? 0x1FU : length == 3 ? 0x0FU : 0x07U);
  for (std::size_t i = 1; i < length; ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(bytes[pos + i]) & 0x3FU);
  }
  return {cp, length};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Each class answers ASCII inline: news text is mostly ASCII and these run once per byte in
// the tokenizer, while utf8proc's lookup is a two-level table walk.
bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20U) >= 'a' && (cp | 0x20U) <= 'z';
  const auto category = property(cp)->category;
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO;
}

bool is_digit(char32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  const auto category = property(cp)->category;
  return category == UTF8PROC_CATEGORY_ND || category == UTF8PROC_CATEGORY_NL ||
         category == UTF8PROC_CATEGORY_NO;
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  const auto category = property(cp)->category;
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

bool starts_with_capital(std::string_view word) { return !word.empty() && is_upper(decode_utf8(word, 0).value); }

bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return property(cp)->category == UTF8PROC_CATEGORY_LL;
}

bool is_mark(char32_t cp) {
  if (cp < 0x80) return false;
  const auto category = property(cp)->category;
  return category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME;
}

bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  if (cp == 0x85) return true;  // NEL
  const auto category = property(cp)->category;
  return category == UTF8PROC_CATEGORY_ZS || category == UTF8PROC_CATEGORY_ZL ||
         category == UTF8PROC_CATEGORY_ZP;
}

// Every byte is decoded, including valid UTF-8 sequences: a text that holds one legacy byte is
// legacy throughout, and mixing the two readings would garble it.
std::optional<std::string> decode_legacy(std::string_view bytes, std::string_view encoding) {
  const bool cp1252 = encoding == "cp1252" || encoding == "windows-1252";
  if (!cp1252 && encoding != "latin1" && encoding != "iso-8859-1") return std::nullopt;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    char32_t cp = byte;
    if (cp1252 && byte >= 0x80 && byte <= 0x9F && kCp1252High[byte - 0x80] != 0) {
      cp = kCp1252High[byte - 0x80];
    }
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace issuegraph
