#include <string>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"

namespace newslens::lexicon {
namespace {

// Holidays and periods named without "Day": religious and civic holidays English news
// writes as names, and the historical periods it writes as "the … Ages".
bool isNamedHoliday(std::string_view phrase) {
  return inList(phrase, {"christmas",    "easter",     "thanksgiving", "halloween",    "ramadan",    "hanukkah",
                         "chanukah",     "passover",   "diwali",       "kwanzaa",      "eid",        "eid al-fitr",
                         "eid al-adha",  "lent",       "purim",        "nowruz",       "yom kippur", "rosh hashanah",
                         "rosh hashana", "mardi gras", "good friday",  "black friday", "new year",   "middle ages",
                         "dark ages",    "stone age",  "bronze age",   "iron age"});
}

// First words of a holiday named "… Day" that is no possessive and no "World …",
// "International …" or "National …" ("Independence Day", "Labor Day", "Pi Day"); "Green
// Day", "Doris Day" and CNN's "New Day" are no holidays.
bool isHolidayDayWord(std::string_view w) {
  return inList(w, {"independence", "victory", "memorial", "labor", "labour", "veterans", "boxing", "election", "earth",
                    "armistice", "remembrance", "inauguration", "pi", "flag", "groundhog", "columbus", "bastille",
                    "australia", "canada"});
}

std::string joined(std::vector<std::string_view>::const_iterator begin,
                   std::vector<std::string_view>::const_iterator end) {
  std::string out;
  for (auto it = begin; it != end; ++it) out.append(out.empty() ? "" : " ").append(*it);
  return out;
}

}  // namespace

bool isHolidayOrPeriod(const std::vector<std::string_view>& words) {
  const std::size_t n = words.size();
  if (n == 0 || isNamedHoliday(joined(words.begin(), words.end()))) return n > 0;
  if (n < 2 || (words.back() != "day" && words.back() != "eve")) return false;
  // "International Women's Day", "Mother's Day", "New Year's Eve", "Presidents' Day".
  if (isPossessive(words[n - 2])) return true;
  // "World Book Day", "National Day".
  if (words.front() == "world" || words.front() == "international" || words.front() == "national") return true;
  // "Christmas Eve", "Easter Day", "Labor Day".
  return isNamedHoliday(joined(words.begin(), words.end() - 1)) || (n == 2 && isHolidayDayWord(words.front()));
}

}  // namespace newslens::lexicon
