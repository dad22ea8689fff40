#include "newslens/lexicon/lexicon.h"
#include "newslens/ner/patterns/matcher.h"

namespace newslens::ner::patterns {

bool Matcher::isNumberWord(std::uint32_t j) const {
  if (!isWord(j)) return false;
  if (has(j, kNumberWord)) return true;
  const std::string_view w = tok(j).folded();  // "twenty-five"
  const std::size_t dash = w.find('-');
  return dash != std::string_view::npos && (classify(w.substr(0, dash)) & kNumberWord) &&
         (classify(w.substr(dash + 1)) & kNumberWord);
}

bool Matcher::isMultiplierWord(std::uint32_t j) const { return has(j, kMultiplier) && isWord(j); }

// `money`: after a currency symbol, where "$1.2B" and "£5M" mean billions and millions.
Matcher::Num Matcher::parseNumber(std::uint32_t i, bool money) const {
  Num n;
  if (!in(i)) return n;
  std::uint32_t j = i;
  const Tok& first = tok(i);
  if (first.folded() == "a" || first.folded() == "an") {
    if (isMultiplierWord(i + 1) && tok(i + 1).folded() != "bn") {  // "a million", "a dozen"
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
      n.year =
          info.digits == 4 && !info.separators && first.text.size() == 4 && info.value >= 1000 && info.value < 3000;
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
      n.one = first.folded() == "one";
      j = i + 1;
      // "two hundred and fifty thousand": number words, multipliers, inner "and".
      while (j < end_ && j - i < kMaxNumberWords) {
        if (isNumberWord(j) || (isMultiplierWord(j) && tok(j).folded() != "bn")) {
          n.one = false;
          ++j;
        } else if (tok(j).folded() == "and" && has(j - 1, kMultiplier) && isNumberWord(j + 1)) {
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
std::uint32_t Matcher::approxLength(std::uint32_t i) const {
  if (!has(i, kApprox)) return 0;
  const std::string_view w = tok(i).folded();
  if (w == "more" || w == "less" || w == "fewer") return is(i + 1, "than") ? 2 : 0;
  if (w == "at") return is(i + 1, "least") || is(i + 1, "most") ? 2 : 0;
  if (w == "up") return is(i + 1, "to") ? 2 : 0;
  if (w == "some") return in(i + 1) && tok(i + 1).kind == TokenKind::Number ? 1 : 0;
  return 1;
}

// After a date or time unit: "ago", "later", "earlier", "old".
std::uint32_t Matcher::durationTail(std::uint32_t j) const { return has(j, kDurationTail) ? j + 1 : j; }

bool Matcher::durationContext(std::uint32_t before) const {
  static const std::string_view kWords[] = {"for",    "in",   "within", "over",   "than", "about", "nearly",
                                            "almost", "once", "twice",  "around", "just", "only"};
  return in(before) && std::find(std::begin(kWords), std::end(kWords), tok(before).folded()) != std::end(kWords);
}

// Timezone after a time: "GMT", "local time".
std::uint32_t Matcher::timezoneTail(std::uint32_t j) const {
  if (has(j, kTimezone) && tok(j).upper) return j + 1;
  if (is(j, "local") && is(j + 1, "time")) return j + 2;
  return j;
}

// `multiplier`: the number had "million"/"bn"; "6 pounds" is a weight, "6 million pounds" money.
std::uint32_t Matcher::moneyAfterNumber(std::uint32_t j, bool multiplier) const {
  if (in(j) && tok(j).kind == TokenKind::Symbol && isCurrencySymbol(tok(j).text) && tok(j).text != "$")
    return j + 1;  // "100 €"
  if (has(j, kCurrencyCode) && isCode(j)) return j + 1;
  std::uint32_t k = j;
  while (k < j + 2 && has(k, kCurrencyRegion) && tok(k).upper) ++k;  // "US dollars", "Hong Kong dollars"
  if (!has(k, kCurrencyWord) || !isWord(k)) return j;
  if ((tok(k).folded() == "pound" || tok(k).folded() == "pounds") && !multiplier && k == j && !is(k + 1, "sterling"))
    return j;
  return k + 1;
}

bool Matcher::isCode(std::uint32_t j) const {
  const std::string_view s = tok(j).text;
  if (tok(j).folded() == "rs" || tok(j).folded() == "rs.") return tok(j).upper;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "$5bn", "US$ 3", "£300m", "USD 5 million".
Match Matcher::moneyWithSymbol(std::uint32_t i, std::uint32_t k) const {
  std::uint32_t j = k;
  if (has(j, kCurrencyPrefix) && tok(j).upper && in(j + 1) && isCurrencySymbol(tok(j + 1).text) && gluedTo(j + 1)) ++j;
  const bool symbol = in(j) && tok(j).kind == TokenKind::Symbol && isCurrencySymbol(tok(j).text);
  const bool code = !symbol && has(j, kCurrencyCode) && isCode(j);
  if (!symbol && !code) return {};
  const Num n = parseNumber(j + 1, true);
  if (n.len == 0 || n.article) return {};
  return make(i, j + 1 + n.len, EntityType::MONEY, kScoreSure);
}

Match Matcher::numeric(std::uint32_t i) const {
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
      if (tok(j).folded() != "percentage") return make(i, j + 1, EntityType::PERCENT, kScoreSure);
      if (is(j + 1, "point") || is(j + 1, "points")) return make(i, j + 2, EntityType::PERCENT, kScoreSure);
    }
    if (is(j, "per") && is(j + 1, "cent")) return make(i, j + 2, EntityType::PERCENT, kScoreSure);
    if (const std::uint32_t m = moneyAfterNumber(j, n.multiplier); m > j)
      return make(i, m, EntityType::MONEY, kScoreSure);
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
Match Matcher::quantifiedDuration(std::uint32_t i, std::uint32_t k) const {
  std::uint32_t j = k;
  if (is(j, "a") && is(j + 1, "few"))
    j += 2;
  else if (is(j, "a") && is(j + 1, "couple") && is(j + 2, "of"))
    j += 3;
  else if (has(j, kQuantifier))
    j += 1;
  else
    return {};
  if (isDateUnit(j) && isPlural(j)) return make(i, durationTail(j + 1), EntityType::DATE);
  if (has(j, kTimeUnit) && isPlural(j)) return make(i, durationTail(j + 1), EntityType::TIME);
  return {};
}

// One token with digits and a unit: "20kg", "30km", "5pm", "50p", "40C".
Match Matcher::attachedUnit(std::uint32_t i, std::uint32_t k) const {
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
bool Matcher::perUnit(std::uint32_t j) const {
  return text(j, "/") && gluedTo(j) && isWord(j + 1) && gluedTo(j + 1) && tok(j + 1).text.size() <= 2 &&
         tok(j + 1).text.back() != '.';
}

// A unit after a number: "km", "square metres", "40 degrees Celsius", "20 °C".
std::uint32_t Matcher::quantityUnit(std::uint32_t j) const {
  if (titleCase(j)) return j;  // "6 Degrees of Kevin Bacon" is a title, not a measure
  std::uint32_t k = j;
  if (has(k, kUnitPrefix) && isWord(k)) ++k;
  if (has(k, kQuantityUnit) && isWord(k) && tok(k).folded() != "sq") {
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
bool Matcher::yearInContext(std::uint32_t k) const {
  const std::uint32_t p = prev(k);
  const NumberInfo n = number(k);
  if (n.value < 1500 || n.value >= 2100) return false;
  if (has(p, kYearContext)) return true;
  // "between 2019 and 2021", "2019 to 2021", "2019–2021"
  if (in(p) &&
      (tok(p).folded() == "and" || tok(p).folded() == "or" || tok(p).folded() == "to" ||
       tok(p).kind == TokenKind::Punct) &&
      p > begin_ && isYear(p - 1))
    return true;
  if (n.value < 1900) return false;
  if (!in(k + 1)) return true;
  const Tok& next = tok(k + 1);
  if (next.kind == TokenKind::Punct && next.text != "-" && next.text != "/") return true;
  return has(k + 1, kYearNoun) || has(k + 1, kSeason);
}

bool Matcher::cardinalAllowed(std::uint32_t k, const Num& n) const {
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
      if (before.folded() == "no." || before.folded() == "nos." || before.text == "#") return false;
      // "Boeing 737", "Article 5", "Windows 10": part of a name.
      if (before.upper && before.kind == TokenKind::Word && !sentenceInitial(p) && !has(p, kYearContext)) return false;
    }
    if (text(k + n.len, "/") && gluedTo(k + n.len)) return false;  // "24/7", "1/2"
    // List markers: "1." or "2)" opening a line.
    if (n.len == 1 && sentenceInitial(k) && (text(k + 1, ".") || text(k + 1, ")"))) return false;
  } else if (!self.upper && n.len == 1 && cap(p) && cap(k + 1) && lexicon::isNameParticle(self.folded())) {
    return false;  // "Pieter ten Hoopen": a particle between the words of a name
  } else if (self.upper && !sentenceInitial(k)) {
    // "Formula One", "Channel Four", "One Direction".
    if (cap(p) || cap(k + n.len)) return false;
  }
  return true;
}

}  // namespace newslens::ner::patterns
