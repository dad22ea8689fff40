#pragma once
// The original Porter (1980) stemmer, behaving exactly like NLTK's
// PorterStemmer(mode='ORIGINAL_ALGORITHM'), which is what rouge-score uses, so
// ROUGE figures computed here match published ones. Input: a lower-case ASCII
// word; anything else is stemmed byte-wise as if it were one.

#include <string>
#include <string_view>

namespace newslens::tools {

std::string porterStem(std::string_view word);

}  // namespace newslens::tools
