#include "newslens/ner/patterns.h"

#include <algorithm>
#include <cstdint>
#include <string>

#include "newslens/growth.h"
#include "newslens/ner/mentions.h"
#include "newslens/ner/patterns/matcher.h"
#include "newslens/ner/word_classes.h"
#include "newslens/noinline.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

using patterns::kMaxPatternToken;
using patterns::Match;
using patterns::Matcher;
using patterns::Tok;
using namespace wordclass;

// How far a rule may look behind and ahead of its start token. A window of
// prepared tokens slides over each sentence, so memory stays bounded whatever
// the input size; rules see the window's edge as the end of the text only when
// it is the sentence's edge.
constexpr std::uint32_t kLookBehind = 8;
constexpr std::uint32_t kLookAhead = 48;
constexpr std::uint32_t kWindow = 1024;

// Prepares tokens [from, to) into `window` (refilled at every sentence).
void fillWindow(std::string_view text, const std::vector<Token>& tokens, std::uint32_t from, std::uint32_t to,
                std::vector<Tok>& window) {
  window.resize(to - from);
  for (std::uint32_t k = from; k < to; ++k) {
    const Token& token = tokens[k];
    Tok& t = window[k - from];
    t.cls = 0;
    t.upper = false;
    const std::size_t start = std::min<std::size_t>(token.start, text.size());
    const std::size_t end = std::min<std::size_t>(std::max(token.end, token.start), text.size());
    t.text = text.substr(start, end - start);
    t.kind = token.kind;
    t.newline = token.newlineBefore;
    t.glued = k > 0 && token.start == tokens[k - 1].end;
    t.fold();
    if (!t.folded().empty()) {  // empty for an empty or over-long token only: a fold keeps every character
      t.cls = classify(t.folded());
      t.upper = text::startsAsciiCapital(t.text);
    }
  }
}

}  // namespace

NEWSLENS_NOINLINE std::vector<Mention> matchPatterns(std::string_view text, const std::vector<Token>& tokens,
                                                     const std::vector<Sentence>& sentences) {
  std::vector<Mention> mentions;
  if (tokens.empty()) return mentions;
  const auto count = static_cast<std::uint32_t>(tokens.size());
  std::vector<Sentence> ranges = sentences;
  if (ranges.empty()) {
    Sentence all;
    all.firstToken = 0;
    all.lastToken = count;
    ranges.push_back(all);
  }
  std::vector<Tok> window;
  window.reserve(kWindow);
  std::uint32_t done = 0;  // tokens before this are matched (guards malformed sentence lists)
  for (const Sentence& s : ranges) {
    const std::uint32_t begin = std::max(done, std::min(s.firstToken, count));
    const std::uint32_t end = std::max(begin, std::min(s.lastToken, count));
    std::uint32_t windowBegin = begin;
    std::uint32_t windowEnd = begin;  // empty: filled at the first token
    for (std::uint32_t i = begin; i < end;) {
      if (i + kLookAhead > windowEnd && windowEnd < end) {
        windowBegin = std::max(begin, i >= kLookBehind ? i - kLookBehind : 0u);
        windowEnd = std::min(end, windowBegin + kWindow);
        fillWindow(text, tokens, windowBegin, windowEnd, window);
      }
      const Match m = Matcher(window, windowBegin, begin, end).best(i);
      if (m.len == 0) {
        ++i;
        continue;
      }
      const std::uint32_t last = std::min(i + m.len, end);
      // A match takes at least one token, and "1 2 3 …" one of every one.
      makeRoom(mentions, i, count, count);
      mentions.push_back(mentionOver(tokens, i, last, m.type, m.score));
      i = last;
    }
    done = std::max(done, end);
  }
  return mentions;
}

}  // namespace newslens::ner
