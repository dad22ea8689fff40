#include "newslens/entities/salience.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include "newslens/entities/salience_weights.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

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
bool isSpeaker(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence,
               const TokenSpan& span) {
  if (span.first > sentence.firstToken && span.first > 0 &&
      isReportingVerb(text::lowercase(text::surface(text, tokens[span.first - 1]))))
    return true;
  for (std::uint32_t k = span.last, seen = 0; k < tokens.size() && k < sentence.lastToken && seen < 3; ++k, ++seen) {
    const std::string lower = text::lowercase(text::surface(text, tokens[k]));
    if (isReportingVerb(lower)) return true;
    if (!isAuxiliary(lower) && !isPossessive(lower)) return false;
  }
  return false;
}

// The sentence's first word, after quote marks, titles and "The".
bool startsSentence(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence,
                    const TokenSpan& span) {
  std::uint32_t t = sentence.firstToken;
  while (t < span.first && t < tokens.size()) {
    const std::string lower = text::lowercase(text::surface(text, tokens[t]));
    if (tokens[t].kind != TokenKind::Punct && !isPersonalTitle(lower) && lower != "the") break;
    ++t;
  }
  return t == span.first;
}

// A name used as a modifier ("US official", "US airspace") is about something else:
// the next token is a word that does not start a new clause or phrase.
bool isModifier(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence, const Mention& m) {
  const TokenSpan span = tokensIn(tokens, m.start, m.end);
  if (span.last >= tokens.size() || span.last >= sentence.lastToken || tokens[span.last].kind != TokenKind::Word)
    return false;
  const std::string next = text::lowercase(text::surface(text, tokens[span.last]));
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
  int firstRank = -1;  // content rank of the first mention's sentence
  bool inLead = false, inFirst = false;
  std::uint32_t first = 0, last = 0;
};

// Adds one mention, not a source, of a text with sentences, to its entity's tally.
void countMention(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence, int rank,
                  const Mention& m, Tally& t) {
  t.inLead = t.inLead || (rank >= 0 && rank < kLeadSentences);
  t.inFirst = t.inFirst || rank == 0;
  t.opening += rank >= 0 && rank < kOpeningSentences;
  if (t.firstRank < 0) t.firstRank = rank;
  const TokenSpan span = tokensIn(tokens, m.start, m.end);
  const bool speaker = isSpeaker(text, tokens, sentence, span);
  t.speaker += speaker;
  if (speaker || startsSentence(text, tokens, sentence, span))
    ++t.subjects;
  else if (isModifier(text, tokens, sentence, m))
    ++t.modifiers;
}

}  // namespace

const char* salienceFeatureName(int feature) {
  static constexpr const char* kNames[kSalienceFeatureCount] = {
      "log_mentions",      "log_subjects", "early",        "in_lead",     "modifier_share",
      "boilerplate_share", "person",       "organization", "place",       "nationality",
      "numeric",           "source_only",  "in_first",     "log_speaker", "spread",
      "full_name",         "other_name",   "log_opening",  "first_rank"};
  return feature >= 0 && feature < kSalienceFeatureCount ? kNames[feature] : "?";
}

std::vector<SalienceFeatures> salienceFeatures(std::string_view text, const std::vector<Token>& tokens,
                                               const std::vector<Sentence>& sentences,
                                               const std::vector<Mention>& mentions,
                                               const std::vector<Entity>& entities) {
  const std::vector<int> rank = contentRanks(sentences);
  std::vector<Tally> tally(entities.size());
  for (const Mention& m : mentions) {
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= entities.size()) continue;
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
    if (!sentences.empty()) countMention(text, tokens, sentences[s], rank[s], m, t);
  }
  const double length = std::max<double>(1.0, static_cast<double>(text.size()));
  std::vector<SalienceFeatures> out(entities.size());
  for (std::size_t e = 0; e < entities.size(); ++e) {
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
    const EntityType type = entities[e].type;
    f[kPerson] = type == EntityType::PERSON;
    f[kOrganization] = type == EntityType::ORG;
    f[kPlace] = type == EntityType::GPE || type == EntityType::LOC || type == EntityType::FAC;
    f[kNationality] = type == EntityType::NORP;
    f[kNumeric] = isNumericType(type);
    f[kSourceOnly] = t.mentions == 0 && t.sources > 0;
    f[kInFirst] = t.inFirst ? 1.0f : 0.0f;
    f[kLogSpeaker] = std::log1p(static_cast<float>(t.speaker));
    f[kSpread] = t.mentions ? static_cast<float>(std::min(1.0, (t.last - t.first) / length)) : 0.0f;
    f[kFullName] = entities[e].name.find(' ') != std::string::npos;
    f[kLogOpening] = std::log1p(static_cast<float>(t.opening));
    f[kFirstRank] = t.firstRank >= 0 ? 1.0f / static_cast<float>(1 + t.firstRank) : 0.0f;
    f[kOtherName] = type == EntityType::EVENT || type == EntityType::PRODUCT || type == EntityType::WORK_OF_ART ||
                    type == EntityType::LAW;
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

void scoreSalience(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                   const std::vector<Mention>& mentions, std::vector<Entity>& entities) {
  const std::vector<double> salience =
      salienceOf(salienceFeatures(text, tokens, sentences, mentions, entities), kDefaultSalienceWeights);
  for (std::size_t e = 0; e < entities.size(); ++e) entities[e].salience = static_cast<float>(salience[e]);
}

}  // namespace newslens::entities
