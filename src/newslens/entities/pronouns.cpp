#include "newslens/entities/pronouns.h"

#include <algorithm>

#include "newslens/entities/gender.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {

using lexicon::Gender;

void LatestPerson::read(std::size_t mention) {
  const std::int32_t e = a_.mentions[mention].entity;
  if (e < 0 || static_cast<std::size_t>(e) >= a_.entities.size() || a_.entities[e].type != EntityType::PERSON) return;
  const Gender g = static_cast<std::size_t>(e) < genders_.size() ? genders_[e] : Gender::Unknown;
  const auto at = static_cast<std::ptrdiff_t>(mention);
  any_ = at;
  if (genderFits(g, Gender::Male)) male_ = at;
  if (genderFits(g, Gender::Female)) female_ = at;
}

std::ptrdiff_t LatestPerson::forPronoun(Gender g) const {
  return g == Gender::Male ? male_ : g == Gender::Female ? female_ : any_;
}

std::ptrdiff_t personBefore(const Analysis& a, const std::vector<Gender>& genders, std::size_t end, Gender wanted) {
  end = std::min(end, a.mentions.size());
  LatestPerson latest(a, genders);
  for (std::size_t i = end > kPronounLookBack ? end - kPronounLookBack : 0; i < end; ++i) latest.read(i);
  return latest.forPronoun(wanted);
}

NEWSLENS_NOINLINE std::vector<std::uint32_t> pronounReferences(std::string_view text, const Analysis& a) {
  std::vector<std::uint32_t> out(a.entities.size(), 0);
  if (a.entities.empty() || a.sentences.empty()) return out;
  const std::vector<Gender> genders = personCues(text, a).gender;
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  LatestPerson latest(a, genders);
  std::size_t m = 0, sentence = 0;  // mentions starting by token t; t's sentence
  for (std::uint32_t t = 0; t < a.tokens.size(); ++t) {
    while (sentence + 1 < a.sentences.size() && a.sentences[sentence].lastToken <= t) ++sentence;
    bool inside = false;  // t lies in a mention: no pronoun of its own
    for (; m < a.mentions.size() && a.mentions[m].firstToken <= t; ++m) {
      inside = inside || a.mentions[m].lastToken > t;
      latest.read(m);
    }
    inside = inside || (m > 0 && a.mentions[m - 1].lastToken > t);
    if (inside || a.tokens[t].kind != TokenKind::Word) continue;
    const Gender g = lexicon::pronounGender(text::surface(lowered, a.tokens[t]));
    if (g == Gender::Unknown) continue;
    const std::ptrdiff_t i = latest.forPronoun(g);
    if (i < 0) continue;
    // The sentence of the person's last word: where the text last named them.
    const Mention& named = a.mentions[static_cast<std::size_t>(i)];
    const std::size_t at = text::sentenceAt(a.sentences, a.tokens[named.lastToken - 1].start);
    if (sentence - at <= kPronounReach) ++out[static_cast<std::size_t>(named.entity)];
  }
  return out;
}

}  // namespace newslens::entities
