#include "newslens/entities/salience.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "newslens/entities/pronouns.h"
#include "newslens/entities/sources.h"
#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"
#include "newslens/text/word_ids.h"

namespace newslens::entities {
namespace {

using lexicon::isAuxiliary;
using lexicon::isPersonalTitle;
using lexicon::isPossessive;
using lexicon::isReportingVerb;
using text::tokensIn;
using text::TokenSpan;

constexpr int kLeadSentences = 2;
constexpr int kOpeningSentences = 3;

// The speaker of a reported statement: right before a reporting verb ("Smith said",
// "Smith has told"), or right after one ("…," said Smith).
// `lowered` is the text lowercased (text/lowered.h), as in the two rules below.
bool isSpeaker(std::string_view lowered, const std::vector<Token>& tokens, const Sentence& sentence,
               const TokenSpan& span) {
  if (span.first > sentence.firstToken && span.first > 0 &&
      isReportingVerb(text::surface(lowered, tokens[span.first - 1])))
    return true;
  for (std::uint32_t k = span.last, seen = 0; k < tokens.size() && k < sentence.lastToken && seen < 3; ++k, ++seen) {
    const std::string_view lower = text::surface(lowered, tokens[k]);
    if (isReportingVerb(lower)) return true;
    if (!isAuxiliary(lower) && !isPossessive(lower)) return false;
  }
  return false;
}

// The sentence's first word, after quote marks, titles and "The".
bool startsSentence(std::string_view lowered, const std::vector<Token>& tokens, const Sentence& sentence,
                    const TokenSpan& span) {
  std::uint32_t t = sentence.firstToken;
  while (t < span.first && t < tokens.size()) {
    const std::string_view lower = text::surface(lowered, tokens[t]);
    if (tokens[t].kind != TokenKind::Punct && !isPersonalTitle(lower) && lower != "the") break;
    ++t;
  }
  return t == span.first;
}

// A name used as a modifier ("US official", "US airspace") is about something else:
// the next token is a word that does not start a new clause or phrase.
bool isModifier(std::string_view lowered, const std::vector<Token>& tokens, const Sentence& sentence,
                const TokenSpan& span) {
  if (span.last >= tokens.size() || span.last >= sentence.lastToken || tokens[span.last].kind != TokenKind::Word)
    return false;
  const std::string_view next = text::surface(lowered, tokens[span.last]);
  if (isReportingVerb(next) || isPossessive(next) || isAuxiliary(next)) return false;
  return !lexicon::isClauseWord(next);
}

// Each sentence's rank among the content sentences (not boilerplate, not empty);
// -1 for the others. The lead is ranks 0 and 1.
std::vector<int> contentRanks(const std::vector<Sentence>& sentences) {
  std::vector<int> rank(sentences.size(), -1);
  for (std::size_t s = 0, found = 0; s < sentences.size(); ++s)
    if (!sentences[s].boilerplate && sentences[s].firstToken < sentences[s].lastToken)
      rank[s] = static_cast<int>(found++);
  return rank;
}

struct Tally {
  int mentions = 0, subjects = 0, speaker = 0, modifiers = 0, boilerplate = 0, sources = 0, opening = 0;
  int quoted = 0, inQuotes = 0, possessives = 0;
  int firstRank = -1;  // content rank of the first mention's sentence
  bool inLead = false, inFirst = false, dateline = false;
  std::uint32_t first = 0, last = 0;
};

// Adds one mention, not a source, of a text with sentences, to its entity's tally.
void countMention(std::string_view text, std::string_view lowered, const std::vector<Token>& tokens,
                  const Sentence& sentence, int rank, const Mention& m, Tally& t) {
  t.inLead = t.inLead || (rank >= 0 && rank < kLeadSentences);
  t.inFirst = t.inFirst || rank == 0;
  t.opening += rank >= 0 && rank < kOpeningSentences;
  if (t.firstRank < 0) t.firstRank = rank;
  const TokenSpan span = text::tokensOf(tokens, m);
  const bool speaker = isSpeaker(lowered, tokens, sentence, span);
  t.speaker += speaker;
  if (speaker || startsSentence(lowered, tokens, sentence, span))
    ++t.subjects;
  else if (isModifier(lowered, tokens, sentence, span))
    ++t.modifiers;
  t.possessives += span.last < tokens.size() && span.last < sentence.lastToken &&
                   isPossessive(text::surface(text, tokens[span.last]));
}

// True when [start, end) lies inside a speech quote; `next` walks the quotes
// (sorted by start) along with the mentions, so the whole pass is linear.
bool insideQuote(const std::vector<Quote>& quotes, std::size_t& next, std::uint32_t start, std::uint32_t end) {
  while (next < quotes.size() && quotes[next].end <= start) ++next;
  return next < quotes.size() && quotes[next].kind == QuoteKind::Speech && quotes[next].start <= start &&
         end <= quotes[next].end;
}

// Every entity's tally over the mentions that point at it and the quotes it speaks.
NEWSLENS_NOINLINE std::vector<Tally> tallyEntities(std::string_view text, const Analysis& a) {
  const std::vector<Sentence>& sentences = a.sentences;
  const std::vector<int> rank = contentRanks(sentences);
  const Dateline dateline = articleDateline(text, sentences);
  std::vector<Tally> tally(a.entities.size());
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  for (const Quote& q : a.quotes)
    if (q.kind == QuoteKind::Speech && q.speaker >= 0 && static_cast<std::size_t>(q.speaker) < tally.size())
      ++tally[q.speaker].quoted;
  std::size_t quote = 0;
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= tally.size()) continue;
    Tally& t = tally[m.entity];
    if (m.role == MentionRole::Source) {
      ++t.sources;
      continue;
    }
    const std::size_t s = sentences.empty() ? 0 : text::sentenceAt(sentences, m.start);
    // Page furniture ("Read more: Brazil latest") is not the story either.
    if (!sentences.empty() && sentences[s].boilerplate) {
      ++t.boilerplate;
      continue;
    }
    if (t.mentions++ == 0) t.first = m.start;
    t.last = m.start;
    t.inQuotes += insideQuote(a.quotes, quote, m.start, m.end);
    t.dateline = t.dateline || (m.start >= dateline.start && m.end <= dateline.sourceStart);
    if (!sentences.empty()) countMention(text, lowered, a.tokens, sentences[s], rank[s], m, t);
  }
  return tally;
}

