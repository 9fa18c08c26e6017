// UTF-8 validation and the few code-point questions the tokenizer asks (letter, digit, upper,
// space), answered by utf8proc's Unicode tables with an ASCII fast path. All functions take raw
// bytes and never throw: invalid input is reported through return values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace issuegraph {

// Byte offset of the first invalid sequence in `bytes` (stray continuation byte, overlong form,
// UTF-16 surrogate, code point above U+10FFFF, sequence cut short by the end), or nullopt when
// the whole string is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes);

// One decoded code point and the number of bytes it took.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;  // 0 only at end of input
};

// Decodes the code point starting at `bytes[pos]`. An invalid sequence decodes as U+FFFD with
// length 1, so that a scanner always makes progress. Requires pos <= bytes.size().
CodePoint decode_utf8(std::string_view bytes, std::size_t pos);

// Appends the UTF-8 encoding of `cp` (U+FFFD when cp is not a scalar value).
void append_utf8(std::string& out, char32_t cp);

// Unicode character classes (general categories L*, Nd/Nl/No, Lu/Lt, Zs and ASCII controls).
bool is_letter(char32_t cp);
bool is_digit(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
bool is_mark(char32_t cp);   // combining marks (M*), which stay inside words
bool is_space(char32_t cp);  // white space, including no-break and ideographic spaces

// Whether `word` begins with a capital letter, in any script ("Vukotić", "Émile", "Łukasz").
bool starts_with_capital(std::string_view word);

// Decodes a legacy single-byte encoding into UTF-8. `encoding` is "latin1" (ISO-8859-1) or
// "cp1252" (Windows-1252; its five unassigned bytes decode as in Latin-1). Returns nullopt for
// an unknown encoding name.
std::optional<std::string> decode_legacy(std::string_view bytes, std::string_view encoding);

}  // namespace issuegraph
