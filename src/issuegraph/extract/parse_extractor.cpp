#include "issuegraph/extract/parse_extractor.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>

#include "issuegraph/extract/clause_rules.hpp"
#include "issuegraph/extract/confidence.hpp"
#include "issuegraph/extract/lexicon.hpp"
#include "issuegraph/extract/parse_repair.hpp"
#include "issuegraph/extract/quotation.hpp"
#include "issuegraph/text/casing.hpp"
#include "issuegraph/text/utf8.hpp"

namespace issuegraph::extract {
namespace {

// Relations under which a nominal can be an actor, a target or a possessor of an event.
bool may_hold_actor(const SentenceView& view, int t) {
  const std::string_view r = view.rel(t);
  return r == "nsubj" || r == "obj" || r == "iobj" || r == "obl" || r == "nmod" || r == "conj" ||
         r == "appos" || r == "root" || r == "dep" || r == "dislocated" || r == "vocative" ||
         (r == "compound" && view.upos(t) == "NOUN") ||  // "officials' warning" parsed as compound
         // "the U.S. decision", "the Russian invasion": whose act an issue is (find_target)
         (view.head(t) >= 0 && view.upos(view.head(t)) == "NOUN" &&
          ((r == "compound" && view.upos(t) == "PROPN") || (r == "amod" && view.upos(t) == "ADJ")));
}

std::vector<bool> actor_flags(const std::vector<std::optional<Mention>>& mentions) {
  std::vector<bool> flags(mentions.size());
  for (std::size_t t = 0; t < mentions.size(); ++t) flags[t] = mentions[t].has_value();
  return flags;
}

// "the generals", "the coalition" as the object of a verb: a party the story has in view.
bool definite_object(const SentenceView& view, int t) {
  const std::string_view r = view.rel(t);
  if ((r != "obj" && r != "iobj") || view.upos(t) != "NOUN") return false;
  const int det = view.child(t, "det");
  return det >= 0 && view.lower(det) == "the" && view.upos(view.head(t)) == "VERB";
}

// An actor nobody could resolve still needs an id: its own words without articles.
void name_unresolved_role(const SentenceView& view, Mention& m) {
  std::string label;
  for (int t = m.begin; t < m.end; ++t) {
    const std::string_view r = view.rel(t);
    if (r == "det" || r == "punct" || r == "case" || view.upos(t) == "PRON") continue;
    if (!label.empty()) label += ' ';
    // "MPs" keeps its capitals ("MP"), "officials" becomes "official".
    const std::string& form = view.token(t).form;
    const bool acronym = form.size() >= 2 && std::all_of(form.begin(), form.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || c == 's';
    }) && form[0] >= 'A' && form[0] <= 'Z' && form[1] >= 'A' && form[1] <= 'Z';
    if (t == m.head && acronym) {
      label += form.back() == 's' ? form.substr(0, form.size() - 1) : form;
    } else {
      label += t == m.head ? view.lemma(t) : view.lower(t);
    }
  }
  m.entity.id = entity_id(label);
  m.entity.label = label;
  if (!m.entity.label.empty()) {
    char& c = m.entity.label[0];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
}

// A sentence that is one quotation from its first word to its last.
bool is_whole_quote(const SentenceView& view) {
  const int n = view.size();
  if (n < 3 || !is_quote(view.token(0).form)) return false;
  return is_quote(view.token(n - 1).form) || is_quote(view.token(n - 2).form);
}

// Links and captions that scraped web pages leave in the text ("Read More: ...", "Also read:
// ...", "Related: ..."): they quote other articles' headlines, not this article's news.
bool is_page_chrome(const SentenceView& view) {
  const int n = view.size();
  auto word = [&](int t) { return t < n ? view.lower(t) : std::string(); };
  const std::string first = word(0);
  if ((first == "read" || first == "see") && (word(1) == "more" || word(1) == "also") && word(2) == ":") return true;
  if (first == "also" && (word(1) == "read" || word(1) == "see") && word(2) == ":") return true;
  return (first == "related" || first == "watch" || first == "recommended") && word(1) == ":";
}

bool ends_clause(const SentenceView& view, int t) {
  const std::string& w = view.lower(t);
  return w == "." || w == ";" || w == ":" || w == "while" || w == "but" || w == "because" ||
         w == "which" || w == "who" || w == "(" || w == ")";
}

// "issues such as A, B and C": the list items by their words, whatever the parse made of
// them. Each item is (head, tokens); the head is its last noun or name.
std::vector<std::pair<int, std::vector<int>>> list_items(const SentenceView& view, int marker) {
  std::vector<std::pair<int, std::vector<int>>> items;
  int t = marker + (view.lower(marker) == "such" ? 2 : 1);
  std::vector<int> current;
  auto flush = [&]() {
    int head = -1;
    for (int w : current) {
      if (view.upos(w) == "NOUN" || view.upos(w) == "PROPN") head = w;
    }
    if (head < 0 && !current.empty()) head = current.back();
    if (head >= 0) items.emplace_back(head, current);
    current.clear();
  };
  for (; t < view.size() && !ends_clause(view, t); ++t) {
    const std::string& w = view.lower(t);
    if (w == "," || w == "and" || w == "or") {
      flush();
      continue;
    }
    if (current.empty() && (view.upos(t) == "DET" || w == "as")) continue;
    current.push_back(t);
  }
  flush();
  return items;
}

// The words after a target that say what the action is about ("accuses Japan | of
// encircling Chinese interests"), read by position when the parse did not attach them.
std::vector<int> trailing_issue(const SentenceView& view, int start) {
  std::vector<int> words;
  if (start >= view.size()) return words;
  const std::string& m = view.lower(start);
  if (m != "of" && m != "over" && m != "about" && m != "for" && m != "on" && m != "regarding" &&
      m != "against")
    return words;
  for (int t = start + 1; t < view.size(); ++t) {
    if (ends_clause(view, t) || view.lower(t) == ",") break;
    words.push_back(t);
  }
  // "met her counterpart | on Monday": when, not what about.
  auto first = std::find_if(words.begin(), words.end(), [&](int w) { return view.upos(w) != "DET"; });
  if (first != words.end() && is_setting(view, *first)) words.clear();
  return words;
}

// A fallback issue label of one function word ("That", "Whereas") is a fragment of a misread
// clause, not something the action is about. (Verbs stay: their phrase text says more.)
bool names_nothing(const SentenceView& view, const std::vector<int>& phrase, const std::string& label) {
  if (label.find(' ') != std::string::npos || label.empty()) return false;
  std::string word = label;
  word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
  for (int t : phrase) {
    if (view.lower(t) != word && view.lemma(t) != word) continue;
    const std::string& u = view.upos(t);
    return u == "PRON" || u == "DET" || u == "SCONJ" || u == "CCONJ" || u == "ADP" || u == "PART" ||
           u == "AUX" || u == "ADV";
  }
  return false;
}

// A capitalised common word without a determiner, "Corker" in "Corker said": the tagger reads
// a sentence's first word by its lower-case dictionary entry ("a corker"), so a surname there
// can lose its name tag. The document decides whether it names a person.
bool may_be_surname(const SentenceView& view, int t) {
  const std::string& form = view.token(t).form;
  const std::string& u = view.upos(t);
  if (!starts_with_capital(form) || (u != "NOUN" && u != "ADJ" && u != "VERB")) return false;
  return !view.has_child(t, "det") && !view.has_child(t, "nmod:poss");
}

// The head of the phrase between a comma and speech verb p ("..., officials on both sides
// said"), when the words there form one phrase; else -1.
int attribution_before(const SentenceView& view, int p) {
  int comma = p - 1;
  while (comma >= 0 && p - comma <= 8 && view.lower(comma) != ",") --comma;
  if (comma < 0 || p - comma > 8 || comma + 1 >= p) return -1;
  int head = -1;
  for (int t = comma + 1; t < p; ++t) {
    if (view.head(t) > comma && view.head(t) < p) continue;
    if (head < 0 && view.rel(t) == "cc") continue;  // "..., and the interior ministry said
    // A prepositional phrase after the head belongs to it whatever the parse made of it
    // ("officials | on both sides").
    if (head >= 0 && !view.has_child(t, "case")) return -1;  // two phrases
    if (head < 0) head = t;
  }
  return head >= 0 && view.is_nominal(head) ? head : -1;
}

// True when word p is inside an adverbial clause ("before the board meets", "when ...").
bool in_adverbial_clause(const SentenceView& view, int p) {
  for (int q = p; q >= 0; q = view.head(q)) {
    if (view.rel(q) == "advcl") return true;
  }
  return false;
}

// True when clause p is asserted by the sentence: the main clause, a clause joined to it or
// reported by it, not a relative, adverbial or infinitive clause. Another reading may give a
// predicate a subject, but in an embedded clause that subject is most often the wrong one.
bool asserted_clause(const SentenceView& view, int p) {
  while (view.head(p) >= 0) {
    const std::string_view rel = view.rel(p);
    if (rel != "conj" && rel != "parataxis" && rel != "ccomp") return false;
    p = view.head(p);
  }
  return true;
}

// True when a predicate that gave nothing is worth reading in another parse: a verb of saying
// whose clause the parse made a clause (not a modifier or a controlled infinitive). Measured on
// 4,000 bench documents, such verbs find their triple in another reading about one time in five
// and other predicates about one time in twenty, while each reading costs a parse.
bool worth_rereading(const SentenceView& view, const ActionMatch& match) {
  if (match.fallback || !match.speech) return false;
  const std::string_view rel = view.rel(match.head);
  // "after the mayor said so": "so" after the verb is its content ("so we expect" is not).
  for (int c : view.children(match.head)) {
    if (c > match.head && view.lower(c) == "so" && view.rel(c) == "advmod") return false;
  }
  if (rel == "acl" || rel == "advcl") {
    const int subject = view.child(match.head, "nsubj");
    return subject >= 0 && !(view.upos(subject) == "PRON" && is_relative_pronoun(view.lemma(subject)));
  }
  return rel == "root" || rel == "conj" || rel == "ccomp" || rel == "parataxis" || rel == "csubj";
}

int phrase_head(const SentenceView& view, const std::vector<int>& words) {
  // The word whose head lies outside the phrase; the first one when several do.
  for (int w : words) {
    const int h = view.head(w);
    if (h < words.front() || h > words.back()) return w;
  }
  return words.empty() ? -1 : words.front();
}

// The lexicon's plain verbs of saying ("say", "warn"; not "raise" of "raise concern"): the
// parse repairs move a content clause to them.
ReportingVerbTest verbs_of_saying(const Lexicon& lexicon) {
  std::unordered_set<std::string> lemmas;
  for (const ActionEntry& entry : lexicon.actions()) {
    if (entry.speech && entry.pos == "verb" && entry.object.empty()) lemmas.insert(entry.lemma);
  }
  return [lemmas = std::move(lemmas)](std::string_view lemma) { return lemmas.contains(std::string(lemma)); };
}

}  // namespace

ParseExtractor::ParseExtractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options)
    : lexicon_(std::move(lexicon)),
      options_(options),
      confidence_(options_.confidence ? options_.confidence
                                      : std::make_shared<const ConfidenceModel>(ConfidenceModel::prior())),
      mention_finder_(*lexicon_),
      predicate_finder_(*lexicon_),
      reports_content_(verbs_of_saying(*lexicon_)),
      issue_normalizer_(*lexicon_),
      pattern_extractor_(lexicon_, options) {}

