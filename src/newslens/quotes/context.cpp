#include "newslens/quotes/context.h"

#include <algorithm>

#include "newslens/lexicon/lexicon.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::quotes {

Context::Context(std::string_view text, const Analysis& a, const std::vector<QuotedSpan>& spans)
    : text_(text),
      a_(a),
      mentionAt_(a.tokens.size(), -1),
      quoted_(a.tokens.size(), false),
      lowered_(text::loweredText(text, a, scratch_)) {
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    const text::TokenSpan span = text::tokensOf(a.tokens, a.mentions[i]);
    for (std::uint32_t t = span.first; t < span.last; ++t) mentionAt_[t] = static_cast<int>(i);
  }
  // The marks count as quoted too: no attribution phrase runs through them.
  for (const QuotedSpan& q : spans) {
    const text::TokenSpan span = text::tokensIn(a.tokens, q.openMark, std::max(q.closeEnd, q.end));
    for (std::uint32_t t = span.first; t < span.last; ++t) quoted_[t] = true;
  }
}

std::string_view Context::surface(std::uint32_t t) const { return text::surface(text_, a_.tokens[t]); }

std::string_view Context::lower(std::uint32_t t) const { return text::surface(lowered_, a_.tokens[t]); }

bool Context::isPunct(std::uint32_t t, std::string_view which) const {
  return a_.tokens[t].kind == TokenKind::Punct && surface(t) == which;
}

bool Context::lowercaseWord(std::uint32_t t) const { return isWord(t) && text::startsLowercase(surface(t)); }

bool Context::capitalizedWord(std::uint32_t t) const { return isWord(t) && text::startsUppercase(surface(t)); }

std::size_t Context::sentenceAt(std::uint32_t pos) const {
  const auto& s = a_.sentences;
  const auto it = std::partition_point(s.begin(), s.end(), [&](const Sentence& x) { return x.end <= pos; });
  return std::min<std::size_t>(it - s.begin(), s.empty() ? 0 : s.size() - 1);
}

std::uint32_t Context::sentenceFirst(std::size_t s) const { return a_.sentences[s].firstToken; }

std::uint32_t Context::sentenceLast(std::size_t s) const {
  return std::min<std::uint32_t>(a_.sentences[s].lastToken, tokenCount());
}

std::uint32_t Context::openToken(const QuotedSpan& q) const { return text::tokenAtOrAfter(a_.tokens, q.openMark); }

std::uint32_t Context::afterToken(const QuotedSpan& q) const {
  return text::tokenAtOrAfter(a_.tokens, q.closed ? q.closeEnd : q.end);
}

}  // namespace newslens::quotes
