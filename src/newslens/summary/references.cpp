#include "newslens/summary/references.h"

#include <algorithm>
#include <string>

#include "newslens/entities/gender.h"
#include "newslens/entities/pronouns.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::summary {
namespace {

// How far back the search for an antecedent goes, in mentions: news names its
// people again within a few paragraphs.
constexpr std::size_t kLookBack = 200;

// The entity type a "the …" noun stands for; PERSON for a personal title.
bool descriptionType(std::string_view lower, EntityType& type) {
  if (lexicon::isPersonalTitle(lower))
    type = EntityType::PERSON;
  else if (lexicon::inList(lower, {"company", "firm", "club", "team", "agency", "group", "airline", "bank", "network",
                                   "organization", "organisation", "carrier", "retailer"}))
    type = EntityType::ORG;
  else if (lexicon::inList(lower, {"city", "country", "state", "capital", "nation", "town"}))
    type = EntityType::GPE;
  else
    return false;
  return true;
}

// Index of the first mention starting at or after `pos`.
std::size_t mentionAtOrAfter(const std::vector<Mention>& mentions, std::uint32_t pos) {
  return static_cast<std::size_t>(std::lower_bound(mentions.begin(), mentions.end(), pos,
                                                   [](const Mention& m, std::uint32_t p) { return m.start < p; }) -
                                  mentions.begin());
}

// `lowered` is the text lowercased (text/lowered.h): a token's lower case is its surface there.
bool wordBefore(std::string_view lowered, const Analysis& a, const Mention& m, std::string_view lowerTitle) {
  const std::uint32_t first = m.firstToken;
  if (first < a.tokens.size() && text::surface(lowered, a.tokens[first]) == lowerTitle) return true;
  return first > 0 && text::surface(lowered, a.tokens[first - 1]) == lowerTitle;
}

using lexicon::Gender;

// Whether entity e may be what a pronoun of gender `wanted` stands for: "he" is
// never a person the text calls a woman ("Ms Lee", "Hillary Clinton").
bool genderFits(const std::vector<Gender>& genders, std::int32_t e, Gender wanted) {
  return e < 0 || static_cast<std::size_t>(e) >= genders.size() ||
         entities::genderFits(genders[static_cast<std::size_t>(e)], wanted);
}

// For a pronoun: of the people named in the sentence of mention `last`, up to it,
// the most salient — news refers back to its protagonist, not to the spokesman
// quoted at the end of the sentence. Only people of a fitting gender count.
std::int32_t mostSalientAround(const Analysis& a, std::size_t last, const std::vector<Gender>& genders, Gender wanted) {
  const auto sentence = std::upper_bound(a.sentences.begin(), a.sentences.end(), a.mentions[last].firstToken,
                                         [](std::uint32_t t, const Sentence& s) { return t < s.lastToken; });
  const std::uint32_t firstToken = sentence == a.sentences.end() ? 0 : sentence->firstToken;
  std::int32_t best = a.mentions[last].entity;
  for (std::size_t i = last + 1; i-- > 0 && a.mentions[i].firstToken >= firstToken;) {
    const Mention& m = a.mentions[i];
    if (m.type != EntityType::PERSON || m.entity < 0 || static_cast<std::size_t>(m.entity) >= a.entities.size())
      continue;
    if (!genderFits(genders, m.entity, wanted)) continue;
    if (a.entities[static_cast<std::size_t>(m.entity)].salience > a.entities[static_cast<std::size_t>(best)].salience)
      best = m.entity;
  }
  return best;
}

// The entity of the last mention of `type` before byte `before` (for a title: one
// the text wrote after that title; for a pronoun: of a fitting gender), or -1.
std::int32_t antecedent(std::string_view lowered, const Analysis& a, std::uint32_t before, EntityType type,
                        std::string_view title, const std::vector<Gender>& genders, Gender wanted) {
  const std::size_t end = mentionAtOrAfter(a.mentions, before);
  if (type == EntityType::PERSON && title.empty()) {
    const std::ptrdiff_t i = entities::personBefore(a, genders, end, wanted);
    return i < 0 ? -1 : mostSalientAround(a, static_cast<std::size_t>(i), genders, wanted);
  }
  for (std::size_t i = end, seen = 0; i-- > 0 && seen < kLookBack; ++seen) {
    const Mention& m = a.mentions[i];
    if (m.type != type || m.entity < 0 || static_cast<std::size_t>(m.entity) >= a.entities.size()) continue;
    if (title.empty() || type != EntityType::PERSON || wordBefore(lowered, a, m, title)) return m.entity;
  }
  return -1;
}

// True when a mention of `type` (of `entity`, if >= 0) lies in [from, to).
bool namedIn(const Analysis& a, std::uint32_t from, std::uint32_t to, EntityType type, std::int32_t entity) {
  for (std::size_t i = mentionAtOrAfter(a.mentions, from); i < a.mentions.size() && a.mentions[i].start < to; ++i)
    if (a.mentions[i].type == type && (entity < 0 || a.mentions[i].entity == entity)) return true;
  return false;
}

}  // namespace

NEWSLENS_NOINLINE std::vector<Reference> leaningReferences(std::string_view text, const Analysis& a,
                                                           std::uint32_t start, std::uint32_t end) {
  std::vector<Reference> out;
  if (a.mentions.empty() || a.entities.empty()) return out;
  const text::TokenSpan span = text::tokensIn(a.tokens, start, end);
  std::size_t nextMention = mentionAtOrAfter(a.mentions, start);
  std::vector<Gender> genders;  // filled at the first pronoun: most key points have none
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  for (std::uint32_t t = span.first; t < span.last; ++t) {
    const Token& token = a.tokens[t];
    while (nextMention < a.mentions.size() && a.mentions[nextMention].end <= token.start) ++nextMention;
    if (nextMention < a.mentions.size() && a.mentions[nextMention].start <= token.start) continue;  // inside a name
    const std::string_view lower = text::surface(lowered, token);
    Reference r{token.start, token.end, -1};
    EntityType type = EntityType::PERSON;
    std::string_view title;
    Gender wanted = Gender::Unknown;
    if ((wanted = lexicon::pronounGender(lower)) != Gender::Unknown) {
      if (namedIn(a, start, token.start, EntityType::PERSON, -1)) continue;  // "Smith said he …" stands alone
      if (genders.empty()) genders = entities::personCues(text, a).gender;
    } else if (lower == "the" && t + 1 < span.last) {
      const Token& noun = a.tokens[t + 1];
      title = text::surface(lowered, noun);
      const bool nameFollows = t + 2 < span.last && text::startsUppercase(text::surface(text, a.tokens[t + 2]));
      if (!descriptionType(title, type) || nameFollows || noun.kind != TokenKind::Word) continue;
      r.end = noun.end;
      ++t;
    } else {
      continue;
    }
    r.entity =
        antecedent(lowered, a, start, type, type == EntityType::PERSON ? title : std::string_view(), genders, wanted);
    if (r.entity >= 0 && !namedIn(a, start, r.start, type, r.entity)) out.push_back(r);
  }
  return out;
}

}  // namespace newslens::summary
