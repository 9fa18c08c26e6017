#include "issuegraph/extract/mention_finder.hpp"

#include <algorithm>
#include <array>

#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/text/utf8.hpp"

namespace issuegraph::extract {
namespace {

// Words that introduce a name without being part of it. Role nouns from the lexicon are
// titles too; these are the modifiers that build titles ("Foreign", "Deputy", "of State").
constexpr std::array<std::string_view, 40> kTitleWords = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam", "of", "the",
    "foreign", "prime", "deputy", "vice", "state", "defense", "defence", "secretary", "general",
    "chief", "senior", "former", "acting", "interior", "finance", "trade", "national", "security",
    "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "adm.", "president", "minister"};
constexpr std::array<std::string_view, 8> kHonorifics = {"mr", "mr.", "mrs", "mrs.",
                                                          "ms", "ms.", "dr", "dr."};

// Days and months: proper nouns, never actors, though a parse may make one a subject.
constexpr std::array<std::string_view, 19> kCalendarWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan."};

// Words that count or pick out a name's referents, never part of the name.
constexpr std::array<std::string_view, 12> kQuantifiers = {"each", "both", "all", "every", "some", "any",
                                                           "many", "most", "several", "neither", "either", "no"};

// Words that end the names of seas, rivers and other places, never of actors.
constexpr std::array<std::string_view, 28> kGeographicFeatures = {
    "sea",     "ocean",  "gulf",      "strait",  "straits",   "bay",      "river",  "lake",
    "island",  "shoal",  "reef",      "canal",   "desert",    "basin",    "valley", "coast",
    "channel", "delta",  "peninsula", "plateau", "mountains", "mountain", "lagoon", "archipelago",
    "square",  "avenue", "airport",   "stadium"};

// Prepositions that place a role somewhere rather than say whose it is: "the envoy in Vienna",
// "the ambassador to China" are not the governments of Austria and China.
constexpr std::array<std::string_view, 6> kPlaceMarkers = {"in", "at", "to", "from", "near", "inside"};

// Prepositions that say whose a role is: "officials at the ministry", "diplomats from Egypt",
// "a spokesman for the World Bank", "officials with the agency", "the head of the IAEA".
constexpr std::array<std::string_view, 5> kMemberMarkers = {"at", "from", "with", "for", "of"};

bool contains(std::string_view word, const auto& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool starts_upper(std::string_view form) { return starts_with_capital(form); }

// Lowercase words inside organisation names ("Organisation of American States", "Food and
// Agriculture Organization", "Bank for International Settlements").
constexpr std::array<std::string_view, 5> kNameConnectors = {"of", "and", "for", "the", "&"};

bool is_initial(std::string_view form) {
  return (form.size() == 2 && form[1] == '.' && form[0] >= 'A' && form[0] <= 'Z') ||
         (form.size() == 1 && form[0] >= 'A' && form[0] <= 'Z');
}

// Words inside a multi-word name: "of" between proper nouns ("Bank of England"), "and" between
// two words that both modify the name's head ("Freedom and Solidarity Party"), and a plural's
// possessive apostrophe before a proper noun ("Manufacturers' Association"; not "China's
// Foreign Ministry", which is China's).
bool joins_name(const SentenceView& view, int k) {
  if (k <= 0 || k + 1 >= view.size() || view.upos(k - 1) != "PROPN" || view.upos(k + 1) != "PROPN") return false;
  if (view.lower(k) == "of") return true;
  if (view.lower(k) == "and" && view.rel(k - 1) == "compound" && view.rel(k + 1) == "compound" &&
      view.head(k - 1) == view.head(k + 1) && view.head(k - 1) > k + 1) {
    return true;
  }
  const std::string& form = view.token(k).form;
  const std::string& before = view.token(k - 1).form;
  const bool apostrophe = form == "'" || form == "\xE2\x80\x99";
  return apostrophe && !before.empty() && before.back() == 's';
}

// A phrase that places something ("in Lyon", "near Kupiansk and Lyman"): a locative
// preposition on it or on the first of its conjuncts.
bool is_place(const SentenceView& view, int i) {
  constexpr std::array<std::string_view, 6> kLocatives = {"in", "at", "near", "outside", "inside", "around"};
  const int first = view.rel(i) == "conj" && view.head(i) >= 0 ? view.head(i) : i;
  const std::string_view r = view.rel(first);
  return (r == "obl" || r == "nmod") && contains(view.marker(first), kLocatives);
}

// Reads the title words [from, to] before a name: whether one is an honorific ("Mr", "Dr"),
// and the gender "Mr", "Mrs" or "Ms" tells (left as it is when none does).
bool read_titles(const SentenceView& view, int from, int to, std::string& gender) {
  bool honorific = false;
  for (int k = from; k <= to; ++k) {
    if (contains(view.lower(k), kHonorifics)) honorific = true;
    if (contains(view.lower(k), std::array<std::string_view, 2>{"mrs", "mrs."}) ||
        contains(view.lower(k), std::array<std::string_view, 2>{"ms", "ms."})) {
      gender = "female";
    } else if (contains(view.lower(k), std::array<std::string_view, 2>{"mr", "mr."})) {
      gender = "male";
    }
  }
  return honorific;
}

// The words of the name [from, to) (lowercase, middle initials dropped: "Antony J. Blinken" =
// "Antony Blinken") and its label as written.
void read_name(const SentenceView& view, int from, int to, std::vector<std::string>& words, std::string& label) {
  for (int k = from; k < to; ++k) {
    if (is_initial(view.token(k).form)) continue;
    words.push_back(view.lower(k));
    // "Manufacturers' Association": the apostrophe joins the word before it, whether the parse
    // made it a possessive case marker or punctuation.
    const std::string& form = view.token(k).form;
    const bool apostrophe = (view.rel(k) == "case" && view.upos(k) == "PART") ||
                            ((form == "'" || form == "\xE2\x80\x99") && joins_name(view, k));
    if (!label.empty() && !apostrophe) label += ' ';
    label += apostrophe ? std::string("'") : view.token(k).form;
  }
}

bool is_plural(const SentenceView& view, int i) {
  const std::string& x = view.xpos(i);
  return x == "NNS" || x == "NNPS";
}

// A mention of the words [begin, end) headed by i, before anyone knows what it names.
Mention mention_at(const SentenceView& view, int i, int begin, int end) {
  Mention m;
  m.head = i;
  m.begin = begin;
  m.end = end;
  m.entity.mention = view.text(begin, end);
  m.plural = is_plural(view, i);
  return m;
}

// Relations whose dependents belong to the words of a mention ("Chinese President Xi Jinping").
bool is_mention_rel(std::string_view rel) {
  return rel == "compound" || rel == "flat" || rel == "amod" || rel == "det" ||
         rel == "nummod" || rel == "appos" || rel == "case" || rel == "punct";
}

void add_role_words(const ActorEntry& actor, std::vector<std::string>& out) {
  for (const std::string& role : actor.roles) {
    std::string word;
    for (char c : role + " ") {
      if (c == ' ') {
        if (!word.empty()) out.push_back(ascii_lower(word));
        word.clear();
      } else {
        word += c;
      }
    }
  }
}

// The lowercase words of a lexicon person's label, for matching later short names.
void add_label_words(const ActorEntry& actor, std::vector<std::string>& out) {
  const std::string key = normalize_lexicon_key(actor.label);
  std::size_t start = 0;
  while (start < key.size()) {
    std::size_t space = key.find(' ', start);
    if (space == std::string::npos) space = key.size();
    if (space > start) out.push_back(key.substr(start, space - start));
    start = space + 1;
  }
}

}  // namespace

std::string entity_id(std::string_view name) {
  const std::string key = normalize_lexicon_key(name);
  std::string id;
  bool pending = false;
  for (char c : key) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      pending = !id.empty();
      continue;
    }
    if (pending) id += '_';
    pending = false;
    id += c;
  }
  return id;
}

