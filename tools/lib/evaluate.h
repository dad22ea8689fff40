#pragma once
// Runs a tagger model over CoNLL sentences (their own tokens) and scores it.

#include <vector>

#include "lib/conll.h"
#include "newslens/ner/model.h"

namespace newslens::tools {

// Tags every sentence with `model` and scores the spans against the gold labels.
Scores evaluateModel(const ner::Model& model, const std::vector<ConllSentence>& sentences);

}  // namespace newslens::tools
