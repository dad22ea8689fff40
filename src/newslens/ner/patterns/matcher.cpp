#include "newslens/ner/patterns/matcher.h"

namespace newslens::ner::patterns {

namespace {

// Parses digits with optional comma groups ("2,000") and one decimal point.
bool parsePlain(std::string_view s, NumberInfo& info) {
  if (s.empty() || !isDigit(s[0])) return false;
  double value = 0;
  std::uint32_t intDigits = 0;
  bool commas = false;
  std::size_t i = 0;
  for (; i < s.size() && (isDigit(s[i]) || s[i] == ','); ++i) {
    if (s[i] == ',') {
      // A thousands separator is followed by exactly three digits.
      if (i + 3 >= s.size() || !isDigit(s[i + 1]) || !isDigit(s[i + 2]) || !isDigit(s[i + 3]) ||
          (i + 4 < s.size() && isDigit(s[i + 4])))
        return false;
      commas = true;
      continue;
    }
    value = value * 10 + (s[i] - '0');
    ++intDigits;
  }
  if (i < s.size() && s[i] == '.') {
    double scale = 0.1;
    std::size_t j = i + 1;
    if (j >= s.size()) return false;
    for (; j < s.size(); ++j) {
      if (!isDigit(s[j])) return false;
      value += (s[j] - '0') * scale;
      scale /= 10;
    }
    i = j;
  }
  if (i != s.size()) return false;
  info.form = NumberForm::Plain;
  info.digits = intDigits;
  info.separators = commas;
  info.value = value;
  return true;
}

// Value of a short run of ASCII digits (callers check the length).

}  // namespace

int smallInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

NumberInfo analyzeNumber(std::string_view s) {
  NumberInfo info;
  if (s.size() > kMaxPatternToken) return info;
  if (parsePlain(s, info)) return info;
  const auto count = [&](char c) { return std::count(s.begin(), s.end(), c); };
  const auto allDigits = [](std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), isDigit);
  };
  if (count(':') == 1) {
    const std::size_t colon = s.find(':');
    const std::string_view h = s.substr(0, colon), m = s.substr(colon + 1);
    if (allDigits(h) && allDigits(m) && h.size() <= 2 && m.size() == 2 && smallInt(h) <= 24 && smallInt(m) <= 59)
      info.form = NumberForm::Time;
    return info;
  }
  if (count('-') == 2 && s.size() == 10 && allDigits(s.substr(0, 4)) && s[4] == '-' && allDigits(s.substr(5, 2)) &&
      s[7] == '-' && allDigits(s.substr(8, 2))) {
    info.form = NumberForm::IsoDate;  // 2021-06-18
    return info;
  }
  if (count('.') == 2 && s.size() >= 8 && s.size() <= 10) {
    const std::size_t a = s.find('.'), b = s.find('.', a + 1);
    if (allDigits(s.substr(0, a)) && a <= 2 && allDigits(s.substr(a + 1, b - a - 1)) && b - a - 1 <= 2 &&
        allDigits(s.substr(b + 1)) && s.size() - b - 1 == 4)
      info.form = NumberForm::DottedDate;  // 18.06.2021
    return info;
  }
  if (count('-') == 1) {
    const std::size_t dash = s.find('-');
    NumberInfo left, right;
    if (parsePlain(s.substr(0, dash), left) && parsePlain(s.substr(dash + 1), right)) {
      info.form = NumberForm::Range;
      info.digits = left.digits;
      info.value = left.value;
      info.second = right.value;
      info.secondDigits = right.digits;
    }
  }
  return info;
}

Attached splitAttached(std::string_view s) {
  if (s.empty() || s.size() > kMaxPatternToken || !isDigit(s[0])) return {};
  std::size_t i = 0;
  while (i < s.size() && (isDigit(s[i]) || s[i] == ',' || s[i] == '.' || s[i] == ':')) ++i;
  if (i == s.size() || !isDigit(s[i - 1])) return {};
  for (std::size_t j = i; j < s.size(); ++j)
    if (!((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '.')) return {};
  return {s.substr(0, i), s.substr(i)};
}

bool isOrdinalSuffix(std::string_view suffix) {
  return suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
}

// "1990s", "90s", "20s": a decade (or an age range, which OntoNotes also calls DATE).
bool isDecadeWord(std::string_view s) {
  if (s.size() != 3 && s.size() != 5) return false;
  if (s.back() != 's' || s[s.size() - 2] != '0') return false;
  return std::all_of(s.begin(), s.end() - 1, isDigit);
}

bool isCurrencySymbol(std::string_view s) {
  static const std::string_view kSymbols[] = {"$",
                                              "\xC2\xA3",
                                              "\xE2\x82\xAC",
                                              "\xC2\xA5",
                                              "\xE2\x82\xB9",
                                              "\xE2\x82\xA9",
                                              "\xE2\x82\xBD",
                                              "\xE2\x82\xBA",
                                              "\xE2\x82\xAA",
                                              "\xE2\x82\xA6",
                                              "\xE0\xB8\xBF",
                                              "\xE2\x82\xAB",
                                              "\xE2\x82\xB1"};
  return std::find(std::begin(kSymbols), std::end(kSymbols), s) != std::end(kSymbols);
}

// The word classes some rule reads of its first token (the others it reads only of
// tokens after it or before it: "in" before a year, "dollars" after a number).
constexpr Classes kStartClasses = kDayRelative | kEdgeAdverb | kPeriodEdge | kRecent | kPeriodPart | kOrdinalWord |
                                  kRelative | kRelativeAfterThe | kSeason | kMonth | kAmbiguousMonth | kWeekday |
                                  kTimeWord | kApprox | kCurrencyPrefix | kCurrencyCode | kQuantifier | kNumberWord |
                                  kNationalityHead | kNationality;

// False for a token no rule can start at, which most of a text's tokens are: a word or
// punctuation mark in no class of kStartClasses, with no digit first (the attached
// forms "5bn", "21st", "1990s" start with one) and no hyphen ("five-year",
// "mid-2020"), and none of the words a rule reads itself ("a", "an", "the", the "'" of
// "'90s"). Every rule's first step asks one of those of token i (or of Number and
// Symbol tokens, never skipped), so skipping the rest changes no match: it saves the
// nine rules' calls on most tokens.
bool Matcher::mayStart(std::uint32_t i) const {
  const Tok& t = tok(i);
  if ((t.cls & kStartClasses) != 0 || (t.kind != TokenKind::Word && t.kind != TokenKind::Punct) || t.text.empty())
    return true;
  // std::find, not find(): inlined, it beats a memchr() call on a word of a few bytes.
  if (isDigit(t.text[0]) || std::find(t.text.begin(), t.text.end(), '-') != t.text.end()) return true;
  const std::string_view lower = t.folded();
  return lower == "a" || lower == "an" || lower == "the" || lower == "'";
}

// The longest match starting at token i (ties go to the earlier rule).
Match Matcher::best(std::uint32_t i) const {
  Match best;
  if (!mayStart(i)) return best;
  for (const Match m : {relative(i), monthDate(i), weekday(i), decade(i), timeExpr(i), hyphenated(i), numeric(i),
                        ordinal(i), nationality(i)})
    if (m.len > best.len) best = m;
  return best;
}

}  // namespace newslens::ner::patterns
