#include "newslens/ner/patterns.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "newslens/ner/word_classes.h"

namespace newslens::ner {
namespace {

using namespace wordclass;

// Tokens longer than this are in no word list and no numeric pattern; capping
// keeps a 1 MB "word" from being copied or scanned more than once.
constexpr std::size_t kMaxPatternToken = 40;
// Longest run of number words one phrase may take ("two hundred and fifty thousand").
constexpr std::uint32_t kMaxNumberWords = 10;

constexpr float kScoreSure = 0.95f;    // closed patterns: "$5bn", "5%", "January 2021"
constexpr float kScore = 0.9f;         // most rules
constexpr float kScoreGuess = 0.8f;    // context-dependent: bare years, cardinals, NORP

struct Tok {
  std::string_view text;
  std::string lower;      // foldWord(text); empty for over-long tokens
  Classes cls = 0;
  TokenKind kind = TokenKind::Other;
  bool upper = false;     // starts with an ASCII capital
  bool glued = false;     // no space between this token and the previous one
  bool newline = false;   // a line break precedes it
};

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The shapes a Number token can have (the tokenizer joins digits with , . : -).
enum class NumberForm { None, Plain, Time, IsoDate, DottedDate, Range };

struct NumberInfo {
  NumberForm form = NumberForm::None;
  std::uint32_t digits = 0;  // digits before any decimal point (Plain)
  bool separators = false;   // thousands commas (Plain)
  double value = 0;          // Plain: the value; Range: the first part
  double second = 0;         // Range: the second part
  std::uint32_t secondDigits = 0;
};

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

// "5bn" → {"5", "bn"}, "10:30pm" → {"10:30", "pm"}: a digit prefix and a letter suffix.
struct Attached {
  std::string_view number;
  std::string_view suffix;
};

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
  static const std::string_view kSymbols[] = {"$", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5", "\xE2\x82\xB9",
                                              "\xE2\x82\xA9", "\xE2\x82\xBD", "\xE2\x82\xBA", "\xE2\x82\xAA",
                                              "\xE2\x82\xA6", "\xE0\xB8\xBF", "\xE2\x82\xAB", "\xE2\x82\xB1"};
  return std::find(std::begin(kSymbols), std::end(kSymbols), s) != std::end(kSymbols);
}

struct Match {
  std::uint32_t len = 0;
  EntityType type = EntityType::CARDINAL;
  float score = kScore;
};

Match make(std::uint32_t from, std::uint32_t to, EntityType type, float score = kScore) {
  return {to > from ? to - from : 0, type, score};
}

// How far a rule may look behind and ahead of its start token. A window of
// prepared tokens slides over each sentence, so memory stays bounded whatever
// the input size; rules see the window's edge as the end of the text only when
// it is the sentence's edge.
constexpr std::uint32_t kLookBehind = 8;
constexpr std::uint32_t kLookAhead = 48;
constexpr std::uint32_t kWindow = 1024;

// The rules over one sentence's tokens [begin, end), seen through `window`
// (prepared tokens from index `windowBegin`). Every rule looks at a bounded
// window around its start, so a sentence is matched in linear time.
class Matcher {
 public:
  Matcher(const std::vector<Tok>& window, std::uint32_t windowBegin, std::uint32_t begin, std::uint32_t end)
      : t_(window),
        begin_(std::max(begin, windowBegin)),
        end_(std::min<std::uint32_t>(end, windowBegin + static_cast<std::uint32_t>(window.size()))),
        windowBegin_(windowBegin) {}

  // The longest match starting at token i (ties go to the earlier rule).
  Match best(std::uint32_t i) const {
    Match best;
    for (const Match m : {relative(i), monthDate(i), weekday(i), decade(i), timeExpr(i), hyphenated(i),
                          numeric(i), ordinal(i), nationality(i)})
      if (m.len > best.len) best = m;
    return best;
  }

