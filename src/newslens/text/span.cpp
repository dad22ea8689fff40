#include "newslens/text/span.h"

#include <algorithm>

namespace newslens::text {

std::vector<std::string_view> surfaces(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                                       std::uint32_t last) {
  std::vector<std::string_view> out;
  out.reserve(last - first);
  for (std::uint32_t k = first; k < last; ++k) out.push_back(surface(text, tokens[k]));
  return out;
}

std::vector<std::string_view> surfacesWithin(std::string_view text, const std::vector<Token>& tokens,
                                             std::uint32_t first, std::uint32_t last, std::uint32_t start,
                                             std::uint32_t end) {
  std::vector<std::string_view> out;
  out.reserve(last - first);
  surfacesWithin(text, tokens, first, last, start, end, out);
  return out;
}

void surfacesWithin(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last,
                    std::uint32_t start, std::uint32_t end, std::vector<std::string_view>& out) {
  out.clear();
  for (std::uint32_t k = first; k < last; ++k) {
    const std::uint32_t from = std::max(start, tokens[k].start), to = std::min(end, tokens[k].end);
    if (from < to) out.push_back(slice(text, from, to));
  }
}

std::string_view joinedTokens(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                              std::uint32_t last, std::string& buffer) {
  bool spaced = true;
  for (std::uint32_t t = first + 1; t < last && spaced; ++t)
    spaced = tokens[t].start == tokens[t - 1].end + 1 && text[tokens[t - 1].end] == ' ';
  if (spaced) return slice(text, tokens[first].start, tokens[last - 1].end);
  buffer.clear();
  for (std::uint32_t t = first; t < last; ++t) {
    if (t > first) buffer += ' ';
    buffer += surface(text, tokens[t]);
  }
  return buffer;
}

TokenSpan tokensIn(const std::vector<Token>& tokens, std::uint32_t start, std::uint32_t end) {
  const auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.end <= start; });
  // Tokens are at least a byte long, so at most end - start of them follow `first`
  // inside the span: that window is searched first (a few steps, near in memory, where
  // a search to the end costs ~20 cache misses on a long paste), the rest only if the
  // whole window is inside (as empty tokens would allow): the answer is always exact.
  const auto inside = [&](const Token& t) { return t.start < end; };
  const std::size_t window = static_cast<std::size_t>(end > start ? end - start : 0) + 1;
  const auto stop = static_cast<std::size_t>(tokens.end() - first) > window ? first + window : tokens.end();
  auto last = std::partition_point(first, stop, inside);
  if (last == stop) last = std::partition_point(stop, tokens.end(), inside);
  return {static_cast<std::uint32_t>(first - tokens.begin()), static_cast<std::uint32_t>(last - tokens.begin())};
}

TokenSpan tokensOf(const std::vector<Token>& tokens, const Mention& m) {
  const std::uint32_t first = m.firstToken, last = m.lastToken;
  // tokensIn's first is the first token ending after m.start, its last the first
  // starting at or after m.end (token ends and starts rise along the vector).
  const bool exact = first < last && last <= tokens.size() && tokens[first].end > m.start &&
                     (first == 0 || tokens[first - 1].end <= m.start) && tokens[last - 1].start < m.end &&
                     (last == tokens.size() || tokens[last].start >= m.end);
  return exact ? TokenSpan{first, last} : tokensIn(tokens, m.start, m.end);
}

std::uint32_t tokenAtOrAfter(const std::vector<Token>& tokens, std::uint32_t pos) {
  return static_cast<std::uint32_t>(
      std::partition_point(tokens.begin(), tokens.end(), [&](const Token& t) { return t.end <= pos; }) -
      tokens.begin());
}

std::size_t sentenceAt(const std::vector<Sentence>& sentences, std::uint32_t pos) {
  const auto it =
      std::partition_point(sentences.begin(), sentences.end(), [&](const Sentence& s) { return s.end <= pos; });
  return std::min<std::size_t>(it - sentences.begin(), sentences.empty() ? 0 : sentences.size() - 1);
}

}  // namespace newslens::text
