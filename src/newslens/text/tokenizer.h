#pragma once
// Tokenizer: UTF-8 text → tokens with byte offsets. Contract:
// - every non-whitespace byte of the input lies in exactly one token, in order;
// - tokens never overlap and never contain whitespace or line breaks;
// - invalid UTF-8 never stops it: each bad byte joins the token it sits in, or
//   becomes a token of kind Other.
// Conventions follow CoNLL/PTB so the tagger sees what it was trained on:
// "China’s" → "China" "’s"; "U.S." and "Mr." keep their period; "US-China",
// "O'Brien", "2,000.5", "10:30" and "1990s" stay whole; URLs and e-mail
// addresses are one token; an emoji ZWJ sequence is one token.

#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::text {

std::vector<Token> tokenize(std::string_view text);

// True for abbreviations whose final period never ends a sentence ("Mr.", "Dr.").
bool isTitleAbbreviation(std::string_view tokenText);

// Word shape with runs collapsed: "Blinken" → "Xx", "U.S." → "X.X.", "2,000.5" →
// "d,d.d", "US-China" → "X-Xx", "iPhone" → "xXx". Non-Latin letters map to 'x'
// (or 'X' when upper case), marks are dropped, other characters are kept.
std::string wordShape(std::string_view token);

}  // namespace newslens::text
