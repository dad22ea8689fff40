#include "lib/porter_stemmer.h"

#include <initializer_list>
#include <vector>

namespace newslens::tools {
namespace {

// Each helper mirrors the NLTK method of the same name, so the rule tables below
// can be compared with nltk/stem/porter.py line by line.

// Consonant flags for every letter: a, e, i, o, u are vowels; y is a vowel after a
// consonant and a consonant at the start or after a vowel. Computed in one pass
// (NLTK recurses, which is quadratic on long runs of y).
std::vector<bool> consonants(std::string_view w) {
  std::vector<bool> c(w.size());
  for (std::size_t i = 0; i < w.size(); ++i) {
    switch (w[i]) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        c[i] = false;
        break;
      case 'y':
        c[i] = i == 0 ? true : !c[i - 1];
        break;
      default:
        c[i] = true;
    }
  }
  return c;
}

// m in [C](VC)^m[V].
int measure(std::string_view w) {
  const std::vector<bool> c = consonants(w);
  int m = 0;
  for (std::size_t i = 1; i < c.size(); ++i)
    if (!c[i - 1] && c[i]) ++m;
  return m;
}

bool containsVowel(std::string_view w) {
  const std::vector<bool> c = consonants(w);
  for (bool consonant : c)
    if (!consonant) return true;
  return false;
}

bool endsDoubleConsonant(std::string_view w) {
  const std::size_t n = w.size();
  return n >= 2 && w[n - 1] == w[n - 2] && consonants(w)[n - 1];
}

bool endsCvc(std::string_view w) {
  const std::size_t n = w.size();
  if (n < 3) return false;
  const std::vector<bool> c = consonants(w);
  return c[n - 3] && !c[n - 2] && c[n - 1] && w[n - 1] != 'w' && w[n - 1] != 'x' && w[n - 1] != 'y';
}

bool endsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

enum class Cond { None, MeasureGt0, MeasureGt1, MeasureGt1AndST };

bool holds(Cond c, std::string_view stem) {
  switch (c) {
    case Cond::None:
      return true;
    case Cond::MeasureGt0:
      return measure(stem) > 0;
    case Cond::MeasureGt1:
      return measure(stem) > 1;
    case Cond::MeasureGt1AndST:
      return measure(stem) > 1 && !stem.empty() && (stem.back() == 's' || stem.back() == 't');
  }
  return false;
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
  Cond cond;
};

// The first rule whose suffix matches decides: if its condition fails the word is
// returned unchanged and no later rule is tried (NLTK's _apply_rule_list).
std::string applyRules(const std::string& w, std::initializer_list<Rule> rules) {
  for (const Rule& r : rules) {
    if (!endsWith(w, r.suffix)) continue;
    const std::string_view stem = std::string_view(w).substr(0, w.size() - r.suffix.size());
    if (!holds(r.cond, stem)) return w;
    return std::string(stem) + std::string(r.replacement);
  }
  return w;
}

std::string step1a(const std::string& w) {
  return applyRules(
      w, {{"sses", "ss", Cond::None}, {"ies", "i", Cond::None}, {"ss", "ss", Cond::None}, {"s", "", Cond::None}});
}

std::string step1b(const std::string& w) {
  if (endsWith(w, "eed")) {
    const std::string stem = w.substr(0, w.size() - 3);
    return measure(stem) > 0 ? stem + "ee" : w;
  }
  std::string stem;
  bool removed = false;
  for (std::string_view suffix : {std::string_view("ed"), std::string_view("ing")}) {
    if (!endsWith(w, suffix)) continue;
    stem = w.substr(0, w.size() - suffix.size());
    if (containsVowel(stem)) {
      removed = true;
      break;
    }
  }
  if (!removed) return w;
  if (endsWith(stem, "at") || endsWith(stem, "bl") || endsWith(stem, "iz")) return stem + "e";
  if (endsDoubleConsonant(stem)) {
    const char last = stem.back();
    // "*d" rule: undouble unless l, s or z; when that fails no later rule applies.
    return (last == 'l' || last == 's' || last == 'z') ? stem : stem.substr(0, stem.size() - 1);
  }
  if (measure(stem) == 1 && endsCvc(stem)) return stem + "e";
  return stem;
}

std::string step1c(const std::string& w) {
  if (endsWith(w, "y") && containsVowel(std::string_view(w).substr(0, w.size() - 1)))
    return w.substr(0, w.size() - 1) + "i";
  return w;
}

std::string step2(const std::string& w) {
  constexpr Cond c = Cond::MeasureGt0;
  return applyRules(w, {{"ational", "ate", c}, {"tional", "tion", c}, {"enci", "ence", c},   {"anci", "ance", c},
                        {"izer", "ize", c},    {"abli", "able", c},   {"alli", "al", c},     {"entli", "ent", c},
                        {"eli", "e", c},       {"ousli", "ous", c},   {"ization", "ize", c}, {"ation", "ate", c},
                        {"ator", "ate", c},    {"alism", "al", c},    {"iveness", "ive", c}, {"fulness", "ful", c},
                        {"ousness", "ous", c}, {"aliti", "al", c},    {"iviti", "ive", c},   {"biliti", "ble", c}});
}

std::string step3(const std::string& w) {
  constexpr Cond c = Cond::MeasureGt0;
  return applyRules(w, {{"icate", "ic", c},
                        {"ative", "", c},
                        {"alize", "al", c},
                        {"iciti", "ic", c},
                        {"ical", "ic", c},
                        {"ful", "", c},
                        {"ness", "", c}});
}

std::string step4(const std::string& w) {
  constexpr Cond c = Cond::MeasureGt1;
  return applyRules(w, {{"al", "", c},
                        {"ance", "", c},
                        {"ence", "", c},
                        {"er", "", c},
                        {"ic", "", c},
                        {"able", "", c},
                        {"ible", "", c},
                        {"ant", "", c},
                        {"ement", "", c},
                        {"ment", "", c},
                        {"ent", "", c},
                        {"ion", "", Cond::MeasureGt1AndST},
                        {"ou", "", c},
                        {"ism", "", c},
                        {"ate", "", c},
                        {"iti", "", c},
                        {"ous", "", c},
                        {"ive", "", c},
                        {"ize", "", c}});
}

std::string step5a(const std::string& w) {
  if (!endsWith(w, "e")) return w;
  const std::string stem = w.substr(0, w.size() - 1);
  const int m = measure(stem);
  if (m > 1 || (m == 1 && !endsCvc(stem))) return stem;
  return w;
}

std::string step5b(const std::string& w) {
  if (endsWith(w, "ll") && measure(std::string_view(w).substr(0, w.size() - 1)) > 1) return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

std::string porterStem(std::string_view word) {
  std::string w(word);
  w = step1a(w);
  w = step1b(w);
  w = step1c(w);
  w = step2(w);
  w = step3(w);
  w = step4(w);
  w = step5a(w);
  return step5b(w);
}

}  // namespace newslens::tools
