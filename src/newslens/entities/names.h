#pragma once
// What a mention's surface says about the name it carries: its normalized words
// (the key that groups mentions), the span to show as an alias, the span to use
// as a canonical name, and whether a personal title marks it as a person.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

struct MentionName {
  std::vector<std::string> words;  // lowercased, dots removed; no possessive, leading "the" or title
  std::uint32_t aliasStart = 0;    // surface without a trailing possessive or a leading lowercase "the"
  std::uint32_t aliasEnd = 0;
  std::uint32_t nameStart = 0;  // the alias without leading personal titles ("Mr", "President")
  std::uint32_t nameEnd = 0;
  std::uint32_t nameTokens = 0;  // tokens in [nameStart, nameEnd)
  bool titled = false;           // an honorific ("Mr", "Dr") leads the mention or stands right before it
  char gender = 0;               // 'm' after "Mr"/"Sir", 'f' after "Mrs"/"Ms"/"Miss"/"Dame", else 0
  bool common = false;           // every word starts lowercase: a common noun phrase ("the department")
  bool afterIn = false;          // the word before the mention is "in": "a 2-0 win in Monaco" names the place
  bool acronym = false;          // the alias is 2-6 capitals, dots allowed: "CIA", "U.N."
  bool speaks = false;           // a reporting verb follows the mention ("Trump said"): a person's cue
};

// Analyzes the mention's surface. Office titles ("President") are stripped from the
// words only when `person` is true; honorifics always are. Never empties the words
// of a name that has any: "President" alone stays "president".
MentionName analyzeName(std::string_view text, const std::vector<Token>& tokens, const Mention& mention, bool person);

// "the united states" → "united states"; "us" → "united states" (see countryKey).
// The words are already folded (analyzeName): lowercase, no dots, Latin accents
// dropped ("maría" is "maria"), so a name spelled with and without accents is one key.
std::string nameKey(const std::vector<std::string>& words);

}  // namespace newslens::entities
