#include "newslens/entities/pronouns.h"

#include "newslens/entities/gender.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {

using lexicon::Gender;

std::vector<std::uint32_t> pronounReferences(std::string_view text, const Analysis& a) {
  std::vector<std::uint32_t> out(a.entities.size(), 0);
  if (a.entities.empty() || a.sentences.empty()) return out;
  const std::vector<Gender> genders = personCues(text, a).gender;
  // The latest person a "he" and a "she" may stand for, and the sentence it was in.
  struct Latest {
    std::int32_t entity = -1;
    std::size_t sentence = 0;
  };
  Latest forMale, forFemale;
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  std::size_t m = 0, sentence = 0;
  for (std::uint32_t t = 0; t < a.tokens.size(); ++t) {
    while (sentence + 1 < a.sentences.size() && a.sentences[sentence].lastToken <= t) ++sentence;
    // Mentions ending by this token: a person among them becomes the latest.
    bool inside = false;
    while (m < a.mentions.size() && a.mentions[m].firstToken <= t) {
      const Mention& mention = a.mentions[m];
      if (mention.lastToken > t) inside = true;
      if (mention.lastToken > t + 1) break;  // still open: its last token comes later
      ++m;
      const std::int32_t e = mention.entity;
      if (e < 0 || static_cast<std::size_t>(e) >= out.size() || a.entities[e].type != EntityType::PERSON) continue;
      if (genders[e] != Gender::Female) forMale = {e, sentence};
      if (genders[e] != Gender::Male) forFemale = {e, sentence};
    }
    if (inside || a.tokens[t].kind != TokenKind::Word) continue;
    const Gender g = lexicon::pronounGender(text::surface(lowered, a.tokens[t]));
    if (g == Gender::Unknown) continue;
    const Latest& latest = g == Gender::Male ? forMale : forFemale;
    if (latest.entity >= 0 && sentence - latest.sentence <= kPronounReach) ++out[latest.entity];
  }
  return out;
}

}  // namespace newslens::entities
