#pragma once
// First names that tell a person's gender, for resolving "he" and "she" (quotes/).
// The list is generated from the US Census 1990 first-name tables
// (scripts/gen-first-names.mjs): common US names only, and names given to both
// sexes are left out, so an unknown or shared name answers Unknown, never a guess.

#include <string_view>

namespace newslens::lexicon {

enum class Gender : unsigned char { Unknown, Male, Female };

// The gender of a first name given lowercased ("james" → Male, "lily" → Female,
// "jordan" → Unknown).
Gender firstNameGender(std::string_view lowerName);

// The gender an honorific or gendered title marks ("mr" → Male, "mrs", "ms",
// "miss", "dame", "lady" → Female), Unknown for others ("dr"). A trailing period is
// ignored.
Gender honorificGender(std::string_view lowerWord);

}  // namespace newslens::lexicon