std::vector<Triple> ParseExtractor::extract(const Document& doc, const std::vector<Sentence>& sentences,
                                            const OtherReadings& other_readings) const {
  std::vector<Triple> out;
  DocumentEntities entities;
  std::optional<SentenceView> open_quote;
  // Sentences of a quotation that is still open ('"We have ... . Our patience has run out," she
  // said'): their "we" is the speaker named where the quotation closes.
  std::vector<std::pair<SentenceView, Mentions>> quoted;
  // The last sentence that closed a quotation with its speaker ('"...," Aravena said.'), its
  // speech verb and speaker: a whole quotation right after it continues that speaker's words.
  struct Attribution {
    SentenceView view;
    int predicate;
    Mention speaker;
  };
  std::optional<Attribution> attribution;
  std::deque<Sentence> repaired;  // a deque, so that views of earlier sentences stay valid
  for (const Sentence& parsed : sentences) {
    std::optional<Sentence> fixed = repair_parse(parsed, reports_content_);
    if (fixed) repaired.push_back(std::move(*fixed));
    const Sentence& sentence = fixed ? repaired.back() : parsed;
    const SentenceView view(doc, sentence);
    if (view.size() == 0 || is_page_chrome(view)) continue;
    if (!view.parsed()) {
      pattern_extractor_.extract_sentence(view, out);
      open_quote.reset();
      quoted.clear();
      continue;
    }
    const Mentions mentions = find_mentions(view, entities);
    const std::size_t before = out.size();
    const SentenceView* quote = open_quote ? &*open_quote : nullptr;
    const std::vector<int> fruitless = clause_triples(view, mentions, quote, out);
    if (other_readings && !fruitless.empty()) {
      reread(doc, other_readings(sentence, fruitless), entities, quote, fruitless, before, out);
    }
    const bool continues = attribution && attribution->view.sentence().index + 1 == sentence.index;
    if (out.size() == before && is_whole_quote(view) && continues) {
      continued_quotation(view, mentions, attribution->view, attribution->predicate, attribution->speaker, out);
    }
    attribution.reset();
    int predicate = -1;
    if (quote_marks(view) > 0) {
      if (const Mention* speaker = closing_speaker(view, mentions, &predicate)) {
        attribution.emplace(Attribution{view, predicate, *speaker});
      }
    }
    if (out.size() == before && is_whole_quote(view)) {
      open_quote.emplace(doc, sentence);
    } else {
      open_quote.reset();
    }
    const int marks = quote_marks(view);
    if (!quoted.empty() && marks % 2 == 1) {
      // The quotation closes here: its speaker speaks for the sentences before.
      if (const Mention* speaker = closing_speaker(view, mentions)) {
        std::vector<Triple> earlier;
        for (auto& [quote_view, quote_mentions] : quoted) first_person_triples(quote_view, quote_mentions, *speaker, earlier);
        out.insert(out.begin() + static_cast<std::ptrdiff_t>(before), earlier.begin(), earlier.end());
      }
      quoted.clear();
    } else if (!quoted.empty() || (marks % 2 == 1 && is_quote(view.token(0).form))) {
      quoted.emplace_back(view, mentions);
      if (quoted.size() > 4) quoted.clear();  // an unbalanced quotation mark, not a long quote
    }
  }
  link_early_surnames(out);
  std::erase_if(out, [&](const Triple& t) { return t.confidence < options_.min_confidence; });
  return out;
}

void ParseExtractor::link_early_surnames(std::vector<Triple>& triples) {
  // A headline often names a person by surname before the text introduces the full name
  // ("Jarre joins ..." then "Jean-Michel Jarre said"): a one-word id that is the last word of
  // exactly one person named in full in the same document becomes that person.
  std::vector<const EntityRef*> people;
  for (const Triple& t : triples) {
    for (const EntityRef* e : {&t.actor, t.target ? &*t.target : nullptr}) {
      if (e != nullptr && e->type == "person" && e->id.find('_') != std::string::npos) people.push_back(e);
    }
  }
  auto full_person = [&](const std::string& id) -> const EntityRef* {
    const EntityRef* found = nullptr;
    for (const EntityRef* p : people) {
      const std::size_t at = p->id.rfind('_');
      if (p->id.compare(at + 1, std::string::npos, id) != 0) continue;
      if (found != nullptr && found->id != p->id) return nullptr;
      found = p;
    }
    return found;
  };
  std::vector<std::pair<std::string, EntityRef>> renames;
  for (const Triple& t : triples) {
    for (const EntityRef* e : {&t.actor, t.target ? &*t.target : nullptr}) {
      if (e == nullptr || e->id.find('_') != std::string::npos || e->type == "country") continue;
      if (const EntityRef* p = full_person(e->id)) renames.emplace_back(e->id, *p);
    }
  }
  if (renames.empty()) return;
  for (Triple& t : triples) {
    for (EntityRef* e : {&t.actor, t.target ? &*t.target : nullptr}) {
      if (e == nullptr) continue;
      for (const auto& [from, to] : renames) {
        if (e->id != from) continue;
        e->id = to.id;
        e->label = to.label;
        e->type = to.type;
        break;
      }
    }
  }
}

