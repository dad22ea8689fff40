#pragma once
// Per-sentence signals for key-point scoring, computed in one pass over the
// tokens (linear in the text, whatever its size). Only candidate sentences are
// described: those with at least one word that are not boilerplate.

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::summary {

struct SentenceFeatures {
  std::uint32_t sentence = 0;    // index into Analysis::sentences
  std::uint32_t rank = 0;        // position among the candidates, 0 = first
  std::uint32_t words = 0;       // word and number tokens
  std::uint32_t numbers = 0;     // number tokens
  std::vector<std::uint32_t> terms;  // distinct content-term ids, sorted
  float quoted = 0;              // share of its words inside quotation marks
  float entitySalience = 0;      // salience of the most salient entity it mentions
  bool finalPunct = false;       // ends with . ! ? … (a headline usually does not)
};

struct DocumentFeatures {
  std::vector<SentenceFeatures> candidates;  // in article order
  std::vector<std::uint32_t> sentenceFrequency;  // per term id: candidates containing it
};

DocumentFeatures computeSentenceFeatures(std::string_view text, const Analysis& analysis);

}  // namespace newslens::summary
