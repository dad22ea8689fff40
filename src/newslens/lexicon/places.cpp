#include <utility>

#include "newslens/lexicon/lexicon.h"

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

}  // namespace newslens::lexicon