EntityRef entity_from_actor(const ActorEntry& actor) {
  return EntityRef{actor.id, actor.label, actor.type, ""};
}

MentionFinder::MentionFinder(const Lexicon& lexicon) : lexicon_(lexicon) {
  // Surname index over lexicon persons; a surname two people share points nowhere.
  std::vector<std::pair<std::string, const ActorEntry*>> all;
  for (const ActorEntry& actor : lexicon.actors()) {
    if (actor.type != "person") continue;
    const std::string key = normalize_lexicon_key(actor.label);
    const std::size_t space = key.rfind(' ');
    if (space == std::string::npos) continue;
    all.emplace_back(key.substr(space + 1), &actor);
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second->id < b.second->id;
  });
  for (std::size_t k = 0; k < all.size(); ++k) {
    const bool shared = (k > 0 && all[k - 1].first == all[k].first) ||
                        (k + 1 < all.size() && all[k + 1].first == all[k].first);
    if (!shared) surnames_.push_back(all[k]);
  }
}

const ActorEntry* MentionFinder::person_by_surname(std::string_view word) const {
  const std::string key = normalize_lexicon_key(word);
  auto it = std::lower_bound(surnames_.begin(), surnames_.end(), key,
                             [](const auto& entry, const std::string& k) { return entry.first < k; });
  return it != surnames_.end() && it->first == key ? it->second : nullptr;
}

std::optional<Mention> MentionFinder::surname_at(const SentenceView& view, int i) const {
  if (i < 0 || i >= view.size() || view.token(i).form.empty()) return std::nullopt;
  Mention m = mention_at(view, i, i, i + 1);
  m.plural = false;
  m.name_words = {view.lower(i)};
  if (const ActorEntry* actor = person_by_surname(view.lower(i))) {
    m.kind = MentionKind::kLexiconName;
    m.entity = entity_from_actor(*actor);
    m.entity.mention = view.token(i).form;
    m.gender = actor->gender;
    add_role_words(*actor, m.roles);
    return m;
  }
  m.kind = MentionKind::kUnknownName;
  m.entity.id = entity_id(view.token(i).form);
  m.entity.label = view.token(i).form;
  m.entity.type = "person";
  if (m.entity.id.empty()) return std::nullopt;
  return m;
}

bool MentionFinder::is_title_word(std::string_view lower) const {
  return contains(lower, kTitleWords) || lexicon_.role_noun(lower) != nullptr;
}

void MentionFinder::mention_span(const SentenceView& view, int i, int& begin, int& end) const {
  begin = i;
  end = i + 1;
  std::vector<int> stack{i};
  while (!stack.empty()) {
    const int t = stack.back();
    stack.pop_back();
    for (int c : view.children(t)) {
      const std::string_view r = view.rel(c);
      // "Secretary of State": an of-phrase belongs to a title, not to an ordinary name.
      const bool title_of = r == "nmod" && view.upos(c) == "PROPN" && view.marker(c) == "of" &&
                            is_title_word(view.lemma(t));
      if (!is_mention_rel(r) && !title_of) continue;
      if (r == "punct" && (c < begin - 1 || c > end)) continue;
      if (r == "appos" && view.upos(c) != "PROPN") continue;
      begin = std::min(begin, c);
      end = std::max(end, c + 1);
      stack.push_back(c);
    }
  }
  // A mention never starts or ends with punctuation or a case marker ("'s"), nor starts with a
  // quantifier a tagger may read as a name at the start of a sentence ("Each Japan and the EU").
  // The "to" of "according to" is part of the marker too.
  auto marker_word = [&](int t) {
    return view.rel(t) == "case" || (view.rel(t) == "fixed" && view.head(t) >= 0 && view.rel(view.head(t)) == "case");
  };
  while (begin < end && (view.upos(begin) == "PUNCT" || marker_word(begin) ||
                         (begin < i && contains(view.lower(begin), kQuantifiers))))
    ++begin;
  while (end > begin && (view.upos(end - 1) == "PUNCT" || view.rel(end - 1) == "case")) --end;
}

