#include "newslens/quotes/quotes.h"

#include <algorithm>

#include "newslens/noinline.h"
#include "newslens/quotes/attribution.h"
#include "newslens/quotes/context.h"
#include "newslens/quotes/kind.h"
#include "newslens/quotes/quote_marks.h"
#include "newslens/quotes/speakers.h"

namespace newslens::quotes {
namespace {

// Parts of one quotation reopened paragraph after paragraph share its source and
// kind: the first part with a frame gives them to the parts without one.
void shareAcrossParts(const std::vector<QuotedSpan>& spans, std::vector<Source>& sources,
                      std::vector<QuoteKind>& kinds) {
  for (std::size_t first = 0; first < spans.size();) {
    std::size_t last = first;
    while (last + 1 < spans.size() && spans[last].reopened) ++last;
    const Source* shared = nullptr;
    bool speech = false;
    for (std::size_t k = first; k <= last; ++k) {
      if (!shared && sources[k].found()) shared = &sources[k];
      speech = speech || kinds[k] == QuoteKind::Speech;
    }
    for (std::size_t k = first; k <= last && last > first; ++k) {
      if (!sources[k].found() && shared) sources[k] = *shared;
      if (speech) kinds[k] = QuoteKind::Speech;
    }
    first = last + 1;
  }
}

// The quote opens its sentence, or continues a quotation reopened before it.
bool standsAlone(const Context& ctx, const std::vector<QuotedSpan>& spans, std::size_t i) {
  if (i > 0 && spans[i - 1].reopened) return true;
  const std::uint32_t o = ctx.openToken(spans[i]);
  if (o >= ctx.tokenCount()) return false;
  for (std::uint32_t t = ctx.sentenceFirst(ctx.sentenceOfToken(o)); t < o; ++t)
    if (ctx.analysis().tokens[t].kind != TokenKind::Punct) return false;
  return true;
}

void setSourceText(const Context& ctx, const Source& s, Quote& q) {
  if (s.last <= s.first) return;
  q.sourceStart = ctx.analysis().tokens[s.first].start;
  q.sourceEnd = ctx.analysis().tokens[s.last - 1].end;
}

}  // namespace

NEWSLENS_NOINLINE std::vector<Quote> findQuotes(std::string_view text, const Analysis& analysis) {
  const std::vector<QuotedSpan> spans = findQuotedSpans(text);
  std::vector<Quote> quotes;
  if (analysis.tokens.empty() || analysis.sentences.empty()) {
    for (const QuotedSpan& s : spans) quotes.push_back({s.start, s.end});
    return quotes;
  }
  const Context ctx(text, analysis, spans);
  std::vector<Source> sources;
  std::vector<QuoteKind> kinds;
  sources.reserve(spans.size());
  kinds.reserve(spans.size());
  for (const QuotedSpan& span : spans) {
    sources.push_back(findSource(ctx, span));
    kinds.push_back(classifyQuote(ctx, span, sources.back()));
  }
  shareAcrossParts(spans, sources, kinds);

  SpeakerResolver resolver(ctx);
  Quote previous;                // the last speech quote with a source, for its source text
  std::size_t nextSentence = 0;  // sentences before it have been read for frames
  quotes.reserve(spans.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::size_t sentence = ctx.sentenceAt(spans[i].openMark);
    // Words attributed outside quotes change who is speaking ("Trafny said that …").
    for (; nextSentence < sentence; ++nextSentence)
      if (const Source frame = sentenceFrame(ctx, nextSentence); frame.found())
        resolver.spoke(resolver.resolve(frame, nextSentence), nextSentence);
    nextSentence = std::max(nextSentence, sentence + 1);
    Quote q{spans[i].start, spans[i].end};
    q.kind = kinds[i];
    if (q.kind == QuoteKind::Speech) {
      const Source& s = sources[i];
      if (s.found()) {
        q.speaker = resolver.resolve(s, sentence);
        setSourceText(ctx, s, q);
        resolver.spoke(q.speaker, s.last > s.first ? ctx.sentenceOfToken(s.last - 1) : sentence);
        previous = q;
      } else if (int e = -1; standsAlone(ctx, spans, i) && resolver.continues(sentence, e)) {
        q.speaker = e;
        q.sourceStart = previous.sourceStart;
        q.sourceEnd = previous.sourceEnd;
        resolver.spoke(e, sentence);
      }
    }
    // A sentence holding only a term still attributes ("In the “Report”, the SPLC says").
    if (q.kind == QuoteKind::Term && (i + 1 == spans.size() || ctx.sentenceAt(spans[i + 1].openMark) != sentence))
      if (const Source frame = sentenceFrame(ctx, sentence); frame.found())
        resolver.spoke(resolver.resolve(frame, sentence), sentence);
    quotes.push_back(q);
  }
  return quotes;
}

}  // namespace newslens::quotes
