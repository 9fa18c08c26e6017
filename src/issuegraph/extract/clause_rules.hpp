// Who does what to whom in one clause: the grammatical rules that find a predicate's actor
// (subject, passive agent, the subject shared through coordination, control and participial
// clauses, the noun a relative or participial clause modifies), its target (the other named
// party) and its issue phrases (object, about/over/on phrase, reported-speech content), with
// coordinated issues split apart. Pure functions of the parse; no lexicon.
#pragma once

#include <string_view>
#include <vector>

#include "issuegraph/extract/predicate_finder.hpp"
#include "issuegraph/extract/sentence_view.hpp"

namespace issuegraph::extract {

// "who", "which", "that", "whom": the lemmas that open a relative clause as its subject or object.
bool is_relative_pronoun(std::string_view lemma);

struct SubjectInfo {
  std::vector<int> actors;  // tokens heading the actor phrase(s), coordinated subjects split
  int passive_subject = -1; // nsubj:pass when the predicate is passive
  int depth = 0;            // 0: the predicate's own subject; >0: inherited through clauses
  bool raised = false;      // taken from a passive governor ("are expected to sign"), which
                            // reports no act of its own
};

// The subject of predicate p, following the clause structure when p has none of its own.
SubjectInfo find_subject(const SentenceView& view, int p);

// Where the issue comes from, for confidence and for nested-speech decisions.
enum class IssueSource { kNone, kPreposition, kObject, kSpeech, kControl, kLightObject };

struct ClauseArguments {
  std::vector<int> targets;  // candidate target heads (the caller keeps those that are actors)
  std::vector<int> issues;   // issue phrase heads, coordinated phrases split
  // Per issue: a prepositional phrase of the predicate that continues an object issue ("an end
  // | to interrogations" when the parse hangs the to-phrase on the verb), or -1.
  std::vector<int> extensions;
  IssueSource source = IssueSource::kNone;
};

// Targets and issues of predicate p matched as `match`. `actor_tokens[t]` tells whether token
// t heads an actor mention: objects that are actors become targets, not issues.
ClauseArguments find_arguments(const SentenceView& view, const ActionMatch& match,
                               const std::vector<bool>& actor_tokens);

// Classes of acts that judge, punish or back a party for what it did ("criticised countries that
// restricted travel", "arrested activists collecting signatures"): the clause that describes the
// party's act says what for.
bool judges_party(std::string_view action_class);

// Conjuncts of t (t itself first): "X, Y and Z" -> X, Y, Z.
std::vector<int> conjuncts(const SentenceView& view, int t);

// The of-phrases under noun t, nearest first, up to `depth` deep ("most of | its share of | the
// output"): where the parse often hangs a party's phrase ("sells most of its share | to Brazil").
// At each level the last of-phrase is followed.
std::vector<int> of_phrase_chain(const SentenceView& view, int t, int depth);

// True when h has an object (or a called-on phrase before `clause`) that controls the subject
// of its infinitive clause `clause` ("urged China to ...").
bool controlled_by_object(const SentenceView& view, int h, int clause);

// "Thousands of protesters marched": the people counted act, not the count. Returns the "of"
// phrase of a count noun, else `subject` itself.
int of_quantity(const SentenceView& view, int subject);

// A verb hanging on the clause before it that it may report: '"...", she said', '..., said X',
// '..., a state official said on Friday' (parsed as parataxis, or as a complement or unmarked
// adverbial clause set off by a comma or quotation mark).
bool reports_preceding_clause(const SentenceView& view, int p);

// "denied supplying weapons", "stopped funding": a gerund right after its verb is that verb's
// complement, also when the parse made it an unmarked adverbial clause.
bool is_gerund_complement(const SentenceView& view, int clause);

// The subject of an earlier clause of the sentence, when it is a thing and not an actor
// (`actor_tokens` marks the actors): what an object "it" at t most likely means ("The deal
// expires in May, and Russia has refused to extend it"). -1 when there is none.
int earlier_subject_thing(const SentenceView& view, int t, const std::vector<bool>& actor_tokens);

// True when clause t has an auxiliary or copula of its own that is finite ("was blamed", "is
// ready"): a clause of its own, never the controlled complement (xcomp) a parse may call it.
bool has_finite_auxiliary(const SentenceView& view, int t);

// When or how something was said or done ("on Tuesday", "on condition of anonymity"), not
// what it was about.
bool is_setting(const SentenceView& view, int t);

// Heads that only announce a list ("issues such as A, B and C"): the list items are the issues.
bool is_generic_head(const std::string& lemma);
// True when token t starts "such as", "including" or "like".
bool is_list_marker(const SentenceView& view, int t);

// True for prepositions that introduce what an action is about.
bool is_issue_marker(std::string_view marker);

}  // namespace issuegraph::extract
