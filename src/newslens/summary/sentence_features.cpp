#include "newslens/summary/sentence_features.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "newslens/lexicon/lexicon.h"
#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"
#include "newslens/text/word_ids.h"

namespace newslens::summary {
namespace {

// The lowered word cut at an apostrophe, with a plural or possessive "s" removed so
// "talks" and "talk" meet: a prefix of `lower`.
std::string_view normalizeTerm(std::string_view lower) {
  // std::find, not find(): an inline scan of a short word, not a memchr call.
  std::string_view w =
      lower.substr(0, static_cast<std::size_t>(std::find(lower.begin(), lower.end(), '\'') - lower.begin()));
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
    w.remove_suffix(1);
  return w;
}

enum class QuoteMark { None, Open, Close, Toggle };

QuoteMark quoteMark(std::string_view surface) {
  if (surface == "\"") return QuoteMark::Toggle;
  if (surface == "\xE2\x80\x9C" || surface == "\xC2\xAB" || surface == "\xE2\x80\x9E") return QuoteMark::Open;  // “ « „
  if (surface == "\xE2\x80\x9D" || surface == "\xC2\xBB") return QuoteMark::Close;  // ” »
  return QuoteMark::None;
}

bool isSentenceEnd(std::string_view surface) {
  if (surface.empty()) return false;
  const text::DecodedChar c = text::decodeAt(surface, 0);
  return c.valid && text::classify(c.codePoint) == text::CharClass::SentenceEnd;
}

// Per sentence: the salience of the most salient entity it mentions (none without
// NER) — the maximum, not the sum: a list of names is not more central than one
// key actor — and whether it mentions the article's top named entity.
void markEntities(const Analysis& a, std::vector<float>& salience, std::vector<bool>& top) {
  salience.assign(a.sentences.size(), 0.0f);
  top.assign(a.sentences.size(), false);
  if (a.entities.empty() || a.mentions.empty()) return;
  const bool topIsNamed = !isNumericType(a.entities.front().type);
  std::size_t si = 0;
  for (const Mention& m : a.mentions) {
    while (si < a.sentences.size() && a.sentences[si].lastToken <= m.firstToken) ++si;
    if (si == a.sentences.size()) break;
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= a.entities.size()) continue;
    salience[si] = std::max(salience[si], a.entities[static_cast<std::size_t>(m.entity)].salience);
    if (m.entity == 0 && topIsNamed) top[si] = true;
  }
}

// Walks one sentence's tokens: counts, quotation share, content terms, opener and
// final mark. `inQuote` carries an open quotation across sentences of a paragraph.
// `lowered` is the text lowercased (text/lowered.h); `termIds` holds views into it;
// `terms` is an empty buffer to gather into.
CandidateSentence describeSentence(std::string_view text, std::string_view lowered, const Analysis& a,
                                   const Sentence& s, bool& inQuote, text::WordIds& termIds,
                                   std::vector<std::uint32_t>& terms) {
  CandidateSentence f;
  std::uint32_t quotedWords = 0;
  std::string_view lastSurface;
  for (std::uint32_t ti = s.firstToken; ti < s.lastToken; ++ti) {
    const Token& t = a.tokens[ti];
    const std::string_view surface = text::surface(text, t);
    if (t.kind == TokenKind::Punct || t.kind == TokenKind::Symbol) {
      switch (quoteMark(surface)) {
        case QuoteMark::Open:
          inQuote = true;
          break;
        case QuoteMark::Close:
          inQuote = false;
          break;
        case QuoteMark::Toggle:
          inQuote = !inQuote;
          break;
        case QuoteMark::None:
          lastSurface = surface;
          break;
      }
      continue;
    }
    lastSurface = surface;
    if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) continue;
    const std::string_view lower = text::surface(lowered, t);
    if (f.words == 0) f.pronounStart = lexicon::isLeaningPronoun(lower);
    ++f.words;
    if (t.kind == TokenKind::Number) ++f.numbers;
    if (inQuote) ++quotedWords;
    if (lexicon::isReportingVerb(lower)) f.attribution = true;
    const std::string_view term = normalizeTerm(lower);
    if (term.empty() || lexicon::isScoringStopWord(term)) continue;
    terms.push_back(termIds.idOf(term));
  }
  // Gathered in a buffer every sentence reuses, kept in one allocation of its size.
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  f.terms.assign(terms.begin(), terms.end());
  terms.clear();
  f.quoted = f.words ? static_cast<float>(quotedWords) / static_cast<float>(f.words) : 0.0f;
  f.finalPunct = isSentenceEnd(lastSurface);
  f.question = lastSurface == "?";
  return f;
}

float clamp01(float x) { return std::clamp(x, 0.0f, 1.0f); }