int MentionFinder::and_name_end(const SentenceView& view, int i) const {
  // "Bosnia and Herzegovina", "Peace and Security Council", "Law and Justice party": one name
  // written with "and", which the parse reads as two coordinated names.
  if (i + 2 >= view.size() || !starts_upper(view.token(i).form) || view.upos(i) != "PROPN") return -1;
  if (view.lower(i + 1) != "and" && view.lower(i + 1) != "&") return -1;
  int second = -1;
  for (int c : view.children(i)) {
    if (view.rel(c) == "conj" && view.first_of_subtree(c) <= i + 2) second = c;
  }
  if (second < 0) return -1;
  int end = i + 2;
  while (end < view.size() && (starts_upper(view.token(end).form) || end == second) &&
         (view.head(end) == second || end == second || view.head(end) == end + 1)) {
    ++end;
  }
  if (end <= second) return -1;
  if (lexicon_.actor_by_name(view.text(i, end)) != nullptr) return end;
  // Not a known name: one when it ends in an organisation's noun and its first word names
  // nobody by itself ("Russia and China" are two).
  const RoleNoun* body = lexicon_.role_noun(view.lemma(end - 1));
  if (body == nullptr || body->type == "person" || lexicon_.actor_by_name(view.token(i).form) != nullptr) return -1;
  return end;
}

