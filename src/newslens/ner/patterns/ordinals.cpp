#include "newslens/ner/patterns/matcher.h"

namespace newslens::ner::patterns {

bool Matcher::isOrdinalAt(std::uint32_t j) const {
  if (!isWord(j)) return false;
  if (has(j, kOrdinalWord)) return true;
  const std::string_view w = tok(j).folded();  // "twenty-first"
  const std::size_t dash = w.find('-');
  if (dash != std::string_view::npos && (classify(w.substr(0, dash)) & kNumberWord) &&
      (classify(w.substr(dash + 1)) & kOrdinalWord))
    return true;
  const Attached a = splitAttached(tok(j).text);
  return isOrdinalSuffix(a.suffix) && std::all_of(a.number.begin(), a.number.end(), isDigit);
}

// "first", "second", "21st", "twenty-first".
Match Matcher::ordinal(std::uint32_t i) const {
  if (!isOrdinalAt(i)) return {};
  const std::uint32_t p = prev(i);
  if (tok(i).folded() == "second") {
    // "a second" (the time unit) when no noun follows: "wait a second."
    if (is(p, "a") && !(isWord(i + 1) && !tok(i + 1).upper)) return {};
  }
  if (tok(i).upper && !sentenceInitial(i) && (cap(p) || cap(i + 1))) return {};  // "First Lady", "World War Second"
  return make(i, i + 1, EntityType::ORDINAL);
}

// "Chinese", "Americans", "Muslim", "Republicans", "South Korean"; not when the
// word starts a name ("Communist Party", "British Airways"), which the tagger owns.
Match Matcher::nationality(std::uint32_t i) const {
  std::uint32_t end = i;
  if (has(i, kNationalityHead) && cap(i) && cap(i + 1) && isNationalityPair(tok(i).folded(), tok(i + 1).folded()))
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

}  // namespace newslens::ner::patterns
