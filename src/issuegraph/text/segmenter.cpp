#include "issuegraph/text/segmenter.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include "issuegraph/text/tokenizer.hpp"
#include "issuegraph/text/utf8.hpp"

namespace issuegraph {

namespace {

// A sentence longer than this is cut: tables and lists without punctuation would otherwise
// reach the parser as one "sentence" of thousands of tokens.
constexpr std::size_t kMaxSentenceTokens = 250;

// Capitalised words that start sentences far more often than they continue a name. After an
// abbreviation such as "U.S." only these end the sentence ("...sold to the U.S. The deal...",
// but "the U.S. Senate"). Prepositions and "And" are left out: in news they mostly continue
// the sentence ("in the U.S. And Europe", "the U.S. To preserve").
constexpr std::array<std::string_view, 47> kSentenceStarters = {
    "A",      "According", "After", "Also",  "Although", "An",        "But",      "Despite",
    "During", "Earlier",   "He",    "Her",   "Here",     "His",       "However",  "I",
    "If",     "It",        "Its",   "Later", "Many",     "Meanwhile", "Moreover", "Most",
    "My",     "Now",       "Our",   "She",   "Some",     "Still",     "That",     "The",
    "Their",  "Then",      "There", "These", "They",     "This",      "Those",    "Thus",
    "We",     "What",      "When",  "While", "Why",      "Yet",       "You"};

// Titles before a name never end a sentence.
constexpr std::array<std::string_view, 27> kTitles = {
    "Adm.", "Capt.", "Cmdr.", "Col.",    "Dr.",   "Fig.", "Ft.",  "Gen.", "Gov.",
    "Hon.", "Lt.",   "Maj.",  "Messrs.", "Mr.",   "Mrs.", "Ms.",  "Mt.",  "No.",
    "Nos.", "Pres.", "Prof.", "Rep.",    "Reps.", "Rev.", "Sen.", "Sgt.", "St."};

bool in_sorted(std::string_view word, const auto& list) {
  return std::binary_search(list.begin(), list.end(), word);
}

template <std::size_t N>
std::array<std::string_view, N> sorted_copy(std::array<std::string_view, N> list) {
  std::sort(list.begin(), list.end());
  return list;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<TokenSpan>& spans) : s_(text), t_(spans) {}

  // Indices of the first token of each sentence after the first.
  std::vector<std::size_t> boundaries() {
    std::vector<std::size_t> cuts;
    std::size_t start = 0;
    std::size_t line_start = 0;
    for (std::size_t k = 0; k < t_.size(); ++k) {
      if (k > start) {
        if (t_[k].newlines_before >= 2 ||
            (t_[k].newlines_before == 1 && ends_title_line(line_start, k)) ||
            k - start >= kMaxSentenceTokens) {
          cuts.push_back(k);
          start = k;
        }
      }
      if (k == start && (k == 0 || t_[k].newlines_before >= 1)) {
        // "BRUSSELS (Reuters) - France said ...": the dateline is a segment of its own, so that
        // the parser sees the sentence as written.
        if (const std::size_t body = dateline_end(k); body != 0) {
          cuts.push_back(body);
          start = body;
          k = body - 1;  // the dateline holds no other boundary
          continue;
        }
      }
      if (t_[k].newlines_before >= 1) line_start = k;
      const std::size_t next = end_of_sentence_at(k);
      if (next != 0 && next < t_.size()) {
        // Leave the closing quotes and brackets in this sentence; the loop resumes at `next`.
        for (std::size_t j = k + 1; j < next; ++j) {
          if (t_[j].newlines_before >= 1) line_start = j;
        }
        cuts.push_back(next);
        start = next;
        k = next - 1;
      }
    }
    return cuts;
  }

 private:
  std::string_view form(std::size_t k) const {
    return s_.substr(t_[k].begin, t_[k].end - t_[k].begin);
  }

  char32_t first_cp(std::size_t k) const { return decode_utf8(form(k), 0).value; }

  bool starts_upper(std::size_t k) const { return is_upper(first_cp(k)); }
  bool starts_lower(std::size_t k) const { return is_lower(first_cp(k)); }

  static bool is_closing(std::string_view f) {
    return f == "\"" || f == "'" || f == ")" || f == "]" || f == "}" || f == "\xE2\x80\x9D" ||
           f == "\xE2\x80\x99" || f == "\xC2\xBB";
  }
  static bool is_opening(std::string_view f) {
    return f == "\"" || f == "'" || f == "(" || f == "[" || f == "\xE2\x80\x9C" ||
           f == "\xE2\x80\x98" || f == "\xC2\xAB";
  }

