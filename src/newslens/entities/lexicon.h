#pragma once
// Small built-in English word lists shared by the entities and quotes stages:
// personal titles, common country aliases, reporting verbs. All lookups take an
// already lowercased word (text::lowercase) and are case-sensitive on it.

#include <string_view>

namespace newslens::entities {

// True for titles and honorifics that precede a person's name: "mr", "mrs.",
// "president", "secretary". A trailing period is ignored.
bool isPersonalTitle(std::string_view lowerWord);

// True for the honorifics among those titles ("mr", "mrs", "ms", "dr"): they mark a
// person whatever type the tagger gave the name after them.
bool isHonorific(std::string_view lowerWord);

// True for a possessive clitic token as the tokenizer splits it off: "’s", "'s", "’", "'".
bool isPossessive(std::string_view word);

// The canonical key of a well-known country or union alias with dots removed
// ("us", "usa", "america", "united states of america" → "united states";
// "uk", "britain" → "united kingdom"), or the input itself when it is none.
std::string_view countryKey(std::string_view lowerNameWithoutDots);

// True for verbs that report speech: "said", "says", "told", "added", "warned",
// "according" (as in "according to"), "stated", "insisted", …
bool isReportingVerb(std::string_view lowerWord);

// True for words that may sit between a subject and its verb: "Mr Xi also said",
// "she has said", "he would add".
bool isAuxiliary(std::string_view lowerWord);

// True for third-person singular personal pronouns that can stand for a speaker.
bool isPersonPronoun(std::string_view lowerWord);

// True when the UTF-8 word starts with a lowercase letter of a cased script
// (Latin, Greek, Cyrillic). CJK and other uncased scripts are never "lowercase".
bool startsLowercase(std::string_view word);

// True when the UTF-8 word starts with an uppercase letter (Latin, Greek, Cyrillic).
bool startsUppercase(std::string_view word);

}  // namespace newslens::entities