constexpr std::uint32_t kMaxWrittenTokens = 4;
// A form more entities share than this names none of them ("Smith" among nine
// Smiths), and bounds the work per token: many full names ending in one surname
// would otherwise make every bare surname visit all of them (quadratic, issue 18).
constexpr std::size_t kMaxEntitiesPerForm = 8;

// How often the content sentences write each entity's forms as whole tokens,
// tagged or not and inside other names too ("Oklahoma" in "University of Oklahoma"):
// its aliases and, for a person, the name's last word. Overlapping forms of one
// entity count once; a form of more than kMaxEntitiesPerForm entities counts for none.
// Linear in tokens (kMaxWrittenTokens lookups each, each for at most that many entities).
// The opening count is the same over the first kOpeningSentences content sentences.
struct Written {
  std::vector<std::uint32_t> all, opening;  // per entity
};

// Each form (a view into the entities' names and aliases, by its id in `ids`) and
// the entities writing it.
struct Forms {
  text::WordIds ids;
  std::vector<std::vector<int>> entities;  // by form id
};

Forms entityForms(const Analysis& a) {
  Forms forms;
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Entity& entity = a.entities[e];
    if (isNumericType(entity.type)) continue;
    const auto add = [&](std::string_view form) {
      const std::uint32_t id = forms.ids.idOf(form);
      if (id == forms.entities.size()) forms.entities.emplace_back();
      std::vector<int>& list = forms.entities[id];
      if (list.empty() || list.back() != static_cast<int>(e)) list.push_back(static_cast<int>(e));
    };
    for (const std::string& alias : entity.aliases) add(alias);
    if (entity.type == EntityType::PERSON && entity.name.rfind(' ') != std::string::npos)
      add(std::string_view(entity.name).substr(entity.name.rfind(' ') + 1));
  }
  return forms;
}

NEWSLENS_NOINLINE Written writtenCounts(std::string_view text, const Analysis& a) {
  Forms forms = entityForms(a);
  // A form matches only where a token is its first word: most tokens are none, and
  // skip the joins and lookups.
  text::WordIds firstWords;
  for (std::uint32_t id = 0; id < forms.ids.size(); ++id) {
    if (forms.entities[id].size() > kMaxEntitiesPerForm) forms.entities[id].clear();
    const std::string_view form = forms.ids.word(id);
    firstWords.idOf(form.substr(0, form.find(' ')));
  }
  Written out{std::vector<std::uint32_t>(a.entities.size(), 0), std::vector<std::uint32_t>(a.entities.size(), 0)};
  std::vector<std::uint32_t> reach(a.entities.size(), 0);
  std::string buffer;  // text::joinedTokens' when the text does not write the form as is
  std::size_t m = 0;
  int content = 0;
  for (const Sentence& s : a.sentences) {
    if (s.boilerplate) continue;
    const bool opening = s.firstToken < s.lastToken && content++ < kOpeningSentences;
    for (std::uint32_t t = s.firstToken; t < s.lastToken && t < a.tokens.size(); ++t) {
      // An outlet's credit ("(CNN)", "told CNN") is not the story writing its name.
      while (m < a.mentions.size() && a.mentions[m].lastToken <= t) ++m;
      if (m < a.mentions.size() && a.mentions[m].firstToken <= t && a.mentions[m].role == MentionRole::Source) continue;
      if (firstWords.find(text::surface(text, a.tokens[t])) == text::WordIds::kNone) continue;
      for (std::uint32_t last = std::min(s.lastToken, t + kMaxWrittenTokens); last > t; --last) {
        const std::uint32_t form = forms.ids.find(text::joinedTokens(text, a.tokens, t, last, buffer));
        if (form == text::WordIds::kNone) continue;
        for (int e : forms.entities[form])
          if (reach[e] <= t) {
            ++out.all[e];
            out.opening[e] += opening;
            reach[e] = last;
          }
      }
    }
  }
  return out;
}

}  // namespace

