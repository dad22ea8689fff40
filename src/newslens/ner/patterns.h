#pragma once
// Pattern rules: the mentions a statistical tagger trained on CoNLL cannot give,
// found by rules over tokens. Contract: returns mentions sorted by start,
// non-overlapping, aligned with token boundaries, of types DATE, TIME, MONEY,
// PERCENT, QUANTITY, CARDINAL, ORDINAL and NORP (nationalities such as "Chinese"),
// never crossing a sentence; linear in the number of tokens, bounded memory.
// Choices, following OntoNotes where it is clear:
// - modifiers belong to the span: "the coming months", "about $5", "more than 200",
//   "five years ago"; prepositions do not ("in 2021" → "2021");
// - a bare "May"/"March"/"June"/"August" or "Jan" needs a day, a year or a
//   preposition; a bare year needs context ("in", "the", a following comma),
//   else it is a CARDINAL;
// - "one" is a CARDINAL ("one of the"), except as a pronoun ("no one", "one another");
// - "6 pounds" is a weight, "6 million pounds" money; "a second season" an ordinal;
// - NORP skips words that start a name ("Communist Party", "British Airways"),
//   which the tagger owns; numbers inside names ("Boeing 737") are left alone.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::ner {

std::vector<Mention> matchPatterns(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences);

}  // namespace newslens::ner