std::optional<MentionFinder::SplitName> MentionFinder::split_known_name(const SentenceView& view, int i) const {
  constexpr int kLongestName = 8;
  auto capitalised = [&](int k) { return starts_upper(view.token(k).form); };
  auto continues_run = [&](int k) { return capitalised(k) || contains(view.lower(k), kNameConnectors); };
  auto heads_outside = [&](int b, int e) {
    std::vector<int> words;
    for (int k = b; k < e; ++k) {
      if (view.head(k) < b || view.head(k) >= e) words.push_back(k);
    }
    return words;
  };
  if (!capitalised(i)) return std::nullopt;
  int run_begin = i;
  int run_end = i + 1;
  while (run_begin > 0 && i - run_begin < kLongestName && continues_run(run_begin - 1)) --run_begin;
  while (run_end < view.size() && run_end - i < kLongestName && continues_run(run_end)) ++run_end;
  // A run the parse keeps as one phrase is the ordinary name finder's business.
  if (run_end - run_begin < 2 || heads_outside(run_begin, run_end).size() < 2) return std::nullopt;
  for (int length = std::min(run_end - run_begin, kLongestName); length >= 2; --length) {
    for (int b = std::max(run_begin, i - length + 1); b <= i && b + length <= run_end; ++b) {
      const int e = b + length;
      if (!capitalised(b) || !capitalised(e - 1) || lexicon_.actor_by_name(view.text(b, e)) == nullptr) continue;
      const std::vector<int> heads = heads_outside(b, e);
      if (heads.size() < 2) return std::nullopt;
      return SplitName{b, e, heads.back()};
    }
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::find(const SentenceView& view, int i) const {
  if (i < 0 || i >= view.size()) return std::nullopt;
  const std::string& upos = view.upos(i);
  if (upos == "PRON" || upos == "DET") return find_pronoun(view, i);
  if (upos != "PROPN" && upos != "NOUN" && upos != "ADJ" && upos != "X") return std::nullopt;
  if (contains(view.lower(i), kCalendarWords)) return std::nullopt;
  // "the 2,600-km border": a measure the tagger took for a name.
  if (const std::string& form = view.token(i).form; !form.empty() && form[0] >= '0' && form[0] <= '9') return std::nullopt;
  if (const auto split = split_known_name(view, i)) {
    if (i != split->representative) return std::nullopt;
    return find_name(view, i, split->begin, split->end);
  }
  // The second half of a name written with "and" is no name of its own.
  if (const int h = view.head(i); h >= 0 && h + 2 <= i && view.rel(i) == "conj" && and_name_end(view, h) > i) {
    return std::nullopt;
  }
  if (const int end = and_name_end(view, i); end >= 0) {
    Mention m = mention_at(view, i, i, end);
    m.plural = false;
    if (const ActorEntry* actor = lexicon_.actor_by_name(view.text(i, end))) {
      m.kind = MentionKind::kLexiconName;
      m.entity = entity_from_actor(*actor);
    } else {
      m.kind = MentionKind::kUnknownName;
      m.entity.label = view.text(i, end);
      m.entity.id = entity_id(m.entity.label);
      m.entity.type = "organization";
    }
    m.entity.mention = view.text(i, end);
    return m;
  }
  int begin = 0;
  int end = 0;
  mention_span(view, i, begin, end);
  // A name written as one run of proper nouns belongs together even when the parse splits it
  // ("U.S. Secretary of State Antony J. Blinken" with the name under "of").
  if (is_name_head(view, i) || is_title_word(view.lemma(i))) {
    auto in_run = [&](int k) {
      if (k == i) return true;
      if (contains(view.lower(k), kQuantifiers)) return false;
      if (view.upos(k) == "PROPN" || is_initial(view.token(k).form) || joins_name(view, k)) return true;
      // "European Automobile Manufacturers' Association": a capitalised adjective before a name.
      return view.upos(k) == "ADJ" && k > 0 && k + 1 < view.size() && view.upos(k + 1) == "PROPN" &&
             starts_upper(view.token(k).form);
    };
    if (in_run(i)) {
      int b = i;
      int e = i + 1;
      while (b > 0 && in_run(b - 1)) --b;
      while (e < view.size() && in_run(e)) ++e;
      begin = std::min(begin, b);
      end = std::max(end, e);
    }
  }
  if (const RoleNoun* role = lexicon_.role_noun(view.lemma(i)); role != nullptr && role->type == "person" &&
                                                                 view.upos(i) == "NOUN") {
    if (auto named = person_in_apposition(view, i)) return named;
  }
  if (auto m = name_after_posting(view, begin, end)) return m;
  if (auto m = find_name(view, i, begin, end)) return m;
  if (auto m = name_beside_place(view, i)) return m;
  if (auto m = voice_of(view, i, begin, end)) return m;
  return find_role(view, i, begin, end);
}

std::optional<Mention> MentionFinder::people_of_country(const SentenceView& view, int i, int begin, int end) const {
  // "Scottish fishermen", "Kenyan doctors", "French farmers' unions" aside: a plural noun for
  // people (an agent ending) with a demonym is a group that acts, though no lexicon lists it.
  // Things stay things: "Chinese exports", "Iranian drones".
  static constexpr std::string_view kAgentEndings[] = {"er", "or", "ist", "ian", "ant", "ent", "man", "ee"};
  // As subjects only: "hosted a million Ukrainian refugees" is what was done, not a party.
  const bool subject = view.rel(i) == "nsubj" ||
                       (view.rel(i) == "conj" && view.head(i) >= 0 && view.rel(view.head(i)) == "nsubj");
  const std::string& lemma = view.lemma(i);
  if (!subject || view.xpos(i) != "NNS" || lemma.size() < 5) return std::nullopt;
  const bool agent = std::any_of(std::begin(kAgentEndings), std::end(kAgentEndings), [&](std::string_view e) {
    return lemma.size() > e.size() && lemma.compare(lemma.size() - e.size(), e.size(), e) == 0;
  });
  if (!agent) return std::nullopt;
  for (int c : view.children(i)) {
    if (view.rel(c) != "amod" || lexicon_.country_by_demonym(view.token(c).form) == nullptr) continue;
    Mention m = mention_at(view, i, begin, end);
    m.kind = MentionKind::kUnknownName;
    const std::string label = view.token(c).form + " " + lemma;
    m.entity.id = entity_id(label);
    m.entity.label = label;
    m.entity.type = "group";
    m.plural = true;
    if (m.entity.id.empty()) return std::nullopt;
    return m;
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::name_after_posting(const SentenceView& view, int begin, int end) const {
  // "U.S. Ambassador to NATO Grace Hollings": the parse hangs the person's name on the
  // organisation of the posting, or the organisation on the name. The words after the
  // organisation's known name are the person. Read off the words: a title, "to" or "for", and
  // a run of proper nouns that the parse keeps inside the phrase.
  for (int k = begin; k < end; ++k) {
    if (!is_title_word(view.lemma(k)) || k + 2 >= view.size()) continue;
    if (view.lower(k + 1) != "to" && view.lower(k + 1) != "for") continue;
    const int o = k + 2;
    int run_end = o;
    while (run_end < view.size() && view.upos(run_end) == "PROPN") ++run_end;
    // An organisation and a name of two words at least, all hung inside the phrase.
    bool attached = run_end - o >= 3;
    for (int w = k + 1; w < run_end && attached; ++w) attached = view.head(w) >= begin && view.head(w) < run_end;
    if (!attached) continue;
    // The longest known name from the organisation on; at least two words must remain.
    int name_begin = -1;
    for (int len = run_end - o - 2; len >= 1 && name_begin < 0; --len) {
      if (lexicon_.actor_by_name(view.text(o, o + len)) != nullptr) name_begin = o + len;
    }
    if (name_begin < 0 || run_end - name_begin < 2) continue;
    Mention m = mention_at(view, begin, begin, run_end);
    m.kind = MentionKind::kUnknownName;
    m.entity.label = view.text(name_begin, run_end);
    if (const ActorEntry* known = lexicon_.actor_by_name(m.entity.label)) {
      m.kind = MentionKind::kLexiconName;
      m.entity = entity_from_actor(*known);
    } else {
      m.entity.id = entity_id(m.entity.label);
      m.entity.type = "person";
    }
    m.entity.mention = view.text(begin, run_end);
    m.plural = false;
    m.role = qualified_role(view, k);
    for (int w = name_begin; w < run_end; ++w) m.name_words.push_back(view.lower(w));
    return m;
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::person_in_apposition(const SentenceView& view, int i) const {
  // "Ukraine's trade representative, Oksana Melnyk,", "A PLA spokesman, Senior Colonel Zhao
  // Mingde,": the person named beside the role acts, not the role's country or organisation.
  for (int c : view.children(i)) {
    if (view.rel(c) != "appos" || view.upos(c) != "PROPN") continue;
    int b = 0;
    int e = 0;
    mention_span(view, c, b, e);
    std::optional<Mention> named = find_name(view, c, b, e);
    if (!named || named->entity.type != "person") continue;
    named->role = qualified_role(view, i);
    return named;
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::voice_of(const SentenceView& view, int i, int begin, int end) const {
  // "a Chinese embassy statement praised ...", "the ministry's communique said ...": a document
  // speaks for whoever issued it.
  // "Mr Lin's office said", "the senator's spokeswoman said": a person's office speaks for them.
  constexpr std::array<std::string_view, 7> kVoiceNouns = {
      "statement", "communique", "communiqué", "readout", "declaration", "announcement", "report"};
  constexpr std::array<std::string_view, 7> kPersonalVoices = {
      "office", "spokesman", "spokeswoman", "spokesperson", "aide", "lawyer", "camp"};
  const bool personal = contains(view.lemma(i), kPersonalVoices);
  if (!contains(view.lemma(i), kVoiceNouns) && !personal) return std::nullopt;
  for (int c : view.children(i)) {
    const std::string_view r = view.rel(c);
    const bool issuer = personal ? view.deprel(c) == "nmod:poss" && view.upos(c) == "PROPN"
                                 : r == "amod" || r == "compound" || view.deprel(c) == "nmod:poss" ||
                                       (r == "nmod" && (view.marker(c) == "of" || view.marker(c) == "by"));
    if (!issuer) continue;
    std::optional<Mention> m;
    if (const ActorEntry* country = lexicon_.country_by_demonym(view.token(c).form)) {
      m = Mention{};
      m->kind = MentionKind::kCountryWord;
      m->entity = entity_from_actor(*country);
    } else {
      m = find(view, c);
    }
    if (!m || m->kind == MentionKind::kPronoun || m->kind == MentionKind::kRole) continue;
    // A person's or an organisation's office; a surname alone ("Grassley's office") is left to
    // coreference to join to the full name.
    if (personal && m->kind != MentionKind::kLexiconName && m->kind != MentionKind::kUnknownName) continue;
    m->head = i;
    m->begin = begin;
    m->end = end;
    m->entity.mention = view.text(begin, end);
    m->plural = false;
    return m;
  }
  return std::nullopt;
}

std::optional<Mention> MentionFinder::name_beside_place(const SentenceView& view, int i) const {
  // "Its envoy in Vienna, Pavel Orlov, said": the parse may hang the name in apposition on the
  // place rather than on the role it names.
  if (lexicon_.role_noun(view.lemma(i)) == nullptr) return std::nullopt;
  for (int place : view.children(i)) {
    if (view.rel(place) != "nmod" || !contains(view.marker(place), kPlaceMarkers)) continue;
    for (int a : view.children(place)) {
      if (view.rel(a) != "appos" || view.upos(a) != "PROPN") continue;
      int begin = 0;
      int end = 0;
      mention_span(view, a, begin, end);
      auto m = find_name(view, a, begin, end);
      if (!m || m->entity.type != "person") continue;
      m->head = i;
      m->begin = std::min(i, begin);
      m->end = end;
      m->role = qualified_role(view, i);
      return m;
    }
  }
  return std::nullopt;
}

const ActorEntry* MentionFinder::modifier_actor(const SentenceView& view, int c) const {
  // The whole name the modifier heads first ("South Korea", "African Union"), then the word.
  int first = c;
  for (int g : view.children(c)) {
    if ((view.rel(g) == "compound" || view.rel(g) == "flat" || view.rel(g) == "amod") && g < first) first = g;
  }
  if (first < c) {
    const ActorEntry* named = lexicon_.actor_by_name(view.text(first, c + 1));
    if (named != nullptr && (named->type == "country" || named->type == "organization")) return named;
    if (const ActorEntry* country = lexicon_.country_by_demonym(view.text(first, c + 1))) return country;
  }
  // "South Korean officials": a demonym of two words, each a modifier of the role.
  if (c > 0 && view.head(c - 1) == view.head(c) && starts_upper(view.token(c - 1).form)) {
    if (const ActorEntry* country = lexicon_.country_by_demonym(view.text(c - 1, c + 1))) return country;
  }
  if (extends_name(view, c - 1, 0, view.size())) return nullptr;  // "the Pulse Canada group"
  const std::string& form = view.token(c).form;
  if (const ActorEntry* country = lexicon_.country_by_demonym(form)) return country;
  const ActorEntry* named = lexicon_.actor_by_name(form);
  if (named != nullptr && (named->type == "country" || named->type == "organization")) return named;
  if (const ActorEntry* capital = lexicon_.country_by_capital(form)) return capital;
  // "a spokesman for the Kremlin"; "a spokeswoman for the German foreign ministry", "diplomats
  // at the Egyptian embassy".
  if (const ActorEntry* institution = lexicon_.actor_by_institution(view.text(first, c + 1))) return institution;
  const bool spoken_for = view.marker(c) == "for" && lexicon_.role_noun(view.lemma(c)) != nullptr;
  if (view.rel(c) == "nmod" && (spoken_for || (contains(view.marker(c), kMemberMarkers) && is_state_body(view, c)))) {
    for (int g : view.children(c)) {
      const std::string_view r = view.rel(g);
      if (r != "amod" && r != "compound" && r != "nmod") continue;
      if (const ActorEntry* owner = modifier_actor(view, g)) return owner;
    }
  }
  return nullptr;
}

bool MentionFinder::is_state_body(const SentenceView& view, int i) const {
  const RoleNoun* role = lexicon_.role_noun(view.lemma(i));
  if (role == nullptr) role = lexicon_.role_noun(qualified_role(view, i));
  return role != nullptr && role->state;
}

std::string MentionFinder::qualified_role(const SentenceView& view, int i) const {
  // "prime minister" and "foreign minister" are different people: keep the word that says which
  // when the lexicon knows the pair.
  const std::string& base = view.lemma(i);
  if (i == 0) return base;
  const int q = i - 1;
  const std::string_view r = view.rel(q);
  if (view.head(q) != i || (r != "compound" && r != "amod")) return base;
  const std::string pair = view.lower(q) + " " + base;
  return lexicon_.role_noun(pair) != nullptr ? pair : base;
}

std::optional<Mention> MentionFinder::find_pronoun(const SentenceView& view, int i) const {
  const std::string& w = view.lower(i);
  Mention m;
  m.head = i;
  m.begin = i;
  m.end = i + 1;
  m.kind = MentionKind::kPronoun;
  m.entity.mention = view.token(i).form;
  if (w == "he" || w == "him" || w == "his" || w == "himself") {
    m.gender = "male";
  } else if (w == "she" || w == "her" || w == "herself") {
    m.gender = "female";
  } else if (w == "they" || w == "them" || w == "their" || w == "themselves") {
    // Not "theirs" / "hers": "lifted theirs" stands for a thing of theirs, not for them.
    m.plural = true;
  } else if (w == "it" || w == "its" || w == "itself") {
    m.gender = "neuter";
  } else {
    return std::nullopt;
  }
  return m;
}

// "FDP", "AfD", "RSF": a short word in capitals is an acronym, a name whatever its tag.
bool is_acronym(std::string_view form) {
  if (form.size() < 2 || form.size() > 6) return false;
  int capitals = 0;
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') {
      ++capitals;
    } else if (!(c >= 'a' && c <= 'z')) {
      return false;
    }
  }
  return capitals >= 2 && starts_upper(form);
}

bool MentionFinder::extends_name(const SentenceView& view, int k, int begin, int end) const {
  // A proper noun right beside a lexicon name, inside the same mention, that is neither a title,
  // a demonym, an initial nor a name of its own makes a longer, different name.
  if (k < begin || k >= end) return false;
  const std::string& form = view.token(k).form;
  // "Free Democrats" with "Free" tagged as an adjective: capitalised inside the sentence.
  const bool capitalised_adjective = view.upos(k) == "ADJ" && k > 0 && starts_upper(form);
  if (view.upos(k) != "PROPN" && !capitalised_adjective) return false;
  if (is_initial(form) || is_title_word(view.lower(k))) return false;
  if (lexicon_.country_by_demonym(form) != nullptr || lexicon_.actor_by_name(form) != nullptr) return false;
  return lexicon_.country_by_capital(form) == nullptr && lexicon_.actor_by_institution(form) == nullptr;
}

bool MentionFinder::is_name_head(const SentenceView& view, int i) const {
  const std::string& upos = view.upos(i);
  const std::string& form = view.token(i).form;
  // "the Saudi crown prince" with "prince" tagged as a name: a name is written with a capital.
  if (upos == "PROPN" || upos == "X") return form.empty() || !(form[0] >= 'a' && form[0] <= 'z');
  if (upos != "NOUN") return false;
  if (is_acronym(form)) return lexicon_.role_noun(view.lemma(i)) == nullptr;
  // "Economy Minister Jonas Reuter" with the first word tagged as a common noun: a capitalised
  // noun heading a run of proper nouns is part of the name.
  if (!starts_upper(form) || i + 1 >= view.size() || view.upos(i + 1) != "PROPN") return false;
  for (int k = view.head(i + 1); k >= 0; k = view.head(k)) {  // the next word hangs below it
    if (k == i) return true;
  }
  return false;
}

const ActorEntry* MentionFinder::country_owning(const SentenceView& view, int i, int before) const {
  for (int c : view.children(i)) {
    const std::string_view r = view.rel(c);
    if (c >= before || (view.deprel(c) != "nmod:poss" && r != "amod" && r != "compound")) continue;
    const ActorEntry* owner = modifier_actor(view, c);
    if (owner != nullptr && owner->type == "country") return owner;
  }
  return nullptr;
}

// The head is the capitalised kind of a body that is no state's own ("Union", "Federation",
// "Party"): a country in its of-phrase says where it is, not who it is ("the Maritime Union of
// Australia" is no name of Australia).
bool MentionFinder::names_independent_body(const SentenceView& view, int i) const {
  if (view.upos(i) != "PROPN" || !starts_upper(view.token(i).form)) return false;
  const RoleNoun* kind = lexicon_.role_noun(ascii_lower(view.lemma(i)));
  return kind != nullptr && kind->type != "person" && !kind->state;
}

std::optional<Mention> MentionFinder::lexicon_name(const SentenceView& view, int i, int begin, int end) const {
  const bool head_is_title = is_title_word(view.lemma(i));
  const bool independent_body = names_independent_body(view, i);
  Mention m = mention_at(view, i, begin, end);
  // 1. Lexicon names, institutions and capitals, longest span first. A span that does not hold
  // the head only counts when the head is a title ("leader" in "Chinese leader Xi Jinping").
  const int longest = std::min<int>(end - begin, std::max<int>(1, static_cast<int>(lexicon_.max_name_words())));
  for (int len = longest; len >= 1; --len) {
    for (int s = begin; s + len <= end; ++s) {
      const bool holds_head = s <= i && i < s + len;
      if (!holds_head && !head_is_title) continue;
      if (!holds_head && view.upos(s) != "PROPN") continue;
      if (!holds_head && s > i && independent_body) continue;
      // "with Kenya Mr Okafor": a name before an honorific is not the honorific's.
      if (!holds_head && s < i && contains(view.lower(i), kHonorifics)) continue;
      // "Christian Democrats" is not "Democrats", nor "the Pulse Canada group" Canada, whatever
      // the lexicon knows.
      if (extends_name(view, s - 1, begin, end) || extends_name(view, s + len, begin, end)) continue;
      const std::string words = view.text(s, s + len);
      const ActorEntry* actor = lexicon_.actor_by_name(words);
      MentionKind kind = MentionKind::kLexiconName;
      if (actor == nullptr) {
        actor = lexicon_.actor_by_institution(words);
        kind = MentionKind::kCountryWord;
        // "Peru's Congress", "the Kenyan Parliament": a country named before an institution
        // another country is known by owns it.
        if (actor != nullptr) {
          if (const ActorEntry* owner = country_owning(view, i, s)) actor = owner;
        }
      }
      // "New Delhi" with "New" tagged as an adjective is still the capital.
      if (actor == nullptr && len <= 3 && (view.upos(s) == "PROPN" || (holds_head && view.upos(i) == "PROPN"))) {
        actor = lexicon_.country_by_capital(words);
        kind = MentionKind::kCountryWord;
      }
      if (actor == nullptr) continue;
      // "U.S. officials": a country name modifying a role noun is the country acting.
      if (!holds_head && actor->type == "country") kind = MentionKind::kCountryWord;
      m.kind = kind;
      m.entity = entity_from_actor(*actor);
      m.entity.mention = view.text(begin, end);
      m.gender = actor->gender;
      if (head_is_title) m.role = qualified_role(view, i);
      add_role_words(*actor, m.roles);
      if (actor->type == "person") {
        m.plural = false;
        add_label_words(*actor, m.name_words);
      }
      return m;
    }
  }
  return std::nullopt;
}

bool MentionFinder::name_run(const SentenceView& view, int i, int begin, int end, int& run_begin,
                           int& run_end) const {
  run_begin = i;
  run_end = i + 1;
  if (!is_name_head(view, i)) {
    if (!is_title_word(view.lemma(i))) return false;
    // The name follows or precedes its title ("Minister Wang", "Wang, the minister").
    int k = i + 1;
    while (k < end && view.upos(k) != "PROPN") ++k;
    if (k >= end) {
      // "the Pulse Canada industry group": an organisation named before its kind.
      const RoleNoun* kind = lexicon_.role_noun(view.lemma(i));
      k = i - 1;
      while (k >= begin && view.upos(k) != "PROPN") --k;
      if (k < begin || kind == nullptr || kind->type == "person") return false;
    }
    run_begin = k;
    run_end = k + 1;
  }
  // "American Stock Exchange", "Swiss National Bank": a capitalised adjective opens the name of
  // an organisation.
  const RoleNoun* kind = lexicon_.role_noun(view.lemma(run_end - 1));
  const bool organisation = kind != nullptr && kind->type != "person";
  auto opens_organisation = [&](int k) {
    return organisation && view.upos(k) == "ADJ" && starts_upper(view.token(k).form);
  };
  // "Kenya Mr Okafor": an honorific starts a name; nothing before it belongs to it.
  while (run_begin > begin && !contains(view.lower(run_begin), kHonorifics) &&
         (view.upos(run_begin - 1) == "PROPN" || is_initial(view.token(run_begin - 1).form) ||
          opens_organisation(run_begin - 1) || extends_name(view, run_begin - 1, begin, end) ||
          (joins_name(view, run_begin - 1) && view.token(run_begin - 1).form != "of")))
    --run_begin;
  // "of" joins a name after the kind of an independent body ("Maritime Union of Australia").
  while (run_end < end && (view.upos(run_end) == "PROPN" || is_initial(view.token(run_end).form) ||
                           (joins_name(view, run_end) &&
                            (view.token(run_end).form != "of" || names_independent_body(view, run_end - 1)))))
    ++run_end;
  return true;
}

int MentionFinder::last_title_word(const SentenceView& view, int run_begin, int run_end) const {
  int last_title = -1;
  // Everything up to the last title word before the name is title: "Secretary of State
  // Antony Blinken", "Constitutional Affairs Minister Chris Leslie"; a title as the last word
  // ("the Davis Administration") is part of the name.
  for (int k = run_begin; k + 1 < run_end; ++k) {
    // "Union" in "Maritime Union of Australia" names the body: the whole run is its name.
    if (names_independent_body(view, k) && view.lower(k + 1) == "of") return -1;
    const bool title = is_title_word(view.lower(k)) || lexicon_.country_by_demonym(view.token(k).form) ||
                       (k == run_begin && lexicon_.actor_by_name(view.token(k).form));
    if (title) last_title = k;
  }
  // A run that ends in an organisational noun is an organisation's name as a whole ("Andean
  // Trade Commission", "Swiss National Bank"), not titles before a name.
  if (last_title >= 0) {
    const RoleNoun* last = lexicon_.role_noun(view.lemma(run_end - 1));
    if (last != nullptr && last->type != "person") last_title = -1;
  }
  return last_title;
}

std::optional<Mention> MentionFinder::find_name(const SentenceView& view, int i, int begin,
                                                int end) const {
  if (auto known = lexicon_name(view, i, begin, end)) return known;
  const bool head_is_name = is_name_head(view, i);
  const bool head_is_title = is_title_word(view.lemma(i));
  Mention m = mention_at(view, i, begin, end);
  // 2. An unknown proper name: the run of PROPN words around the head, titles stripped.
  int run_begin = i;
  int run_end = i + 1;
  if (!name_run(view, i, begin, end, run_begin, run_end)) return std::nullopt;
  const int last_title = last_title_word(view, run_begin, run_end);
  const bool titled = (head_is_title && !head_is_name) || last_title >= run_begin;
  const bool honorific = read_titles(view, run_begin, last_title, m.gender);
  std::vector<std::string> words;
  std::string label;
  read_name(view, std::max(run_begin, last_title + 1), run_end, words, label);
  if (words.empty()) return std::nullopt;
  // The name without middle initials may be a lexicon alias; a lone surname may be unique.
  const ActorEntry* actor = lexicon_.actor_by_name(label);
  if (actor == nullptr && words.size() == 1) actor = person_by_surname(words[0]);
  if (actor != nullptr) {
    m.kind = MentionKind::kLexiconName;
    m.entity = entity_from_actor(*actor);
    m.entity.mention = view.text(begin, end);
    m.gender = actor->gender;
    add_label_words(*actor, m.name_words);
    add_role_words(*actor, m.roles);
    return m;
  }
  // "China's Foreign Ministry", "the Chinese Defence Ministry": a government body of a country
  // named among the modifiers is that country acting, as for lowercase role nouns.
  // The word that says what kind of body the name is: its last, or the head before "of"
  // ("Maritime Union of Australia").
  const int kind_word = names_independent_body(view, i) ? i : run_end - 1;
  if (const RoleNoun* body = lexicon_.role_noun(view.lemma(kind_word));
      body != nullptr && body->type != "person" && !names_independent_body(view, kind_word)) {
    if (auto government = find_role(view, i, begin, end); government && government->kind == MentionKind::kCountryWord) {
      return government;
    }
  }
  // "in Bethnal Green", "near Kupiansk": an unknown name that says where something happened is
  // a place, not a person a later "he" could mean.
  if (!titled && !honorific && is_place(view, i)) return std::nullopt;
  // "the South China Sea", "the Tigris River": a place named by its kind does nothing.
  if (!titled && !honorific && contains(view.lower(run_end - 1), kGeographicFeatures)) return std::nullopt;
  m.kind = MentionKind::kUnknownName;
  m.entity.id = entity_id(label);
  m.entity.label = label;
  // A name ending in an organisational role noun ("Davis Administration") is an organisation;
  // a titled name or one of two or three words is taken for a person.
  const RoleNoun* last_role = lexicon_.role_noun(view.lemma(kind_word));
  if (last_role != nullptr && last_role->type != "person") {
    m.entity.type = "organization";
  } else {
    // A plural name ("Free Democrats", "Greens") is a party or a group, not a person.
    const RoleNoun* kind = head_is_title && !head_is_name ? lexicon_.role_noun(view.lemma(i)) : nullptr;
    // "Washington Post", "China Daily", "Moscow Times": a name that opens on a place is no person.
    const std::string& opening = view.token(std::max(run_begin, last_title + 1)).form;
    const bool named_after_place = lexicon_.country_by_capital(opening) != nullptr ||
                                   lexicon_.country_by_demonym(opening) != nullptr ||
                                   (lexicon_.actor_by_name(opening) != nullptr &&
                                    lexicon_.actor_by_name(opening)->type == "country");
    const bool person_like = (kind == nullptr || kind->type == "person") && !named_after_place &&
                             (titled || honorific || (words.size() >= 2 && words.size() <= 3));
    m.entity.type = person_like && !m.plural ? "person" : "organization";
  }
  if (m.entity.type == "person") m.plural = false;
  if (head_is_title) m.role = qualified_role(view, i);
  m.name_words = std::move(words);
  if (m.entity.id.empty()) return std::nullopt;
  return m;
}

std::optional<Mention> MentionFinder::find_role(const SentenceView& view, int i, int begin,
                                                int end) const {
  Mention m = mention_at(view, i, begin, end);
  const std::string& lemma = view.lemma(i);
  // "the Chinese" standing alone; "the Russian invasion", "the Chinese decision": the country
  // whose act a noun names (find_target reads it as the party of such an issue).
  if (const ActorEntry* country = lexicon_.country_by_demonym(view.token(i).form)) {
    const bool whose_act = view.rel(i) == "amod" && view.head(i) >= 0 && view.upos(view.head(i)) == "NOUN";
    if (view.upos(i) != "ADJ" || view.has_child(i, "det") || whose_act) {
      m.kind = MentionKind::kCountryWord;
      m.entity = entity_from_actor(*country);
      m.entity.mention = view.text(begin, end);
      return m;
    }
  }
  // "both sides", "the two countries": the parties of a bilateral story.
  const bool party_noun = lemma == "side" || lemma == "country" || lemma == "nation" ||
                          lemma == "government" || lemma == "party" || lemma == "leader" ||
                          lemma == "power" || lemma == "capital" || lemma == "bloc";
  // "the two leaders", not "two opposition leaders": a number names the parties only when
  // definite.
  const bool definite = view.has_child(i, "det") && view.lemma(view.child(i, "det")) == "the";
  for (int c : view.children(i)) {
    const std::string& w = view.lemma(c);
    const bool pair = w == "both" || ((w == "two" || w == "2") && definite) || w == "each" ||
                      (w == "their" && m.plural);
    if (party_noun && pair) {
      m.kind = MentionKind::kCollective;
      m.entity = EntityRef{"both_sides", "Both sides", "group", view.text(begin, end)};
      m.plural = true;
      return m;
    }
  }
  const RoleNoun* role = lexicon_.role_noun(lemma);
  // "the coast guard", "the air force": roles the lexicon knows only as a pair.
  if (role == nullptr) role = lexicon_.role_noun(qualified_role(view, i));
  // "troops" lemmatised as itself: the singular of a plural the lexicon knows.
  if (role == nullptr && view.xpos(i) == "NNS" && lemma.size() > 3 && lemma.back() == 's')
    role = lexicon_.role_noun(lemma.substr(0, lemma.size() - 1));
  // "donors", "allies": groups the lexicon lists only in the plural, whose lemma is singular.
  if (role == nullptr && view.xpos(i) == "NNS") role = lexicon_.role_noun(view.lower(i));
  if (role == nullptr) return people_of_country(view, i, begin, end);
  m.role = qualified_role(view, i);
  if (role->type == "person") {
    if (auto named = person_in_apposition(view, i)) return named;
  }
  // A country among the modifiers makes the role its government ("Chinese officials",
  // "the U.S. side", "Russia's foreign ministry", "South Korea's ambassador"); an organisation
  // named before the role makes it the organisation's ("NATO officials").
  for (int c : view.children(i)) {
    const std::string_view r = view.rel(c);
    if (r != "amod" && r != "compound" && r != "nmod" && r != "flat") continue;
    // "the envoy in Vienna", "labour groups in Thailand" are placed there; "the military
    // government in Niger" is Niger's. But "officials in Kyiv" are that government's.
    const bool officials = m.plural && lemma == "official";
    // "its own envoy from Ottawa" already says whose the envoy is; "from" only places it.
    const bool member_of = r == "nmod" && contains(view.marker(c), kMemberMarkers) && !view.has_child(i, "nmod:poss");
    if (r == "nmod" && !member_of && contains(view.marker(c), kPlaceMarkers) && role->type != "organization" && !officials)
      continue;
    // "officials of major banks", "ministers from six Gulf states": a common noun after the
    // preposition says whose the role is only when it is a body of a state.
    const bool spoken_for = view.marker(c) == "for";
    if (member_of && !spoken_for && view.upos(c) != "PROPN" && !is_state_body(view, c)) continue;
    const ActorEntry* owner = modifier_actor(view, c);
    if (owner == nullptr) continue;
    // "NATO's chief" is a person of NATO's, not NATO acting; "the European Union's observer
    // mission" is the Union's body.
    const bool owned_body = view.deprel(c) == "nmod:poss" && role->type != "person";
    if (owner->type == "organization" && r != "compound" && !owned_body && !member_of) continue;
    m.kind = owner->type == "country" ? MentionKind::kCountryWord : MentionKind::kLexiconName;
    m.entity = entity_from_actor(*owner);
    m.entity.mention = view.text(begin, end);
    m.person_in_office = role->type == "person" && !m.plural;
    return m;
  }
  // "the military government in Niger" when the parse hung "in Niger" on the verb: read by
  // position.
  if (role->type == "organization" && end + 1 < view.size() && view.lower(end) == "in") {
    for (int width : {2, 1}) {
      if (end + 1 + width > view.size()) continue;
      const ActorEntry* country = lexicon_.actor_by_name(view.text(end + 1, end + 1 + width));
      if (country == nullptr && width == 1) country = lexicon_.country_by_capital(view.token(end + 1).form);
      if (country == nullptr || country->type != "country") continue;
      m.kind = MentionKind::kCountryWord;
      m.entity = entity_from_actor(*country);
      m.entity.mention = view.text(begin, end + 1 + width);
      return m;
    }
  }
  // "In Moscow, the foreign ministry said": a government body in a sentence that opens on a
  // capital or country is that country's.
  if (role->type != "person" && view.size() > 3 && view.lower(0) == "in" && view.lower(2) == "," && begin > 2) {
    const ActorEntry* country = lexicon_.country_by_capital(view.token(1).form);
    if (country == nullptr) country = lexicon_.actor_by_name(view.token(1).form);
    if (country != nullptr && country->type == "country") {
      m.kind = MentionKind::kCountryWord;
      m.entity = entity_from_actor(*country);
      m.entity.mention = view.text(begin, end);
      return m;
    }
  }
  if (auto body = role_of_unnamed_body(view, i, end, m, role->type)) return body;
  m.kind = MentionKind::kRole;
  m.entity.type = role->type;
  return m;
}

std::optional<Mention> MentionFinder::role_of_unnamed_body(const SentenceView& view, int i, int end,
                                                           const Mention& role, std::string_view type) const {
  // "officials with the Office of Coastal Planning", "a source at the
  // Foreign Ministry": a body no lexicon knows still says whose the role is, and names it.
  // "The Organisation for Economic Cooperation" is a name, not a role.
  if (view.upos(i) == "PROPN" || (i > 0 && starts_upper(view.token(i).form))) return std::nullopt;
  for (int c : view.children(i)) {
    if (c < end || view.rel(c) != "nmod" || view.upos(c) != "PROPN" || !starts_upper(view.token(c).form) ||
        !contains(view.marker(c), kMemberMarkers) ||
        view.has_child(i, "nmod:poss"))
      continue;
    int first = view.first_of_subtree(c);
    while (first < c && (view.rel(first) == "case" || view.rel(first) == "det")) ++first;
    const int last = view.last_of_subtree(c);
    if (!starts_upper(view.token(first).form)) continue;
    Mention m = role;
    m.kind = MentionKind::kUnknownName;
    m.entity.type = type;
    m.entity.label = view.text(first, last + 1) + " " + role.role;
    m.entity.id = entity_id(m.entity.label);
    m.entity.mention = view.text(m.begin, last + 1);
    m.end = last + 1;
    if (m.entity.id.empty()) continue;
    return m;
  }
  return std::nullopt;
}

}  // namespace issuegraph::extract
