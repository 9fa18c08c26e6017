#include "issuegraph/extract/lexicon.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <unordered_set>
#include <utility>

#include <rapidjson/document.h>
#include <utf8proc.h>

#include "issuegraph/base/error.hpp"
#include "issuegraph/io/json_schema.hpp"

namespace issuegraph {
namespace {

namespace fs = std::filesystem;

std::string join_path(const std::string& dir, const std::string& file) {
  return (fs::path(dir) / file).string();
}

std::string get_string(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::vector<std::string> get_strings(const rapidjson::Value& object, const char* key) {
  std::vector<std::string> out;
  auto it = object.FindMember(key);
  if (it == object.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& item : it->value.GetArray()) {
    out.emplace_back(item.GetString(), item.GetStringLength());
  }
  return out;
}

// Lowercases ASCII only: lemmas and ids are compared this way, names go through
// normalize_lexicon_key instead.
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Merges `incoming` into `entries`: an entry with an existing key replaces it in place, others
// are appended, so file order is kept and output built from the lexicon stays stable.
template <typename Entry, typename KeyFn>
void merge_entries(std::vector<Entry>& entries, std::vector<Entry>&& incoming, KeyFn key) {
  std::unordered_map<std::string, std::size_t> index;
  index.reserve(entries.size() + incoming.size());
  for (std::size_t i = 0; i < entries.size(); ++i) index.emplace(key(entries[i]), i);
  for (auto& entry : incoming) {
    auto [it, inserted] = index.emplace(key(entry), entries.size());
    if (inserted) {
      entries.push_back(std::move(entry));
    } else {
      entries[it->second] = std::move(entry);
    }
  }
}

// Reads one lexicon file if present; returns false when absent and not required.
bool read_validated(const std::string& dir, const std::string& name, bool required,
                    rapidjson::Document& out, std::string& path) {
  path = join_path(dir, name + ".json");
  if (!fs::exists(path)) {
    if (required) throw InputError(path, 0, 0, "missing lexicon file");
    return false;
  }
  out = read_json_file(path);
  JsonSchema(name + ".schema.json").validate(out, path);
  return true;
}

// Ids must be unique inside one file; a duplicate is almost always a copy-paste slip that would
// otherwise silently shadow the first entry.
template <typename KeyFn>
void check_unique(const rapidjson::Value& items, const std::string& path, const char* array,
                  const char* field, KeyFn key) {
  std::unordered_map<std::string, std::size_t> seen;
  for (rapidjson::SizeType i = 0; i < items.Size(); ++i) {
    std::string k = key(items[i]);
    auto [it, inserted] = seen.emplace(k, i);
    if (!inserted) {
      throw InputError(path, 0, 0,
                       "/" + std::string(array) + "/" + std::to_string(i) + "/" + field +
                           ": duplicate '" + k + "' (first at /" + array + "/" +
                           std::to_string(it->second) + ")");
    }
  }
}

std::string action_key(const ActionEntry& a) {
  return a.lemma + '\x1f' + a.pos + '\x1f' + a.object + '\x1f' + a.particle + (a.predicative ? "\x1fpredicative" : "");
}

std::size_t word_count(const std::string& key) {
  if (key.empty()) return 0;
  return static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
}

// Splits a normalised lemma term on spaces.
std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

bool word_matches(std::string_view term, std::string_view lemma) {
  if (!term.empty() && term.front() == '=') return term.substr(1) == lemma;
  return lemma.size() >= term.size() && lemma.compare(0, term.size(), term) == 0;
}

// Names that are also everyday English words ("US"/"us", "WHO"/"who", "IS", "Fed", "Tusk"):
// for these keys the input must match the alias with its case intact, or every "told us" would
// become the United States.
bool is_common_word(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "a",   "all",   "am",    "amnesty", "an",    "any",   "apple", "as",      "at",
      "be",  "borne", "by",    "can",     "car",   "cleverly", "commons", "do", "fed",
      "gallant", "go", "he",   "if",      "in",    "intel", "is",    "it",      "man",
      "may", "me",    "meta",  "musk",    "my",    "no",    "of",    "on",      "one",
      "or",  "ria",   "shell", "so",      "to",    "truss", "tusk",  "up",      "us",
      "we",  "west",  "western", "who"};
  return kWords.count(key) > 0;
}

// Keys of common-word names carry a prefix no normalised name can start with.
const std::string kExactPrefix = "\x01";
const std::string kAbbreviationPrefix = "\x02";

// "US", "U.S.", "WHO": letters all upper case, periods allowed.
bool is_abbreviation(std::string_view name) {
  bool any = false;
  for (char c : name) {
    if (c == '.') continue;
    if (c < 'A' || c > 'Z') return false;
    any = true;
  }
  return any;
}

// The case-kept form used for common-word names: periods dropped, outer spaces and a leading
// article removed, so "the U.S." and "US" agree but "us" does not.
std::string case_kept_key(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != '.') out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  std::size_t start = out.find_first_not_of(' ');
  out.erase(0, start == std::string::npos ? out.size() : start);
  for (const char* article : {"the ", "The "}) {
    if (out.size() > 4 && out.compare(0, 4, article) == 0) out.erase(0, 4);
  }
  return out;
}

// Case folding, composition and accent stripping through utf8proc; invalid UTF-8 falls back to
// ASCII lowering so that a lookup never throws in the middle of extraction.
std::string fold_unicode(std::string_view name) {
  std::string folded;
  utf8proc_uint8_t* mapped = nullptr;
  auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                                UTF8PROC_STRIPMARK);
  utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                   static_cast<utf8proc_ssize_t>(name.size()), &mapped, options);
  if (length >= 0 && mapped != nullptr) {
    folded.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(length));
  } else {
    folded = ascii_lower(name);
  }
  std::free(mapped);
  return folded;
}

}  // namespace

