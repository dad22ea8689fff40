#pragma once
// Entities stage: mentions → document entities. Sets Mention::entity for every
// mention it groups and returns entities sorted by salience (highest first).

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences, std::vector<Mention>& mentions);

}  // namespace newslens::entities
