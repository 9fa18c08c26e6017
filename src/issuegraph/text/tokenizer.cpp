#include "issuegraph/text/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "issuegraph/text/utf8.hpp"

namespace issuegraph {

namespace {

// Words that keep a final period. Titles, company suffixes, months and Latin abbreviations;
// dotted forms (U.S., e.g., a.m.) and single capital initials are recognised by shape instead.
// "No"/"Nos" are handled separately because "No." is also a whole answer.
constexpr std::array<std::string_view, 58> kAbbreviations = {
    "Adm", "Apr",  "Assn", "Aug", "Ave",    "Blvd", "Bros",   "Capt", "Cmdr", "Co",   "Col", "Corp",
    "Dec", "Dept", "Dr",   "Feb", "Fig",    "Ft",   "Gen",    "Gov",  "Hon",  "Inc",  "Jan", "Jr",
    "Jul", "Jun",  "Lt",   "Ltd", "Maj",    "Mar",  "Messrs", "Mr",   "Mrs",  "Ms",   "Mt",  "Nov",
    "Oct", "Pres", "Prof", "Rep", "Reps",   "Rev",  "Sen",    "Sens", "Sep",  "Sept", "Sgt", "Sr",
    "St",  "Supt", "Vol",  "al",  "approx", "cf",   "etc",    "pp",   "vol",  "vs"};

bool is_ascii_alpha(unsigned char c) { return ((c | 0x20U) >= 'a' && (c | 0x20U) <= 'z'); }
bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }

// A code point that belongs inside words. U+FFFD stands for an invalid byte, which is kept in
// the word it interrupts rather than split off.
bool is_word_cp(char32_t cp) {
  if (cp < 0x80) return is_ascii_alnum(static_cast<unsigned char>(cp)) || cp == '_';
  return cp == 0xFFFD || is_letter(cp) || is_digit(cp) || is_mark(cp);
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<TokenSpan>& out) : s_(text), out_(out) {}

