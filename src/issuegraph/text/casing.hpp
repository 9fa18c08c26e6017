// How a whole sentence is written: normally, mostly in capitals (wire headlines, shouting) or
// mostly in title case. Taggers read capitals as a clue to names, so a sentence written in
// capitals is tagged less reliably; both the tagger's features and the extractor ask.
#pragma once

#include "issuegraph/text/sentence.hpp"

namespace issuegraph {

enum class SentenceCasing { kNormal, kCapitals, kTitle };

// Counted over the words of two or more ASCII letters; at least three are needed to say
// anything but kNormal. kCapitals: more than half have no small letter; kTitle: more than
// three fifths have exactly one capital, the first letter.
SentenceCasing sentence_casing(const Sentence& sentence);

}  // namespace issuegraph