std::string normalize_lexicon_key(std::string_view name) {
  bool ascii = true;
  for (char c : name) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  // ASCII is the common case and folds to the same bytes without utf8proc's allocation.
  const std::string folded = ascii ? ascii_lower(name) : fold_unicode(name);

  std::string out;
  out.reserve(folded.size());
  bool pending_space = false;
  auto put = [&](char c) {
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  };
  for (std::size_t i = 0; i < folded.size();) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    // Curly quotes U+2018/2019/201B and prime U+2032 become ', dashes U+2010..2015 become -.
    if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(folded[i + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9B) {
        put('\'');
        i += 3;
        continue;
      }
      if (d >= 0x90 && d <= 0x95) {
        put('-');
        i += 3;
        continue;
      }
      if (d == 0x9C || d == 0x9D) {  // curly double quotes are noise in names
        i += 3;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0xA0) {
      pending_space = true;  // no-break space
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = true;
      ++i;
      continue;
    }
    if (c == '.') {
      ++i;
      continue;
    }
    put(static_cast<char>(c));
    ++i;
  }
  // A leading article is not part of the name: "the Kremlin", "The Hague", "the Gambia".
  if (out.size() > 4 && out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

Lexicon Lexicon::load_directory(const std::string& dir) {
  Lexicon lexicon;
  lexicon.merge_file_set(dir, true);
  return lexicon;
}

Lexicon Lexicon::load_default(const std::string& data_dir) {
  return load_directory(join_path(data_dir, "lexicons"));
}

void Lexicon::merge_directory(const std::string& dir) {
  if (!fs::is_directory(dir)) throw InputError(dir, 0, 0, "lexicon directory does not exist");
  // Merge into a copy so that a bad override leaves this lexicon as it was.
  Lexicon merged = *this;
  merged.merge_file_set(dir, false);
  *this = std::move(merged);
}

void Lexicon::merge_file_set(const std::string& dir, bool require_all) {
  rapidjson::Document doc;
  std::string path;
  // Entries read by this call, by index in their file, so that a bad reference is reported at
  // the place the user has to fix.
  std::vector<std::pair<std::size_t, std::string>> new_countries;  // (index, country id)
  std::vector<std::pair<std::size_t, std::string>> new_classes;    // (index, class id)
  std::string actors_path;
  std::string actions_path;

  if (read_validated(dir, "actors", require_all, doc, path)) {
    actors_path = path;
    const auto& items = doc["actors"];
    check_unique(items, path, "actors", "id",
                 [](const rapidjson::Value& v) { return get_string(v, "id"); });
    std::vector<ActorEntry> parsed;
    for (rapidjson::SizeType index = 0; index < items.Size(); ++index) {
      const auto& item = items[index];
      ActorEntry a;
      a.id = get_string(item, "id");
      a.label = get_string(item, "label");
      a.type = get_string(item, "type");
      a.aliases = get_strings(item, "aliases");
      a.demonyms = get_strings(item, "demonyms");
      a.capitals = get_strings(item, "capitals");
      a.institutions = get_strings(item, "institutions");
      a.country = get_string(item, "country");
      a.gender = get_string(item, "gender");
      a.roles = get_strings(item, "roles");
      if (!a.country.empty()) new_countries.emplace_back(index, a.country);
      parsed.push_back(std::move(a));
    }
    merge_entries(actors_, std::move(parsed), [](const ActorEntry& e) { return e.id; });
  }

  if (read_validated(dir, "roles", require_all, doc, path)) {
    const auto& items = doc["roles"];
    check_unique(items, path, "roles", "lemma", [](const rapidjson::Value& v) {
      return normalize_lexicon_key(get_string(v, "lemma"));
    });
    std::vector<RoleNoun> parsed;
    for (const auto& item : items.GetArray()) {
      const bool state = item.HasMember("state") && item["state"].IsBool() && item["state"].GetBool();
      parsed.push_back({normalize_lexicon_key(get_string(item, "lemma")), get_string(item, "type"), state});
    }
    merge_entries(roles_, std::move(parsed), [](const RoleNoun& e) { return e.lemma; });
  }

  if (read_validated(dir, "actions", require_all, doc, path)) {
    actions_path = path;
    const auto& classes = doc["classes"];
    check_unique(classes, path, "classes", "id",
                 [](const rapidjson::Value& v) { return get_string(v, "id"); });
    std::vector<ActionClass> parsed_classes;
    for (const auto& item : classes.GetArray()) {
      auto flag = [&](const char* name) { return item.HasMember(name) && item[name].GetBool(); };
      parsed_classes.push_back({get_string(item, "id"), get_string(item, "label"), get_string(item, "cameo"),
                                flag("mutual"), flag("urges"), flag("addressed"), flag("complete")});
    }
    merge_entries(classes_, std::move(parsed_classes), [](const ActionClass& e) { return e.id; });
    const auto& actions = doc["actions"];
    std::vector<ActionEntry> parsed;
    for (const auto& item : actions.GetArray()) {
      ActionEntry a;
      a.lemma = ascii_lower(get_string(item, "lemma"));
      a.pos = get_string(item, "pos");
      a.object = ascii_lower(get_string(item, "object"));
      a.particle = ascii_lower(get_string(item, "particle"));
      a.action_class = get_string(item, "class");
      a.display = get_string(item, "display");
      if (a.display.empty()) {
        a.display = a.lemma;
        if (!a.object.empty()) a.display += " " + a.object;
        if (!a.particle.empty()) a.display += " " + a.particle;
      }
      auto it = item.FindMember("speech");
      a.speech = it != item.MemberEnd() && it->value.IsBool() && it->value.GetBool();
      it = item.FindMember("predicative");
      a.predicative = it != item.MemberEnd() && it->value.IsBool() && it->value.GetBool();
      it = item.FindMember("party");
      a.party = it != item.MemberEnd() && it->value.IsBool() && it->value.GetBool();
      parsed.push_back(std::move(a));
    }
    // Duplicates are keyed by the parsed tuple, so the check runs on `parsed`, not raw JSON.
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      auto [it, inserted] = seen.emplace(action_key(parsed[i]), i);
      if (!inserted) {
        throw InputError(path, 0, 0,
                         "/actions/" + std::to_string(i) + ": duplicate predicate '" +
                             parsed[i].display + "' (" + parsed[i].pos + ", first at /actions/" +
                             std::to_string(it->second) + ")");
      }
    }
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      new_classes.emplace_back(i, parsed[i].action_class);
    }
    merge_entries(actions_, std::move(parsed), action_key);
    // An override adds stative verbs; an entry of its own is what makes one an action again.
    for (const auto& lemma : get_strings(doc, "stative")) stative_.insert(ascii_lower(lemma));
  }

  if (read_validated(dir, "issues", require_all, doc, path)) {
    const auto& items = doc["issues"];
    check_unique(items, path, "issues", "id",
                 [](const rapidjson::Value& v) { return get_string(v, "id"); });
    std::vector<IssueEntry> parsed;
    for (const auto& item : items.GetArray()) {
      IssueEntry issue;
      issue.id = get_string(item, "id");
      issue.label = get_string(item, "label");
      auto pr = item.FindMember("priority");
      issue.priority = pr != item.MemberEnd() ? pr->value.GetInt() : 0;
      for (const auto& rule : item["rules"].GetArray()) {
        std::vector<std::vector<std::string>> groups;
        for (const auto& group : rule.GetArray()) {
          std::vector<std::string> terms;
          for (const auto& term : group.GetArray()) {
            terms.push_back(normalize_lexicon_key(term.GetString()));
          }
          groups.push_back(std::move(terms));
        }
        issue.rules.push_back(std::move(groups));
      }
      parsed.push_back(std::move(issue));
    }
    merge_entries(issues_, std::move(parsed), [](const IssueEntry& e) { return e.id; });
  }

  rebuild_indexes();
  for (const auto& [index, id] : new_classes) {
    if (action_class(id) == nullptr) {
      throw InputError(actions_path, 0, 0,
                       "/actions/" + std::to_string(index) + "/class: unknown action class '" +
                           id + "'");
    }
  }
  for (const auto& [index, id] : new_countries) {
    const ActorEntry* country = actor_by_id(id);
    if (country == nullptr || country->type != "country") {
      throw InputError(actors_path, 0, 0,
                       "/actors/" + std::to_string(index) + "/country: '" + id +
                           "' is not the id of a country");
    }
  }
  check_references(dir);
}