  void run() {
    std::size_t pos = 0;
    const std::size_t n = s_.size();
    while (pos < n) {
      const auto c = static_cast<unsigned char>(s_[pos]);
      if (c < 0x80) {
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
          if (c == '\n' && newlines_ < 2) ++newlines_;
          space_ = true;
          ++pos;
          continue;
        }
      } else {
        const CodePoint cp = decode_utf8(s_, pos);
        if (is_space(cp.value)) {
          if ((cp.value == 0x2028 || cp.value == 0x2029 || cp.value == 0x85) && newlines_ < 2) {
            ++newlines_;
          }
          space_ = true;
          pos += cp.length;
          continue;
        }
      }
      const std::size_t chunk_end = find_chunk_end(pos);
      tokenize_chunk(pos, chunk_end);
      pos = chunk_end;
    }
  }

 private:
  // End of the run of non-space characters starting at `pos`.
  std::size_t find_chunk_end(std::size_t pos) const {
    const std::size_t n = s_.size();
    while (pos < n) {
      const auto c = static_cast<unsigned char>(s_[pos]);
      if (c < 0x80) {
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return pos;
        ++pos;
      } else {
        const CodePoint cp = decode_utf8(s_, pos);
        if (is_space(cp.value)) return pos;
        pos += cp.length;
      }
    }
    return n;
  }

  void emit(std::size_t begin, std::size_t end) {
    TokenSpan span;
    span.begin = begin;
    span.end = end;
    span.newlines_before = newlines_;
    span.space_before = space_ || out_.empty();
    out_.push_back(span);
    newlines_ = 0;
    space_ = false;
  }

  unsigned char byte(std::size_t pos) const {
    return pos < s_.size() ? static_cast<unsigned char>(s_[pos]) : 0;
  }

  bool word_at(std::size_t pos, std::size_t end) const {
    if (pos >= end) return false;
    const auto c = byte(pos);
    if (c < 0x80) return is_ascii_alnum(c) || c == '_';
    return is_word_cp(decode_utf8(s_.substr(0, end), pos).value);
  }

  // Length of an apostrophe (' or U+2019) at `pos`, else 0.
  std::size_t apostrophe_at(std::size_t pos, std::size_t end) const {
    if (pos < end && s_[pos] == '\'') return 1;
    if (pos + 3 <= end && byte(pos) == 0xE2 && byte(pos + 1) == 0x80 && byte(pos + 2) == 0x99) {
      return 3;
    }
    return 0;
  }

  void tokenize_chunk(std::size_t pos, std::size_t end) {
    const bool has_at = std::memchr(s_.data() + pos, '@', end - pos) != nullptr;
    while (pos < end) {
      std::size_t special = match_url(pos, end);
      if (special == 0 && has_at) special = match_email(pos, end);
      if (special == 0) special = match_tag(pos, end);
      if (special != 0) {
        emit(pos, special);
        pos = special;
        continue;
      }
      if (word_at(pos, end)) {
        pos = take_word(pos, end);
        continue;
      }
      if (const std::size_t clitic = possessive_after_period(pos, end)) {
        emit(pos, clitic);
        pos = clitic;
        continue;
      }
      pos = take_punctuation(pos, end);
    }
  }

  // The possessive of an abbreviation that keeps its period ("the U.S.'s position"): the word
  // scan stopped at the period, so the clitic is recognised here. Returns its end, or 0.
  std::size_t possessive_after_period(std::size_t pos, std::size_t end) const {
    if (pos == 0 || byte(pos - 1) != '.' || out_.empty() || out_.back().end != pos) return 0;
    const std::size_t apostrophe = apostrophe_at(pos, end);
    if (apostrophe == 0 || (byte(pos + apostrophe) | 0x20U) != 's') return 0;
    const std::size_t after = pos + apostrophe + 1;
    return word_at(after, end) ? 0 : after;
  }

  // http://, https:// or www. up to the end of the chunk, minus trailing punctuation that
  // belongs to the sentence (a closing bracket stays when the URL opened one).
  std::size_t match_url(std::size_t pos, std::size_t end) const {
    const std::string_view rest = s_.substr(pos, end - pos);
    const bool starts = rest.starts_with("http://") || rest.starts_with("https://") ||
                        rest.starts_with("www.") || rest.starts_with("WWW.");
    if (!starts || rest.size() < 8) return 0;
    const bool has_open = rest.find('(') != std::string_view::npos;
    std::size_t stop = end;
    while (stop > pos) {
      const auto c = byte(stop - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
          c == '\'' || c == ']' || c == '}' || (c == ')' && !has_open)) {
        --stop;
      } else if (c >= 0x80 && stop - pos >= 3 && byte(stop - 3) == 0xE2 && byte(stop - 2) == 0x80 &&
                 (byte(stop - 1) == 0x9D || byte(stop - 1) == 0x99)) {
        stop -= 3;  // closing curly quote
      } else {
        break;
      }
    }
    return stop;
  }

  // local@domain.tld with ASCII characters.
  std::size_t match_email(std::size_t pos, std::size_t end) const {
    std::size_t q = pos;
    while (q < end && (is_ascii_alnum(byte(q)) || byte(q) == '.' || byte(q) == '_' ||
                       byte(q) == '%' || byte(q) == '+' || byte(q) == '-')) {
      ++q;
    }
    if (q == pos || q >= end || byte(q) != '@' || !is_ascii_alnum(byte(pos))) return 0;
    ++q;
    const std::size_t domain = q;
    bool dot = false;
    while (q < end && (is_ascii_alnum(byte(q)) || byte(q) == '-' ||
                       (byte(q) == '.' && q + 1 < end && is_ascii_alnum(byte(q + 1))))) {
      dot = dot || byte(q) == '.';
      ++q;
    }
    if (q == domain || !dot) return 0;
    return q;
  }

  // @handle and #hashtag.
  std::size_t match_tag(std::size_t pos, std::size_t end) const {
    const auto c = byte(pos);
    if (c == '@') {
      std::size_t q = pos + 1;
      while (q < end && (is_ascii_alnum(byte(q)) || byte(q) == '_')) ++q;
      return q > pos + 1 ? q : 0;
    }
    if (c == '#') {
      std::size_t q = pos + 1;
      if (!word_at(q, end) || is_ascii_digit(byte(q))) return 0;
      while (word_at(q, end)) q += (byte(q) < 0x80) ? 1 : decode_utf8(s_, q).length;
      return q;
    }
    return 0;
  }

  std::size_t advance(std::size_t pos) const {
    return pos + (byte(pos) < 0x80 ? 1 : decode_utf8(s_, pos).length);
  }

  // A word with its inner connectors: hyphens, dots and apostrophes between word characters,
  // commas, colons and slashes between digits, '&' between capitals (AT&T).
  std::size_t take_word(std::size_t pos, std::size_t end) {
    std::size_t q = pos;
    std::size_t segment = pos;  // start of the last hyphen-separated part
    while (q < end) {
      if (word_at(q, end)) {
        q = advance(q);
        continue;
      }
      const auto c = byte(q);
      const auto prev = byte(q - 1);
      if (c == '-' && word_at(q + 1, end)) {
        q += 1;
        segment = q;
        continue;
      }
      if (c == '.' && word_at(q + 1, end)) {
        q += 1;
        continue;
      }
      // "U.S.-China": a dotted abbreviation as the first part of a hyphenated compound.
      if (c == '.' && byte(q + 1) == '-' && word_at(q + 2, end) &&
          keeps_period(s_.substr(pos, q - pos), s_.substr(segment, q - segment), q + 1)) {
        q += 2;
        segment = q;
        continue;
      }
      if ((c == ',' || c == ':' || c == '/') && is_ascii_digit(prev) &&
          is_ascii_digit(byte(q + 1))) {
        q += 1;
        continue;
      }
      if (c == '&' && prev >= 'A' && prev <= 'Z' && byte(q + 1) >= 'A' && byte(q + 1) <= 'Z') {
        q += 1;
        continue;
      }
      const std::size_t apostrophe = apostrophe_at(q, end);
      if (apostrophe != 0 && (is_ascii_alnum(prev) || prev >= 0x80) &&
          word_at(q + apostrophe, end) && !is_ascii_digit(byte(q + apostrophe))) {
        q += apostrophe;
        continue;
      }
      break;
    }
    std::size_t word_end = q;
    if (q < end && byte(q) == '.' && byte(q + 1) != '.' &&
        keeps_period(s_.substr(pos, q - pos), s_.substr(segment, q - segment), q + 1)) {
      word_end = q + 1;
    }
    split_clitics(pos, word_end);
    return word_end;
  }

  bool keeps_period(std::string_view word, std::string_view segment, std::size_t after) const {
    if (word == "No" || word == "Nos") {
      // "No. 10" is an abbreviation, a sentence-final "No." is an answer.
      std::size_t q = after;
      while (q < s_.size() && byte(q) == ' ') ++q;
      return q > after && is_ascii_digit(byte(q));
    }
    if (is_known_abbreviation(word)) return true;
    // Initials: one capital letter ("Antony J. Blinken").
    const CodePoint first = decode_utf8(segment, 0);
    if (first.length == segment.size() && is_upper(first.value)) return true;
    // Dotted abbreviations: parts of one or two letters ("U.S", "e.g", "Ph.D", "a.m").
    if (segment.find('.') == std::string_view::npos) return false;
    std::size_t part = 0;
    for (char ch : segment) {
      const auto c = static_cast<unsigned char>(ch);
      if (c == '.') {
        if (part == 0) return false;
        part = 0;
      } else if (is_ascii_alpha(c) && part < 2) {
        ++part;
      } else {
        return false;
      }
    }
    return part > 0;
  }

  // Splits EWT's clitics off [begin, end): possessive 's, n't, 're, 've, 'll, 'd, 'm and the
  // fused forms cannot, gonna, wanna, gotta.
  void split_clitics(std::size_t begin, std::size_t end) {
    const std::string_view word = s_.substr(begin, end - begin);
    std::size_t cut = std::string_view::npos;
    const std::size_t straight = word.rfind('\'');
    const std::size_t curly = word.rfind("\xE2\x80\x99");
    std::size_t quote = straight;
    if (curly != std::string_view::npos &&
        (straight == std::string_view::npos || curly > straight)) {
      quote = curly;
    }
    if (quote != std::string_view::npos && quote > 0) {
      const std::size_t quote_length = word[quote] == '\'' ? 1 : 3;
      std::string suffix(word.substr(quote + quote_length));
      for (char& ch : suffix) ch = static_cast<char>(ch | 0x20);  // ASCII lower case
      if (suffix == "s" || suffix == "re" || suffix == "ve" || suffix == "ll" || suffix == "d" ||
          suffix == "m") {
        cut = quote;
      } else if (suffix == "t" && quote >= 2 && (word[quote - 1] | 0x20) == 'n') {
        cut = quote - 1;
      }
    } else if (word.size() == 6 || word.size() == 5) {
      std::string lower(word);
      for (char& ch : lower) ch = static_cast<char>(ch | 0x20);
      if (lower == "cannot") cut = 3;
      if (lower == "gonna" || lower == "wanna" || lower == "gotta") cut = 3;
    }
    if (cut == std::string_view::npos || cut == 0) {
      emit(begin, end);
      return;
    }
    emit(begin, begin + cut);
    emit(begin + cut, end);
  }

  // Punctuation and symbols: runs of dots ("..."), hyphens ("--"), ?/! and a few repeated
  // symbols stay together; anything else is one code point.
  std::size_t take_punctuation(std::size_t pos, std::size_t end) {
    const auto c = byte(pos);
    if (c == '.' || c == '-' || c == '?' || c == '!') {
      std::size_t q = pos + 1;
      const bool mixed = c == '?' || c == '!';
      while (q < end && (byte(q) == c || (mixed && (byte(q) == '?' || byte(q) == '!')))) ++q;
      emit(pos, q);
      return q;
    }
    if (c == '*' || c == '=' || c == '~' || c == '<' || c == '>' || c == '+' || c == '#' ||
        c == '$') {
      // Rules and emphasis ("*****", "====", "<<") are one token in EWT.
      std::size_t q = pos + 1;
      while (q < end && byte(q) == c) ++q;
      emit(pos, q);
      return q;
    }
    const std::size_t q = std::min(advance(pos), end);
    emit(pos, q);
    return q;
  }

  std::string_view s_;
  std::vector<TokenSpan>& out_;
  std::uint8_t newlines_ = 0;
  bool space_ = false;
};

}  // namespace

bool is_known_abbreviation(std::string_view word) {
  static const auto sorted = [] {
    auto list = kAbbreviations;
    std::sort(list.begin(), list.end());
    return list;
  }();
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

void tokenize_spans(std::string_view text, std::vector<TokenSpan>& out) {
  Scanner(text, out).run();
}

}  // namespace issuegraph
