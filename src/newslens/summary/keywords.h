#pragma once
// Keywords: ranked content phrases ("spy balloon", "human rights") that are not
// just entity names, highest score first, at most options.keywords of them.
// Method (RAKE-like): candidate phrases are runs of up to three content words,
// split at stopwords, punctuation, numbers, reporting verbs, entity mentions and
// capitalized words inside a sentence (names the tagger missed); a closing
// "-ed" word (a verb) is dropped and runs longer than three words are cut into
// pairs. Boilerplate sentences are skipped. A word's weight is its frequency
// (plural "s" folded); a phrase scores
//   occurrences × mean word weight × (1 + 0.5 per extra word) × 1.2 if in the lead,
// normalized so the best is 1. Ties keep article order. Linear in the tokens plus
// a sort of the distinct phrases.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/options.h"

namespace newslens::summary {

std::vector<Keyword> extractKeywords(std::string_view text, const Analysis& analysis, const Options& options);

// True for English function words and very common verbs that never make a keyword
// on their own (input lowercased).
bool isStopword(std::string_view lowerWord);

}  // namespace newslens::summary