bool ParseExtractor::speaks_next(const SentenceView& view, int t) const {
  // The phrase headed by t is set off by a comma right before a speech verb.
  int p = t + 1;
  while (p < view.size() && p - t <= 8 && view.upos(p) != "VERB") ++p;
  if (p >= view.size() || attribution_before(view, p) != t) return false;
  const auto match = predicate_finder_.find(view, p, false);
  return match && match->speech && !match->nominal;
}

bool ParseExtractor::party_of_dealings(const SentenceView& view, int t) const {
  // "reached an agreement with its bondholders", "held talks with the unions", "negotiating
  // with the lenders": the other side of dealings, named by a with- or between-phrase of an
  // action or of its object. Not a group described by a clause of its own ("with other banks
  // standing to lose") or a quantified one ("any organization").
  const std::string_view r = view.rel(t);
  const std::string_view m = view.marker(t);
  if ((r != "nmod" && r != "obl") || (m != "with" && m != "between") || view.upos(t) != "NOUN") return false;
  for (int c : view.children(t)) {
    if (view.rel(c) == "acl" || view.rel(c) == "advcl") return false;
    if (view.rel(c) == "det" && (view.lower(c) == "any" || view.lower(c) == "no" || view.lower(c) == "every")) return false;
  }
  int verb = view.head(t);
  if (verb >= 0 && r == "nmod") verb = view.rel(verb) == "obj" ? view.head(verb) : -1;
  return verb >= 0 && view.upos(verb) == "VERB" && predicate_finder_.find(view, verb, false).has_value();
}

bool ParseExtractor::bare_role_acts(const SentenceView& view, int t, const Mention& role) const {
  // A bare role noun outside subject position is more often a thing ("exchanges"), unless it is
  // the definite object of an action: "accused the coalition of", "urged the generals".
  if (view.rel(t) == "nsubj" || view.deprel(t) == "obl:agent" || definite_object(view, t)) return true;
  const int h = view.head(t);
  if (h >= 0 && view.rel(h) == "nsubj" && of_quantity(view, h) == t) return true;  // "some of the officials"
  // "..., killing six people, officials on both sides said": a role coordinated into a subject.
  if (view.rel(t) == "conj" && h >= 0 && view.rel(h) == "nsubj") return true;
  // "met with nine Republican senators", "expelled two diplomats": a counted group.
  if (view.has_child(t, "nummod")) return true;
  if (party_of_dealings(view, t)) return true;
  if (h >= 0) {
    for (int c : view.children(h)) {
      if (c <= t) continue;
      // "urged protesters to remain calm": the role asked to act is a party.
      const bool infinitive = view.rel(c) == "xcomp" || (view.rel(c) == "advcl" && view.marker(c) == "to");
      if (infinitive && controlled_by_object(view, h, c)) return true;
    }
    // ... or with the to-clause hung on the role itself, by a verb that urges.
    const bool asked = std::any_of(view.children(t).begin(), view.children(t).end(), [&](int c) {
      return view.rel(c) == "acl" && view.marker(c) == "to" && view.upos(c) == "VERB";
    });
    if (asked && (view.rel(t) == "obj" || (view.rel(t) == "obl" && view.marker(t) == "on"))) {
      const auto match = predicate_finder_.find(view, h, false);
      if (match && match->urges) return true;
    }
    // "appealed to residents for calm": the phrase of an urging verb's particle is the one asked
    // (not "pushed for more exchanges": what is asked for).
    if (view.rel(t) == "obl" && (view.marker(t) == "to" || view.marker(t) == "with")) {
      const auto match = predicate_finder_.find(view, h, false);
      if (match && match->urges && match->particle_phrase == t) return true;
    }
  }
  // "accused border guards of building ...", "criticised farmers for burning ...": the one
  // accused of an act is a party, wherever the parse hung the complement.
  auto of_act = [&](int c) {
    return c > t && (view.rel(c) == "acl" || view.rel(c) == "advcl") &&
           (view.marker(c) == "of" || view.marker(c) == "for") && view.upos(c) == "VERB";
  };
  // "criticised countries that have restricted travel", "arrested activists collecting
  // signatures": a role whose own act a clause describes.
  auto acting = [&](int c) {
    return c > t && view.upos(c) == "VERB" &&
           (view.deprel(c) == "acl:relcl" || (view.deprel(c) == "acl" && view.xpos(c) == "VBG"));
  };
  if (view.rel(t) == "obj" && std::any_of(view.children(t).begin(), view.children(t).end(), acting)) {
    const auto judged = predicate_finder_.find(view, h, false);
    if (judged && judges_party(judged->action.action_class)) return true;
  }
  // "criticised officials over ...", "visited wounded soldiers", "arrested protesters": people
  // (not "exchanges", not "banks") whom the act judges, meets or visits are a party. Not those
  // supported, protected or barred ("protect farmers", "barred inspectors from the plant"):
  // those are what the act is about.
  if (view.rel(t) == "obj" && role.plural && role.entity.type != "organization") {
    const auto met = predicate_finder_.find(view, h, false);
    const std::string_view kind = met ? std::string_view(met->action.action_class) : std::string_view();
    const bool judged = judges_party(kind) && kind != "support" && kind != "defend" && kind != "sanction";
    if (met && (judged || kind == "meet" || kind == "visit")) return true;
  }
  // "opened fire on protesters", "imposed sanctions on officials", "issued warrants for
  // activists": people a measure or an attack is aimed at.
  const std::string_view aim = view.marker(t);
  if ((view.rel(t) == "obl" || view.rel(t) == "nmod") && (aim == "on" || aim == "against" || aim == "for") &&
      role.plural && role.entity.type != "organization") {
    const int verb = view.rel(t) == "nmod" && h >= 0 && view.rel(h) == "obj" ? view.head(h) : h;
    const auto aimed = verb >= 0 ? predicate_finder_.find(view, verb, false) : std::nullopt;
    const std::string_view kind = aimed ? std::string_view(aimed->action.action_class) : std::string_view();
    // Not "blamed the loss on currency movements": what is blamed on is a cause.
    if (kind == "arrest" || (aim != "for" && (kind == "attack" || kind == "repress" || kind == "sanction"))) return true;
  }
  if (view.rel(t) == "obj" && (std::any_of(view.children(t).begin(), view.children(t).end(), of_act) ||
                               std::any_of(view.children(h).begin(), view.children(h).end(), of_act))) {
    return true;
  }
  return speaks_next(view, t);
}

bool ParseExtractor::resolve_cataphora(const SentenceView& view, int t, const DocumentEntities& entities,
                                       std::size_t sentence, Mention& pronoun) const {
  // "At the end of his talks with Duarte, Berg said ...": a possessive in a phrase that
  // opens the sentence names the subject that follows it, not someone of an earlier sentence.
  if (view.xpos(t) != "PRP$") return false;
  int root = t;
  while (view.head(root) >= 0) root = view.head(root);
  const int subject = view.child(root, "nsubj");
  if (subject <= t) return false;
  for (int a = view.head(t); a >= 0 && a != root; a = view.head(a)) {
    if (a == subject || (view.rel(a) != "obl" && view.rel(a) != "nmod" && view.rel(a) != "advcl")) return false;
  }
  std::optional<Mention> named = mention_finder_.find(view, subject);
  if (!named || named->kind == MentionKind::kPronoun) return false;
  if (!named->resolved() && !entities.resolve(*named, sentence)) return false;
  const bool genders_differ = !named->gender.empty() && !pronoun.gender.empty() && named->gender != pronoun.gender;
  if (named->entity.type != "person" || genders_differ) return false;
  const std::string words = pronoun.entity.mention;
  pronoun.entity = named->entity;
  pronoun.entity.mention = words;
  return true;
}