  // When token k ends a sentence, the index of the first token of the next one; else 0.
  std::size_t end_of_sentence_at(std::size_t k) const {
    const std::string_view f = form(k);
    const unsigned char c = static_cast<unsigned char>(f.back());
    enum class Kind { kFull, kEllipsis, kAbbreviation, kEtc } kind;
    if (f == "." || f == ".." || f.find_first_not_of("?!") == std::string_view::npos) {
      kind = Kind::kFull;
    } else if (f == "\xE2\x80\xA6" ||
               (f.size() >= 3 && f.find_first_not_of('.') == std::string_view::npos)) {
      kind = Kind::kEllipsis;
    } else if (c == '.') {
      static const auto titles = sorted_copy(kTitles);
      if (in_sorted(f, titles) || f == "vs." || f == "e.g." || f == "i.e." || f == "cf.") {
        return 0;
      }
      kind = f == "etc." ? Kind::kEtc : Kind::kAbbreviation;
    } else {
      return 0;
    }
    // Closing quotes and brackets written against the mark belong to this sentence.
    std::size_t j = k + 1;
    while (j < t_.size() && !t_[j].space_before && is_closing(form(j))) ++j;
    if (j >= t_.size()) return j;
    if (t_[j].newlines_before >= 2) return 0;  // the paragraph rule cuts here anyway
    // The first word of the candidate next sentence, looking through opening quotes.
    std::size_t w = j;
    while (w < t_.size() && is_opening(form(w))) ++w;
    if (w >= t_.size()) return 0;
    const std::string_view next = form(w);
    switch (kind) {
      case Kind::kFull: {
        if (starts_lower(w)) return 0;
        const char n0 = next.front();
        if (w == j && (n0 == ',' || n0 == ';' || n0 == ':' || n0 == '%' || n0 == ')')) return 0;
        return j;
      }
      case Kind::kEllipsis:
      case Kind::kEtc:
        return starts_upper(w) ? j : 0;
      case Kind::kAbbreviation: {
        static const auto starters = sorted_copy(kSentenceStarters);
        return in_sorted(next, starters) ? j : 0;
      }
    }
    return 0;
  }

  bool is_capitals_word(std::size_t k) const {
    const std::string_view f = form(k);
    std::size_t letters = 0;
    for (std::size_t i = 0; i < f.size();) {
      const CodePoint cp = decode_utf8(f, i);
      if (is_letter(cp.value)) {
        if (!is_upper(cp.value)) return false;
        ++letters;
      } else if (cp.value != '.' && cp.value != '-' && cp.value != '\'' && cp.value != '/') {  // "GENEVA/OTTAWA"
        return false;
      }
      i += cp.length;
    }
    return letters >= 2;
  }

  static bool is_dash(std::string_view f) {
    return f == "-" || f == "--" || f == "\xE2\x80\x93" || f == "\xE2\x80\x94";
  }

  // When a dateline starts at token b ("GENEVA (Reuters) -", "NEW DELHI, March 3 (AP) -",
  // "WASHINGTON -", "Tegucigalpa (AFP) -", "(Reuters) -"), the index of the first token after
  // its dash; else 0. A dateline is up to four words in capitals, then optionally a comma and a
  // short date, then optionally an agency in brackets, then a dash, all on one line with words
  // after it. Place names written in title case, or none at all, need the agency.
  std::size_t dateline_end(std::size_t b) const {
    std::size_t k = b;
    bool capitals = true;
    while (k < t_.size() && k - b < 6 && (k == b || t_[k].newlines_before == 0)) {
      // "ROME/PARIS": a slash may join two cities.
      const bool joined = k > b && form(k) == "/" && k + 1 < t_.size() && is_capitals_word(k + 1);
      const bool title_case = is_letter(first_cp(k)) && starts_upper(k) && k - b < 4;
      if (!is_capitals_word(k) && !joined && !title_case) break;
      capitals = capitals && (is_capitals_word(k) || joined);
      ++k;
    }
    if (k == b && form(b) != "(") return 0;
    const bool needs_agency = !capitals || k == b;
    auto on_line = [&](std::size_t j) { return j < t_.size() && t_[j].newlines_before == 0; };
    if (on_line(k) && form(k) == ",") {
      std::size_t j = k + 1;
      while (on_line(j) && j - k <= 5 && form(j) != "(" && !is_dash(form(j))) {
        const char32_t cp = first_cp(j);
        if (!(is_upper(cp) || is_digit(cp) || form(j) == "," || form(j) == ".")) return 0;
        ++j;
      }
      k = j;
    }
    bool agency = false;
    if ((on_line(k) || k == b) && form(k) == "(") {
      std::size_t j = k + 1;
      while (on_line(j) && j - k <= 4 && form(j) != ")") ++j;
      if (!on_line(j) || form(j) != ")") return 0;
      k = j + 1;
      agency = true;
    }
    if (needs_agency && !agency) return 0;
    if (!on_line(k) || !is_dash(form(k))) return 0;
    if (!on_line(k + 1)) return 0;
    // Without a place in capitals, only a new sentence after the dash shows a dateline.
    if (needs_agency && !(starts_upper(k + 1) || is_digit(first_cp(k + 1)) || is_opening(form(k + 1)))) return 0;
    return k + 1;
  }