// Whole-lexicon check after the per-file ones: an override that turns a country into another
// type would leave shipped people pointing at a non-country. Reported by id, since the entry at
// fault lives in another file.
void Lexicon::check_references(const std::string& dir) const {
  for (const auto& actor : actors_) {
    if (actor.country.empty()) continue;
    const ActorEntry* country = actor_by_id(actor.country);
    if (country == nullptr || country->type != "country") {
      throw InputError(join_path(dir, "actors.json"), 0, 0,
                       "actor '" + actor.id + "' belongs to '" + actor.country +
                           "', which is no longer a country after this merge");
    }
  }
}

void Lexicon::rebuild_indexes() {
  actor_ids_.clear();
  actor_names_.clear();
  demonyms_.clear();
  capitals_.clear();
  institutions_.clear();
  role_index_.clear();
  class_index_.clear();
  action_index_.clear();
  max_name_words_ = 0;

  // Later entries overwrite earlier ones, so a user override appended at the end wins a name
  // it shares with a shipped actor. The shipped data is tested to have no such clashes.
  auto index = [this](std::unordered_map<std::string, std::size_t>& map, const std::string& name,
                      std::size_t i) {
    std::string key = normalize_lexicon_key(name);
    if (key.empty()) return;
    max_name_words_ = std::max(max_name_words_, word_count(key));
    if (is_common_word(key)) {
      map[kExactPrefix + case_kept_key(name)] = i;
      if (is_abbreviation(name)) map[kAbbreviationPrefix + key] = i;
    } else {
      map[key] = i;
    }
  };
  for (std::size_t i = 0; i < actors_.size(); ++i) {
    const auto& a = actors_[i];
    actor_ids_[a.id] = i;
    index(actor_names_, a.label, i);
    for (const auto& n : a.aliases) index(actor_names_, n, i);
    for (const auto& n : a.demonyms) index(demonyms_, n, i);
    for (const auto& n : a.capitals) index(capitals_, n, i);
    for (const auto& n : a.institutions) index(institutions_, n, i);
  }
  for (std::size_t i = 0; i < roles_.size(); ++i) role_index_[roles_[i].lemma] = i;
  for (std::size_t i = 0; i < classes_.size(); ++i) class_index_[classes_[i].id] = i;
  for (std::size_t i = 0; i < actions_.size(); ++i) action_index_[actions_[i].lemma].push_back(i);

  issue_terms_.clear();
  issue_term_rests_.clear();
  issue_rules_.clear();
  issue_group_count_ = 0;
  max_issue_term_length_ = 0;
  for (std::size_t i = 0; i < issues_.size(); ++i) {
    for (const auto& rule : issues_[i].rules) {
      issue_rules_.push_back({i, issue_group_count_, rule.size()});
      for (const auto& group : rule) {
        for (const auto& term : group) {
          std::vector<std::string> words = split_words(term);
          if (words.empty()) continue;
          IssueTermRef ref{issue_group_count_, kNoRest, false};
          std::string first = words.front();
          if (first.front() == '=') {
            ref.exact = true;
            first.erase(0, 1);
          }
          if (first.empty()) continue;
          if (words.size() > 1) {
            ref.rest = issue_term_rests_.size();
            issue_term_rests_.emplace_back(words.begin() + 1, words.end());
          }
          max_issue_term_length_ = std::max(max_issue_term_length_, first.size());
          issue_terms_[first].push_back(ref);
        }
        ++issue_group_count_;
      }
    }
  }
}