namespace {

// The entity of the subject of the clause whose object pronoun or definite role t is ("Wanjiru
// accused him": Wanjiru; "rights groups accused the group": the rights groups), which the
// object cannot mean; empty when t is no such object. Reflexives ("accused herself") do mean
// it, and possessives ("accused his rival") may.
std::string_view clause_subject_id(const SentenceView& view, int t,
                                   const std::vector<std::optional<Mention>>& mentions) {
  const std::string_view r = view.rel(t);
  const bool definite = view.upos(t) == "NOUN" && view.has_child(t, "det") && view.lemma(view.child(t, "det")) == "the";
  if ((view.upos(t) != "PRON" && !definite) || (r != "obj" && r != "iobj") || view.lower(t).ends_with("self") ||
      view.lower(t).ends_with("selves")) {
    return {};
  }
  const int verb = view.head(t);
  const int subject = verb >= 0 ? view.child(verb, "nsubj") : -1;
  if (subject < 0 || subject > t || !mentions[static_cast<std::size_t>(subject)]) return {};
  return mentions[static_cast<std::size_t>(subject)]->entity.id;
}

}  // namespace

bool ParseExtractor::speech_subject(const SentenceView& view, int t) const {
  const int verb = view.head(t);
  // Not "the envoy was told": the one told listens.
  if (view.deprel(t) != "nsubj" || verb < 0 || view.upos(verb) != "VERB") return false;
  // "Ruiz told a radio station she hoped ...": the subject of the clause the pronoun's clause completes
  // is nearer.
  const int above = view.head(verb);
  const std::string_view r = view.rel(verb);
  if (view.upos(t) == "PRON" && above >= 0 && (r == "ccomp" || r == "xcomp" || r == "conj" || r == "advcl")) {
    const int subject = view.child(above, "nsubj");
    if (subject >= 0 && view.upos(subject) != "PRON") return false;
  }
  const auto entries = lexicon_->actions_for_lemma(view.lemma(verb));
  return std::any_of(entries.begin(), entries.end(), [](const ActionEntry* e) {
    return e->speech && e->pos == "verb" && e->object.empty() && e->particle.empty();
  });
}

ParseExtractor::Mentions ParseExtractor::find_mentions(const SentenceView& view,
                                                       DocumentEntities& entities) const {
  Mentions mentions(static_cast<std::size_t>(view.size()));
  const std::size_t sentence = view.sentence().index;
  for (int t = 0; t < view.size(); ++t) {
    if (!may_hold_actor(view, t)) continue;
    std::optional<Mention> m = mention_finder_.find(view, t);
    if (!m && may_be_surname(view, t) &&
        (entities.knows_surname(view.lower(t)) || mention_finder_.person_by_surname(view.lower(t)) != nullptr)) {
      m = mention_finder_.surname_at(view, t);
    }
    if (!m) continue;
    // An object "it" after a clause about a thing means that thing, not an actor.
    if (m->kind == MentionKind::kPronoun && view.lower(t) == "it" && view.rel(t) == "obj" &&
        earlier_subject_thing(view, t, actor_flags(mentions)) >= 0) {
      continue;
    }
    m->speaks = speech_subject(view, t);
    const bool cataphoric = m->kind == MentionKind::kPronoun && resolve_cataphora(view, t, entities, sentence, *m);
    if (!cataphoric && !entities.resolve(*m, sentence, clause_subject_id(view, t, mentions))) {
      if (m->kind == MentionKind::kPronoun || !bare_role_acts(view, t, *m)) continue;
      name_unresolved_role(view, *m);
      if (m->entity.id.empty()) continue;
    }
    const bool subject = view.rel(t) == "nsubj" ||
                         (view.rel(t) == "conj" && view.head(t) >= 0 && view.rel(view.head(t)) == "nsubj");
    // "the Russian invasion": a country named only as whose act something is is no antecedent.
    if (view.rel(t) != "amod") entities.add(*m, sentence, subject);
    mentions[static_cast<std::size_t>(t)] = std::move(m);
  }
  resolve_first_person(view, mentions);
  return mentions;
}

bool ParseExtractor::light_object_of_verb(const SentenceView& view,
                                          const std::vector<std::optional<ActionMatch>>& matches, int noun) {
  // "voiced her concern about X", "set off on a visit to Chile": the verb's predicate
  // already reports the noun's event.
  // "shared Australia's concerns" still says whose concern it was.
  const int verb = view.head(noun);
  if (verb < 0 || view.upos(verb) != "VERB") return false;
  const int possessor = view.child(noun, "nmod:poss");
  if (possessor >= 0 && view.upos(possessor) != "PRON") return false;
  const std::optional<ActionMatch>& governing = matches[static_cast<std::size_t>(verb)];
  return governing && (governing->object == noun || governing->particle_phrase == noun);
}

void ParseExtractor::reread(const Document& doc, std::vector<Sentence> readings, const DocumentEntities& known,
                            const SentenceView* open_quote, std::vector<int> fruitless, std::size_t first,
                            std::vector<Triple>& out) const {
  const std::size_t found = out.size();
  for (Sentence& other : readings) {
    if (fruitless.empty()) break;
    std::optional<Sentence> fixed = repair_parse(other, reports_content_);
    const Sentence& reading = fixed ? *fixed : other;
    const SentenceView view(doc, reading);
    // The document's entities stay as the first reading left them: this one only adds triples.
    DocumentEntities entities = known;
    const Mentions mentions = find_mentions(view, entities);
    const std::vector<std::optional<ActionMatch>> matches = predicate_matches(view, mentions);
    std::erase_if(fruitless, [&](int p) {
      const std::optional<ActionMatch>& match = matches[static_cast<std::size_t>(p)];
      if (!match || match->nominal || match->fallback || !asserted_clause(view, p)) return false;
      const std::size_t before = out.size();
      predicate_triples(view, mentions, *match, open_quote, out);
      return out.size() > before;
    });
  }
  if (out.size() > found) keep_distinct(out, first);
}

std::vector<std::optional<ActionMatch>> ParseExtractor::predicate_matches(const SentenceView& view,
                                                                          const Mentions& mentions) const {
  std::vector<std::optional<ActionMatch>> matches(static_cast<std::size_t>(view.size()));
  // A headline in capitals ("UNIT ISSUES STERLING EUROBOND") is tagged too poorly to take a
  // verb no entry lists on the tagger's word.
  const bool unlisted = options_.unlisted_actions && sentence_casing(view.sentence()) != SentenceCasing::kCapitals;
  for (int p = 0; p < view.size(); ++p) {
    const std::string& upos = view.upos(p);
    if (upos != "VERB" && upos != "ADJ" && upos != "NOUN") continue;
    // Nouns that head actor mentions ("officials") are not events.
    if (upos == "NOUN" && mentions[static_cast<std::size_t>(p)].has_value()) continue;
    matches[static_cast<std::size_t>(p)] = predicate_finder_.find(view, p, unlisted);
  }
  return matches;
}

void ParseExtractor::keep_distinct(std::vector<Triple>& out, std::size_t first) {
  // One triple per (actor, action, issue, target) even when two rules found it.
  std::set<std::tuple<std::string, std::string, std::string, std::string>> seen;
  std::vector<Triple> unique;
  for (std::size_t k = first; k < out.size(); ++k) {
    Triple& t = out[k];
    auto key = std::make_tuple(t.actor.id, t.action.text, t.issue ? t.issue->text : std::string(),
                               t.target ? t.target->id : std::string());
    if (seen.insert(key).second) unique.push_back(std::move(t));
  }
  out.resize(first);
  for (Triple& t : unique) out.push_back(std::move(t));
  drop_restated_first_person(out, first);
}

