#pragma once
// Boilerplate detection: marks Sentence::boilerplate on "Read more:" blocks,
// related-headline lists, bylines, captions, "Share this article" lines.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::summary {

void markBoilerplate(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>& sentences);

}  // namespace newslens::summary