const ActorEntry* Lexicon::actor_by_id(std::string_view id) const {
  auto it = actor_ids_.find(std::string(id));
  return it == actor_ids_.end() ? nullptr : &actors_[it->second];
}

const ActorEntry* Lexicon::find_name(const std::unordered_map<std::string, std::size_t>& map,
                                     std::string_view name) const {
  std::string key = normalize_lexicon_key(name);
  auto it = map.end();
  if (is_common_word(key)) {
    it = map.find(kExactPrefix + case_kept_key(name));
    // Written with periods ("u.s."), the word cannot be the pronoun: accept any case.
    if (it == map.end() && name.find('.') != std::string_view::npos) {
      it = map.find(kAbbreviationPrefix + key);
    }
  } else {
    it = map.find(key);
  }
  return it == map.end() ? nullptr : &actors_[it->second];
}

const ActorEntry* Lexicon::actor_by_name(std::string_view name) const {
  return find_name(actor_names_, name);
}

const ActorEntry* Lexicon::country_by_demonym(std::string_view word) const {
  return find_name(demonyms_, word);
}

const ActorEntry* Lexicon::country_by_capital(std::string_view name) const {
  return find_name(capitals_, name);
}

const ActorEntry* Lexicon::actor_by_institution(std::string_view name) const {
  return find_name(institutions_, name);
}

