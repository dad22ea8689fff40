#include "newslens/ner/patterns/matcher.h"

namespace newslens::ner::patterns {

// "10:30", "10:30 GMT", "noon", "midnight", "tonight", "this morning" (via relative).
Match Matcher::timeExpr(std::uint32_t i) const {
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
Match Matcher::hyphenated(std::uint32_t i) const {
  if (!isWord(i) || tok(i).folded().empty()) return {};
  const std::string_view w = tok(i).folded();
  const std::size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0) return {};
  const std::string_view left = w.substr(0, dash);
  std::string_view right = w.substr(dash + 1);
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
      right.remove_suffix(tail.size());
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

}  // namespace newslens::ner::patterns
