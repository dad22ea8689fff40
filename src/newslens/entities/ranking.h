#pragma once
// Ranking: the pipeline's last entity step, run after the quotes stage because
// salience reads who is quoted (salience.h). Contract:
// - fills Entity::salience with the shipped weights (salience_weights.h) and sorts
//   a.entities by it, highest first (ties: earlier first mention);
// - renumbers every index into a.entities to that order: Mention::entity,
//   Quote::speaker and KeyPoint::refersTo[].entity;
// - reads a.quotes as they are: with none (the quotes stage not run), quote
//   speakers count for nobody;
// - numeric entities (DATE … ORDINAL) stay at the bottom (salience.h).
// Linear in mentions and quotes, n log n in entities.

#include <string_view>

#include "newslens/analysis.h"

namespace newslens::entities {

void rankEntities(std::string_view text, Analysis& a);

}  // namespace newslens::entities
