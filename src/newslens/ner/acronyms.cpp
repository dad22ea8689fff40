#include "newslens/ner/acronyms.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_map>

#include "newslens/lexicon/lexicon.h"
#include "newslens/ner/type_rules.h"
#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// The acronym a one-word mention is written as ("VA"), or "" when it is none.
std::string_view acronymOf(const std::vector<std::string_view>& words) {
  if (words.size() != 1 || words[0].size() < 2 || words[0].size() > 6) return {};
  return std::all_of(words[0].begin(), words[0].end(), text::isAsciiUpper) ? words[0] : std::string_view();
}

// The types of the article's longer names by their initials.
using Expansions = std::unordered_map<std::string, int>;  // initials → type, or -1 for several

void addExpansion(Expansions& out, const std::string& initials, EntityType type) {
  // News abbreviates organizations, agencies and places, hardly people: a person's
  // initials are a coincidence (or the typer's mistake: "Sigma Alpha Epsilon" as a person).
  if (initials.size() < 2 || type == EntityType::PERSON) return;
  const auto [it, added] = out.emplace(initials, static_cast<int>(type));
  if (!added && it->second != static_cast<int>(type)) it->second = -1;
}

}  // namespace

std::string initialsOf(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (text::startsAsciiCapital(w))
      out += w[0];
    else if (!lexicon::isTitleSmallWord(w))
      return {};
  }
  return out;
}

NEWSLENS_NOINLINE void typeAcronyms(std::string_view text, const std::vector<Token>& tokens,
                                    std::vector<Mention>& mentions) {
  // One buffer for every mention's words (each read once per pass), not a vector each.
  std::vector<std::string_view> buffer;
  const auto wordsOf = [&](const Mention& m) -> const std::vector<std::string_view>& {
    text::surfacesWithin(text, tokens, m.firstToken, m.lastToken, m.start, m.end, buffer);
    return buffer;
  };
  bool anyAcronym = false;
  for (const Mention& m : mentions) anyAcronym = anyAcronym || !acronymOf(wordsOf(m)).empty();
  if (!anyAcronym) return;
  Expansions expansions;
  for (const Mention& m : mentions) {
    const std::vector<std::string_view>& words = wordsOf(m);
    if (words.size() < 2) continue;
    addExpansion(expansions, initialsOf(words), m.type);
    // "Veterans Affairs Department", "Department of Veterans Affairs" → "VA".
    if (isInstitutionWord(words.back())) addExpansion(expansions, initialsOf({words.begin(), words.end() - 1}), m.type);
    std::size_t k = isInstitutionWord(words.front()) ? 1 : 0;
    while (k > 0 && k < words.size() && lexicon::isTitleSmallWord(words[k])) ++k;
    if (k > 0)
      addExpansion(expansions, initialsOf({words.begin() + static_cast<std::ptrdiff_t>(k), words.end()}), m.type);
  }
  for (Mention& m : mentions) {
    // An acronym read as an organization keeps it: most are, and the longer name is the
    // likelier one mistyped ("National League for Democracy" as an event, "NLD").
    const std::string_view acronym = m.type == EntityType::ORG ? std::string_view() : acronymOf(wordsOf(m));
    if (acronym.empty()) continue;
    const auto it = expansions.find(std::string(acronym));
    if (it != expansions.end() && it->second >= 0) m.type = static_cast<EntityType>(it->second);
  }
}

}  // namespace newslens::ner