void ParseExtractor::drop_restated_first_person(std::vector<Triple>& out, std::size_t first) {
  // '"We want factories here," she said': her statement already says what her "we want" says;
  // a first-person statement whose words lie inside the speaker's own statement is not repeated.
  // First-person acts of another class ("We will build the pipeline") stay beside it.
  auto first_person = [](const Triple& t) {
    const std::string& m = t.actor.mention;
    return m == "We" || m == "we" || m == "I";
  };
  auto restates = [&](const Triple& t) {
    if (!first_person(t) || t.action.action_class != "make_statement" || !t.issue) return false;
    for (std::size_t k = first; k < out.size(); ++k) {
      const Triple& o = out[k];
      if (&o == &t || first_person(o) || o.actor.id != t.actor.id || o.action.action_class != "make_statement") continue;
      if (o.issue && o.issue->text.find(t.issue->text) != std::string::npos) return true;
    }
    return false;
  };
  std::vector<bool> drop(out.size(), false);
  for (std::size_t k = first; k < out.size(); ++k) drop[k] = restates(out[k]);
  std::size_t kept = first;
  for (std::size_t k = first; k < out.size(); ++k) {
    if (drop[k]) continue;
    if (kept != k) out[kept] = std::move(out[k]);
    ++kept;
  }
  out.resize(kept);
}

std::vector<int> ParseExtractor::clause_triples(const SentenceView& view, const Mentions& mentions,
                                                const SentenceView* open_quote, std::vector<Triple>& out) const {
  const std::size_t first = out.size();
  std::vector<int> fruitless;
  // Every word's predicate first: a noun's event may be its verb's light object.
  const std::vector<std::optional<ActionMatch>> matches = predicate_matches(view, mentions);
  for (int p = 0; p < view.size(); ++p) {
    const std::optional<ActionMatch>& match = matches[static_cast<std::size_t>(p)];
    if (!match) continue;
    if (match->nominal) {
      if (!light_object_of_verb(view, matches, p)) nominal_triples(view, mentions, *match, out);
      continue;
    }
    const std::size_t before = out.size();
    predicate_triples(view, mentions, *match, open_quote, out);
    if (out.size() == before && worth_rereading(view, *match)) fruitless.push_back(p);
  }
  attributed_triples(view, mentions, out);
  keep_distinct(out, first);
  return fruitless;
}

Triple ParseExtractor::make_triple(const SentenceView& view, const Mention& actor,
                                   const ActionMatch& match) const {
  Triple t = start_triple(view, actor.entity);
  t.action = match.action;
  return t;
}

namespace {

// The name beside a common noun no lexicon knows as an actor ("Myanmar's shadow National Unity
// Government (NUG) called ..."), or null.
const Mention* named_in_apposition(const SentenceView& view, const std::vector<std::optional<Mention>>& mentions,
                                   int t) {
  if (view.upos(t) != "NOUN") return nullptr;
  for (int c : view.children(t)) {
    if (view.rel(c) == "appos" && view.upos(c) == "PROPN" && mentions[static_cast<std::size_t>(c)])
      return &*mentions[static_cast<std::size_t>(c)];
  }
  return nullptr;
}

// "Amnesty International and Human Rights Watch condemned ...": when the parse split a known
// name, the "and" before it hangs on a word inside it; the name before the "and" acts too.

const Mention* joined_before(const SentenceView& view, const std::vector<std::optional<Mention>>& mentions,
                             const Mention& m) {
  // Only known names: "Marlow and Partners Ltd" is one unknown name, not two parties.
  if (m.kind != MentionKind::kLexiconName || m.end - m.begin < 2) return nullptr;
  for (int k = m.begin; k < m.end; ++k) {
    const int h = view.head(k);
    if (view.rel(k) != "conj" || h < 0 || h >= m.begin) continue;
    for (int t = h; t >= 0 && t >= h - 4; --t) {
      const auto& other = mentions[static_cast<std::size_t>(t)];
      if (other && other->begin <= h && h < other->end && other->entity.id != m.entity.id) return &*other;
    }
  }
  return nullptr;
}

}  // namespace

std::vector<const Mention*> ParseExtractor::find_actors(const SentenceView& view, const Mentions& mentions,
                                                        const ActionMatch& match, SubjectInfo& subject) const {
  const int p = match.head;
  std::vector<const Mention*> actors;
  for (int a : subject.actors) {
    if (const auto& m = mentions[static_cast<std::size_t>(a)]) {
      actors.push_back(&*m);
    } else if (const Mention* named = named_in_apposition(view, mentions, a); named && !names_an_act(view, a)) {
      actors.push_back(named);  // not "The agreement by the ATPC (...)"
    }
  }
  if (actors.size() == 1) {
    if (const Mention* other = joined_before(view, mentions, *actors[0])) actors.insert(actors.begin(), other);
  }
  if (match.speech) {
    // "..., killing four people, officials on both sides said": the phrase set off by a comma
    // right before a speech verb is its speaker, however the parse joined it.
    // A list item after a comma ("Niger, Mali and Burkina Faso announced") stays in its list.
    const int speaker = attribution_before(view, p);
    const bool listed =
        speaker >= 0 && std::find(subject.actors.begin(), subject.actors.end(), speaker) != subject.actors.end();
    if (speaker >= 0 && mentions[static_cast<std::size_t>(speaker)] && !listed &&
        subject.actors != conjuncts(view, speaker)) {
      subject = SubjectInfo{conjuncts(view, speaker), -1, 0};
      actors.clear();
      for (int a : subject.actors) {
        if (const auto& m = mentions[static_cast<std::size_t>(a)]) actors.push_back(&*m);
      }
    }
  }
  if (actors.empty() && subject.passive_subject >= 0 && match.stative) {
    // "The administration is concerned about ...": a state, not a passive event.
    for (int a : conjuncts(view, subject.passive_subject)) {
      if (const auto& m = mentions[static_cast<std::size_t>(a)]) actors.push_back(&*m);
    }
  }
  if (actors.empty() && subject.passive_subject >= 0 && match.speech) {
    // "During talks with X, Y was told ...": the party of the framing meeting spoke.
    for (int c : view.children(p)) {
      if (view.rel(c) != "obl" && view.rel(c) != "advcl") continue;
      for (int g : view.children(c)) {
        if (view.rel(g) == "nmod" && view.marker(g) == "with" && mentions[static_cast<std::size_t>(g)]) {
          actors.push_back(&*mentions[static_cast<std::size_t>(g)]);
          break;
        }
      }
      if (!actors.empty()) break;
    }
  }
  if (actors.empty() && match.speech && subject.passive_subject < 0) {
    // "..., according to the Peruvian side": the source of a statement is its speaker. Not of a
    // passive: in "would be sworn in, according to officials" the source did nothing.
    for (int c : view.children(p)) {
      if (view.rel(c) == "obl" && view.marker(c) == "accord" && mentions[static_cast<std::size_t>(c)]) {
        actors.push_back(&*mentions[static_cast<std::size_t>(c)]);
      }
    }
  }
  if (actors.empty() && match.speech && reports_preceding_clause(view, p) && p > 0 &&
      (view.lower(p - 1) == "," || view.lower(p - 1) == "\"" || view.lower(p - 1) == "”")) {
    // '"...," said Maria Lopez, an analyst': an inverted speaker parses as the object. Only a
    // finite verb inverts, and never before an object pronoun ("..., accusing her of ...").
    const int obj = view.child(p, "obj");
    const std::string& x = view.xpos(p);
    const bool finite = x == "VBD" || x == "VBZ" || x == "VBP";
    const bool object_pronoun = obj >= 0 && view.upos(obj) == "PRON";
    if (obj > p && finite && !object_pronoun && mentions[static_cast<std::size_t>(obj)])
      actors.push_back(&*mentions[static_cast<std::size_t>(obj)]);
  }
  return actors;
}

