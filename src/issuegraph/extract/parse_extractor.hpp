// The full extractor: for each parsed sentence it finds actor mentions (resolved across the
// document), predicates the lexicon knows, and for each predicate its actor, target and issues
// through the clause rules; nominal events ("Blinken's visit to China") are read from noun
// phrases. Sentences without a parse go to the pattern extractor.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "issuegraph/extract/coreference.hpp"
#include "issuegraph/extract/confidence.hpp"
#include "issuegraph/extract/extractor.hpp"
#include "issuegraph/extract/extractor_factory.hpp"
#include "issuegraph/extract/issue_normalizer.hpp"
#include "issuegraph/extract/mention_finder.hpp"
#include "issuegraph/extract/parse_repair.hpp"
#include "issuegraph/extract/pattern_extractor.hpp"
#include "issuegraph/extract/predicate_finder.hpp"

namespace issuegraph::extract {

class ParseExtractor : public Extractor {
 public:
  // Requires: lexicon is not null.
  ParseExtractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options);

  using Extractor::extract;
  std::vector<Triple> extract(const Document& doc, const std::vector<Sentence>& sentences,
                              const OtherReadings& other_readings) const override;

 private:
  using Mentions = std::vector<std::optional<Mention>>;  // by token; actors only
  using Phrase = std::pair<int, std::vector<int>>;        // an issue phrase: head, words