 private:
  bool in(std::uint32_t j) const { return j >= begin_ && j < end_; }
  const Tok& tok(std::uint32_t j) const { return t_[j - windowBegin_]; }  // callers check in(j)
  bool has(std::uint32_t j, Classes c) const { return in(j) && (tok(j).cls & c) != 0; }
  bool is(std::uint32_t j, std::string_view word) const { return in(j) && tok(j).lower == word; }
  bool cap(std::uint32_t j) const { return in(j) && tok(j).upper && tok(j).kind == TokenKind::Word; }
  bool text(std::uint32_t j, std::string_view s) const { return in(j) && tok(j).text == s; }
  bool gluedTo(std::uint32_t j) const { return in(j) && tok(j).glued; }
  bool isWord(std::uint32_t j) const { return in(j) && tok(j).kind == TokenKind::Word; }
  // "Degrees", not "MW" or "degrees".
  bool titleCase(std::uint32_t j) const {
    return cap(j) && tok(j).text.size() > 1 && tok(j).text[1] >= 'a' && tok(j).text[1] <= 'z';
  }
  std::uint32_t prev(std::uint32_t j) const { return j > begin_ ? j - 1 : end_; }  // end_ = none

  // First word of its sentence or line (after opening quotes or brackets only).
  bool sentenceInitial(std::uint32_t j) const {
    if (in(j) && tok(j).newline) return true;
    for (std::uint32_t k = j; k > begin_; --k) {
      if (tok(k - 1).kind != TokenKind::Punct) return false;
      if (j - k > 3) return false;
    }
    return true;
  }

  NumberInfo number(std::uint32_t j) const {
    if (!in(j) || tok(j).kind != TokenKind::Number) return {};
    return analyzeNumber(tok(j).text);
  }
  bool isYear(std::uint32_t j) const {
    const NumberInfo n = number(j);
    return n.form == NumberForm::Plain && n.digits == 4 && !n.separators && n.value >= 1000 && n.value < 3000 &&
           tok(j).text.size() == 4;
  }
  // A day of the month: "18", "18th", "18-20".
  bool isDay(std::uint32_t j) const {
    if (!in(j)) return false;
    const NumberInfo n = number(j);
    if (n.form == NumberForm::Plain && n.digits <= 2 && tok(j).text.size() <= 2) return n.value >= 1 && n.value <= 31;
    if (n.form == NumberForm::Range && n.digits <= 2 && n.secondDigits <= 2 && tok(j).text.size() <= 5)
      return n.value >= 1 && n.second <= 31 && n.value < n.second;
    const Attached a = splitAttached(tok(j).text);
    if (isOrdinalSuffix(a.suffix) && a.number.size() <= 2 && std::all_of(a.number.begin(), a.number.end(), isDigit)) {
      const int v = smallInt(a.number);
      return v >= 1 && v <= 31;
    }
    return false;
  }
  bool isMonth(std::uint32_t j) const { return has(j, kMonth) && tok(j).upper; }
  bool isWeekday(std::uint32_t j) const { return has(j, kWeekday) && tok(j).upper; }
  bool isComma(std::uint32_t j) const { return text(j, ","); }
  bool isDateUnit(std::uint32_t j) const { return has(j, kDateUnit) && isWord(j); }
  bool isPlural(std::uint32_t j) const {
    return in(j) && !tok(j).lower.empty() && (tok(j).lower.back() == 's' || tok(j).lower == "centuries" ||
                                             tok(j).lower == "millennia");
  }

  // ---- numbers -----------------------------------------------------------

  struct Num {
    std::uint32_t len = 0;
    bool article = false;     // "a"/"an" standing for one, valid only before a unit
    bool digits = false;
    bool multiplier = false;  // "million", "5bn"
    bool year = false;        // a bare 1000-2999 or a year range "2019-21"
    bool small = false;       // an integer 1..12 (clock hours)
    bool one = false;         // the word "one"
  };

  bool isNumberWord(std::uint32_t j) const {
    if (!isWord(j)) return false;
    if (has(j, kNumberWord)) return true;
    const std::string& w = tok(j).lower;  // "twenty-five"
    const std::size_t dash = w.find('-');
    return dash != std::string::npos && (classify(w.substr(0, dash)) & kNumberWord) &&
           (classify(w.substr(dash + 1)) & kNumberWord);
  }
  bool isMultiplierWord(std::uint32_t j) const { return has(j, kMultiplier) && isWord(j); }

