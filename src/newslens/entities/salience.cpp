#include "newslens/entities/salience.h"

#include <algorithm>
#include <iterator>

#include "newslens/lexicon/lexicon.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

using lexicon::isAuxiliary;
using lexicon::isPersonalTitle;
using lexicon::isPossessive;
using lexicon::isReportingVerb;
using text::TokenSpan;
using text::tokensIn;

constexpr float kLeadWeight = 1.5f;
constexpr float kSubjectWeight = 1.3f;
constexpr float kBoilerplateWeight = 0.2f;
constexpr float kModifierWeight = 0.6f;
constexpr float kNumericWeight = 0.1f;
constexpr int kLeadSentences = 2;


// Index of the sentence holding byte `pos` (sentences tile the text).
std::size_t sentenceAt(const std::vector<Sentence>& sentences, std::uint32_t pos) {
  const auto it = std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& s) { return s.end <= pos; });
  return std::min<std::size_t>(it - sentences.begin(), sentences.empty() ? 0 : sentences.size() - 1);
}

bool isSubject(std::string_view text, const std::vector<Token>& tokens, const Sentence& sentence, const Mention& m) {
  const TokenSpan span = tokensIn(tokens, m.start, m.end);
  // First word of the sentence, after quote marks, titles and "The".
  std::uint32_t t = sentence.firstToken;
  while (t < span.first && t < tokens.size()) {
    const std::string lower = text::lowercase(text::surface(text, tokens[t]));
    if (tokens[t].kind != TokenKind::Punct && !isPersonalTitle(lower) && lower != "the") break;
    ++t;
  }
  if (t == span.first) return true;
  // Or right before a reporting verb.
  for (std::uint32_t k = span.last, seen = 0; k < tokens.size() && k < sentence.lastToken && seen < 3; ++k, ++seen) {
    const std::string lower = text::lowercase(text::surface(text, tokens[k]));
    if (isReportingVerb(lower)) return true;
    if (!isAuxiliary(lower) && !isPossessive(lower)) return false;
  }
  return false;
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

}  // namespace

void scoreSalience(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                   const std::vector<Mention>& mentions, std::vector<Entity>& entities) {
  if (entities.empty()) return;
  // The lead: the first content sentences that are not boilerplate.
  std::vector<bool> lead(sentences.size(), false);
  for (std::size_t s = 0, found = 0; s < sentences.size() && found < kLeadSentences; ++s)
    if (!sentences[s].boilerplate && sentences[s].firstToken < sentences[s].lastToken) {
      lead[s] = true;
      ++found;
    }

  std::vector<double> weight(entities.size(), 0.0);
  for (const Mention& m : mentions) {
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= entities.size()) continue;
    double w = 1.0;
    if (!sentences.empty()) {
      const std::size_t s = sentenceAt(sentences, m.start);
      if (lead[s]) w *= kLeadWeight;
      if (sentences[s].boilerplate) w *= kBoilerplateWeight;
      if (isSubject(text, tokens, sentences[s], m)) w *= kSubjectWeight;
      else if (isModifier(text, tokens, sentences[s], m)) w *= kModifierWeight;
    }
    weight[m.entity] += w;
  }
  const double length = std::max<double>(1.0, static_cast<double>(text.size()));
  double total = 0.0;
  for (std::size_t e = 0; e < entities.size(); ++e) {
    const double early = 1.0 - std::min(1.0, entities[e].firstMention / length);
    weight[e] *= 0.5 + 0.5 * early;
    if (isNumericType(entities[e].type)) weight[e] *= kNumericWeight;
    total += weight[e];
  }
  for (std::size_t e = 0; e < entities.size(); ++e)
    entities[e].salience = total > 0.0 ? static_cast<float>(weight[e] / total) : 0.0f;
}

}  // namespace newslens::entities
