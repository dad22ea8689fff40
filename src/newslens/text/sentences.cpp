#include "newslens/text/sentences.h"

#include <algorithm>
#include <array>

#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/tokenizer.h"
#include "newslens/text/utf8.h"

namespace newslens::text {
namespace {

// Words that start sentences far more often than they follow an acronym.
constexpr std::array<std::string_view, 24> kSentenceStarters = {
    "The",  "He",    "She", "It",  "They", "We",    "I",  "But", "In",  "A",       "An", "This",
    "That", "There", "Its", "His", "Her",  "Their", "On", "At",  "And", "However", "As", "If"};

bool isClosingPunct(std::string_view s) {
  if (s.empty()) return false;
  const DecodedChar c = decodeAt(s, 0);
  if (!c.valid) return false;
  const char32_t cp = c.codePoint;
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 || cp == 0xBB ||
         cp == 0x203A || cp == 0x300D || cp == 0x300F;
}

bool endsSentence(std::string_view s) {
  if (s.empty()) return false;
  const DecodedChar c = decodeAt(s, 0);
  return c.valid && classify(c.codePoint) == CharClass::SentenceEnd;
}

bool startsUpperOrDigit(std::string_view s) {
  if (s.empty()) return false;
  const DecodedChar c = decodeAt(s, 0);
  if (!c.valid) return false;
  const CharClass cls = classify(c.codePoint);
  // Scripts without case (CJK, Arabic, Hebrew…) cannot signal a new sentence by
  // case, so any letter after a terminator counts.
  return isUpper(c.codePoint) || cls == CharClass::Digit || cls == CharClass::Quote ||
         (cls == CharClass::Letter && c.codePoint >= 0x0590 && toLower(c.codePoint) == c.codePoint &&
          c.codePoint != 0x0131);
}

// A straight quote is ambiguous; it opens when it has space before it and is
// glued to the word after it (`said. "We` opens, `agree." He` closes).
bool opensQuote(std::string_view text, const std::vector<Token>& tokens, std::size_t j) {
  const std::string_view s = surface(text, tokens[j]);
  if (s != "\"" && s != "'") return false;
  const bool spaceBefore = j == 0 || tokens[j - 1].end < tokens[j].start;
  const bool gluedAfter = j + 1 < tokens.size() && tokens[j + 1].start == tokens[j].end;
  return spaceBefore && gluedAfter;
}

// Decides whether a sentence ends after token i (which is not the last token).
bool boundaryAfter(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  const std::string_view here = surface(text, tokens[i]);
  const std::string_view next = surface(text, tokens[i + 1]);
  if (endsSentence(here)) {
    if (opensQuote(text, tokens, i + 1)) return true;
    if (isClosingPunct(next)) return false;  // the quote or bracket closes first
    // A lowercase word after a period ("No. 1. player", "e.g. this") continues the sentence.
    return startsUpperOrDigit(next) || next == "(" || next == "[";
  }
  if (isClosingPunct(here) && !opensQuote(text, tokens, i) && i > 0 && endsSentence(surface(text, tokens[i - 1]))) {
    return startsUpperOrDigit(next);
  }
  if (tokens[i].kind == TokenKind::Word && here.back() == '.' && !isTitleAbbreviation(here)) {
    // "U.S." or "Inc." at the end of a sentence: split only before a typical starter.
    return std::find(kSentenceStarters.begin(), kSentenceStarters.end(), next) != kSentenceStarters.end();
  }
  return false;
}

}  // namespace

NEWSLENS_NOINLINE std::vector<Sentence> splitSentences(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Sentence> sentences;
  if (text.empty()) return sentences;
  if (tokens.empty()) {
    Sentence blank;
    blank.end = static_cast<std::uint32_t>(text.size());
    sentences.push_back(blank);
    return sentences;
  }
  std::uint32_t paragraph = 0;
  std::size_t first = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const bool last = i + 1 == tokens.size();
    const bool lineBreak = !last && tokens[i + 1].newlineBefore;
    if (!(last || lineBreak || boundaryAfter(text, tokens, i))) continue;
    Sentence s;
    s.start = sentences.empty() ? 0 : sentences.back().end;
    s.end = last ? static_cast<std::uint32_t>(text.size()) : tokens[i + 1].start;
    s.contentStart = tokens[first].start;
    s.contentEnd = tokens[i].end;
    s.firstToken = static_cast<std::uint32_t>(first);
    s.lastToken = static_cast<std::uint32_t>(i + 1);
    s.paragraph = paragraph;
    sentences.push_back(s);
    if (lineBreak) ++paragraph;
    first = i + 1;
  }
  return sentences;
}

Stats computeStats(std::string_view, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences) {
  Stats stats;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::Word || t.kind == TokenKind::Number) ++stats.words;
  std::uint32_t lastParagraph = UINT32_MAX;
  for (const Sentence& s : sentences) {
    const bool hasWord = std::any_of(tokens.begin() + s.firstToken, tokens.begin() + s.lastToken, [](const Token& t) {
      return t.kind == TokenKind::Word || t.kind == TokenKind::Number;
    });
    if (!hasWord) continue;
    ++stats.sentences;
    if (s.paragraph != lastParagraph) ++stats.paragraphs;
    lastParagraph = s.paragraph;
  }
  return stats;
}

}  // namespace newslens::text
