#include "newslens/entities/lexicon.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

template <typename List>
bool contains(const List& list, std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace

bool isPersonalTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
      "president", "vice", "premier", "chancellor", "minister", "secretary", "senator", "sen",
      "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
      "gen", "general", "col", "capt", "captain", "lt", "sgt", "adm", "rev", "pope", "king",
      "queen", "prince", "princess", "judge", "justice", "ambassador", "chairman"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return contains(kTitles, w);
}

bool isHonorific(std::string_view w) {
  static constexpr std::string_view kHonorifics[] = {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return contains(kHonorifics, w);
}

bool isPossessive(std::string_view w) {
  return w == "'s" || w == "\xE2\x80\x99s" || w == "'S" || w == "\xE2\x80\x99S" || w == "'" ||
         w == "\xE2\x80\x99";
}

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

bool isReportingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "said", "says", "say", "told", "tells", "added", "adds", "stated", "warned", "warns",
      "noted", "notes", "explained", "explains", "insisted", "insists", "argued", "argues", "claimed",
      "claims", "announced", "announces", "wrote", "writes", "declared", "declares", "according",
      "asked", "asks", "replied", "replies", "responded", "urged", "urges", "acknowledged", "admitted",
      "confirmed", "confirms", "continued", "suggested", "stressed", "stresses", "emphasised",
      "emphasized", "recalled", "countered", "remarked", "tweeted", "commented", "observed",
      "maintained", "predicted", "cautioned", "reported", "reports", "testified", "conceded",
      "vowed", "pledged", "promised", "concluded"};
  return contains(kVerbs, w);
}

bool isAuxiliary(std::string_view w) {
  static constexpr std::string_view kAuxiliaries[] = {"also", "has", "have", "had", "later", "then", "previously",
                                                      "earlier", "reportedly", "recently", "once", "again", "will",
                                                      "would"};
  return contains(kAuxiliaries, w);
}

bool isPersonPronoun(std::string_view w) { return w == "he" || w == "she"; }

namespace {
char32_t firstCodePoint(std::string_view word) {
  if (word.empty()) return 0;
  const text::DecodedChar c = text::decodeAt(word, 0);
  return c.valid ? c.codePoint : 0;
}
bool isCasedLetter(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 &&
                                                                   cp != 0xF7) ||
         (cp >= 0x391 && cp <= 0x3CE) || (cp >= 0x400 && cp <= 0x45F);
}
}  // namespace

bool startsLowercase(std::string_view word) {
  const char32_t cp = firstCodePoint(word);
  return isCasedLetter(cp) && !text::isUpper(cp) && text::toLower(cp) == cp && cp != 0x138 &&
         !(cp >= 0x180 && cp < 0x250);  // Latin Extended-B case pairs are irregular: never call them lowercase
}

bool startsUppercase(std::string_view word) { return text::isUpper(firstCodePoint(word)); }

}  // namespace newslens::entities
