#pragma once
// Mention building shared by the tagger's spans (recognize.cpp) and the pattern
// rules (patterns.cpp): one place that turns a token range into a Mention.

#include <algorithm>
#include <cstdint>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::ner {

// The mention over tokens [first, last) (first < last <= tokens.size()), its byte
// span from the first token's start to the last one's end, score clamped to [0, 1].
inline Mention mentionOver(const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last, EntityType type,
                           float score) {
  Mention m;
  m.firstToken = first;
  m.lastToken = last;
  m.start = tokens[first].start;
  m.end = tokens[last - 1].end;
  m.type = type;
  m.score = std::clamp(score, 0.0f, 1.0f);
  return m;
}

}  // namespace newslens::ner
