#pragma once
// Spans over the analyzed text: the one way to get a span's surface and to find
// the tokens a byte range covers. Offsets are UTF-8 byte offsets, half-open
// [start, end), as everywhere in analysis.h; for any span s the invariant is
//   surface(text, s) == text.substr(s.start, s.end - s.start).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::text {

// The bytes [start, end) of `text` (start <= end <= text.size()).
inline std::string_view slice(std::string_view text, std::uint32_t start, std::uint32_t end) {
  return text.substr(start, end - start);
}

// The surface of any span with start/end byte offsets (Token, Mention, Quote, …).
template <typename Span>
std::string_view surface(std::string_view text, const Span& span) {
  return slice(text, span.start, span.end);
}

// The surfaces of tokens [first, last), in order.
std::vector<std::string_view> surfaces(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                                       std::uint32_t last);

// The surfaces of tokens [first, last), each cut to the bytes [start, end): the words
// of a mention that covers part of a token ("Israel" of "pro-Israel"), or all of them.
std::vector<std::string_view> surfacesWithin(std::string_view text, const std::vector<Token>& tokens,
                                             std::uint32_t first, std::uint32_t last, std::uint32_t start,
                                             std::uint32_t end);
// The same into `out` (cleared first), for a loop over many spans with one buffer.
void surfacesWithin(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first, std::uint32_t last,
                    std::uint32_t start, std::uint32_t end, std::vector<std::string_view>& out);

// Tokens [first, last) as written, space-joined ("North Korea"): a view of `text`
// itself when one space parts each token from the next (nearly always), else the
// tokens joined in `buffer`, which the view then points into.
std::string_view joinedTokens(std::string_view text, const std::vector<Token>& tokens, std::uint32_t first,
                              std::uint32_t last, std::string& buffer);

struct TokenSpan {
  std::uint32_t first = 0;  // [first, last) into the token vector
  std::uint32_t last = 0;
};

// The tokens overlapping the bytes [start, end); empty when none do.
TokenSpan tokensIn(const std::vector<Token>& tokens, std::uint32_t start, std::uint32_t end);

// tokensIn(tokens, m.start, m.end) for a mention, read from its own token range
// (firstToken, lastToken) when that range is exactly what tokensIn would give (checked
// at its two ends, O(1)); searched otherwise, so the answer is always tokensIn's.
TokenSpan tokensOf(const std::vector<Token>& tokens, const Mention& m);

// Index of the token containing or following byte `pos` (tokens.size() if none).
std::uint32_t tokenAtOrAfter(const std::vector<Token>& tokens, std::uint32_t pos);

// Index of the sentence holding byte `pos` (sentences tile the text; the last one
// for a position past the end; 0 when there are none).
std::size_t sentenceAt(const std::vector<Sentence>& sentences, std::uint32_t pos);

}  // namespace newslens::text
