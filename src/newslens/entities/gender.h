#pragma once
// What the text says of each entity as a person, for "he"/"she" (salience's pronoun
// counts, key-point references, quote speakers: one rule for all three):
// - an honorific before or leading one of its mentions ("Mr Smith", "Ms. Lee") makes
//   it a person whatever the tagger typed, of the honorific's gender (Unknown when
//   two of its honorifics disagree);
// - else it is a person when typed PERSON, or when its name has two or more words and
//   opens with a known first name ("Hillary Clinton" mistyped ORG); a person's gender
//   is its name's first word as a known first name;
// - anything else: not a person, gender Unknown. Never a guess: an unknown first name
//   stays Unknown. ("Georgia Tech" typed ORG reads as a woman: readers that want only
//   tagged people, as salience's pronoun counts and key-point references, check the type.)

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/lexicon/lexicon.h"

namespace newslens::entities {

struct PersonCues {
  std::vector<lexicon::Gender> gender;  // per entity of the analysis
  std::vector<bool> person;             // per entity: a person by type, honorific or first name
};

// The cues of every entity of `a` (parallel to a.entities); O(mentions + entities).
PersonCues personCues(std::string_view text, const Analysis& a);

// Whether an entity of gender `entity` may be what a pronoun of gender `wanted`
// stands for: only a known gender that differs rules it out.
inline bool genderFits(lexicon::Gender entity, lexicon::Gender wanted) {
  return entity == lexicon::Gender::Unknown || wanted == lexicon::Gender::Unknown || entity == wanted;
}

}  // namespace newslens::entities
