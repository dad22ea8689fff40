#include "newslens/quotes/speakers.h"

#include <algorithm>
#include <string>

#include "newslens/entities/gender.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/text/utf8.h"

namespace newslens::quotes {
namespace {

using lexicon::Gender;

constexpr std::size_t kWindowMentions = 200;   // mentions visited by one lookup
constexpr std::size_t kPronounSentences = 3;   // how far back "he" may look
constexpr std::size_t kGroupSentences = 2;     // and "it", "they", "the broadcaster"
constexpr std::size_t kContinueSentences = 3;  // how far a speaker carries to unattributed quotes
constexpr std::size_t kRoleSentences = 12;     // how far back "the principal" finds "Principal NAME"

}  // namespace

SpeakerResolver::SpeakerResolver(const Context& ctx) : ctx_(ctx) {
  entities::PersonCues cues = entities::personCues(ctx.text(), ctx.analysis());
  gender_ = std::move(cues.gender);
  person_ = std::move(cues.person);
}

bool SpeakerResolver::organizationLike(int e) const {
  const EntityType t = ctx_.analysis().entities[e].type;
  return !person_[e] && (t == EntityType::ORG || t == EntityType::NORP || t == EntityType::GPE ||
                         t == EntityType::WORK_OF_ART || t == EntityType::PRODUCT);
}

// Subject position: not the object of a preposition, not a possessive modifier, not a
// parenthesized dateline credit ("(CNN)").
bool SpeakerResolver::subjectPosition(const Mention& m) const {
  std::uint32_t before = m.firstToken;
  while (before > 0 && lexicon::isPersonalTitle(ctx_.lower(before - 1))) --before;
  if (before > 0) {
    const std::string_view w = ctx_.lower(before - 1);
    if (lexicon::isPreposition(w) || w == "(") return false;
  }
  if (m.lastToken < ctx_.tokenCount()) {
    const std::string_view next = ctx_.surface(m.lastToken);
    if (lexicon::isPossessive(next) || next == ")") return false;
  }
  return true;
}

// The best fitting entity among the mentions before `token` in its sentence and the
// `sentences` before `fromSentence`: per sentence, newest first, its first subject
// before the rest (only subjects when `subjectsOnly`).
template <typename Fits>
int SpeakerResolver::recent(std::uint32_t token, std::size_t fromSentence, std::size_t sentences, bool subjectsOnly,
                            Fits fits) const {
  const auto& ms = ctx_.analysis().mentions;
  const std::uint32_t pos = ctx_.analysis().tokens[token].start;
  const std::size_t ps = ctx_.sentenceAt(pos);
  const std::size_t from = std::min(ps, fromSentence);
  const std::size_t lowest = from >= sentences ? from - sentences : 0;
  auto it = std::partition_point(ms.begin(), ms.end(), [&](const Mention& m) { return m.start < pos; });
  std::size_t sentence = ps;
  int subject = -1, newest = -1;  // of the sentence being read
  for (std::size_t seen = 0; it != ms.begin() && seen < kWindowMentions; ++seen) {
    const Mention& m = *--it;
    const std::size_t s = ctx_.sentenceAt(m.start);
    if (s != sentence) {
      if (subject >= 0) return subject;
      if (newest >= 0 && !subjectsOnly) return newest;
      sentence = s;
    }
    if (s < lowest) break;
    if (m.entity < 0 || isNumericType(m.type) || ctx_.quoted(m.firstToken) || !fits(m.entity)) continue;
    if (newest < 0) newest = m.entity;
    // Reading backwards, the last subject seen is the sentence's first.
    if (subjectPosition(m)) subject = m.entity;
  }
  return subject >= 0 ? subject : subjectsOnly ? -1 : newest;
}

template <typename Fits>
bool SpeakerResolver::lastSpeakerFits(std::size_t sentence, Fits fits) const {
  if (!haveLast_ || last_ < 0 || !fits(last_) || sentence < lastSentence_ ||
      sentence - lastSentence_ > kContinueSentences)
    return false;
  // Another fitting person or group made the subject of a sentence since takes over
  // ("Jones, a lawyer, disagreed. “No,” he said."); sentences that attribute words
  // have already been recorded as speakers.
  const auto& ms = ctx_.analysis().mentions;
  for (std::size_t s = lastSentence_ + 1; s < sentence; ++s) {
    const std::uint32_t start = ctx_.analysis().sentences[s].start, end = ctx_.analysis().sentences[s].end;
    auto it = std::partition_point(ms.begin(), ms.end(), [&](const Mention& m) { return m.start < start; });
    for (std::size_t seen = 0; it != ms.end() && it->start < end && seen < kWindowMentions; ++it, ++seen)
      if (it->entity >= 0 && it->entity != last_ && !ctx_.quoted(it->firstToken) && subjectPosition(*it) &&
          fits(it->entity))
        return false;
  }
  return true;
}

int SpeakerResolver::pronoun(const Source& source, std::size_t from) const {
  const std::string_view w = ctx_.lower(source.head);
  const std::size_t ps = std::min(ctx_.sentenceOfToken(source.head), from);
  if (w == "he" || w == "she" || w == "his" || w == "her") {
    const Gender g = w == "he" || w == "his" ? Gender::Male : Gender::Female;
    const auto fits = [&](int e) { return person_[e] && entities::genderFits(gender_[e], g); };
    return lastSpeakerFits(ps, fits) ? last_ : recent(source.head, from, kPronounSentences, false, fits);
  }
  // "it", "they", "its statement": an organization or group that is a subject.
  const auto fits = [&](int e) { return organizationLike(e); };
  return lastSpeakerFits(ps, fits) ? last_ : recent(source.head, from, kGroupSentences, true, fits);
}

bool SpeakerResolver::hasWordNear(const Mention& m, std::string_view noun) const {
  // "Principal Sherman Padgett", "student NAME", "NAME, the principal,".
  for (std::uint32_t t = m.firstToken >= 3 ? m.firstToken - 3 : 0; t < m.lastToken; ++t)
    if (ctx_.lower(t) == noun) return true;
  const std::uint32_t n = ctx_.tokenCount();
  if (m.lastToken < n && ctx_.isPunct(m.lastToken, ","))
    for (std::uint32_t t = m.lastToken + 1; t < n && t < m.lastToken + 8 && !ctx_.isPunct(t, ","); ++t)
      if (ctx_.lower(t) == noun) return true;
  return false;
}

// "the principal" → the person the text introduced with that role word.
int SpeakerResolver::roleHolder(std::string_view noun, std::uint32_t token, std::size_t from) const {
  const auto& ms = ctx_.analysis().mentions;
  const std::uint32_t pos = ctx_.analysis().tokens[token].start;
  auto it = std::partition_point(ms.begin(), ms.end(), [&](const Mention& m) { return m.start < pos; });
  const std::size_t lowest = from >= kRoleSentences ? from - kRoleSentences : 0;
  for (std::size_t seen = 0; it != ms.begin() && seen < kWindowMentions; ++seen) {
    const Mention& m = *--it;
    if (ctx_.sentenceAt(m.start) < lowest) break;
    if (m.entity >= 0 && person_[m.entity] && !ctx_.quoted(m.firstToken) && hasWordNear(m, noun)) return m.entity;
  }
  return -1;
}

// A capitalized word the tagger left untagged ("said Cowin."): the recent person
// whose name ends with it.
int SpeakerResolver::nameWord(std::uint32_t token, std::size_t from) const {
  if (!ctx_.capitalizedWord(token)) return -1;
  const std::string_view word = ctx_.lower(token);
  const auto endsWith = [&](int e) {
    const std::string name = text::lowercase(ctx_.analysis().entities[e].name);
    if (!person_[e] || name.size() < word.size()) return false;
    return name == word || (name.compare(name.size() - word.size(), word.size(), word) == 0 &&
                            name[name.size() - word.size() - 1] == ' ');
  };
  return recent(token, from, kRoleSentences, false, endsWith);
}

int SpeakerResolver::description(const Source& source, std::size_t from) const {
  const std::string_view noun = ctx_.lower(source.head);
  const std::size_t ps = std::min(ctx_.sentenceOfToken(source.head), from);
  if (noun.size() >= 3) {
    // "the department" → the recent entity whose name holds "department".
    const auto holds = [&](int e) {
      const Entity& entity = ctx_.analysis().entities[e];
      if (person_[e]) return false;
      if (text::lowercase(entity.name).find(noun) != std::string::npos) return true;
      return std::any_of(entity.aliases.begin(), entity.aliases.end(), [&](const std::string& alias) {
        return text::lowercase(alias).find(noun) != std::string::npos;
      });
    };
    if (const int e = recent(source.head, from, kPronounSentences, false, holds); e >= 0) return e;
  }
  const auto fits = [&](int e) { return organizationLike(e); };
  // "the report said": the organization that was speaking, if one just was.
  if (lexicon::isSpeechNoun(noun)) return lastSpeakerFits(ps, fits) ? last_ : -1;
  if (!lexicon::isOrganizationNoun(noun)) return roleHolder(noun, source.head, from);
  // "the ruling party": a modified description names one we cannot pick out.
  if (source.last - source.first > 2) return -1;
  return lastSpeakerFits(ps, fits) ? last_ : recent(source.head, from, kGroupSentences, true, fits);
}

int SpeakerResolver::resolve(const Source& source, std::size_t from) const {
  switch (source.kind) {
    case SourceKind::Name: {
      const int e = ctx_.analysis().mentions[source.mention].entity;
      return e >= 0 && static_cast<std::size_t>(e) < person_.size() ? e : -1;
    }
    case SourceKind::Pronoun:
      return pronoun(source, from);
    case SourceKind::Description:
      return description(source, from);
    case SourceKind::Unnamed:
      return source.last == source.first + 1 ? nameWord(source.head, from) : -1;
    default:
      return -1;
  }
}

void SpeakerResolver::spoke(int entity, std::size_t sentence) {
  haveLast_ = true;
  last_ = entity;
  lastSentence_ = sentence;
}

bool SpeakerResolver::continues(std::size_t sentence, int& entity) const {
  if (!haveLast_ || sentence < lastSentence_ || sentence - lastSentence_ > kContinueSentences) return false;
  if (last_ >= 0 && !lastSpeakerFits(sentence, [&](int e) { return person_[e] || organizationLike(e); })) return false;
  entity = last_;
  return true;
}

}  // namespace newslens::quotes
