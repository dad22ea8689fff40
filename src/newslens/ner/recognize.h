#pragma once
// NER stage: tokens + sentences → typed mentions. Contract: mentions are sorted
// by start, never overlap, align with token boundaries, and carry OntoNotes types.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/model.h"

namespace newslens::ner {

std::vector<Mention> recognize(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<Sentence>& sentences, const Model& model);

}  // namespace newslens::ner
