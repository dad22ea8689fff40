#include "newslens/ner/patterns/matcher.h"

namespace newslens::ner::patterns {

// "January 2021", "June 18", "18 June 2023", "Jan. 5", "the 18th of June",
// "early March", "May 2021"; a bare ambiguous month needs a preposition.
Match Matcher::monthDate(std::uint32_t i) const {
  std::uint32_t j = i;
  if (has(j, kPeriodEdge) && isWord(j)) ++j;
  const bool the = j == i && is(j, "the");
  if (the) ++j;
  // Day first: "18 June", "18th of June 2023".
  if (isDay(j)) {
    std::uint32_t m = j + 1;
    if (is(m, "of")) ++m;
    if (!isMonth(m) || (the && m == j + 1)) return {};
    return make(i, yearAfter(m + 1), EntityType::DATE, kScoreSure);
  }
  if (the || !isMonth(j)) return {};
  std::uint32_t end = j + 1;
  bool anchored = false;
  if (isDay(end) && !isYear(end)) {
    ++end;
    anchored = true;
    end = yearAfter(end);
  } else if (isYear(end)) {
    ++end;
    anchored = true;
  } else if (is(end, "of") && isYear(end + 1)) {
    end += 2;
    anchored = true;
  }
  if (!anchored && j == i && has(j, kAmbiguousMonth) && !monthContext(j)) return {};
  return make(i, end, EntityType::DATE, anchored ? kScoreSure : kScore);
}

// An optional year after a day: ", 2023" or " 2023".
std::uint32_t Matcher::yearAfter(std::uint32_t j) const {
  if (isYear(j)) return j + 1;
  if (isComma(j) && isYear(j + 1)) return j + 2;
  return j;
}

bool Matcher::monthContext(std::uint32_t j) const {
  const std::uint32_t p = prev(j);
  if (has(p, kMonthContext)) return true;
  // "April and May", "March to May"
  return in(p) && (tok(p).folded() == "and" || tok(p).folded() == "or" || tok(p).folded() == "to") && p > begin_ &&
         isMonth(p - 1);
}

// "Monday", "last Monday", "Monday, June 18", "Monday night" (TIME).
Match Matcher::weekday(std::uint32_t i) const {
  std::uint32_t j = i;
  if (has(j, kRelative) || is(j, "early") || is(j, "late")) ++j;  // "last Monday", "early Wednesday"
  if (!isWeekday(j)) return {};
  std::uint32_t end = j + 1;
  if (has(end, kPartOfDay)) return make(i, end + 1, EntityType::TIME);
  if (isComma(end) && !has(end + 1, kPeriodEdge)) {
    if (const Match m = monthDate(end + 1); m.len) return make(i, end + 1 + m.len, EntityType::DATE, kScoreSure);
  } else if (!has(end, kPeriodEdge)) {
    if (const Match m = monthDate(end); m.len) return make(i, end + m.len, EntityType::DATE, kScoreSure);
  }
  return make(i, end, EntityType::DATE, kScoreSure);
}

// "the 1990s", "the early 2000s", "mid-1990s", "the ’90s", "the 1990’s".
Match Matcher::decade(std::uint32_t i) const {
  std::uint32_t j = i;
  if (is(j, "the")) ++j;
  if (has(j, kPeriodEdge)) ++j;
  if (in(j) && tok(j).kind == TokenKind::Punct && (tok(j).folded() == "'") && in(j + 1) && gluedTo(j + 1)) ++j;
  if (isWord(j) && isDecadeWord(tok(j).text)) return make(i, j + 1, EntityType::DATE, kScoreSure);
  if (isYear(j) && tok(j).text.back() == '0' && in(j + 1) && gluedTo(j + 1) && tok(j + 1).folded() == "'s")
    return make(i, j + 2, EntityType::DATE, kScoreSure);
  return {};
}

// Relative and anchored-to-now dates: "yesterday", "last week", "the coming
// months", "the past five years", "recent years", "earlier this year",
// "earlier in the year", "the end of the year", "this summer", "the first
// quarter of 2021", "the 21st century", "early 2021".
Match Matcher::relative(std::uint32_t i) const {
  if (has(i, kDayRelative) && isWord(i) && !(tok(i).upper && !sentenceInitial(i) && cap(prev(i)))) {
    // (A capitalised "Today" after a name is a title: "USA Today".)
    if (has(i + 1, kPartOfDay)) return make(i, i + 2, EntityType::TIME);
    return make(i, i + 1, EntityType::DATE);
  }
  if (has(i, kEdgeAdverb)) {  // "earlier this year", "later in the week", "earlier that day"
    if ((has(i + 1, kRelative) || is(i + 1, "that")) && isDateUnit(i + 2) && !isPlural(i + 2))
      return make(i, i + 3, EntityType::DATE);
    if (is(i + 1, "in") && is(i + 2, "the") && isDateUnit(i + 3) && !isPlural(i + 3))
      return make(i, i + 4, EntityType::DATE);
    return {};
  }
  if (has(i, kPeriodEdge)) {  // "early next year", "late 2021", "mid-2020"
    if (has(i + 1, kRelative) && isDateUnit(i + 2) && !isPlural(i + 2)) return make(i, i + 3, EntityType::DATE);
    if (isYear(i + 1)) return make(i, i + 2, EntityType::DATE);
  }
  if (is(i, "recent") && isDateUnit(i + 1) && isPlural(i + 1)) return make(i, i + 2, EntityType::DATE);
  std::uint32_t j = i;
  const bool the = is(j, "the");
  if (the) ++j;
  if (has(j, kPeriodPart) && is(j + 1, "of")) {  // "the end of the year"
    if (const std::uint32_t end = periodAfterOf(j + 2); end > j + 2) return make(i, end, EntityType::DATE);
    return {};
  }
  if (the && is(j, "recent") && isDateUnit(j + 1) && isPlural(j + 1)) return make(i, j + 2, EntityType::DATE);
  if (const Match m = calendarPart(i, j); m.len) return m;
  if (has(j, kRelative) || (the && has(j, kRelativeAfterThe)) || (the && is(j, "first"))) {
    const bool first = is(j, "first");
    std::uint32_t r = j + 1;
    bool counted = false;
    if (const Num n = parseNumber(r); n.len && !n.article) {
      r += n.len;
      counted = true;
    } else if (has(r, kQuantifier)) {
      ++r;
      counted = true;
    }
    if (first && !counted) return {};
    if (isDateUnit(r) && (counted || !first)) return make(i, r + 1, EntityType::DATE);
    if (has(r, kTimeUnit) && counted && isPlural(r)) return make(i, r + 1, EntityType::TIME);
    if (counted) return {};
    if (!has(j, kRelative)) return {};
    if (isWeekday(r) || isMonth(r)) return make(i, r + 1, EntityType::DATE);
    if (has(r, kSeason)) return make(i, r + 1, EntityType::DATE);
    if (has(r, kPartOfDay) && !the) return make(i, r + 1, EntityType::TIME);  // "last night", "this morning"
    return {};
  }
  // Seasons: "summer 2021", "the summer of 2021".
  if (has(j, kSeason)) {
    if (isYear(j + 1) && (tok(j).folded() != "fall" || tok(j).upper || the)) return make(i, j + 2, EntityType::DATE);
    if (is(j + 1, "of") && isYear(j + 2)) return make(i, j + 3, EntityType::DATE);
  }
  return {};
}

// After "the end of": "the year", "this month", "next year", "June", "2021", "the 1990s".
std::uint32_t Matcher::periodAfterOf(std::uint32_t j) const {
  if (is(j, "the") && isDateUnit(j + 1) && !isPlural(j + 1)) return j + 2;
  if (has(j, kRelative) && isDateUnit(j + 1) && !isPlural(j + 1)) return j + 2;
  if (const Match m = monthDate(j); m.len) return j + m.len;
  if (const Match m = decade(j); m.len) return j + m.len;
  if (isYear(j)) return j + 1;
  if (has(j, kRelative) && has(j + 1, kSeason)) return j + 2;
  if (is(j, "the") && has(j + 1, kSeason)) return j + 2;
  return j;
}

// "the first quarter", "the second half of 2021", "the 21st century". "Half"
// needs an "of" + year/period after it: "the first half of the match" is no date.
Match Matcher::calendarPart(std::uint32_t i, std::uint32_t j) const {
  if (!isOrdinalAt(j)) return {};
  if (is(j + 1, "century") && (j > i || is(j, "21st") || is(j, "20th") || is(j, "19th")))
    return make(i, j + 2, EntityType::DATE);
  if (!has(j + 1, kCalendarPart) || j == i) return {};
  std::uint32_t end = j + 2;
  if ((is(end, "of") || is(end, "in")) && isYear(end + 1))
    end += 2;
  else if (is(end, "of") && (is(end + 1, "the") || has(end + 1, kRelative)) && isDateUnit(end + 2))
    end += 3;
  else if (is(j + 1, "half"))
    return {};
  return make(i, end, EntityType::DATE);
}

}  // namespace newslens::ner::patterns
