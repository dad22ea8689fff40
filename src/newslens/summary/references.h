#pragma once
// References in a key point that do not stand alone: a personal pronoun ("he",
// "her") or a definite description ("The President", "the company", "the city")
// whose meaning is in an earlier sentence. Each gets the entity it stands for, so
// that a bullet shown on its own can say who is meant. Resolution (no number
// model: the precision comes from what is not attempted):
// - a pronoun → the last PERSON mention before the point whose gender fits
//   (entities/pronouns.h, the one home of that reading), then the most salient
//   fitting person of that mention's sentence; none when the point names a person
//   before it (then the point stands alone, and "he" is ambiguous);
// - "the" + a personal title with no name after it → the last PERSON whose name
//   the text ever wrote after that title ("President Joe Biden"), before the point;
// - "the" + an organisation or place noun ("company", "club", "city", "country")
//   → the last ORG (GPE) mention before the point;
// - nothing inside a mention, nothing when the point itself names that entity first.

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::summary {

// The leaning references in text[start, end) (a key point's span), in text order,
// each with a valid entity index. Empty without NER mentions.
std::vector<Reference> leaningReferences(std::string_view text, const Analysis& analysis, std::uint32_t start,
                                         std::uint32_t end);

}  // namespace newslens::summary
