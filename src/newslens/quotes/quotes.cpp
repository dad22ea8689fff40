#include "newslens/quotes/quotes.h"

#include <algorithm>
#include <string>

#include "newslens/lexicon/lexicon.h"
#include "newslens/quotes/quote_marks.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::quotes {
namespace {

using lexicon::isAuxiliary;
using lexicon::isPersonalTitle;
using lexicon::isReportingVerb;

constexpr std::size_t kWindowSentences = 3;  // how far back "he" or "the ministry" may look
constexpr std::size_t kWindowMentions = 200;  // and over at most this many mentions
constexpr std::uint32_t kReach = 40;          // tokens around a quote searched for its speaker

bool canSpeak(EntityType type) {
  return type == EntityType::PERSON || type == EntityType::ORG || type == EntityType::GPE || type == EntityType::NORP;
}


bool isPreposition(std::string_view lower) {
  return lower == "for" || lower == "of" || lower == "with" || lower == "to" || lower == "from" || lower == "at" ||
         lower == "on" || lower == "in" || lower == "about" || lower == "against" || lower == "by";
}

// Attribution over one analysis: token-level views built once, then queried per quote.
class Attributor {
 public:
  Attributor(std::string_view text, const Analysis& a, const std::vector<QuotedSpan>& spans)
      : text_(text), a_(a), mentionAt_(a.tokens.size(), -1), quoted_(a.tokens.size(), false) {
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
      const text::TokenSpan span = text::tokensIn(a.tokens, a.mentions[i].start, a.mentions[i].end);
      for (std::uint32_t t = span.first; t < span.last; ++t) mentionAt_[t] = static_cast<int>(i);
    }
    for (const QuotedSpan& q : spans) {
      const text::TokenSpan span = text::tokensIn(a.tokens, q.start, q.end);
      for (std::uint32_t t = span.first; t < span.last; ++t) quoted_[t] = true;
    }
  }

  int speaker(const QuotedSpan& q) const {
    if (a_.tokens.empty() || a_.sentences.empty()) return -1;
    const std::size_t sOpen = sentenceAt(q.openMark);
    quoteSentence_ = sOpen;
    const std::size_t sClose = sentenceAt(q.closed ? q.end : (q.end > q.start ? q.end - 1 : q.start));
    // Patterns are looked for within kReach tokens of the marks, so a sentence holding
    // thousands of quotes still costs O(kReach) per quote.
    const std::uint32_t openToken = text::tokenAtOrAfter(a_.tokens, q.openMark);
    const std::uint32_t closeToken = text::tokenAtOrAfter(a_.tokens, q.closed ? q.closeEnd : q.end);
    const std::uint32_t first = std::max(a_.sentences[sOpen].firstToken, openToken > kReach ? openToken - kReach : 0);
    const std::uint32_t last =
        std::min<std::uint32_t>({a_.sentences[sClose].lastToken, closeToken + kReach,
                                 static_cast<std::uint32_t>(a_.tokens.size())});
    const std::uint32_t openEnd = std::min(openToken, last);

    if (int s = accordingTo(first, openEnd); s != kNotFound) return s;
    if (int s = accordingTo(std::max(closeToken, first), last); s != kNotFound) return s;
    if (q.closed)
      if (int s = after(closeToken, last); s != kNotFound) return s;
    if (int s = before(first, openEnd); s != kNotFound) return s;
    // "Mr Xi said:" in the previous sentence, when the quote opens its own sentence.
    if (sOpen > 0 && openToken == a_.sentences[sOpen].firstToken && !a_.sentences[sOpen - 1].boilerplate) {
      const Sentence& prev = a_.sentences[sOpen - 1];
      const std::uint32_t prevLast = std::min<std::uint32_t>(prev.lastToken, a_.tokens.size());
      const std::uint32_t prevFirst = std::max(prev.firstToken, prevLast > kReach ? prevLast - kReach : 0);
      bool prevQuoted = false;
      for (std::uint32_t t = prevFirst; t < prevLast; ++t) prevQuoted = prevQuoted || quoted_[t];
      if (!prevQuoted)
        if (int s = before(prevFirst, prevLast); s != kNotFound) return s;
    }
    return -1;
  }

