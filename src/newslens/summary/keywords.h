#pragma once
// Keywords: ranked content phrases ("spy balloon", "human rights") that are not
// just entity names, highest score first, at most options.keywords of them.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/options.h"

namespace newslens::summary {

std::vector<Keyword> extractKeywords(std::string_view text, const Analysis& analysis, const Options& options);

}  // namespace newslens::summary