  // `money`: after a currency symbol, where "$1.2B" and "£5M" mean billions and millions.
  Num parseNumber(std::uint32_t i, bool money = false) const {
    Num n;
    if (!in(i)) return n;
    std::uint32_t j = i;
    const Tok& first = tok(i);
    if (first.lower == "a" || first.lower == "an") {
      if (isMultiplierWord(i + 1) && tok(i + 1).lower != "bn") {  // "a million", "a dozen"
        n.len = 2;
        n.multiplier = true;
        return n;
      }
      n.len = 1;
      n.article = true;
      return n;
    }
    if (first.kind == TokenKind::Number) {
      const NumberInfo info = analyzeNumber(first.text);
      if (info.form == NumberForm::Plain) {
        n.year = info.digits == 4 && !info.separators && first.text.size() == 4 && info.value >= 1000 &&
                 info.value < 3000;
        n.small = first.text.size() <= 2 && info.value >= 1 && info.value <= 12;
      } else if (info.form == NumberForm::Range) {
        n.year = info.digits == 4 && info.value >= 1000 && info.value < 3000 &&
                 (info.secondDigits == 4 || info.secondDigits == 2);
      } else {
        return n;
      }
      n.digits = true;
      j = i + 1;
    } else if (first.kind == TokenKind::Word) {
      const Attached a = splitAttached(first.text);
      if (!a.suffix.empty()) {
        const std::string_view x = a.suffix;
        const bool multiplier = x == "bn" || x == "m" || x == "mn" || x == "k" || x == "tn" || x == "trn" ||
                                (money && (x == "B" || x == "M" || x == "K" || x == "BN" || x == "b"));
        if (!multiplier || a.number.find(':') != std::string_view::npos) return n;
        n.digits = true;
        n.multiplier = true;
        j = i + 1;
      } else if (isNumberWord(i)) {
        n.one = first.lower == "one";
        j = i + 1;
        // "two hundred and fifty thousand": number words, multipliers, inner "and".
        while (j < end_ && j - i < kMaxNumberWords) {
          if (isNumberWord(j) || (isMultiplierWord(j) && tok(j).lower != "bn")) {
            n.one = false;
            ++j;
          } else if (tok(j).lower == "and" && has(j - 1, kMultiplier) && isNumberWord(j + 1)) {
            j += 2;
          } else {
            break;
          }
        }
        if (j > i + 1) n.multiplier = true;
      } else {
        return n;
      }
    } else {
      return n;
    }
    while (j < end_ && j - i < kMaxNumberWords && isMultiplierWord(j)) {  // "2.5 million"
      n.multiplier = true;
      n.small = false;
      n.year = false;
      ++j;
    }
    n.len = j - i;
    return n;
  }

  // "about", "more than", "at least", "up to", "some" (before digits only).
  std::uint32_t approxLength(std::uint32_t i) const {
    if (!has(i, kApprox)) return 0;
    const std::string& w = tok(i).lower;
    if (w == "more" || w == "less" || w == "fewer") return is(i + 1, "than") ? 2 : 0;
    if (w == "at") return is(i + 1, "least") || is(i + 1, "most") ? 2 : 0;
    if (w == "up") return is(i + 1, "to") ? 2 : 0;
    if (w == "some") return in(i + 1) && tok(i + 1).kind == TokenKind::Number ? 1 : 0;
    return 1;
  }

  // After a date or time unit: "ago", "later", "earlier", "old".
  std::uint32_t durationTail(std::uint32_t j) const { return has(j, kDurationTail) ? j + 1 : j; }

  bool durationContext(std::uint32_t before) const {
    static const std::string_view kWords[] = {"for", "in", "within", "over", "than", "about", "nearly",
                                              "almost", "once", "twice", "around", "just", "only"};
    return in(before) && std::find(std::begin(kWords), std::end(kWords), tok(before).lower) != std::end(kWords);
  }

  // Timezone after a time: "GMT", "local time".
  std::uint32_t timezoneTail(std::uint32_t j) const {
    if (has(j, kTimezone) && tok(j).upper) return j + 1;
    if (is(j, "local") && is(j + 1, "time")) return j + 2;
    return j;
  }

