#pragma once
// Entities stage: mentions → document entities. Contract:
// - sets Mention::entity for every mention it groups and returns the entities in
//   order of their first mention, salience not yet set (ranking.h ranks them once
//   the quotes stage has run); indices refer to that order;
// - mentions of one entity share its voted type: Mention::type is rewritten to it;
// - a mention that is a lowercase common noun phrase ("the department") or empty
//   keeps entity -1; no other mention is left out;
// - grouping follows grouping.h (keys, plurals, short forms, acronyms, shared
//   surnames, place readings); numeric types (DATE … ORDINAL) group only identical
//   surfaces;
// - source roles are set as sources.h says.
// Runs in O(n log n) in the number of mentions.

#include <functional>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/entities/grouping.h"

namespace newslens::entities {

// Whether a name, given as its tokens' texts, is a known country, city or region
// (the analyzer asks the loaded model's gazetteer: ner::isKnownPlace). Empty: none is.
using KnownPlace = std::function<bool(const std::vector<std::string_view>& words)>;

// `work`, when given, is added the grouping's work counts (for complexity tests).
std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences, std::vector<Mention>& mentions,
                            GroupingWork* work = nullptr, const KnownPlace& knownPlace = {});

}  // namespace newslens::entities