  Mentions find_mentions(const SentenceView& view, DocumentEntities& entities) const;
  // True when the phrase headed by t is set off by a comma right before a speech verb
  // ("..., officials on both sides said"): a speaker however the parse attached it.
  bool speaks_next(const SentenceView& view, int t) const;
  // True when a role noun that no earlier entity explains still names a party here: a subject,
  // a definite or counted object, the one urged or accused, people met or judged, a speaker set
  // off before its verb.
  bool bare_role_acts(const SentenceView& view, int t, const Mention& role) const;
  bool party_of_dealings(const SentenceView& view, int t) const;
  // Resolves a possessive pronoun that opens the sentence to the subject after it; false when
  // the sentence is not built that way.
  bool resolve_cataphora(const SentenceView& view, int t, const DocumentEntities& entities, std::size_t sentence,
                         Mention& pronoun) const;
  // '"We will not sign ...," she said': "I" and "we" in quoted or reported speech are its speaker.
  // "..., according to the foreign ministry": the source's say triple about the clause it is
  // the source of (not for a verb of saying, whose speaker the source becomes).
  void attributed_triples(const SentenceView& view, const Mentions& mentions, std::vector<Triple>& out) const;
  // The actor behind an attribution phrase: the phrase itself, or the source of a record it
  // names ("a statement from the ministry"); null when none.
  const Mention* attribution_source(const SentenceView& view, const Mentions& mentions, int phrase) const;
  void resolve_first_person(const SentenceView& view, Mentions& mentions) const;
  // The speaker named after the closing quotation mark ('..., " she said'), or null; sets
  // `predicate` (when given) to the speech verb.
  const Mention* closing_speaker(const SentenceView& view, const Mentions& mentions, int* predicate = nullptr) const;
  // A quotation's sentence after the one that named its speaker ('"...," Aravena said. "This is a
  // shared responsibility."'): its "we"/"I" is the speaker, and else the speaker says it.
  void continued_quotation(const SentenceView& quote, const Mentions& mentions, const SentenceView& attribution,
                           int predicate, const Mention& speaker, std::vector<Triple>& out) const;
  // The triples of an earlier sentence of a quotation whose "we"/"I" is `speaker`.
  void first_person_triples(const SentenceView& view, Mentions mentions, const Mention& speaker,
                            std::vector<Triple>& out) const;
  // The speech predicate that reports clause `c` ("said" in '"We ...," she said' or "said that
  // we ..."), or -1.
  int reporting_predicate(const SentenceView& view, int c) const;
  // True when token t is the subject of a verb of saying ("he said", "Ruiz told").
  bool speech_subject(const SentenceView& view, int t) const;
  // True when `noun` is the light object of its verb's predicate ("voiced concern").
  // `matches` holds each word's predicate, if any.
  static bool light_object_of_verb(const SentenceView& view, const std::vector<std::optional<ActionMatch>>& matches,
                                   int noun);
  // Each word's predicate, if any.
  std::vector<std::optional<ActionMatch>> predicate_matches(const SentenceView& view, const Mentions& mentions) const;
  // The sentence's triples; returns the head words of the predicates that gave none and are
  // worth a second reading (verbs of saying the parse made a clause; see reread).
  std::vector<int> clause_triples(const SentenceView& view, const Mentions& mentions,
                                  const SentenceView* open_quote, std::vector<Triple>& out) const;
  // Reads the sentence again in the parser's other `readings` of it for its `fruitless`
  // predicates: the first reading in which such a predicate gives triples adds them to `out`.
  // The predicates that gave triples in the first parse keep them as they were, and the
  // document's entities (`known`, with the first parse's mentions of the sentence) stay as the
  // first parse left them.
  void reread(const Document& doc, std::vector<Sentence> readings, const DocumentEntities& known,
              const SentenceView* open_quote, std::vector<int> fruitless, std::size_t first,
              std::vector<Triple>& out) const;
  // Drops the triples from `first` on that repeat an earlier one's actor, action, issue and
  // target.
  static void keep_distinct(std::vector<Triple>& out, std::size_t first);
  // Drops a speaker's first-person statement that the speaker's own statement of the same
  // sentence already contains ('"We want factories," she said').
  static void drop_restated_first_person(std::vector<Triple>& out, std::size_t first);
  // `open_quote`: the previous sentence when it is a quotation nobody was said to speak yet.
  // The parts of predicate_triples: who acts (the subject, or the speaker set off before a
  // speech verb, an "according to" source, an inverted speaker); whether the clause adds
  // nothing (its governing action already reports it, what is demanded has not happened, a
  // guessed predicate without its own subject); the triples of a bare speech clause after a
  // quotation; the other party; and the issue phrases as (head, words).
  // True when noun names an act someone does ("decision", "invasion", an action noun of the
  // lexicon): a demonym on it names whose act it is ("the Russian invasion").
  bool names_an_act(const SentenceView& view, int noun) const;
  std::vector<const Mention*> find_actors(const SentenceView& view, const Mentions& mentions,
                                          const ActionMatch& match, SubjectInfo& subject) const;
  bool adds_nothing(const SentenceView& view, const ActionMatch& match, const SubjectInfo& subject) const;
  bool quotation_triples(const SentenceView& view, const ActionMatch& match, const std::vector<const Mention*>& actors,
                         const SentenceView& open_quote, std::vector<Triple>& out) const;
  static std::vector<const Mention*> coordinated_parties(const SentenceView& view, const Mentions& mentions,
                                                        const ClauseArguments& args, const Mention* target,
                                                        const std::vector<const Mention*>& actors);
  const Mention* find_target(const SentenceView& view, const Mentions& mentions, const ActionMatch& match,
                             const ClauseArguments& args,
                             const std::vector<const Mention*>& actors) const;
  std::vector<Phrase> issue_phrases(const SentenceView& view, const ActionMatch& match, const ClauseArguments& args,
                                    const Mention* target) const;
  void predicate_triples(const SentenceView& view, const Mentions& mentions,
                         const ActionMatch& match, const SentenceView* open_quote,
                         std::vector<Triple>& out) const;
  void nominal_triples(const SentenceView& view, const Mentions& mentions,
                       const ActionMatch& match, std::vector<Triple>& out) const;
  // One nominal event's triple for `actor`; `issue` is the issue phrase's head or -1.
  void nominal_triple(const SentenceView& view, const ActionMatch& match, const Mention& actor, const Mention* target,
                      int issue, int depth, std::vector<Triple>& out) const;
  static void link_early_surnames(std::vector<Triple>& triples);
  Triple make_triple(const SentenceView& view, const Mention& actor, const ActionMatch& match) const;

  std::shared_ptr<const Lexicon> lexicon_;
  ExtractorOptions options_;
  std::shared_ptr<const ConfidenceModel> confidence_;  // options_.confidence or the prior
  MentionFinder mention_finder_;
  PredicateFinder predicate_finder_;
  ReportingVerbTest reports_content_;  // the lexicon's verbs of saying, for the parse repairs
  IssueNormalizer issue_normalizer_;
  PatternExtractor pattern_extractor_;
};

}  // namespace issuegraph::extract
