#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {

bool isNegation(std::string_view w) {
  static constexpr std::string_view kNegations[] = {"not",
                                                    "no",
                                                    "never",
                                                    "none",
                                                    "nobody",
                                                    "nothing",
                                                    "neither",
                                                    "nor",
                                                    "nowhere",
                                                    "without",
                                                    "cannot",
                                                    "n't",
                                                    "n\xE2\x80\x99t",
                                                    "isn't",
                                                    "wasn't",
                                                    "aren't",
                                                    "weren't",
                                                    "don't",
                                                    "doesn't",
                                                    "didn't",
                                                    "won't",
                                                    "wouldn't",
                                                    "can't",
                                                    "couldn't",
                                                    "shouldn't",
                                                    "hasn't",
                                                    "haven't",
                                                    "hadn't",
                                                    "isn\xE2\x80\x99t",
                                                    "wasn\xE2\x80\x99t",
                                                    "don\xE2\x80\x99t",
                                                    "doesn\xE2\x80\x99t",
                                                    "didn\xE2\x80\x99t",
                                                    "won\xE2\x80\x99t",
                                                    "can\xE2\x80\x99t",
                                                    "couldn\xE2\x80\x99t",
                                                    "hasn\xE2\x80\x99t",
                                                    "haven\xE2\x80\x99t"};
  return inList(w, kNegations);
}

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
