#pragma once
// Salience: how central each entity is to the article, in [0,1], summing to 1 over
// all entities (as in Google's entity analysis). Each mention weighs
//   1 × 1.5 in the lead (first two content sentences) × 1.3 as a subject (first word
//   of its sentence, or right before a reporting verb), else × 0.6 as a modifier (a
//   content word follows: "US official") × 0.2 in a boilerplate sentence,
// an entity's weight is the sum over its mentions × (0.5 + 0.5 × how early its first
// mention comes), and numeric types (dates, amounts) are scaled by 0.1 so they never
// crowd out the cast.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

// Fills Entity::salience from the mentions that point at each entity (Mention::entity
// indexes `entities`, which need not be sorted yet).
void scoreSalience(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                   const std::vector<Mention>& mentions, std::vector<Entity>& entities);

}  // namespace newslens::entities
