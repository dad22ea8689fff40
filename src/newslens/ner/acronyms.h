#pragma once
// Acronyms read against the names they abbreviate (issue 13): news writes a name in
// full and its initials elsewhere ("Veterans Affairs Department" … "the VA"), and the
// initials alone are often another name's too ("VA", Virginia, a place in the
// gazetteer), so the typer, reading only the acronym and its sentence, can take it
// for that one.

#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::ner {

// The initials a mention's words abbreviate to, upper case: the first letters of its
// capitalised words, small joining words left out ("Department of Homeland Security" →
// "DHS"), or "" when a word is neither.
std::string initialsOf(const std::vector<std::string_view>& words);

// Over the mentions (sorted, non-overlapping): a one-word mention written in capitals
// alone (2 to 6 letters, "VA", "NFL") and read as anything but an organization takes the type of the mentions of two or
// more words whose initials it is — all their capitalised words ("National Collegiate Athletic Association"), or all
// but an institution word opening or closing the name
// ("Veterans Affairs Department" → "VA") — when they all have one type, no PERSON. Spans stay as
// they are; only types change.
void typeAcronyms(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& mentions);

}  // namespace newslens::ner
