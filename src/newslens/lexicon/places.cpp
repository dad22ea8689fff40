#include <utility>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {

std::string_view countryKey(std::string_view w) {
  // Only aliases a reader would never doubt; everything else keys as itself.
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"us", "united states"},
      {"usa", "united states"},
      {"america", "united states"},
      {"united states of america", "united states"},
      {"uk", "united kingdom"},
      {"britain", "united kingdom"},
      {"great britain", "united kingdom"},
      {"eu", "european union"},
      {"un", "united nations"},
      {"uae", "united arab emirates"},
      {"prc", "china"},
      {"people's republic of china", "china"},
      {"people\xE2\x80\x99s republic of china", "china"},
      {"mainland china", "china"},
      {"russian federation", "russia"},
      {"drc", "democratic republic of the congo"},
      {"dprk", "north korea"},
      {"rok", "south korea"},
      {"republic of korea", "south korea"},
  };
  for (const auto& [alias, key] : kAliases)
    if (alias == w) return key;
  return w;
}

bool isAncestryCompoundTail(std::string_view w) {
  // Where news writes a people by its ancestry and its nationality ("Mexican-American",
  // "Chinese-Canadians"): the nationalities of the immigration countries English news
  // writes them for. Not a list of dev names: the compound's grammar.
  return inList(w, {"american", "americans", "australian", "australians", "canadian", "canadians"});
}

}  // namespace newslens::lexicon
