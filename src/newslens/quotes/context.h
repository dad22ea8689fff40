#pragma once
// Token-level views of one analysis that the quote stage queries: which mention a
// token belongs to, whether it lies inside a quote, its lowercased word. Built once
// per analysis in O(tokens + mentions + quotes); every query is O(1) or O(log n).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/quotes/quote_marks.h"

namespace newslens::quotes {

inline constexpr std::uint32_t kNoToken = 0xFFFFFFFFu;

class Context {
 public:
  // `spans` are the quoted spans of `text`; `analysis` holds its tokens,
  // sentences, mentions and entities. Both must outlive the context.
  Context(std::string_view text, const Analysis& analysis, const std::vector<QuotedSpan>& spans);

  std::string_view text() const { return text_; }
  const Analysis& analysis() const { return a_; }
  std::uint32_t tokenCount() const { return static_cast<std::uint32_t>(a_.tokens.size()); }

  std::string_view surface(std::uint32_t t) const;
  std::string_view lower(std::uint32_t t) const;  // lowercased surface (lives as long as the context)
  bool quoted(std::uint32_t t) const { return quoted_[t]; }
  int mentionAt(std::uint32_t t) const { return mentionAt_[t]; }  // mention index, -1 outside
  bool isWord(std::uint32_t t) const { return a_.tokens[t].kind == TokenKind::Word; }
  bool isPunct(std::uint32_t t, std::string_view which) const;  // a punctuation token spelled `which`
  bool lowercaseWord(std::uint32_t t) const;                    // a word starting with a lowercase letter
  bool capitalizedWord(std::uint32_t t) const;                  // a word starting with an uppercase letter

  // The sentence holding byte `pos` (clamped to the last sentence).
  std::size_t sentenceAt(std::uint32_t pos) const;
  // The sentence holding token t.
  std::size_t sentenceOfToken(std::uint32_t t) const { return sentenceAt(a_.tokens[t].start); }
  // First and one-past-last token of sentence s.
  std::uint32_t sentenceFirst(std::size_t s) const;
  std::uint32_t sentenceLast(std::size_t s) const;

  // The token range of a span's marks: the opening mark's token and the token just
  // after the closing mark (or after the quoted text when unclosed).
  std::uint32_t openToken(const QuotedSpan& q) const;
  std::uint32_t afterToken(const QuotedSpan& q) const;

 private:
  std::string_view text_;
  const Analysis& a_;
  std::vector<int> mentionAt_;
  std::vector<bool> quoted_;
  std::string scratch_;       // the lowered text when the analysis has none (a stage run by hand)
  std::string_view lowered_;  // the text lowercased (text::loweredText): token t's at its offsets
};

}  // namespace newslens::quotes
