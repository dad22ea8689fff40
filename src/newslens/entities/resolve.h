#pragma once
// Entities stage: mentions → document entities. Contract:
// - sets Mention::entity for every mention it groups and returns the entities sorted
//   by salience, highest first (ties: earlier first mention); indices refer to that order;
// - mentions of one entity share its voted type: Mention::type is rewritten to it;
// - a mention that is a lowercase common noun phrase ("the department") or empty
//   keeps entity -1; no other mention is left out;
// - grouping: equal normalized names ("Mr Blinken" = "Blinken", "U.S." = "US" =
//   "United States" = "America"), a one-word person name joins the full name holding
//   that word (last word preferred; an honorific's gender rules out a full name
//   titled with the other one; among several, the nearest preceding, else the first
//   following), a shorter full name joins the longer one containing it
//   ("Hillary Clinton" → "Hillary Rodham Clinton"), an acronym joins the unique
//   name it abbreviates ("CIA" → "Central Intelligence Agency");
// - numeric types (DATE … ORDINAL) group only identical surfaces and stay at the
//   bottom of the salience order (see salience.h).
// Runs in O(n log n) in the number of mentions.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences, std::vector<Mention>& mentions);

}  // namespace newslens::entities