// Terms seen in other sentences count, by how many: log keeps one word from dominating.
float centralityOf(const CandidateSentence& f, const std::vector<std::uint32_t>& sentenceFrequency) {
  if (f.terms.empty()) return 0;
  float c = 0;
  for (std::uint32_t t : f.terms) c += std::log(static_cast<float>(sentenceFrequency[t]));
  return c / std::sqrt(static_cast<float>(f.terms.size()));
}

// Candidates kept: an article has tens of sentences, a long report a few hundred;
// a paste with more is not one article, and its points come from its first
// sentences. Bounds this stage's per-sentence vectors (~100 bytes a sentence, 25
// bytes per byte of a text of one-letter lines) at any input size.
constexpr std::size_t kMaxCandidates = 20000;

}  // namespace

NEWSLENS_NOINLINE CandidateSet collectCandidates(std::string_view text, const Analysis& a) {
  CandidateSet set;
  std::string scratch;
  const std::string_view lowered = text::loweredText(text, a, scratch);
  text::WordIds termIds;
  std::vector<std::uint32_t> terms;  // describeSentence's buffer
  std::vector<float> salience;
  std::vector<bool> top;
  markEntities(a, salience, top);
  set.candidates.reserve(std::min(a.sentences.size(), kMaxCandidates));  // at most one a sentence
  bool inQuote = false;
  std::uint32_t lastParagraph = 0;
  for (std::uint32_t si = 0; si < a.sentences.size() && set.candidates.size() < kMaxCandidates; ++si) {
    const Sentence& s = a.sentences[si];
    if (s.paragraph != lastParagraph) inQuote = false;  // an unclosed quote does not run past its paragraph
    lastParagraph = s.paragraph;
    CandidateSentence f = describeSentence(text, lowered, a, s, inQuote, termIds, terms);
    if (f.words == 0 || s.boilerplate) continue;
    f.sentence = si;
    f.entitySalience = salience[si];
    f.topEntity = top[si];
    f.rank = static_cast<std::uint32_t>(set.candidates.size());
    set.candidates.push_back(std::move(f));
  }
  set.sentenceFrequency.assign(termIds.size(), 0);
  for (const CandidateSentence& f : set.candidates)
    for (std::uint32_t t : f.terms) ++set.sentenceFrequency[t];
  return set;
}

NEWSLENS_NOINLINE std::vector<FeatureVector> featureVectors(const CandidateSet& set) {
  const std::size_t n = set.candidates.size();
  std::vector<float> centrality(n);
  float maxCentrality = 0, maxSalience = 0;
  for (std::size_t i = 0; i < n; ++i) {
    centrality[i] = centralityOf(set.candidates[i], set.sentenceFrequency);
    maxCentrality = std::max(maxCentrality, centrality[i]);
    maxSalience = std::max(maxSalience, set.candidates[i].entitySalience);
  }
  std::vector<bool> seen(set.sentenceFrequency.size(), false);
  std::vector<FeatureVector> out(n);
  for (std::size_t i = 0; i < n; ++i) {
    const CandidateSentence& f = set.candidates[i];
    const float words = static_cast<float>(f.words);
    std::size_t fresh = 0;
    for (std::uint32_t t : f.terms) fresh += seen[t] ? 0 : 1;
    for (std::uint32_t t : f.terms) seen[t] = true;
    FeatureVector& x = out[i];
    x[kBias] = 1;
    x[kLead] = f.rank == 0 ? 1.0f : 0.0f;
    x[kInversePosition] = 1.0f / static_cast<float>(f.rank + 1);
    x[kRelativePosition] = static_cast<float>(f.rank) / static_cast<float>(n);
    x[kLength] = std::min(words, 60.0f) / 30.0f;
    x[kShortness] = std::max(0.0f, 10.0f - words) / 10.0f;
    x[kLongness] = clamp01((words - 35.0f) / 35.0f);
    x[kCentrality] = maxCentrality > 0 ? centrality[i] / maxCentrality : 0.0f;
    x[kEntitySalience] = maxSalience > 0 ? f.entitySalience / maxSalience : 0.0f;
    x[kTopEntity] = f.topEntity ? 1.0f : 0.0f;
    x[kNumbers] = f.numbers > 0 ? 1.0f : 0.0f;
    x[kQuoted] = f.quoted;
    x[kNoFinalPunct] = f.finalPunct ? 0.0f : 1.0f;
    x[kQuestion] = f.question ? 1.0f : 0.0f;
    x[kNovelty] = f.terms.empty() ? 0.0f : static_cast<float>(fresh) / static_cast<float>(f.terms.size());
    x[kPronounStart] = f.pronounStart ? 1.0f : 0.0f;
    x[kAttribution] = f.attribution ? 1.0f : 0.0f;
  }
  return out;
}

float termCosine(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j])
      ++shared, ++i, ++j;
    else if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  return static_cast<float>(shared) / std::sqrt(static_cast<float>(a.size()) * static_cast<float>(b.size()));
}

}  // namespace newslens::summary
