#pragma once
// Closed-class English word lists for the pattern rules (patterns.h): number
// words, calendar words, units, currencies, and the nationality / religion /
// political-group words that give NORP. Hand-written; no data files.
// Lookup takes a token already folded by foldWord(): one binary search per token
// returns every class the word belongs to ("second" is both an ordinal and a
// time unit; the rules decide which reading applies).

#include <cstdint>
#include <string>
#include <string_view>

namespace newslens::ner::wordclass {

using Classes = std::uint64_t;

inline constexpr Classes kNumberWord = 1ull << 0;         // "one" … "ninety"
inline constexpr Classes kMultiplier = 1ull << 1;         // "hundred", "million", "bn"
inline constexpr Classes kOrdinalWord = 1ull << 2;        // "first" … "hundredth"
inline constexpr Classes kWeekday = 1ull << 3;            // "monday", "mondays"
inline constexpr Classes kMonth = 1ull << 4;              // "january", "jan.", "sept."
inline constexpr Classes kAmbiguousMonth = 1ull << 5;     // needs a day, year or preposition: "may", "jan"
inline constexpr Classes kDateUnit = 1ull << 6;           // "day", "years", "decade"
inline constexpr Classes kTimeUnit = 1ull << 7;           // "hour", "minutes", "seconds"
inline constexpr Classes kQuantityUnit = 1ull << 8;       // "km", "miles", "tonnes"
inline constexpr Classes kUnitPrefix = 1ull << 9;         // "square", "cubic", "nautical"
inline constexpr Classes kDegree = 1ull << 10;            // "degree", "degrees"
inline constexpr Classes kTemperatureScale = 1ull << 11;  // "celsius", "fahrenheit", "c", "f"
inline constexpr Classes kCurrencyWord = 1ull << 12;      // "dollars", "euros", "cents"
inline constexpr Classes kCurrencyCode = 1ull << 13;      // "usd", "eur", "rmb"
inline constexpr Classes kCurrencyPrefix = 1ull << 14;    // before a glued "$": "us", "hk", "a"
inline constexpr Classes kCurrencyRegion = 1ull << 15;    // before a currency word: "us", "hong", "kong"
inline constexpr Classes kPercentWord = 1ull << 16;       // "percent", "pct"
inline constexpr Classes kMeridiem = 1ull << 17;          // "a.m.", "pm", "o'clock"
inline constexpr Classes kTimezone = 1ull << 18;          // "gmt", "utc", "et"
inline constexpr Classes kPartOfDay = 1ull << 19;         // "morning", "night"
inline constexpr Classes kDayRelative = 1ull << 20;       // "yesterday", "today", "tomorrow"
inline constexpr Classes kTimeWord = 1ull << 21;          // "noon", "midnight", "tonight"
inline constexpr Classes kSeason = 1ull << 22;            // "summer", "fall"
inline constexpr Classes kRelative = 1ull << 23;          // "last", "next", "this", "coming", "past"
inline constexpr Classes kRelativeAfterThe = 1ull << 24;  // only after "the": "previous", "following", "same"
inline constexpr Classes kRecent = 1ull << 25;            // "recent"
inline constexpr Classes kApprox = 1ull << 26;            // "about", "nearly", "roughly"
inline constexpr Classes kQuantifier = 1ull << 27;        // "several", "few", "many"
inline constexpr Classes kDurationTail = 1ull << 28;      // "ago", "later", "earlier", "old"
inline constexpr Classes kYearContext = 1ull << 29;       // words before a bare year: "in", "since"
inline constexpr Classes kMonthContext = 1ull << 30;      // words before a bare month: "in", "last"
inline constexpr Classes kPeriodEdge = 1ull << 31;        // "early", "mid", "late"
inline constexpr Classes kEdgeAdverb = 1ull << 32;        // "earlier", "later"
inline constexpr Classes kPeriodPart = 1ull << 33;        // "end", "beginning", "rest" (… of the year)
inline constexpr Classes kCalendarPart = 1ull << 34;      // "quarter", "half" (the first quarter)
inline constexpr Classes kNationality = 1ull << 35;       // "chinese", "americans", "muslim", "republicans"
inline constexpr Classes kNationalityHead = 1ull << 36;   // first word of a two-word demonym: "north", "sri"
inline constexpr Classes kNameHead = 1ull << 37;          // words that make a demonym part of a name: "party"
inline constexpr Classes kDeterminer = 1ull << 38;        // before a pronoun "one": "no", "the", "each"
inline constexpr Classes kYearNoun = 1ull << 39;          // after a bare year: "election", "budget"

// ASCII lower case, with ’ folded to ' so "o’clock" matches "o'clock".
std::string foldWord(std::string_view token);
// The same into `out` (replaced), which keeps its capacity: no allocation per token
// when a caller folds many tokens into the same strings.
void foldWord(std::string_view token, std::string& out);
// The same into `out`, which has room for token.size() bytes (a fold is never
// longer); returns how many it wrote.
std::size_t foldWord(std::string_view token, char* out);

// Every class of a folded word; 0 for words in no list.
Classes classify(std::string_view folded);

// True when two folded words form a demonym: "north" "korean", "sri" "lankans".
bool isNationalityPair(std::string_view first, std::string_view second);

}  // namespace newslens::ner::wordclass
