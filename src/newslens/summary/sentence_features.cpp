#include "newslens/summary/sentence_features.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "newslens/lexicon/lexicon.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::summary {
namespace {

// Lower case, with a plural or possessive "s" removed so "talks" and "talk" meet.
std::string normalizeTerm(std::string_view surface) {
  std::string w = text::lowercase(surface);
  const auto apostrophe = w.find_first_of("'");
  if (apostrophe != std::string::npos) w.resize(apostrophe);
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' && w[w.size() - 2] != 'i')
    w.pop_back();
  return w;
}

enum class QuoteMark { None, Open, Close, Toggle };

QuoteMark quoteMark(std::string_view surface) {
  if (surface == "\"") return QuoteMark::Toggle;
  if (surface == "\xE2\x80\x9C" || surface == "\xC2\xAB" || surface == "\xE2\x80\x9E") return QuoteMark::Open;   // “ « „
  if (surface == "\xE2\x80\x9D" || surface == "\xC2\xBB") return QuoteMark::Close;                               // ” »
  return QuoteMark::None;
}

bool isSentenceEnd(std::string_view surface) {
  if (surface.empty()) return false;
  const text::DecodedChar c = text::decodeAt(surface, 0);
  return c.valid && text::classify(c.codePoint) == text::CharClass::SentenceEnd;
}

}  // namespace

DocumentFeatures computeSentenceFeatures(std::string_view text, const Analysis& a) {
  DocumentFeatures doc;
  std::unordered_map<std::string, std::uint32_t> termIds;

  // The salience of the most salient entity each sentence mentions (none without NER).
  // The maximum, not the sum: a list of names is not more central than one key actor.
  std::vector<float> salienceOf(a.sentences.size(), 0.0f);
  if (!a.entities.empty() && !a.mentions.empty()) {
    std::size_t si = 0;
    for (const Mention& m : a.mentions) {
      while (si < a.sentences.size() && a.sentences[si].lastToken <= m.firstToken) ++si;
      if (si == a.sentences.size()) break;
      if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= a.entities.size()) continue;
      salienceOf[si] = std::max(salienceOf[si], a.entities[static_cast<std::size_t>(m.entity)].salience);
    }
  }

  bool inQuote = false;
  std::uint32_t lastParagraph = 0;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.paragraph != lastParagraph) inQuote = false;  // an unclosed quote does not run past its paragraph
    lastParagraph = s.paragraph;
    SentenceFeatures f;
    f.sentence = si;
    std::uint32_t quotedWords = 0;
    std::string_view lastSurface;
    for (std::uint32_t ti = s.firstToken; ti < s.lastToken; ++ti) {
      const Token& t = a.tokens[ti];
      const std::string_view surface = text::surface(text, t);
      if (t.kind == TokenKind::Punct || t.kind == TokenKind::Symbol) {
        switch (quoteMark(surface)) {
          case QuoteMark::Open: inQuote = true; break;
          case QuoteMark::Close: inQuote = false; break;
          case QuoteMark::Toggle: inQuote = !inQuote; break;
          case QuoteMark::None: lastSurface = surface; break;
        }
        continue;
      }
      lastSurface = surface;
      if (t.kind != TokenKind::Word && t.kind != TokenKind::Number) continue;
      ++f.words;
      if (t.kind == TokenKind::Number) ++f.numbers;
      if (inQuote) ++quotedWords;
      std::string term = normalizeTerm(surface);
      if (term.empty() || lexicon::isScoringStopWord(term)) continue;
      // find before emplace: emplace allocates a node even when the term is known.
      auto it = termIds.find(term);
      if (it == termIds.end()) it = termIds.emplace(std::move(term), static_cast<std::uint32_t>(termIds.size())).first;
      f.terms.push_back(it->second);
    }
    if (f.words == 0 || s.boilerplate) continue;
    std::sort(f.terms.begin(), f.terms.end());
    f.terms.erase(std::unique(f.terms.begin(), f.terms.end()), f.terms.end());
    f.quoted = static_cast<float>(quotedWords) / static_cast<float>(f.words);
    f.entitySalience = salienceOf[si];
    f.finalPunct = isSentenceEnd(lastSurface);
    f.rank = static_cast<std::uint32_t>(doc.candidates.size());
    doc.candidates.push_back(std::move(f));
  }

  doc.sentenceFrequency.assign(termIds.size(), 0);
  for (const SentenceFeatures& f : doc.candidates)
    for (std::uint32_t t : f.terms) ++doc.sentenceFrequency[t];
  return doc;
}

}  // namespace newslens::summary