const char* salienceFeatureName(int feature) {
  static constexpr const char* kNames[kSalienceFeatureCount] = {
      "log_mentions", "log_subjects",   "early",        "in_lead",       "modifier_share", "boilerplate_share",
      "person",       "organization",   "place",        "nationality",   "numeric",        "source_only",
      "in_first",     "log_speaker",    "spread",       "full_name",     "other_name",     "log_opening",
      "first_rank",   "log_quoted",     "log_pronouns", "log_in_quotes", "log_possessive", "dateline",
      "log_written",  "written_opening"};
  return feature >= 0 && feature < kSalienceFeatureCount ? kNames[feature] : "?";
}

NEWSLENS_NOINLINE std::vector<SalienceFeatures> salienceFeatures(std::string_view text, const Analysis& a) {
  const std::vector<Tally> tally = tallyEntities(text, a);
  const std::vector<std::uint32_t> pronouns = pronounReferences(text, a);
  const Written written = writtenCounts(text, a);
  const double length = std::max<double>(1.0, static_cast<double>(text.size()));
  std::vector<SalienceFeatures> out(a.entities.size());
  for (std::size_t e = 0; e < a.entities.size(); ++e) {
    const Tally& t = tally[e];
    SalienceFeatures& f = out[e];
    f.fill(0.0f);
    const float n = static_cast<float>(std::max(t.mentions, 1));
    f[kLogMentions] = std::log1p(static_cast<float>(t.mentions));
    f[kLogSubjects] = std::log1p(static_cast<float>(t.subjects));
    f[kEarly] = t.mentions ? static_cast<float>(1.0 - std::min(1.0, t.first / length)) : 0.0f;
    f[kInLead] = t.inLead ? 1.0f : 0.0f;
    f[kModifierShare] = t.modifiers / n;
    f[kBoilerplateShare] = t.boilerplate / static_cast<float>(std::max(t.mentions + t.boilerplate, 1));
    const EntityType type = a.entities[e].type;
    f[kPerson] = type == EntityType::PERSON;
    f[kOrganization] = type == EntityType::ORG;
    f[kPlace] = type == EntityType::GPE || type == EntityType::LOC || type == EntityType::FAC;
    f[kNationality] = type == EntityType::NORP;
    f[kNumeric] = isNumericType(type);
    f[kSourceOnly] = t.mentions == 0 && t.sources > 0;
    f[kInFirst] = t.inFirst ? 1.0f : 0.0f;
    f[kLogSpeaker] = std::log1p(static_cast<float>(t.speaker));
    f[kSpread] = t.mentions ? static_cast<float>(std::min(1.0, (t.last - t.first) / length)) : 0.0f;
    f[kFullName] = a.entities[e].name.find(' ') != std::string::npos;
    f[kLogOpening] = std::log1p(static_cast<float>(t.opening));
    f[kFirstRank] = t.firstRank >= 0 ? 1.0f / static_cast<float>(1 + t.firstRank) : 0.0f;
    f[kOtherName] = type == EntityType::EVENT || type == EntityType::PRODUCT || type == EntityType::WORK_OF_ART ||
                    type == EntityType::LAW;
    f[kLogQuoted] = std::log1p(static_cast<float>(t.quoted));
    f[kLogPronouns] = std::log1p(static_cast<float>(pronouns[e]));
    f[kLogInQuotes] = std::log1p(static_cast<float>(t.inQuotes));
    f[kLogPossessive] = std::log1p(static_cast<float>(t.possessives));
    f[kDateline] = t.dateline;
    f[kLogWritten] = std::log1p(static_cast<float>(written.all[e]));
    f[kWrittenOpening] = std::log1p(static_cast<float>(written.opening[e]));

    // A date or an amount is never what the story is about: it keeps its count and
    // the indicator only, so position and spread never lift it above a name.
    if (isNumericType(type)) {
      const float mentionsOnly = f[kLogMentions];
      f.fill(0.0f);
      f[kLogMentions] = mentionsOnly;
      f[kNumeric] = 1.0f;
    }
  }
  return out;
}

// Before normalization: exp() of a score 745 below the top is 0 in double.
constexpr double kMinShare = 1e-12;

std::vector<double> salienceOf(const std::vector<SalienceFeatures>& features, const SalienceWeights& weights) {
  std::vector<double> out(features.size(), 0.0);
  double top = -1e300;
  for (std::size_t e = 0; e < features.size(); ++e) {
    double z = 0.0;
    for (int k = 0; k < kSalienceFeatureCount; ++k) z += double(weights.w[k]) * features[e][k];
    out[e] = z;
    top = std::max(top, z);
  }
  double total = 0.0;
  // Shifted by the top score: no overflow. Floored: an entity far below the top (or
  // one of tens of thousands) keeps a positive share, and the shares still sum to 1.
  for (double& z : out) total += (z = std::max(std::exp(z - top), kMinShare));
  for (double& z : out) z /= total;
  return out;
}

}  // namespace newslens::entities
