#pragma once
// Short forms of key points: the sentence as a bullet reads it.
#include <cstdint>
#include <string>
#include <string_view>

#include "newslens/analysis.h"

namespace newslens::summary {

// The concise form of text[start, end) (a key point's span).
std::string shortForm(std::string_view text, const Analysis& analysis, std::uint32_t start, std::uint32_t end);

}  // namespace newslens::summary