  // `multiplier`: the number had "million"/"bn"; "6 pounds" is a weight, "6 million pounds" money.
  std::uint32_t moneyAfterNumber(std::uint32_t j, bool multiplier) const {
    if (in(j) && tok(j).kind == TokenKind::Symbol && isCurrencySymbol(tok(j).text) && tok(j).text != "$")
      return j + 1;  // "100 €"
    if (has(j, kCurrencyCode) && isCode(j)) return j + 1;
    std::uint32_t k = j;
    while (k < j + 2 && has(k, kCurrencyRegion) && tok(k).upper) ++k;  // "US dollars", "Hong Kong dollars"
    if (!has(k, kCurrencyWord) || !isWord(k)) return j;
    if ((tok(k).lower == "pound" || tok(k).lower == "pounds") && !multiplier && k == j && !is(k + 1, "sterling"))
      return j;
    return k + 1;
  }

  bool isCode(std::uint32_t j) const {
    const std::string_view s = tok(j).text;
    if (tok(j).lower == "rs" || tok(j).lower == "rs.") return tok(j).upper;
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  // "$5bn", "US$ 3", "£300m", "USD 5 million".
  Match moneyWithSymbol(std::uint32_t i, std::uint32_t k) const {
    std::uint32_t j = k;
    if (has(j, kCurrencyPrefix) && tok(j).upper && in(j + 1) && isCurrencySymbol(tok(j + 1).text) && gluedTo(j + 1))
      ++j;
    const bool symbol = in(j) && tok(j).kind == TokenKind::Symbol && isCurrencySymbol(tok(j).text);
    const bool code = !symbol && has(j, kCurrencyCode) && isCode(j);
    if (!symbol && !code) return {};
    const Num n = parseNumber(j + 1, true);
    if (n.len == 0 || n.article) return {};
    return make(i, j + 1 + n.len, EntityType::MONEY, kScoreSure);
  }

  Match numeric(std::uint32_t i) const {
    const std::uint32_t k = i + approxLength(i);
    if (const Match m = moneyWithSymbol(i, k); m.len) return m;
    if (const Match m = quantifiedDuration(i, k); m.len) return m;
    if (const Match m = attachedUnit(i, k); m.len) return m;
    const Num n = parseNumber(k);
    if (n.len == 0) return {};
    const std::uint32_t j = k + n.len;
    if (!n.article) {
      if (in(j) && tok(j).text == "%") return make(i, j + 1, EntityType::PERCENT, kScoreSure);
      if (has(j, kPercentWord)) {
        if (tok(j).lower != "percentage") return make(i, j + 1, EntityType::PERCENT, kScoreSure);
        if (is(j + 1, "point") || is(j + 1, "points")) return make(i, j + 2, EntityType::PERCENT, kScoreSure);
      }
      if (is(j, "per") && is(j + 1, "cent")) return make(i, j + 2, EntityType::PERCENT, kScoreSure);
      if (const std::uint32_t m = moneyAfterNumber(j, n.multiplier); m > j) return make(i, m, EntityType::MONEY, kScoreSure);
      if (has(j, kMeridiem) && (n.small || (!n.digits && !n.multiplier)))
        return make(i, timezoneTail(j + 1), EntityType::TIME);
    }
    const bool secondOrdinal = n.article && is(j, "second") && isWord(j + 1) && !tok(j + 1).upper;  // "a second round"
    if (has(j, kTimeUnit) && isWord(j) && !secondOrdinal &&
        (!n.article || durationContext(prev(k)) || has(j + 1, kDurationTail)))
      return make(i, durationTail(j + 1), EntityType::TIME);
    if (isDateUnit(j) && (!n.article || durationContext(prev(k)) || has(j + 1, kDurationTail)))
      return make(i, durationTail(j + 1), EntityType::DATE);
    if (n.article) return {};
    if (const std::uint32_t q = quantityUnit(j); q > j) return make(i, q, EntityType::QUANTITY);
    if (n.year && yearInContext(k)) {
      // "2020–21", "2019 - 2021": a year range split by a dash token.
      if (in(j) && (tok(j).text == "-" || tok(j).text == "\xE2\x80\x93") && in(j + 1) &&
          tok(j + 1).kind == TokenKind::Number && (tok(j + 1).text.size() == 2 || isYear(j + 1)))
        return make(i, j + 2, EntityType::DATE, kScoreGuess);
      return make(i, j, EntityType::DATE, kScoreGuess);
    }
    if (!cardinalAllowed(k, n)) return {};
    return make(i, j, EntityType::CARDINAL, kScoreGuess);
  }

  // "several days", "a few weeks", "many years", "a couple of hours".
  Match quantifiedDuration(std::uint32_t i, std::uint32_t k) const {
    std::uint32_t j = k;
    if (is(j, "a") && is(j + 1, "few")) j += 2;
    else if (is(j, "a") && is(j + 1, "couple") && is(j + 2, "of")) j += 3;
    else if (has(j, kQuantifier)) j += 1;
    else return {};
    if (isDateUnit(j) && isPlural(j)) return make(i, durationTail(j + 1), EntityType::DATE);
    if (has(j, kTimeUnit) && isPlural(j)) return make(i, durationTail(j + 1), EntityType::TIME);
    return {};
  }

  // One token with digits and a unit: "20kg", "30km", "5pm", "50p", "40C".
  Match attachedUnit(std::uint32_t i, std::uint32_t k) const {
    if (!isWord(k)) return {};
    const Attached a = splitAttached(tok(k).text);
    if (a.suffix.empty()) return {};
    const std::string lower = foldWord(a.suffix);
    const Classes c = classify(lower);
    const bool plainNumber = a.number.find(':') == std::string_view::npos;
    if (plainNumber && (c & kQuantityUnit) && lower != "sq") {
      std::uint32_t end = k + 1;
      // "km/h", "m/s": a glued "/" and unit letter.
      if (perUnit(end)) end += 2;
      return make(i, end, EntityType::QUANTITY);
    }
    if (plainNumber && (a.suffix == "C" || a.suffix == "F") && a.number.size() <= 3)
      return make(i, k + 1, EntityType::QUANTITY);  // "40C"
    if (plainNumber && a.suffix == "p" && a.number.find(',') == std::string_view::npos)
      return make(i, k + 1, EntityType::MONEY);  // "50p"
    if (c & kMeridiem && lower != "noon" && lower != "midnight")
      return make(i, timezoneTail(k + 1), EntityType::TIME);  // "5pm", "10:30am"
    return {};
  }

  // A glued "/h" or "/s" after a unit ("km/h"); not "h." whose period ends the sentence.
  bool perUnit(std::uint32_t j) const {
    return text(j, "/") && gluedTo(j) && isWord(j + 1) && gluedTo(j + 1) && tok(j + 1).text.size() <= 2 &&
           tok(j + 1).text.back() != '.';
  }

  // A unit after a number: "km", "square metres", "40 degrees Celsius", "20 °C".
  std::uint32_t quantityUnit(std::uint32_t j) const {
    if (titleCase(j)) return j;  // "6 Degrees of Kevin Bacon" is a title, not a measure
    std::uint32_t k = j;
    if (has(k, kUnitPrefix) && isWord(k)) ++k;
    if (has(k, kQuantityUnit) && isWord(k) && tok(k).lower != "sq") {
      std::uint32_t end = k + 1;
      if (perUnit(end)) end += 2;  // "km/h"
      return end;
    }
    if (k == j && has(k, kDegree)) {
      if (has(k + 1, kTemperatureScale) && tok(k + 1).upper) return k + 2;
      return k + 1;
    }
    if (k == j && text(k, "\xC2\xB0")) {  // "°", then an optional glued C or F
      if (has(k + 1, kTemperatureScale) && gluedTo(k + 1) && tok(k + 1).upper) return k + 2;
      return k + 1;
    }
    return j;
  }

  // A bare 4-digit number or year range is a DATE after "in", "since", "the", …,
  // or before punctuation, "election", "was"; otherwise it is a CARDINAL.
  bool yearInContext(std::uint32_t k) const {
    const std::uint32_t p = prev(k);
    const NumberInfo n = number(k);
    if (n.value < 1500 || n.value >= 2100) return false;
    if (has(p, kYearContext)) return true;
    // "between 2019 and 2021", "2019 to 2021", "2019–2021"
    if (in(p) && (tok(p).lower == "and" || tok(p).lower == "or" || tok(p).lower == "to" || tok(p).kind == TokenKind::Punct) &&
        p > begin_ && isYear(p - 1))
      return true;
    if (n.value < 1900) return false;
    if (!in(k + 1)) return true;
    const Tok& next = tok(k + 1);
    if (next.kind == TokenKind::Punct && next.text != "-" && next.text != "/") return true;
    return has(k + 1, kYearNoun) || has(k + 1, kSeason);
  }

  bool cardinalAllowed(std::uint32_t k, const Num& n) const {
    const std::uint32_t p = prev(k);
    if (n.one) {
      // "no one", "the one who", "each one", "one another": pronouns, not numbers.
      if (has(p, kDeterminer) || is(k + 1, "another")) return false;
    }
    const Tok& self = tok(k);
    if (n.digits) {
      if (in(p)) {
        const Tok& before = tok(p);
        // Glued to a word, path or code: "page/5", "#5", "A-4".
        if (self.glued && before.kind != TokenKind::Punct) return false;
        if (self.glued && (before.text == "/" || before.text == "." || before.text == ":" || before.text == "-"))
          return false;
        if (before.lower == "no." || before.lower == "nos." || before.text == "#") return false;
        // "Boeing 737", "Article 5", "Windows 10": part of a name.
        if (before.upper && before.kind == TokenKind::Word && !sentenceInitial(p) && !has(p, kYearContext)) return false;
      }
      if (text(k + n.len, "/") && gluedTo(k + n.len)) return false;  // "24/7", "1/2"
      // List markers: "1." or "2)" opening a line.
      if (n.len == 1 && sentenceInitial(k) && (text(k + 1, ".") || text(k + 1, ")"))) return false;
    } else if (self.upper && !sentenceInitial(k)) {
      // "Formula One", "Channel Four", "One Direction".
      if (cap(p) || cap(k + n.len)) return false;
    }
    return true;
  }

  // ---- dates ---------------------------------------------------------------

  // "January 2021", "June 18", "18 June 2023", "Jan. 5", "the 18th of June",
  // "early March", "May 2021"; a bare ambiguous month needs a preposition.
  Match monthDate(std::uint32_t i) const {
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
  std::uint32_t yearAfter(std::uint32_t j) const {
    if (isYear(j)) return j + 1;
    if (isComma(j) && isYear(j + 1)) return j + 2;
    return j;
  }

  bool monthContext(std::uint32_t j) const {
    const std::uint32_t p = prev(j);
    if (has(p, kMonthContext)) return true;
    // "April and May", "March to May"
    return in(p) && (tok(p).lower == "and" || tok(p).lower == "or" || tok(p).lower == "to") && p > begin_ &&
           isMonth(p - 1);
  }

  // "Monday", "last Monday", "Monday, June 18", "Monday night" (TIME).
  Match weekday(std::uint32_t i) const {
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
  Match decade(std::uint32_t i) const {
    std::uint32_t j = i;
    if (is(j, "the")) ++j;
    if (has(j, kPeriodEdge)) ++j;
    if (in(j) && tok(j).kind == TokenKind::Punct && (tok(j).lower == "'") && in(j + 1) && gluedTo(j + 1)) ++j;
    if (isWord(j) && isDecadeWord(tok(j).text)) return make(i, j + 1, EntityType::DATE, kScoreSure);
    if (isYear(j) && tok(j).text.back() == '0' && in(j + 1) && gluedTo(j + 1) && tok(j + 1).lower == "'s")
      return make(i, j + 2, EntityType::DATE, kScoreSure);
    return {};
  }

  // Relative and anchored-to-now dates: "yesterday", "last week", "the coming
  // months", "the past five years", "recent years", "earlier this year",
  // "earlier in the year", "the end of the year", "this summer", "the first
  // quarter of 2021", "the 21st century", "early 2021".
  Match relative(std::uint32_t i) const {
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
      if (isYear(j + 1) && (tok(j).lower != "fall" || tok(j).upper || the)) return make(i, j + 2, EntityType::DATE);
      if (is(j + 1, "of") && isYear(j + 2)) return make(i, j + 3, EntityType::DATE);
    }
    return {};
  }

  // After "the end of": "the year", "this month", "next year", "June", "2021", "the 1990s".
  std::uint32_t periodAfterOf(std::uint32_t j) const {
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
  Match calendarPart(std::uint32_t i, std::uint32_t j) const {
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

  // ---- times ---------------------------------------------------------------

  // "10:30", "10:30 GMT", "noon", "midnight", "tonight", "this morning" (via relative).
  Match timeExpr(std::uint32_t i) const {
    const NumberInfo n = number(i);
    if (n.form == NumberForm::Time) {
      std::uint32_t end = i + 1;
      if (has(end, kMeridiem) && !has(end, kTimeWord)) ++end;
      return make(i, timezoneTail(end), EntityType::TIME);
    }
    if (n.form == NumberForm::IsoDate || n.form == NumberForm::DottedDate)
      return make(i, i + 1, EntityType::DATE, kScoreSure);
    // "18/06/2021": three glued numbers with slashes.
    if (n.form == NumberForm::Plain && n.digits <= 2 && text(i + 1, "/") && gluedTo(i + 1) && in(i + 2) &&
        gluedTo(i + 2) && number(i + 2).form == NumberForm::Plain && text(i + 3, "/") && gluedTo(i + 3) &&
        isYear(i + 4) && gluedTo(i + 4))
      return make(i, i + 5, EntityType::DATE, kScoreSure);
    if (has(i, kTimeWord) && isWord(i)) return make(i, i + 1, EntityType::TIME);
    return {};
  }

  // One token with a hyphen: "five-year", "24-hour", "10-km", "50-year-old",
  // "mid-2020", "mid-January".
  Match hyphenated(std::uint32_t i) const {
    if (!isWord(i) || tok(i).lower.empty()) return {};
    const std::string& w = tok(i).lower;
    const std::size_t dash = w.find('-');
    if (dash == std::string::npos || dash == 0) return {};
    const std::string left = w.substr(0, dash);
    std::string right = w.substr(dash + 1);
    if (left == "mid") {
      const std::string_view rest = tok(i).text.substr(dash + 1);
      if (rest.size() == 4 && std::all_of(rest.begin(), rest.end(), isDigit)) return make(i, i + 1, EntityType::DATE);
      if (isDecadeWord(rest)) return make(i, i + 1, EntityType::DATE);
      if ((classify(right) & kMonth) && !rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z')
        return make(i, yearAfter(i + 1), EntityType::DATE);
      return {};
    }
    const bool numeric =
        std::all_of(left.begin(), left.end(), [](char c) { return isDigit(c) || c == '.' || c == ','; }) &&
        isDigit(left[0]);
    if (!numeric && !(classify(left) & kNumberWord)) return {};
    bool old = false;
    for (std::string_view tail : {"-old", "-olds"}) {
      if (right.size() > tail.size() && right.compare(right.size() - tail.size(), tail.size(), tail) == 0) {
        right.resize(right.size() - tail.size());
        old = true;
      }
    }
    const Classes c = classify(right);
    if (c & kDateUnit) return make(i, i + 1, EntityType::DATE);
    if (old) return {};
    if (c & kTimeUnit) return make(i, i + 1, EntityType::TIME);
    if ((c & kQuantityUnit) && right != "sq") return make(i, i + 1, EntityType::QUANTITY);
    if (right == "percent" || right == "per-cent") return make(i, i + 1, EntityType::PERCENT);
    if ((c & kCurrencyWord) && right != "pound") return make(i, i + 1, EntityType::MONEY);  // "20,000-euro"
    return {};
  }

  // ---- ordinals and nationalities ------------------------------------------

  bool isOrdinalAt(std::uint32_t j) const {
    if (!isWord(j)) return false;
    if (has(j, kOrdinalWord)) return true;
    const std::string& w = tok(j).lower;  // "twenty-first"
    const std::size_t dash = w.find('-');
    if (dash != std::string::npos && (classify(w.substr(0, dash)) & kNumberWord) &&
        (classify(w.substr(dash + 1)) & kOrdinalWord))
      return true;
    const Attached a = splitAttached(tok(j).text);
    return isOrdinalSuffix(a.suffix) && std::all_of(a.number.begin(), a.number.end(), isDigit);
  }

  // "first", "second", "21st", "twenty-first".
  Match ordinal(std::uint32_t i) const {
    if (!isOrdinalAt(i)) return {};
    const std::uint32_t p = prev(i);
    if (tok(i).lower == "second") {
      // "a second" (the time unit) when no noun follows: "wait a second."
      if (is(p, "a") && !(isWord(i + 1) && !tok(i + 1).upper)) return {};
    }
    if (tok(i).upper && !sentenceInitial(i) && (cap(p) || cap(i + 1))) return {};  // "First Lady", "World War Second"
    return make(i, i + 1, EntityType::ORDINAL);
  }

  // "Chinese", "Americans", "Muslim", "Republicans", "South Korean"; not when the
  // word starts a name ("Communist Party", "British Airways"), which the tagger owns.
  Match nationality(std::uint32_t i) const {
    std::uint32_t end = i;
    if (has(i, kNationalityHead) && cap(i) && cap(i + 1) && isNationalityPair(tok(i).lower, tok(i + 1).lower))
      end = i + 2;
    else if (has(i, kNationality) && cap(i))
      end = i + 1;
    else
      return {};
    // "Bosnian Serbs", "Iraqi Kurds", "American Catholics": one group.
    while (end < i + 4 && has(end, kNationality) && cap(end)) ++end;
    if (in(i) && tok(i).glued && i > begin_ && tok(i - 1).kind == TokenKind::Word) return {};
    if (is(prev(i), "the") && i >= begin_ + 2 && cap(i - 2)) return {};  // "John the Baptist"
    for (std::uint32_t k = end; k < end + 3 && cap(k); ++k)
      if (has(k, kNameHead)) return {};
    return make(i, end, EntityType::NORP, kScoreGuess);
  }

  const std::vector<Tok>& t_;
  std::uint32_t begin_;
  std::uint32_t end_;
  std::uint32_t windowBegin_;
};

// Prepares tokens [from, to) into `window`.
void fillWindow(std::string_view text, const std::vector<Token>& tokens, std::uint32_t from, std::uint32_t to,
                std::vector<Tok>& window) {
  window.clear();
  for (std::uint32_t k = from; k < to; ++k) {
    const Token& token = tokens[k];
    Tok t;
    const std::size_t start = std::min<std::size_t>(token.start, text.size());
    const std::size_t end = std::min<std::size_t>(std::max(token.end, token.start), text.size());
    t.text = text.substr(start, end - start);
    t.kind = token.kind;
    t.newline = token.newlineBefore;
    t.glued = k > 0 && token.start == tokens[k - 1].end;
    if (!t.text.empty() && t.text.size() <= kMaxPatternToken) {
      t.lower = foldWord(t.text);
      t.cls = classify(t.lower);
      t.upper = t.text[0] >= 'A' && t.text[0] <= 'Z';
    }
    window.push_back(std::move(t));
  }
}

}  // namespace

std::vector<Mention> matchPatterns(std::string_view text, const std::vector<Token>& tokens,
                                   const std::vector<Sentence>& sentences) {
  std::vector<Mention> mentions;
  if (tokens.empty()) return mentions;
  const auto count = static_cast<std::uint32_t>(tokens.size());
  std::vector<Sentence> ranges = sentences;
  if (ranges.empty()) {
    Sentence all;
    all.firstToken = 0;
    all.lastToken = count;
    ranges.push_back(all);
  }
  std::vector<Tok> window;
  window.reserve(kWindow);
  std::uint32_t done = 0;  // tokens before this are matched (guards malformed sentence lists)
  for (const Sentence& s : ranges) {
    const std::uint32_t begin = std::max(done, std::min(s.firstToken, count));
    const std::uint32_t end = std::max(begin, std::min(s.lastToken, count));
    std::uint32_t windowBegin = begin;
    std::uint32_t windowEnd = begin;  // empty: filled at the first token
    for (std::uint32_t i = begin; i < end;) {
      if (i + kLookAhead > windowEnd && windowEnd < end) {
        windowBegin = std::max(begin, i >= kLookBehind ? i - kLookBehind : 0u);
        windowEnd = std::min(end, windowBegin + kWindow);
        fillWindow(text, tokens, windowBegin, windowEnd, window);
      }
      const Match m = Matcher(window, windowBegin, begin, end).best(i);
      if (m.len == 0) {
        ++i;
        continue;
      }
      const std::uint32_t last = std::min(i + m.len, end);
      Mention mention;
      mention.firstToken = i;
      mention.lastToken = last;
      mention.start = tokens[i].start;
      mention.end = tokens[last - 1].end;
      mention.type = m.type;
      mention.score = m.score;
      mentions.push_back(mention);
      i = last;
    }
    done = std::max(done, end);
  }
  return mentions;
}

}  // namespace newslens::ner