bool ParseExtractor::adds_nothing(const SentenceView& view, const ActionMatch& match,
                                          const SubjectInfo& subject) const {
  const int p = match.head;
  if ((view.rel(p) == "xcomp" || is_gerund_complement(view, p)) && subject.depth > 0 && !subject.raised) {
    // "hopes to stress X", "does not intend to confront Y": the governing action reports the
    // clause as its issue; a second triple would only repeat it.
    const int governor = view.head(p);
    if (const auto gov = predicate_finder_.find(view, governor, false); gov && !gov->stative) return true;
  }
  if (subject.raised) {
    // "shareholders will be asked to approve ...": what someone was urged to do has not happened.
    if (const auto gov = predicate_finder_.find(view, view.head(p), false); gov && gov->urges) return true;
  }
  // A verb no entry lists is kept only with its own subject or by-agent: a subject inherited
  // through clauses ("began laying", "said ... and laid") misreads it too often.
  if (match.fallback && subject.depth > 0) return true;
  if (view.rel(p) == "ccomp" && view.head(p) >= 0) {
    // "demanded that the government withdraw the bill": what is demanded has not happened.
    if (const auto gov = predicate_finder_.find(view, view.head(p), false); gov && gov->urges) return true;
  }
  return false;
}

bool ParseExtractor::quotation_triples(const SentenceView& view, const ActionMatch& match,
                                       const std::vector<const Mention*>& actors, const SentenceView& open_quote,
                                       std::vector<Triple>& out) const {
  // '"...." He said.' / 'Wang said.': the speaker of the previous sentence's quotation.
  int root = -1;
  for (int t = 0; t < open_quote.size() && root < 0; ++t) {
    if (open_quote.head(t) < 0) root = t;
  }
  if (root < 0) return false;
  for (const Mention* actor : actors) {
    Triple t = make_triple(open_quote, *actor, match);
    bool from_lexicon = false;
    t.issue = issue_normalizer_.normalize(open_quote, root, issue_phrase_tokens(open_quote, root), from_lexicon);
    ConfidenceFeatures f = reported_speech_features(view, match.head, actor->kind, from_lexicon);
    f.quoted_sentence = true;  // the quotation is in the sentence before
    assign_confidence(t, f, *confidence_, options_.explain);
    out.push_back(std::move(t));
  }
  return true;
}

bool ParseExtractor::names_an_act(const SentenceView& view, int noun) const {
  // Decisions and stances are acts too, though no action class lists them.
  static constexpr std::string_view kDecisions[] = {
      "decision", "move", "plan", "policy", "proposal", "position", "initiative", "bid", "stance",
      "response", "action", "approach", "step", "invasion", "occupation", "offensive", "annexation",
      "intervention", "withdrawal", "aggression", "crackdown", "blockade", "incursion", "buildup"};
  return std::find(std::begin(kDecisions), std::end(kDecisions), view.lemma(noun)) != std::end(kDecisions) ||
         predicate_finder_.find(view, noun, false).has_value();
}

namespace {

// "voted to open proceedings against the president", "agreed to impose sanctions on Iran": the
// one a clause's measure is aimed at.
template <typename OtherParty>
const Mention* aimed_at_by_clause(const SentenceView& view, int clause, const OtherParty& other_party) {
  if (view.upos(clause) != "VERB") return nullptr;
  auto aimed = [&](int phrase) {
    const std::string_view marker = view.marker(phrase);
    return (view.rel(phrase) == "nmod" || view.rel(phrase) == "obl") && (marker == "against" || marker == "on");
  };
  for (int c : view.children(clause)) {
    if (aimed(c)) {
      if (const Mention* m = other_party(c)) return m;
    }
    if (view.rel(c) != "obj") continue;
    for (int g : view.children(c)) {
      if (!aimed(g)) continue;
      if (const Mention* m = other_party(g)) return m;
    }
  }
  return nullptr;
}

}  // namespace

const Mention* ParseExtractor::find_target(const SentenceView& view, const Mentions& mentions,
                                           const ActionMatch& match,
                                           const ClauseArguments& args,
                                           const std::vector<const Mention*>& actors) const {
  const Mention* target = nullptr;
  for (int t : args.targets) {
    const Mention& m = *mentions[static_cast<std::size_t>(t)];
    if (std::none_of(actors.begin(), actors.end(), [&](const Mention* a) { return a->entity.id == m.entity.id; })) {
      target = &m;
      break;
    }
  }
  if (target != nullptr || args.source == IssueSource::kSpeech) return target;
  auto other_party = [&](int t) -> const Mention* {
    if (t < 0 || !mentions[static_cast<std::size_t>(t)]) return nullptr;
    const Mention& m = *mentions[static_cast<std::size_t>(t)];
    const bool acts =
        std::any_of(actors.begin(), actors.end(), [&](const Mention* a) { return a->entity.id == m.entity.id; });
    return acts ? nullptr : &m;
  };
  // The party in a to/for/from phrase hung on `phrase` ("aid | to Ukraine").
  auto recipient_of = [&](int phrase) -> const Mention* {
    for (int c : view.children(phrase)) {
      const std::string_view marker = view.marker(c);
      if (view.rel(c) == "nmod" && (marker == "to" || marker == "for" || marker == "from")) {
        if (const Mention* m = other_party(c)) return m;
      }
    }
    return nullptr;
  };
  for (int head : args.issues) {
    // "raised concerns about China's support for Russia", "called for Djalo's release": the one
    // whose act or fate the issue is; "welcomed the decision by Togo": the one who decided.
    if (const Mention* m = other_party(view.child(head, "nmod:poss"))) return m;
    if (const Mention* m = aimed_at_by_clause(view, head, other_party)) return m;
    for (int c : view.children(head)) {
      const std::string_view marker = view.marker(c);
      // "criticized the U.S. decision", "condemned the Russian invasion": whose act it is. A
      // demonym only on an act the lexicon knows (not "a Polish citizen", "Swiss francs").
      // Not in a plain statement: "outlined Chinese complaints" are the speaker's side's own.
      const bool stated = match.action.action_class == "make_statement";
      const bool act = view.rel(c) == "compound" || (view.rel(c) == "amod" && !stated && names_an_act(view, head));
      if (act) {
        if (const Mention* m = other_party(c)) return m;
      }
      if (view.rel(c) != "nmod") continue;
      if (marker == "by" || marker == "for" || marker == "to" || marker == "from") {
        // "the decision by Togo", "approved a loan for Egypt", "aid to Ukraine", "rejected a call
        // from the IMF".
        if (const Mention* m = other_party(c)) return m;
      } else if (marker == "against" || marker == "on") {
        // "new sanctions against Iran's banking sector": the one the measure is aimed at.
        if (const Mention* m = other_party(c)) return m;
        if (const Mention* m = other_party(view.child(c, "nmod:poss"))) return m;
      }
    }
    // "sells most of its share | to Brazil", "suspended part of its transfers | to the region":
    // the phrase hung on the of-phrase inside the issue, when the actor does the dealing (not
    // "criticized the supply of drones to Moscow": the supplier is someone else).
    const std::string_view kind = match.action.action_class;
    const bool deals = kind == "trade" || kind == "provide_aid" || kind == "negotiate" || kind == "sign_agreement" ||
                       kind == "agree" || kind == "reduce_relations" || kind == "cooperate" || kind == "ease";
    for (int inner : deals ? of_phrase_chain(view, head, 2) : std::vector<int>()) {
      if (const Mention* m = recipient_of(inner)) return m;
    }
  }
  // "approved a loan | for Egypt" with the phrase hung on the verb: it continues the issue.
  for (std::size_t k = 0; k < args.extensions.size(); ++k) {
    const int e = args.extensions[k];
    const std::string_view marker = e >= 0 ? view.marker(e) : std::string_view();
    if (marker == "by" || marker == "for" || marker == "to" || marker == "from") {
      if (const Mention* m = other_party(e)) return m;
    }
    // "paused NZ$18m in budget support | to the Cook Islands": the continuation's own
    // recipient, as for the issue's.
    if (e >= 0) {
      if (const Mention* m = recipient_of(e)) return m;
    }
  }
  return nullptr;
}

