#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {

// Sorted bytewise (checked at compile time below); read through a WordIndex: short
// forms ask it about every word of a point, and a scan of the list was ~40 compares.
constexpr FlaggedWord kNegations[] = {{"aren't", 1},
                                      {"can't", 1},
                                      {"cannot", 1},
                                      {"can\xE2\x80\x99t", 1},
                                      {"couldn't", 1},
                                      {"couldn\xE2\x80\x99t", 1},
                                      {"didn't", 1},
                                      {"didn\xE2\x80\x99t", 1},
                                      {"doesn't", 1},
                                      {"doesn\xE2\x80\x99t", 1},
                                      {"don't", 1},
                                      {"don\xE2\x80\x99t", 1},
                                      {"hadn't", 1},
                                      {"hasn't", 1},
                                      {"hasn\xE2\x80\x99t", 1},
                                      {"haven't", 1},
                                      {"haven\xE2\x80\x99t", 1},
                                      {"isn't", 1},
                                      {"isn\xE2\x80\x99t", 1},
                                      {"n't", 1},
                                      {"neither", 1},
                                      {"never", 1},
                                      {"no", 1},
                                      {"nobody", 1},
                                      {"none", 1},
                                      {"nor", 1},
                                      {"not", 1},
                                      {"nothing", 1},
                                      {"nowhere", 1},
                                      {"n\xE2\x80\x99t", 1},
                                      {"shouldn't", 1},
                                      {"wasn't", 1},
                                      {"wasn\xE2\x80\x99t", 1},
                                      {"weren't", 1},
                                      {"without", 1},
                                      {"won't", 1},
                                      {"won\xE2\x80\x99t", 1},
                                      {"wouldn't", 1}};
static_assert(isSorted(kNegations), "kNegations must stay sorted");
constexpr WordIndex kNegationIndex{kNegations};

bool isNegation(std::string_view w) { return kNegationIndex.flagsOf(w) != 0; }

bool isDiscourseOpener(std::string_view w) {
  static constexpr std::string_view kOpeners[] = {
      "but",         "and",        "however", "meanwhile",  "still",       "also",         "yet",
      "so",          "now",        "indeed",  "moreover",   "furthermore", "additionally", "nevertheless",
      "nonetheless", "separately", "overall", "ultimately", "instead",     "besides",      "anyway",
      "plus",        "thus",       "hence",   "then",       "finally",     "similarly",    "likewise"};
  return inList(w, kOpeners);
}

bool isLeaningPronoun(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {"he",    "she",  "it",   "they",  "his",   "her", "its",
                                                   "their", "this", "that", "these", "those", "him", "them"};
  return inList(w, kPronouns);
}

}  // namespace newslens::lexicon
