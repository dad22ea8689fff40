#pragma once
// Internal to ner/patterns: the prepared token window and the one Matcher every
// family of pattern rules extends. The rules are split by what they recognize
// (numbers.cpp, dates.cpp, times.cpp, ordinals.cpp); the token helpers they share
// are the inline members below; patterns.cpp slides the window and asks best().

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/word_classes.h"

namespace newslens::ner::patterns {

using namespace wordclass;

// Tokens longer than this are in no word list and no numeric pattern; capping
// keeps a 1 MB "word" from being copied or scanned more than once.
inline constexpr std::size_t kMaxPatternToken = 40;
// Longest run of number words one phrase may take ("two hundred and fifty thousand").
inline constexpr std::uint32_t kMaxNumberWords = 10;

inline constexpr float kScoreSure = 0.95f;  // closed patterns: "$5bn", "5%", "January 2021"
inline constexpr float kScore = 0.9f;       // most rules
inline constexpr float kScoreGuess = 0.8f;  // context-dependent: bare years, cardinals, NORP

struct Tok {
  std::string_view text;
  Classes cls = 0;
  TokenKind kind = TokenKind::Other;
  bool upper = false;    // starts with an ASCII capital
  bool glued = false;    // no space between this token and the previous one
  bool newline = false;  // a line break precedes it

  // foldWord(text); empty for over-long tokens. Held in place, not in a std::string:
  // every token of a text is folded, and a string appends a byte at a time.
  std::string_view folded() const { return {lower, lowerLength}; }
  void fold() { lowerLength = text.size() <= kMaxPatternToken ? foldWord(text, lower) : 0; }

 private:
  char lower[kMaxPatternToken] = {};
  std::size_t lowerLength = 0;
};

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

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

// Classifies a Number token: plain ("2,000.5"), time ("10:30"), ISO or dotted date, range ("18-20").
NumberInfo analyzeNumber(std::string_view s);

// The value of up to a few ASCII digits.
int smallInt(std::string_view digits);

// "5bn" → {"5", "bn"}, "10:30pm" → {"10:30", "pm"}: a digit prefix and a letter suffix.
struct Attached {
  std::string_view number;
  std::string_view suffix;
};

// Splits "5bn", "10:30pm", "21st"; empty parts when `s` is not digits then letters.
Attached splitAttached(std::string_view s);

// "st", "nd", "rd", "th".
bool isOrdinalSuffix(std::string_view suffix);

// "1990s", "90s", "20s".
bool isDecadeWord(std::string_view s);

// "$", "£", "€", "¥", "₹" and the other currency signs the tokenizer keeps as Symbol tokens.
bool isCurrencySymbol(std::string_view s);

struct Match {
  std::uint32_t len = 0;
  EntityType type = EntityType::CARDINAL;
  float score = kScore;
};

inline Match make(std::uint32_t from, std::uint32_t to, EntityType type, float score = kScore) {
  return {to > from ? to - from : 0, type, score};
}

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
  Match best(std::uint32_t i) const;

 private:
  bool in(std::uint32_t j) const { return j >= begin_ && j < end_; }
  const Tok& tok(std::uint32_t j) const { return t_[j - windowBegin_]; }  // callers check in(j)
  bool has(std::uint32_t j, Classes c) const { return in(j) && (tok(j).cls & c) != 0; }
  bool is(std::uint32_t j, std::string_view word) const { return in(j) && tok(j).folded() == word; }
  bool cap(std::uint32_t j) const { return in(j) && tok(j).upper && tok(j).kind == TokenKind::Word; }
  bool text(std::uint32_t j, std::string_view s) const { return in(j) && tok(j).text == s; }
  bool gluedTo(std::uint32_t j) const { return in(j) && tok(j).glued; }
  bool isWord(std::uint32_t j) const { return in(j) && tok(j).kind == TokenKind::Word; }
  // "Degrees", not "MW" or "degrees".
  bool titleCase(std::uint32_t j) const {
    return cap(j) && tok(j).text.size() > 1 && tok(j).text[1] >= 'a' && tok(j).text[1] <= 'z';
  }
  std::uint32_t prev(std::uint32_t j) const { return j > begin_ ? j - 1 : end_; }  // end_ = none
  bool mayStart(std::uint32_t i) const;

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
    return in(j) && !tok(j).folded().empty() &&
           (tok(j).folded().back() == 's' || tok(j).folded() == "centuries" || tok(j).folded() == "millennia");
  }

  struct Num {
    std::uint32_t len = 0;
    bool article = false;  // "a"/"an" standing for one, valid only before a unit
    bool digits = false;
    bool multiplier = false;  // "million", "5bn"
    bool year = false;        // a bare 1000-2999 or a year range "2019-21"
    bool small = false;       // an integer 1..12 (clock hours)
    bool one = false;         // the word "one"
  };

  // ---- numbers.cpp: digits, number words, money, percent, quantities, bare years, cardinals
  bool isNumberWord(std::uint32_t j) const;
  bool isMultiplierWord(std::uint32_t j) const;
  Num parseNumber(std::uint32_t i, bool money = false) const;
  std::uint32_t approxLength(std::uint32_t i) const;
  std::uint32_t durationTail(std::uint32_t j) const;
  bool durationContext(std::uint32_t before) const;
  std::uint32_t timezoneTail(std::uint32_t j) const;
  std::uint32_t moneyAfterNumber(std::uint32_t j, bool multiplier) const;
  bool isCode(std::uint32_t j) const;
  Match moneyWithSymbol(std::uint32_t i, std::uint32_t k) const;
  Match numeric(std::uint32_t i) const;
  Match quantifiedDuration(std::uint32_t i, std::uint32_t k) const;
  Match attachedUnit(std::uint32_t i, std::uint32_t k) const;
  bool perUnit(std::uint32_t j) const;
  std::uint32_t quantityUnit(std::uint32_t j) const;
  bool yearInContext(std::uint32_t k) const;
  bool cardinalAllowed(std::uint32_t k, const Num& n) const;

  // ---- dates.cpp: month dates, weekdays, decades, relative and calendar dates
  Match monthDate(std::uint32_t i) const;
  std::uint32_t yearAfter(std::uint32_t j) const;
  bool monthContext(std::uint32_t j) const;
  Match weekday(std::uint32_t i) const;
  Match decade(std::uint32_t i) const;
  Match relative(std::uint32_t i) const;
  std::uint32_t periodAfterOf(std::uint32_t j) const;
  Match calendarPart(std::uint32_t i, std::uint32_t j) const;

  // ---- times.cpp: clock times, numeric dates, hyphenated amounts
  Match timeExpr(std::uint32_t i) const;
  Match hyphenated(std::uint32_t i) const;

  // ---- ordinals.cpp: ordinals and nationalities (NORP)
  bool isOrdinalAt(std::uint32_t j) const;
  Match ordinal(std::uint32_t i) const;
  Match nationality(std::uint32_t i) const;

  const std::vector<Tok>& t_;
  std::uint32_t begin_;
  std::uint32_t end_;
  std::uint32_t windowBegin_;
};

}  // namespace newslens::ner::patterns
