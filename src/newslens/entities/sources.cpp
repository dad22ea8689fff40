#include "newslens/entities/sources.h"

#include <algorithm>
#include <unordered_set>

#include "newslens/noinline.h"
#include "newslens/text/boilerplate.h"
#include "newslens/text/dateline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

// A dateline opens the story: only its first content sentences can hold one.
constexpr int kDatelineSentences = 2;

std::string lowerToken(std::string_view text, const std::vector<Token>& tokens, std::uint32_t t) {
  return t < tokens.size() ? text::lowercase(text::surface(text, tokens[t])) : std::string();
}

// The mentions a dateline or credit line credits, and the outlets they name.
void markCredits(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                 std::vector<Mention>& mentions, std::unordered_set<int>& outlets) {
  const Dateline dateline = articleDateline(text, sentences);
  std::vector<signed char> credit(sentences.size(), -1);  // per sentence: unknown, no, yes
  for (Mention& m : mentions) {
    const bool inDateline = dateline.isSource(m);
    bool inCredit = false;
    if (!inDateline && m.type == EntityType::ORG && !sentences.empty()) {
      const std::size_t s = text::sentenceAt(sentences, m.start);
      if (credit[s] < 0) credit[s] = sentences[s].boilerplate && text::isCreditLine(text, tokens, sentences, s);
      inCredit = credit[s] > 0;
    }
    if (!inDateline && !inCredit) continue;
    m.role = MentionRole::Source;
    if (m.entity >= 0) outlets.insert(m.entity);
  }
}

}  // namespace

Dateline articleDateline(std::string_view text, const std::vector<Sentence>& sentences) {
  Dateline d;
  int seen = 0;
  for (const Sentence& s : sentences) {
    if (s.firstToken == s.lastToken) continue;
    if (seen++ == kDatelineSentences) break;
    const std::string_view content = text::slice(text, s.contentStart, s.contentEnd);
    const std::string_view dateline = content.substr(0, text::leadingDatelineLength(content));
    if (dateline.empty()) continue;
    d.start = s.contentStart;
    d.end = static_cast<std::uint32_t>(s.contentStart + dateline.size());
    const std::size_t open = dateline.find('('), close = dateline.find(')');
    if (open != std::string_view::npos && close != std::string_view::npos && open < close) {
      d.sourceStart = static_cast<std::uint32_t>(s.contentStart + open);
      d.sourceEnd = static_cast<std::uint32_t>(s.contentStart + close + 1);
    }
    return d;
  }
  return d;
}

NEWSLENS_NOINLINE void markSourceRoles(std::string_view text, const std::vector<Token>& tokens,
                                       const std::vector<Sentence>& sentences, std::vector<Mention>& mentions) {
  for (Mention& m : mentions) m.role = MentionRole::Text;
  if (text.empty() || tokens.empty()) return;
  std::unordered_set<int> outlets;
  markCredits(text, tokens, sentences, mentions, outlets);
  if (outlets.empty()) return;
  // "told CNN", "CNN affiliate KGO": the outlet receives or passes on the reporting.
  std::uint32_t affiliateEnd = 0;  // token after "<outlet> affiliate", where the affiliate starts
  bool afterAffiliate = false;
  for (Mention& m : mentions) {
    const text::TokenSpan span = text::tokensOf(tokens, m);
    if (span.first >= span.last) continue;
    if (afterAffiliate && span.first == affiliateEnd) m.role = MentionRole::Source;
    afterAffiliate = false;
    if (m.entity < 0 || !outlets.count(m.entity)) continue;
    const std::string before = span.first > 0 ? lowerToken(text, tokens, span.first - 1) : std::string();
    const std::string after = lowerToken(text, tokens, span.last);
    if (after == "affiliate" || after == "affiliates") {
      afterAffiliate = true;
      affiliateEnd = span.last + 1;
    }
    if (before == "told" || afterAffiliate) m.role = MentionRole::Source;
  }
}

}  // namespace newslens::entities
