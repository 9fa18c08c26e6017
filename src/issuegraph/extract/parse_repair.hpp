// Repairs of parser output that the UD guidelines themselves show to be wrong, made before the
// extractor reads the tree. A greedy parser sometimes builds a tree UD forbids; where the
// repair is unambiguous the extractor reads a repaired copy, and the parse itself (what
// `issuegraph parse` prints) is left as the parser made it.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include "issuegraph/text/sentence.hpp"

namespace issuegraph::extract {

// The sentence with its forbidden attachments repaired, or nothing when there is none to
// repair (the common case, so that no copy is made).
//
// A word the tagger calls a full verb attached as an auxiliary ("The Taliban deny harbouring
// the group" with "deny" as an auxiliary of "harbouring"; UD gives the aux relation to AUX words
// only): the verb heads the clause, the former head becomes its complement (xcomp), and the
// dependents before the verb (subject, auxiliaries, negation) move to it.
//
// A finite verb coordinated with an infinitive ("said it was ready to help and urged both
// governments to ..." with "urged" under "help"): a past or third-person form cannot share an
// infinitive's "to", so it joins the nearest finite verb above ("said"). Likewise a finite verb
// reporting a clause under a participle that modifies a noun ('called the decision "politically
// motivated" and said Kyiv would ...'), and a finite verb without a subject coordinated with a
// noun ("praised the deal, according to the Lagos side, but warned ..." with "warned" a
// conjunct of "side").
//
// A speech or other verb read as a participle modifying the subject's phrase when the clause
// after it has a second subject ("Bakker, who drafted the plan, told parliament it was the only
// way" parsed with "told" under "plan" and "way" as the root with two subjects): the verb is
// the main verb, the first subject is its own and the rest of the clause its complement.
//
// A bare noun made the root with a relative clause whose subject follows it ("Rights groups
// have accused the group ..." read as "Rights [that] groups have accused"): the noun modifies
// the subject, and the clause is the sentence.
//
// A sentence whose root is a noun with no verb above it, and whose first verb after that noun
// was read as a participle modifying a word ("Farm unions staged protests in Lyon" with "staged"
// an adjective of "protests"; "The chamber ruled by four votes that ..." with "ruled" a
// participle of "chamber"): the verb is the main verb, the noun its subject and the word it
// modified before it, its object.
//
// "The envoy is due to visit ..." (any adjective between a form of "be" and a to-infinitive)
// read with the subject as the root and the adjective hung on "is": the adjective heads the
// clause, with the subject, "is" as its copula and the infinitive as its complement. Likewise
// "due to" + infinitive read as the preposition "due to" ("Officials are due to begin talks"
// with "due" a case marker of "talks", the root): "due" heads the clause and the old root
// becomes the infinitive's object.
//
// A word in CamelCase tagged as a common noun ("the BoerBurgerBeweging") is a proper noun.
//
// A capitalised word tagged as a pronoun or determiner that is none of English's closed list of
// them ("Xi will visit France" with "Xi" read as a pronoun, "US" in capitals) is a proper noun.
//
// A that-clause with its own subject hung on a dependent of a verb of saying, on the one told
// ("told a press conference that 900 people had arrived"), or on where or when it was said
// ("said in a statement on Monday that ...", "said on Monday that ..."), is the verb's content
// (ccomp), and "that" its marker. So is a finite clause without a marker that the parse made an
// adverbial clause of the verb of saying after it ("Two sailors were hurt, the navy said.").
//
// A verb of saying that closes the sentence after a comma with its one speaker ("Sales fell 5
// pct, the association said.") but that the parse hung inside the clause it reports (a
// relative clause of "pct", an adverbial clause, a conjunct) is the root, and the old root its
// content.
//
// A verb of saying without a subject, coordinated inside the content that another verb of
// saying in the same tense reports ("said the timing was provocative and urged Tehran to ..."
// with "urged" a conjunct of "was"), is that speaker's second act: it joins the verb of saying.
//
// A verb with a subject of its own hung as a modifier on a noun root after it ("The rebels
// denied responsibility for the attack" read as one noun phrase): the verb is the root and the
// noun its object. Likewise a past form right after a subject the parse hung on a noun root
// without a copula ("Riot police used force against ..." with "police" the subject of "force").
//
// A verb's object made a second subject of the verb of saying after it ("The ministry summoned
// Chad's envoy, sources said" with "envoy" and "sources" both subjects of "said"): when its
// phrase follows a content verb without an object and a comma closes it, it is that verb's
// object.
//
// Content of "say" (or claim, insist, argue, add, believe, think, allege) read as a participle
// modifying the verb's object ("The army says the soldiers crossed into its territory" with
// "crossed" a reduced relative of "soldiers"): a past form in -ed with no auxiliary and no
// by-agent is the content clause, the object its subject. These verbs take no noun object that a
// participle would describe; "denied the charges brought against him" is left alone.
//
// The label of a verb of naming ("call", "brand", "label", "dub", "term") read as an apposition
// of the verb's object ('called the court "a tool of revenge"'): with nothing but a quotation
// mark between them (an apposition is set off by a comma), it is the verb's predicate (xcomp).
//
// A time noun with "next", "last", "this" made the head of the noun right before it ("vote on
// the delay next month" with "delay" a compound of "month"): the noun heads its phrase, and the
// time modifies the phrase's head. "be due to" also when the parse made "is" a case marker of
// the subject ("The European Parliament is due to vote ...").
//
// `reports` says which verb lemmas report content; the extractor answers from its action
// lexicon. Without it only a closed list of verbs of telling ("tell", "inform", "warn", ...)
// counts, and the adverbial repair is not made.
using ReportingVerbTest = std::function<bool(std::string_view lemma)>;
std::optional<Sentence> repair_parse(const Sentence& sentence, const ReportingVerbTest& reports = {});

}  // namespace issuegraph::extract
