#pragma once
// Key points: scores sentences and picks a non-redundant few, in article order.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/options.h"

namespace newslens::summary {

std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options);

}  // namespace newslens::summary
