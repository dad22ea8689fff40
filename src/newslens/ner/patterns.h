#pragma once
// Pattern rules: the mentions a statistical tagger trained on CoNLL cannot give,
// found by rules over tokens. Contract: returns mentions sorted by start,
// non-overlapping, aligned with token boundaries, of types DATE, TIME, MONEY,
// PERCENT, QUANTITY, CARDINAL, ORDINAL and NORP (nationalities such as "Chinese").

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::ner {

std::vector<Mention> matchPatterns(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences);

}  // namespace newslens::ner