const RoleNoun* Lexicon::role_noun(std::string_view lemma) const {
  auto it = role_index_.find(normalize_lexicon_key(lemma));
  return it == role_index_.end() ? nullptr : &roles_[it->second];
}

bool Lexicon::is_stative(std::string_view lemma) const {
  return stative_.count(ascii_lower(lemma)) > 0;
}

std::vector<const ActionEntry*> Lexicon::actions_for_lemma(std::string_view lemma) const {
  std::vector<const ActionEntry*> out;
  auto it = action_index_.find(ascii_lower(lemma));
  if (it == action_index_.end()) return out;
  out.reserve(it->second.size());
  for (std::size_t i : it->second) out.push_back(&actions_[i]);
  return out;
}

const ActionClass* Lexicon::action_class(std::string_view id) const {
  auto it = class_index_.find(std::string(id));
  return it == class_index_.end() ? nullptr : &classes_[it->second];
}

const IssueEntry* Lexicon::match_issue(const std::vector<std::string>& lemmas) const {
  if (lemmas.empty() || issue_rules_.empty()) return nullptr;
  std::vector<std::string> lowered;
  lowered.reserve(lemmas.size());
  for (const auto& l : lemmas) lowered.push_back(normalize_lexicon_key(l));

  // Every term that matches a lemma is found by looking up that lemma's prefixes, so the cost
  // depends on the phrase, not on the number of issues.
  std::vector<char> satisfied(issue_group_count_, 0);
  std::string prefix;
  for (std::size_t p = 0; p < lowered.size(); ++p) {
    const std::string& lemma = lowered[p];
    const std::size_t longest = std::min(lemma.size(), max_issue_term_length_);
    for (std::size_t length = 1; length <= longest; ++length) {
      prefix.assign(lemma, 0, length);
      auto it = issue_terms_.find(prefix);
      if (it == issue_terms_.end()) continue;
      for (const IssueTermRef& ref : it->second) {
        if (satisfied[ref.group]) continue;
        if (ref.exact && length != lemma.size()) continue;
        if (ref.rest != kNoRest) {
          const auto& rest = issue_term_rests_[ref.rest];
          if (p + rest.size() >= lowered.size()) continue;
          bool all = true;
          for (std::size_t k = 0; k < rest.size() && all; ++k) {
            all = word_matches(rest[k], lowered[p + 1 + k]);
          }
          if (!all) continue;
        }
        satisfied[ref.group] = 1;
      }
    }
  }

  const IssueEntry* best = nullptr;
  std::size_t best_groups = 0;
  for (const IssueRuleRef& rule : issue_rules_) {
    bool all = true;
    for (std::size_t g = rule.first_group; g < rule.first_group + rule.group_count && all; ++g) {
      all = satisfied[g] != 0;
    }
    if (!all) continue;
    const IssueEntry& issue = issues_[rule.issue];
    // Strictly better only, so that file order decides remaining ties.
    if (best == nullptr || issue.priority > best->priority ||
        (issue.priority == best->priority && rule.group_count > best_groups)) {
      best = &issue;
      best_groups = rule.group_count;
    }
  }
  return best;
}

}  // namespace issuegraph
