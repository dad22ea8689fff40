#pragma once
// Keywords: ranked content phrases ("spy balloon", "human rights") that are not
// just entity names, highest score first, at most options.keywords of them.
// Method (RAKE, Rose et al. 2010, weighted by occurrences): candidate phrases are
// runs of up to three content words, split at stopwords, punctuation, numbers,
// reporting verbs, entity mentions, capitalized words inside a sentence (names the
// tagger missed) and likely verbs (after "to" or a modal; an "-ed" word after a
// noun or alone; an "-ing" word after a conjunction or preposition); longer runs are cut into pairs. Boilerplate
// sentences are skipped. Words score degree/frequency (plural "s" folded); a phrase scores
//   occurrences × Σ word scores × 1.2 if in the lead,
// normalized so the best is 1. Ties go to the longer phrase (longer words are
// rarer), then to article order. Linear in the tokens plus
// a sort of the distinct phrases.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/options.h"

namespace newslens::summary {

std::vector<Keyword> extractKeywords(std::string_view text, const Analysis& analysis, const Options& options);

}  // namespace newslens::summary
