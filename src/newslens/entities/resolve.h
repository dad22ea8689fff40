#pragma once
// Entities stage: mentions → document entities. Contract:
// - sets Mention::entity for every mention it groups and returns the entities sorted
//   by salience, highest first (ties: earlier first mention); indices refer to that order;
// - mentions of one entity share its voted type: Mention::type is rewritten to it;
// - a mention that is a lowercase common noun phrase ("the department") or empty
//   keeps entity -1; no other mention is left out;
// - grouping follows grouping.h (keys, plurals, short forms, acronyms, shared
//   surnames); numeric types (DATE … ORDINAL) group only identical surfaces and stay
//   at the bottom of the salience order (see salience.h).
// Runs in O(n log n) in the number of mentions.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/entities/grouping.h"

namespace newslens::entities {

// `work`, when given, is added the grouping's work counts (for complexity tests).
std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences, std::vector<Mention>& mentions,
                            GroupingWork* work = nullptr);

}  // namespace newslens::entities