std::vector<ParseExtractor::Phrase> ParseExtractor::issue_phrases(const SentenceView& view, const ActionMatch& match,
                                                                 const ClauseArguments& args,
                                                                 const Mention* target) const {
  const int p = match.head;
  // Issue phrases as (head, words): from the parse, with list items read off the words.
  std::vector<Phrase> phrases;
  for (std::size_t k = 0; k < args.issues.size(); ++k) {
    const int head = args.issues[k];
    std::vector<int> tokens = issue_phrase_tokens(view, head);
    const int extension = k < args.extensions.size() ? args.extensions[k] : -1;
    if (extension >= 0 && !tokens.empty()) {
      // Join the continuing phrase, case marker included, into one contiguous span.
      std::vector<int> more = issue_phrase_tokens(view, extension);
      if (!more.empty()) {
        for (int w = tokens.back() + 1; w < more.front(); ++w) tokens.push_back(w);
        tokens.insert(tokens.end(), more.begin(), more.end());
      }
    }
    const int marker = head + 1 < view.size() && is_generic_head(view.lemma(head)) ? head + 1 : -1;
    if (marker >= 0 && is_list_marker(view, marker)) {
      auto items = list_items(view, marker);
      if (!items.empty()) {
        for (auto& item : items) phrases.push_back(std::move(item));
        continue;
      }
    }
    if (args.source == IssueSource::kSpeech && !tokens.empty()) {
      // One content, all its coordinated clauses: "said it welcomed the talks and was ready to
      // support both governments".
      for (int c : conjuncts(view, head)) {
        const std::vector<int> more = c == head ? std::vector<int>{} : issue_phrase_tokens(view, c);
        for (int w = tokens.back() + 1; !more.empty() && w <= more.back(); ++w) tokens.push_back(w);
      }
    }
    phrases.emplace_back(head, std::move(tokens));
  }
  // "a campaign that UN agencies have criticised": the issue is the noun, not the clause that
  // describes it, which is this predicate's own.
  auto in_own_clause = [&](int w) {
    for (int k = w; k >= 0; k = view.head(k)) {
      if (k == p) return true;
    }
    return false;
  };
  for (auto& phrase : phrases) {
    if (phrase.first != p && !in_own_clause(phrase.first)) std::erase_if(phrase.second, in_own_clause);
  }
  // "embarked on a long-planned visit": the particle's phrase names the act itself, not its
  // issue. What that act is to do still is ("campaigned on a promise to restore ties").
  for (auto& phrase : phrases) {
    if (phrase.first < 0 || phrase.first != match.particle_phrase || view.upos(phrase.first) != "NOUN") continue;
    const std::optional<ActionMatch> event = predicate_finder_.find(view, phrase.first, false);
    if (!event || !event->nominal || event->action.action_class != match.action.action_class) continue;
    const int clause = view.child(phrase.first, "acl");
    const bool to_do = clause >= 0 && view.marker(clause) == "to";
    const int first = to_do ? std::max(view.first_of_subtree(clause), view.child(clause, "mark") + 1) : 0;
    const int last = to_do ? view.last_of_subtree(clause) : -1;
    std::erase_if(phrase.second, [&](int w) { return w < first || w > last; });  // all, without a to-clause
    phrase.first = clause;
  }
  std::erase_if(phrases, [](const auto& phrase) { return phrase.second.empty(); });
  // An issue needs something to be about: a word or two without a noun, name or number
  // ("obstruct", "limited", "that", "go to") is a parse fragment, not an issue.
  // "remain peaceful", "stay calm" say something: a verb with its adjective complement; so does
  // a gerund standing for an act ("denied meddling").
  std::erase_if(phrases, [&](const auto& phrase) {
    const auto& words = phrase.second;
    const bool predicative = words.size() == 2 && view.upos(words[0]) == "VERB" && view.upos(words[1]) == "ADJ";
    const bool act = words.size() == 1 && view.xpos(words[0]) == "VBG" && view.head(words[0]) == p &&
                     (view.rel(words[0]) == "xcomp" || view.rel(words[0]) == "obj");
    // "urged the commission to intervene", "called on him to resign": the act asked for.
    // "urged both governments to keep talking": a verb with its own verb complement.
    const bool asked = match.urges && args.source == IssueSource::kControl && view.xpos(words[0]) == "VB" &&
                       view.marker(words[0]) == "to" &&
                       (words.size() == 1 || (view.upos(words[1]) == "VERB" && view.head(words[1]) == words[0]));
    return words.size() < 3 && !predicative && !act && !asked && std::none_of(words.begin(), words.end(), [&](int w) {
      const std::string& u = view.upos(w);
      return u == "NOUN" || u == "PROPN" || u == "NUM";
    });
  });
  if (target != nullptr) {
    // "demanded that Abuja hand over the suspects": the party is not part of what is asked;
    // nor is "China's" of "China's support for Russia", possessive ending included.
    for (auto& phrase : phrases) {
      if (phrase.first == target->head) continue;  // "wanted a stable Bangladesh": the party's state
      std::erase_if(phrase.second, [&](int w) {
        return (w >= target->begin && w < target->end) || (view.head(w) == target->head && view.rel(w) == "case");
      });
    }
  }
  if (phrases.empty() && target != nullptr) {
    std::vector<int> words = trailing_issue(view, target->end);
    if (!words.empty()) phrases.emplace_back(phrase_head(view, words), std::move(words));
  }
  return phrases;
}

// The target and the parties coordinated with it ("visited Astana and Bishkek", "urged Greece
// and Turkey to ..."): each gets a triple of its own, as each of two coordinated subjects does.
// Just the target (possibly none) otherwise.
std::vector<const Mention*> ParseExtractor::coordinated_parties(const SentenceView& view, const Mentions& mentions,
                                                               const ClauseArguments& args, const Mention* target,
                                                               const std::vector<const Mention*>& actors) {
  std::vector<const Mention*> parties{target};
  if (target == nullptr) return parties;
  int first = -1;
  for (int t : args.targets) {
    if (&*mentions[static_cast<std::size_t>(t)] == target) first = t;
  }
  if (first < 0) return parties;
  for (int c : conjuncts(view, first)) {
    const auto& m = mentions[static_cast<std::size_t>(c)];
    if (c == first || !m || std::find(args.targets.begin(), args.targets.end(), c) == args.targets.end()) continue;
    auto same = [&](const Mention* p) { return p->entity.id == m->entity.id; };
    if (std::none_of(parties.begin(), parties.end(), same) && std::none_of(actors.begin(), actors.end(), same)) {
      parties.push_back(&*m);
    }
  }
  return parties;
}