  // A line break ends a sentence after a title-like line: the document's first line, or a line
  // whose words are mostly capitalised ("Ministers Agree Steel Deal"), or a short line, when
  // the line does not end on a comma or other mark that continues into the next line.
  bool ends_title_line(std::size_t line_start, std::size_t k) const {
    const std::string_view last = form(k - 1);
    const CodePoint last_cp = decode_utf8(last, 0);
    if (!(is_letter(last_cp.value) || is_digit(last_cp.value) || is_closing(last))) return false;
    if (!(starts_upper(k) || is_digit(first_cp(k)) || is_opening(form(k)))) return false;
    if (line_start == 0) return true;
    if (k - line_start <= 6) return true;
    std::size_t words = 0;
    std::size_t capitalised = 0;
    for (std::size_t i = line_start; i < k; ++i) {
      const char32_t cp = first_cp(i);
      if (!is_letter(cp)) continue;
      ++words;
      if (is_upper(cp)) ++capitalised;
    }
    return words > 0 && capitalised * 2 >= words;
  }

  std::string_view s_;
  const std::vector<TokenSpan>& t_;
};

// The document span [begin, end) with every white-space run holding a line break replaced by
// one space.
std::string sentence_text(std::string_view text, std::size_t begin, std::size_t end) {
  const std::string_view span = text.substr(begin, end - begin);
  if (std::memchr(span.data(), '\n', span.size()) == nullptr &&
      std::memchr(span.data(), '\r', span.size()) == nullptr) {
    return std::string(span);
  }
  std::string out;
  out.reserve(span.size());
  std::size_t i = 0;
  while (i < span.size()) {
    const char c = span[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      std::size_t j = i;
      bool line_break = false;
      while (j < span.size() && (span[j] == ' ' || span[j] == '\t' || span[j] == '\n' ||
                                 span[j] == '\r' || span[j] == '\f' || span[j] == '\v')) {
        line_break = line_break || span[j] == '\n' || span[j] == '\r';
        ++j;
      }
      if (line_break) {
        out.push_back(' ');
      } else {
        out.append(span.substr(i, j - i));
      }
      i = j;
    } else {
      out.push_back(c);
      ++i;
    }
  }
  return out;
}

Token make_token(std::string_view text, const std::vector<TokenSpan>& spans, std::size_t k) {
  Token token;
  token.begin = spans[k].begin;
  token.end = spans[k].end;
  token.form.assign(text.substr(token.begin, token.end - token.begin));
  token.space_after = k + 1 >= spans.size() || spans[k + 1].space_before;
  return token;
}

}  // namespace

std::vector<Sentence> segment_text(std::string_view text) {
  std::vector<TokenSpan> spans;
  spans.reserve(text.size() / 5 + 1);
  tokenize_spans(text, spans);
  std::vector<Sentence> sentences;
  if (spans.empty()) return sentences;
  std::vector<std::size_t> cuts = Splitter(text, spans).boundaries();
  cuts.push_back(spans.size());
  sentences.reserve(cuts.size());
  std::size_t first = 0;
  for (std::size_t cut : cuts) {
    Sentence sentence;
    sentence.index = sentences.size();
    sentence.begin = spans[first].begin;
    sentence.end = spans[cut - 1].end;
    sentence.text = sentence_text(text, sentence.begin, sentence.end);
    sentence.tokens.reserve(cut - first);
    for (std::size_t k = first; k < cut; ++k) sentence.tokens.push_back(make_token(text, spans, k));
    sentences.push_back(std::move(sentence));
    first = cut;
  }
  return sentences;
}

std::vector<Token> tokenize_text(std::string_view text) {
  std::vector<TokenSpan> spans;
  tokenize_spans(text, spans);
  std::vector<Token> tokens;
  tokens.reserve(spans.size());
  for (std::size_t k = 0; k < spans.size(); ++k) tokens.push_back(make_token(text, spans, k));
  return tokens;
}

}  // namespace issuegraph
