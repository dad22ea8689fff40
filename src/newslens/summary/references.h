#pragma once
// References in a key point that do not stand alone.
#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::summary {

std::vector<Reference> leaningReferences(std::string_view text, const Analysis& analysis, std::uint32_t start,
                                         std::uint32_t end);

}  // namespace newslens::summary
