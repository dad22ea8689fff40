#pragma once
// Names inside hyphenated words, as news writes and OntoNotes annotates them: a
// name used to build a modifier keeps only the name ("pro-Israel", "Israel-first",
// "Chicago-based", "ex-Manchester United" → "Israel", "Chicago", "Manchester United"),
// and two names joined for a relation are two mentions ("Israeli-Palestinian" →
// "Israeli" + "Palestinian", "Israel-PLO"). Whole hyphenated names stay whole
// ("Coca-Cola", "Jean-Claude Juncker", "Guinea-Bissau", "al-Assad", "African-American").
// The tokenizer keeps the word whole (the tagger reads it as CoNLL wrote it); these
// rules cut the tagger's span afterwards, so a mention may cover part of a token.

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/feature_hash.h"
#include "newslens/ner/features.h"

namespace newslens::ner {

// A piece of a tagger's span: text bytes [start, end), inside tokens [firstToken, lastToken).
struct NamePiece {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t firstToken = 0;
  std::uint32_t lastToken = 0;
};

// A tagger's span: tokens [first, last) (first < last), whether the tagger read it as a
// person, and whether it starts its sentence.
struct SpanReading {
  std::uint32_t first = 0;
  std::uint32_t last = 0;
  bool person = false;
  bool sentenceStart = false;
};

// The names in the tagger's span, in text order; empty when the span is one name as it
// stands (no hyphenated edge to cut, no compound to split: the common case, answered
// without an allocation).
// - The first token loses its lower-case head parts ("pro-", "anti-", "ex-") and, but
//   in a person's span ("Ban Ki-moon"), the last its lower-case tail parts ("-based",
//   "-led", "-first"); a name particle stays ("al-Assad"); a cut always leaves a part
//   that starts with a capital, and at a sentence's start one that is a name alone
//   (below: "Singer-songwriter" is no name).
// - A span that is one token of two or more capitalised parts, no person's, is split
//   into them when each part is a name alone (a listed place, nationality or
//   organization, or a word the casing profile writes capitalised that is no listed
//   first or last name), the whole is no gazetteer phrase ("Guinea-Bissau") and its
//   last part names no ancestry group (lexicon::isAncestryCompoundTail: "Mexican-American").
std::vector<NamePiece> hyphenNamePieces(std::string_view text, const std::vector<Token>& tokens,
                                        const SpanReading& span, const KnownWords& known, const FeatureHasher& hash);

}  // namespace newslens::ner