 private:
  static constexpr int kNotFound = -2;  // no pattern matched (-1: one matched, but names no entity)

  std::string lower(std::uint32_t t) const { return text::lowercase(text::surface(text_, a_.tokens[t])); }

  std::size_t sentenceAt(std::uint32_t pos) const {
    const auto& s = a_.sentences;
    const auto it = std::partition_point(s.begin(), s.end(), [&](const Sentence& x) { return x.end <= pos; });
    return std::min<std::size_t>(it - s.begin(), s.size() - 1);
  }

  // The entity of a speaker-capable mention at token t, kNotFound if none.
  int mentionEntity(std::uint32_t t) const {
    if (t >= mentionAt_.size() || mentionAt_[t] < 0) return kNotFound;
    const Mention& m = a_.mentions[mentionAt_[t]];
    return canSpeak(m.type) ? m.entity : kNotFound;
  }

  // "according to (a statement by) (the) X": the last mention of the first run of
  // adjacent mentions within a few words ("the US State Department").
  int accordingTo(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t t = first; t + 1 < last; ++t) {
      if (quoted_[t] || lower(t) != "according" || lower(t + 1) != "to") continue;
      for (std::uint32_t k = t + 2; k < last && k < t + 10 && !quoted_[k]; ++k) {
        if (a_.tokens[k].kind == TokenKind::Punct) break;
        if (mentionEntity(k) == kNotFound) continue;
        std::uint32_t end = k;
        while (end + 1 < last && mentionAt_[end + 1] >= 0 && !quoted_[end + 1] &&
               mentionEntity(end + 1) != kNotFound)
          ++end;
        return mentionEntity(end);
      }
    }
    return kNotFound;
  }

  // After the closing mark: "…,” the department added" / "…,” said Mr Xi" / "…,” he said".
  int after(std::uint32_t t, std::uint32_t last) const {
    for (int skipped = 0; t < last && skipped < 2 && a_.tokens[t].kind == TokenKind::Punct; ++skipped) ++t;
    if (t >= last || quoted_[t]) return kNotFound;
    if (isReportingVerb(lower(t))) {
      std::uint32_t next = t + 1;
      return subjectAt(next, last);
    }
    std::uint32_t next = t;
    const int s = subjectAt(next, last);
    if (s == kNotFound) return kNotFound;
    for (int skipped = 0; next < last && skipped < 2 && isAuxiliary(lower(next)); ++skipped) ++next;
    return next < last && isReportingVerb(lower(next)) ? s : kNotFound;
  }

  // Before the opening mark: the last reporting verb in [first, openToken) and its subject.
  int before(std::uint32_t first, std::uint32_t openToken) const {
    for (std::uint32_t v = openToken; v-- > first;) {
      if (quoted_[v] || !isReportingVerb(lower(v)) || lower(v) == "according") continue;
      // Subject before the verb, over auxiliaries: "Mr Xi also said".
      std::uint32_t s = v;
      for (int skipped = 0; s > first && skipped < 2 && isAuxiliary(lower(s - 1)); ++skipped) --s;
      if (s > first && !quoted_[s - 1]) {
        if (int e = subjectEndingAt(s - 1, first); e != kNotFound) return e;
      }
      // Or after it: "said Mr Xi: “…”".
      std::uint32_t next = v + 1;
      const int e = next < openToken ? subjectAt(next, openToken) : kNotFound;
      const bool endsClause = next >= openToken || a_.tokens[next].kind == TokenKind::Punct;
      return e != kNotFound && endsClause ? e : kNotFound;
    }
    return kNotFound;
  }

  // A subject starting at token t (titles and "the" skipped); advances t past it.
  int subjectAt(std::uint32_t& t, std::uint32_t last) const {
    while (t < last && isPersonalTitle(lower(t)) && mentionAt_[t] < 0) ++t;
    if (t >= last || quoted_[t]) return kNotFound;
    if (int e = mentionEntity(t); e != kNotFound) {
      const int m = mentionAt_[t];
      while (t < last && mentionAt_[t] == m) ++t;
      return e;
    }
    const std::string word = lower(t);
    if (lexicon::isPersonPronoun(word)) return pronoun(t++);
    if (word == "the" && t + 1 < last && a_.tokens[t + 1].kind == TokenKind::Word) {
      // "the department", "the foreign ministry": the head noun is the last lowercase word.
      std::uint32_t head = t + 1;
      while (head + 1 < last && head < t + 3 && a_.tokens[head + 1].kind == TokenKind::Word &&
             text::startsLowercase(text::surface(text_, a_.tokens[head + 1])) && !isReportingVerb(lower(head + 1)) &&
             !isAuxiliary(lower(head + 1)))
        ++head;
      const int e = description(head);
      t = head + 1;
      return e;
    }
    return kNotFound;
  }

  // A subject whose last token is t: a mention, a pronoun, or "the <noun>".
  int subjectEndingAt(std::uint32_t t, std::uint32_t first) const {
    if (int e = mentionEntity(t); e != kNotFound) {
      // "A spokesman for Mr Li said": a name after a preposition is not the subject.
      std::uint32_t start = t;
      while (start > first && (mentionAt_[start - 1] == mentionAt_[t] || isPersonalTitle(lower(start - 1)))) --start;
      return start > first && isPreposition(lower(start - 1)) ? -1 : e;
    }
    const std::string word = lower(t);
    if (lexicon::isPersonPronoun(word)) return pronoun(t);
    if (a_.tokens[t].kind != TokenKind::Word || !text::startsLowercase(text::surface(text_, a_.tokens[t])))
      return kNotFound;
    for (std::uint32_t d = t; d > first && t - d < 3; --d)  // "the department", "the foreign ministry"
      if (lower(d - 1) == "the") return description(t);
    return kNotFound;
  }

  // Mentions before token t, newest first, within the window; stops when `pick` returns >= -1.
  template <typename Pick>
  int recentMention(std::uint32_t t, Pick pick) const {
    const std::uint32_t pos = a_.tokens[t].start;
    // The window reaches back from the quote's first sentence: a pronoun after a
    // multi-paragraph quote still finds who spoke before it.
    const std::size_t s = std::min(sentenceAt(pos), quoteSentence_);
    const std::uint32_t windowStart = a_.sentences[s >= kWindowSentences ? s - kWindowSentences : 0].start;
    const auto& ms = a_.mentions;
    auto it = std::partition_point(ms.begin(), ms.end(), [&](const Mention& m) { return m.start < pos; });
    for (std::size_t seen = 0; it != ms.begin() && seen < kWindowMentions; ++seen) {
      --it;
      if (it->start < windowStart) break;
      if (it->entity < 0) continue;
      const text::TokenSpan span = text::tokensIn(a_.tokens, it->start, it->end);
      if (span.first < quoted_.size() && quoted_[span.first]) continue;
      if (pick(*it)) return it->entity;
    }
    return -1;
  }

  int pronoun(std::uint32_t t) const {
    return recentMention(t, [](const Mention& m) { return m.type == EntityType::PERSON; });
  }

  // "the department" → the most recent entity whose name or alias holds "department".
  int description(std::uint32_t head) const {
    const std::string noun = lower(head);
    if (noun.size() < 3) return -1;
    return recentMention(head, [&](const Mention& m) {
      if (!canSpeak(m.type) || m.type == EntityType::PERSON) return false;
      const Entity& e = a_.entities[m.entity];
      if (text::lowercase(e.name).find(noun) != std::string::npos) return true;
      return std::any_of(e.aliases.begin(), e.aliases.end(),
                         [&](const std::string& alias) { return text::lowercase(alias).find(noun) != std::string::npos; });
    });
  }

  std::string_view text_;
  const Analysis& a_;
  std::vector<int> mentionAt_;  // token → mention index, -1 outside mentions
  std::vector<bool> quoted_;    // token lies inside a quote
  mutable std::size_t quoteSentence_ = 0;  // sentence where the quote being attributed opens
};

}  // namespace

std::vector<Quote> findQuotes(std::string_view text, const Analysis& analysis) {
  const std::vector<QuotedSpan> spans = findQuotedSpans(text);
  const Attributor attributor(text, analysis, spans);
  std::vector<Quote> quotes;
  quotes.reserve(spans.size());
  for (const QuotedSpan& span : spans) quotes.push_back({span.start, span.end, attributor.speaker(span)});
  return quotes;
}

}  // namespace newslens::quotes
