#pragma once
// What the text says of each person entity's gender, for "he"/"she": an honorific
// before or leading one of its mentions ("Mr Smith", "Ms. Lee") wins; else its
// name's first word as a known first name ("Hillary Clinton"); Unknown when the
// honorifics disagree or nothing says. Never a guess: an unknown name stays Unknown.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/lexicon/lexicon.h"

namespace newslens::entities {

// One gender per entity of `a` (parallel to a.entities); O(mentions + entities).
std::vector<lexicon::Gender> entityGenders(std::string_view text, const Analysis& a);

}  // namespace newslens::entities
