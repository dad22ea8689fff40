#pragma once
// Quotes stage: quoted speech and its speaker (an entity index or -1).

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::quotes {

std::vector<Quote> findQuotes(std::string_view text, const Analysis& analysis);

}  // namespace newslens::quotes
