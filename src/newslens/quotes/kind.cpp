#include "newslens/quotes/kind.h"

#include <string>

#include "newslens/lexicon/lexicon.h"

namespace newslens::quotes {
namespace {

constexpr int kSentenceWords = 6;  // words that make a span read as a quoted sentence
constexpr int kLongWords = 10;     // words that make a span speech whatever its punctuation
constexpr int kTitleWords = 20;    // longest title-case span still read as a title
constexpr int kHeadlineWords = 6;  // a title-case span this long is a title whatever frames it

struct Shape {
  int words = 0;
  bool titleCase = true;      // every word but small ones capitalized
  bool endsPunct = false;     // last token inside is . , ? ! ; : or …
  bool endsSentence = false;  // last token inside is . ? ! or …
};

Shape shapeOf(const Context& ctx, const QuotedSpan& q) {
  Shape s;
  const std::uint32_t first = ctx.openToken(q) + 1, last = std::min(ctx.afterToken(q), ctx.tokenCount());
  std::uint32_t lastInside = first;
  for (std::uint32_t t = first; t < last; ++t) {
    const Token& tok = ctx.analysis().tokens[t];
    if (tok.start >= q.end) break;
    lastInside = t;
    if (tok.kind != TokenKind::Word && tok.kind != TokenKind::Number) continue;
    ++s.words;
    if (ctx.lowercaseWord(t) && (s.words == 1 || !lexicon::isTitleSmallWord(ctx.lower(t)))) s.titleCase = false;
  }
  if (s.words == 0) s.titleCase = false;
  if (lastInside < last) {
    const std::string_view p = ctx.surface(lastInside);
    s.endsSentence = p == "." || p == "?" || p == "!" || p == "\xE2\x80\xA6" || p == "...";
    s.endsPunct = s.endsSentence || p == "," || p == ";" || p == ":";
  }
  return s;
}

// The quote opens its sentence: nothing but punctuation before the mark.
bool opensSentence(const Context& ctx, const QuotedSpan& q) {
  const std::uint32_t o = ctx.openToken(q);
  if (o >= ctx.tokenCount()) return false;
  for (std::uint32_t t = ctx.sentenceFirst(ctx.sentenceOfToken(o)); t < o; ++t)
    if (ctx.analysis().tokens[t].kind != TokenKind::Punct) return false;
  return true;
}

// A statement, tweet or pledge named in the quote's sentence (outside quotes).
bool speechNounNear(const Context& ctx, const QuotedSpan& q) {
  const std::uint32_t o = ctx.openToken(q);
  if (o >= ctx.tokenCount()) return false;
  const std::size_t s = ctx.sentenceOfToken(o);
  const std::uint32_t lo = std::max(ctx.sentenceFirst(s), o > 20 ? o - 20 : 0);
  const std::uint32_t hi = std::min(ctx.sentenceLast(s), ctx.afterToken(q) + 20);
  for (std::uint32_t t = lo; t < hi; ++t)
    if (!ctx.quoted(t) && lexicon::isSpeechNoun(ctx.lower(t))) return true;
  return false;
}

}  // namespace

QuoteKind classifyQuote(const Context& ctx, const QuotedSpan& q, const Source& source) {
  const Shape shape = shapeOf(ctx, q);
  const bool title = shape.titleCase && shape.words <= kTitleWords;
  // A headline stays a title even where a verb introduces it; "Save Clarkson?" he tweeted.
  if (title && shape.words >= kHeadlineWords) return QuoteKind::Term;
  if (source.direct()) return QuoteKind::Speech;
  if (title) return QuoteKind::Term;
  if (shape.words >= kLongWords || (shape.words >= kSentenceWords && shape.endsPunct)) return QuoteKind::Speech;
  if (shape.words >= 3 && shape.endsSentence && opensSentence(ctx, q)) return QuoteKind::Speech;
  if (source.found() || speechNounNear(ctx, q)) return QuoteKind::Speech;
  return QuoteKind::Term;
}

}  // namespace newslens::quotes
