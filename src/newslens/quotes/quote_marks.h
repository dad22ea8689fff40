#pragma once
// Finding quoted spans from quote marks alone (no kinds, no speakers). Contract:
// - a span is the text INSIDE double quote marks (" “ ” „ ‟ « »), in article order,
//   never empty, never overlapping; marks of another family nest inside the outer
//   quote (« … “x” … »); single quotes are never marks (apostrophes are too common);
// - straight marks open when they touch the next word and close when they touch the
//   previous one; one standing between spaces closes an open quote (`it,' " he`);
// - a quote that is not closed ends at the end of its paragraph, or where an opening
//   mark of its own family starts the next quote: the newspaper convention for a
//   quotation running over paragraphs (each reopened, none closed) gives one span
//   per paragraph even when the line breaks are lost, and a lost closing mark costs
//   one quote, never the rest of the article; a quote opened right after "(" ends at
//   the ")" that closes it, closed or not;
// - an unclosed span longer than kMaxUnclosedBytes ends at its last sentence end
//   before that bound (or at the bound): it can never run away with the text;
// - one pass over the text, O(1) work per byte.

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens::quotes {

inline constexpr std::uint32_t kMaxUnclosedBytes = 1200;

struct QuotedSpan {
  std::uint32_t start = 0;  // inside the marks
  std::uint32_t end = 0;
  std::uint32_t openMark = 0;  // byte offset of the opening mark
  std::uint32_t closeEnd = 0;  // byte offset just after the closing mark, or `end` when unclosed
  bool closed = false;
  bool reopened = false;  // unclosed, and the next span's mark reopens the same quotation
};

std::vector<QuotedSpan> findQuotedSpans(std::string_view text);

}  // namespace newslens::quotes
