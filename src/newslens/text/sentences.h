#pragma once
// Sentence splitter and paragraph numbering over tokens. Contract:
// - the returned sentences tile the text exactly (see Sentence in analysis.h);
//   empty text gives no sentences, text with no tokens gives one blank sentence;
// - a sentence never spans a line break: headlines, list items and paragraphs
//   each start a new sentence, and every line break starts a new paragraph;
// - no split after titles ("Mr.", "Dr."), initials ("J."), or inside numbers;
//   after an acronym ("U.S.") only when the next word usually starts a sentence.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::text {

std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens);

// Counts words and sentences with at least one word or number.
Stats computeStats(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences);

}  // namespace newslens::text