void ParseExtractor::predicate_triples(const SentenceView& view,
                                       const Mentions& mentions, const ActionMatch& match,
                                       const SentenceView* open_quote,
                                       std::vector<Triple>& out) const {
  const int p = match.head;
  SubjectInfo subject = find_subject(view, p);
  const std::vector<const Mention*> actors = find_actors(view, mentions, match, subject);
  if (actors.empty() || adds_nothing(view, match, subject)) return;

  ClauseArguments args = find_arguments(view, match, actor_flags(mentions));
  if (args.issues.empty() && open_quote != nullptr && match.speech && subject.depth == 0 &&
      quotation_triples(view, match, actors, *open_quote, out)) {
    return;
  }
  // "India and Pakistan held talks": in a mutual action each of two subjects is the other's
  // party.
  // Not "attended a meeting": an object other than the light one is a thing both took part in.
  const bool own_object = view.child(p, "obj") >= 0 && view.child(p, "obj") != match.object;
  const bool mutual = match.mutual && !own_object && args.targets.empty() &&
                      actors.size() == 2 && actors[0]->entity.id != actors[1]->entity.id;
  // "NATO leaders opened a two-day summit", "the two sides held talks": a meeting is news with
  // no issue or other party named (the gold's meetings with issue []).
  // "Chevron declined to comment": some acts are news by themselves.
  // "The council met in Geneva on Monday": a body meeting, with nothing met, is the news too;
  // not "before the board meets", which only times something else.
  const bool met = match.action.action_class == "meet" && view.child(p, "obj") < 0 &&
                   (view.lemma(p) == "meet" || view.lemma(p) == "convene") && !in_adverbial_clause(view, p);
  const bool convened = (match.action.action_class == "meet" && match.object >= 0 && !own_object) || met || match.complete;
  if (args.issues.empty() && args.targets.empty() && !mutual && !convened) return;
  const Mention* target = find_target(view, mentions, match, args, actors);
  if (args.issues.empty() && target == nullptr && !mutual && !convened) return;
  const std::vector<const Mention*> parties = coordinated_parties(view, mentions, args, target, actors);
  const std::vector<Phrase> phrases = issue_phrases(view, match, args, target);
  if (phrases.empty() && target == nullptr && !mutual && !convened) return;
  // "Neither Russia nor Ukraine commented": a subject list that denies the act for all.
  bool neither = false;
  for (int a : subject.actors) {
    for (int c : view.children(a)) neither = neither || view.lower(c) == "neither" || view.lower(c) == "nor";
  }
  for (const Mention* actor : actors) {
    std::vector<Phrase> issues = phrases;
    if (issues.empty()) issues.emplace_back(-1, std::vector<int>{});
    // Each issue is read once; each party named then gets its own copy of the triple.
    struct Reading {
      Triple triple;
      ConfidenceFeatures features;
      bool issue_phrase = false;  // an issue phrase was read (and may have named nothing)
    };
    std::vector<Reading> readings;
    for (const auto& [head, words] : issues) {
      Reading r{make_triple(view, *actor, match), {}, head >= 0};
      if (neither) r.triple.action.negated = true;
      ConfidenceFeatures& f = r.features;
      describe_clause(view, p, f);
      f.actor = actor->kind;
      f.action_from_lexicon = !match.fallback;
      f.subject_depth = subject.depth;
      f.passive = subject.passive_subject >= 0 && !match.stative;
      f.issue_source = args.source;
      if (head >= 0) {
        bool from_lexicon = false;
        r.triple.issue = issue_normalizer_.normalize(view, head, words, from_lexicon);
        f.has_issue = true;
        f.issue_from_lexicon = from_lexicon;
        if (!from_lexicon && names_nothing(view, words, r.triple.issue->label)) {
          r.triple.issue.reset();
          f.has_issue = false;
        }
      }
      if (match.fallback && !f.has_issue) continue;
      readings.push_back(std::move(r));
    }
    for (const Mention* named : parties) {
      const Mention* party = named;
      if (party == nullptr && mutual) party = actors[actor == actors[0] ? 1 : 0];
      for (const Reading& r : readings) {
        // An issue phrase that named nothing gives a triple only with a party.
        if (!r.triple.issue && party == nullptr && r.issue_phrase) continue;
        Triple t = r.triple;
        ConfidenceFeatures f = r.features;
        if (party != nullptr) {
          t.target = party->entity;
          f.has_target = true;
        }
        assign_confidence(t, f, *confidence_, options_.explain);
        out.push_back(std::move(t));
      }
    }
  }
}

void ParseExtractor::nominal_triples(const SentenceView& view,
                                     const Mentions& mentions, const ActionMatch& match,
                                     std::vector<Triple>& out) const {
  const int p = match.head;
  auto mention_at = [&](int t) -> const Mention* {
    return t >= 0 && mentions[static_cast<std::size_t>(t)] ? &*mentions[static_cast<std::size_t>(t)] : nullptr;
  };
  const Mention* actor = nullptr;
  const Mention* target = nullptr;
  int depth = 0;
  // "a three-nation Gulf tour", "the Chile visit": a place before a visit is where it goes.
  const bool visit = match.action.action_class == "visit";
  for (int c : view.children(p)) {
    // "Blinken's visit", or an actor compound: "a Kremlin warning", "officials' warning".
    if (visit && view.rel(c) == "compound") {
      if (const Mention* m = mention_at(c)) target = m;
    } else if (view.deprel(c) == "nmod:poss" || (view.rel(c) == "compound" && actor == nullptr)) {
      if (const Mention* m = mention_at(c)) actor = m;
    }
  }
  for (int c : view.children(p)) {
    if (view.rel(c) != "nmod") continue;
    const std::string_view m = view.marker(c);
    if (m == "between" && mention_at(c) != nullptr && actor == nullptr) {
      // "talks between X and Y": the first party acts, the second is the target.
      actor = mention_at(c);
      const std::vector<int> parties = conjuncts(view, c);
      if (parties.size() > 1) target = mention_at(parties[1]);
    } else if ((m == "with" || m == "to") && target == nullptr) {
      target = mention_at(c);
    }
  }
  if (actor == nullptr) {
    // "Ruiz's trip to Chile, with a stop to see Boric" / "During a meeting with X, Y ...":
    // the event belongs to the actor of the phrase or clause it sits in.
    const int h = view.head(p);
    if (h >= 0 && (view.rel(p) == "nmod" || view.rel(p) == "obl")) {
      depth = 1;
      if (const Mention* owner = mention_at(h)) {
        actor = owner;  // "Blinken, including a meeting with Xi, ..."
      } else if (view.upos(h) == "NOUN") {
        for (int c : view.children(h)) {
          if (view.deprel(c) == "nmod:poss") actor = mention_at(c);
        }
      } else {
        const SubjectInfo subject = find_subject(view, h);
        for (int a : subject.actors) {
          if ((actor = mention_at(a)) != nullptr) break;
        }
        // "During a meeting with X, Y was told ...": Y took part in the meeting.
        if (actor == nullptr && subject.actors.empty()) actor = mention_at(subject.passive_subject);
      }
    }
  }
  std::vector<const Mention*> actors;
  if (actor != nullptr) {
    actors.push_back(actor);
  } else if (const int owner = view.child(p, "nmod:poss"); owner >= 0 && view.upos(owner) == "PRON" &&
                                                           view.rel(p) == "obj") {
    // "Malaysia and Indonesia stepped up their campaign against ...": a possessive pronoun on the
    // object is the subject's own event.
    depth = 1;
    for (int a : find_subject(view, view.head(p)).actors) {
      if (const Mention* m = mention_at(a)) actors.push_back(m);
    }
  }
  if (actors.empty()) return;
  int issue = -1;
  for (int c : view.children(p)) {
    const std::string_view r = view.rel(c);
    const bool about = r == "nmod" && is_issue_marker(view.marker(c)) && view.marker(c) != "of" && !is_setting(view, c);
    // "a warning that sales could aid Russia": the content clause of a speech noun.
    const bool content = (r == "acl" || r == "ccomp") && view.marker(c) == "that";
    if ((about || content) && mention_at(c) == nullptr) {
      issue = c;
      break;
    }
  }
  // The entry's own phrase, wherever the parse hung it ("campaign against the law").
  if (const int phrase = match.particle_phrase; phrase >= 0 && view.head(phrase) != p) {
    if (mention_at(phrase) != nullptr && target == nullptr) {
      target = mention_at(phrase);
    } else if (mention_at(phrase) == nullptr && issue < 0) {
      issue = phrase;
    }
  }
  for (const Mention* a : actors) {
    const Mention* party = target != nullptr && target->entity.id == a->entity.id ? nullptr : target;
    if (party != nullptr || issue >= 0) nominal_triple(view, match, *a, party, issue, depth, out);
  }
}

void ParseExtractor::nominal_triple(const SentenceView& view, const ActionMatch& match, const Mention& actor,
                                    const Mention* target, int issue, int depth, std::vector<Triple>& out) const {
  const int p = match.head;
  Triple t = make_triple(view, actor, match);
  ConfidenceFeatures f;
  describe_clause(view, p, f);
  f.actor = actor.kind;
  f.nominal_action = true;
  f.subject_depth = depth;
  if (issue >= 0) {
    bool from_lexicon = false;
    t.issue = issue_normalizer_.normalize(view, issue, issue_phrase_tokens(view, issue), from_lexicon);
    f.has_issue = true;
    f.issue_from_lexicon = from_lexicon;
  }
  if (target != nullptr) {
    t.target = target->entity;
    f.has_target = true;
  }
  assign_confidence(t, f, *confidence_, options_.explain);
  out.push_back(std::move(t));
}

}  // namespace issuegraph::extract
