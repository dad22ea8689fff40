#pragma once
// Source roles: the outlet credited for a story is not what the story is about.
// Contract: sets Mention::role = Source on
// - every mention inside the parentheses of the article's dateline ("(CNN)",
//   "Tokyo (Reuters)"), whatever its type;
// - organization mentions in a credit line or byline (text/boilerplate.h:
//   "CNN's Jane Doe contributed to this report.", "By Jane Doe, CNN");
// - further mentions of an outlet so credited where it receives or passes on the
//   reporting: "told CNN", "CNN affiliate KGO" (and the affiliate itself);
// and leaves every other mention's role Text. Mention::entity must be set (the
// outlet is recognized by entity); the datelines are those summary/dateline.h finds
// in the first content sentences. Linear in tokens and mentions.

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

// The dateline that opens an article ("Tokyo (CNN) —"), as byte offsets; all zero
// when there is none (summary/dateline.h recognizes it in the first two content
// sentences). The place is what precedes the parenthesised source.
struct Dateline {
  std::uint32_t start = 0, end = 0;              // the whole dateline
  std::uint32_t sourceStart = 0, sourceEnd = 0;  // "(CNN)", empty if none
  template <typename Span>
  bool isSource(const Span& s) const {
    return s.start >= sourceStart && s.end <= sourceEnd && sourceStart < sourceEnd;
  }
};
Dateline articleDateline(std::string_view text, const std::vector<Sentence>& sentences);

void markSourceRoles(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                     std::vector<Mention>& mentions);

}  // namespace newslens::entities
