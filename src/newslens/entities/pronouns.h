#pragma once
// Pronoun references, for salience: news keeps writing about its protagonist as "he"
// or "she" once named. Each third-person personal pronoun outside a name ("he", "his",
// "her", "himself" …) stands for the nearest person mentioned before it, within its
// sentence and the kPronounReach sentences before, whose gender (gender.h) does not
// contradict the pronoun's; none when no such person is that close. No number or
// syntax model: a count for ranking, not a coreference answer.

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

inline constexpr std::uint32_t kPronounReach = 2;

// Per entity of `a` (Mention::entity set, mentions sorted by start): how many
// pronouns stand for it. Linear in tokens + mentions.
std::vector<std::uint32_t> pronounReferences(std::string_view text, const Analysis& a);

}  // namespace newslens::entities
