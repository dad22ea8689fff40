#pragma once
// Finding quoted spans from quote marks alone (no speakers): see quotes.h for the rules.

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens::quotes {

struct QuotedSpan {
  std::uint32_t start = 0;  // inside the marks
  std::uint32_t end = 0;
  std::uint32_t openMark = 0;   // byte offset of the opening mark
  std::uint32_t closeEnd = 0;   // byte offset just after the closing mark, or `end` when unclosed
  bool closed = false;
};

std::vector<QuotedSpan> findQuotedSpans(std::string_view text);

}  // namespace newslens::quotes
