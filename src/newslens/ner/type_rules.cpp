#include "newslens/ner/type_rules.h"

#include <algorithm>
#include <string>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/ner/normal_lower.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

using lexicon::inList;

bool hasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool looksLikeDemonym(std::string_view token) {
  const NormalLower lowered(token);
  const std::string_view lower = lowered.view();
  for (std::string_view end : {"an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ics", "ist", "ists", "ch"})
    if (lower.size() > end.size() + 2 && lower.compare(lower.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}

bool isTitleWord(std::string_view token) { return lexicon::isTitleWord(NormalLower(token).view()); }

bool isTitleContinuation(std::string_view token) {
  const NormalLower lowered(token);
  const std::string_view lower = lowered.view();
  return lower != "of" && lower != "for" && lower != "the" && lexicon::isTitleJoiner(lower);
}

bool isInstitutionWord(std::string_view token) {
  if (token.empty() || token[0] < 'A' || token[0] > 'Z') return false;
  return inList(NormalLower(token).view(),
                {"ministry",     "department",  "bank",      "university", "office",  "bureau",    "council",
                 "court",        "commission",  "institute", "board",      "agency",  "academy",   "museum",
                 "federation",   "association", "union",     "league",     "society", "committee", "organisation",
                 "organization", "church",      "college",   "school",     "house"});
}

bool isPersonalHonorific(std::string_view token) { return lexicon::isPersonalHonorific(NormalLower(token).view()); }

std::size_t titleWords(const std::vector<std::string_view>& tokens) {
  std::size_t n = 0;
  // Title words, and the small words that join a multi-word title ("Secretary of
  // State", "Minister for Foreign Affairs", "foreign minister"), once a title started.
  while (n + 1 < tokens.size()) {
    const bool title = isTitleWord(tokens[n]);
    const bool joiner = lexicon::isTitleJoiner(NormalLower(tokens[n]).view());
    if (!title && !(joiner && n > 0) && !(joiner && n + 1 < tokens.size() && isTitleWord(tokens[n + 1]))) break;
    ++n;
  }
  return n;
}

EntityType ontonotesType(ConllType type, const std::vector<std::string_view>& tokens, const KnownWords& knownWords,
                         const FeatureHasher& hash) {
  switch (type) {
    case ConllType::PER:
      return EntityType::PERSON;
    case ConllType::ORG:
      return EntityType::ORG;
    case ConllType::LOC: {
      const std::uint16_t bits = phraseCategories(knownWords, hash, tokens);
      if (hasCategory(bits, Gazetteer::Water)) return EntityType::LOC;
      const NormalLower firstWord(tokens.front()), lastWord(tokens.back());
      const std::string_view first = firstWord.view(), last = lastWord.view();
      if (tokens.size() == 1 &&
          inList(first, {"europe",  "asia",      "africa",    "antarctica", "oceania",       "eurasia",
                         "arctic",  "antarctic", "balkans",   "caribbean",  "mediterranean", "scandinavia",
                         "siberia", "sahara",    "himalayas", "alps",       "andes",         "amazon",
                         "pacific", "atlantic",  "gulf",      "mideast",    "west",          "east"}))
        return EntityType::LOC;
      if (inList(last, {"river",     "sea",     "ocean",   "lake",   "mountain", "mountains", "mount",
                        "mountains", "hills",   "valley",  "desert", "gulf",     "bay",       "strait",
                        "straits",   "channel", "canal",   "island", "islands",  "peninsula", "coast",
                        "basin",     "plain",   "plains",  "alps",   "forest",   "heights",   "bank",
                        "strip",     "east",    "america", "asia",   "europe",   "africa",    "region"}) &&
          tokens.size() > 1)
        return EntityType::LOC;
      if (inList(first, {"mount", "lake", "cape", "gulf"}) && tokens.size() > 1) return EntityType::LOC;
      return EntityType::GPE;
    }
    case ConllType::MISC: {
      const std::uint16_t bits = phraseCategories(knownWords, hash, tokens);
      if (hasCategory(bits, Gazetteer::Nationality)) return EntityType::NORP;
      const NormalLower lastWord(tokens.back());
      const std::string_view last = lastWord.view();
      if (inList(last, {"cup",        "olympics", "games",     "championship", "championships", "open",     "war",
                        "tournament", "trophy",   "prix",      "series",       "league",        "festival", "summit",
                        "conference", "election", "elections", "revolution",   "marathon",      "tour",     "classic",
                        "masters",    "derby",    "rally",     "crisis",       "cup,",          "final",    "finals",
                        "day",        "division", "slam",      "slams",        "stakes",        "carnival"}))
        return EntityType::EVENT;
      if (tokens.size() > 1 &&
          (lexicon::isLawHead(last) || inList(last, {"constitution", "law", "bill", "convention"})))
        return EntityType::LAW;
      if (tokens.size() == 1 && looksLikeDemonym(tokens.front())) return EntityType::NORP;
      for (std::string_view t : tokens)
        if (hasDigit(t)) return EntityType::PRODUCT;
      return EntityType::NORP;
    }
  }
  return EntityType::NORP;
}

}  // namespace newslens::ner
