#pragma once
// NER model: the tagger's weights and label set, loaded from a versioned blob.
// (Placeholder until the trained tagger lands: an empty blob gives an empty model.)

#include <string_view>

#include "newslens/status.h"

namespace newslens::ner {

struct Model {
  bool empty = true;
};

// Parses `bytes` into `out`. An empty blob yields an empty model (rules only).
Status loadModel(std::string_view bytes, Model& out);

}  // namespace newslens::ner
