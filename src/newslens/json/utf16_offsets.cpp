#include "newslens/json/utf16_offsets.h"

#include <algorithm>

#include "newslens/text/utf8.h"

namespace newslens::json {

Utf16Offsets::Utf16Offsets(std::string_view text) : text_(text) {
  // One checkpoint per stride: the first character boundary at or after k*kStride,
  // with its UTF-16 offset. Memory is 1/8 of the text, lookups scan ≤ kStride+3 bytes.
  std::uint32_t units = 0;
  std::size_t pos = 0;
  for (std::size_t k = 0; k * kStride <= text.size(); ++k) {
    while (pos < k * kStride) {
      if (static_cast<unsigned char>(text[pos]) < 0x80) {
        // An ASCII run: a byte is a unit.
        const std::size_t end = text::asciiRunEnd(text.substr(0, k * kStride), pos);
        units += static_cast<std::uint32_t>(end - pos);
        pos = end;
        continue;
      }
      const text::DecodedChar c = text::decodeAt(text, pos);
      units += text::utf16Units(c);
      pos += c.length;
    }
    checkpointBytes_.push_back(static_cast<std::uint32_t>(pos));
    checkpoints_.push_back(units);
  }
  // Which blocks between checkpoints are all ASCII, where a byte is a unit: there an
  // offset is found by a subtraction, without a scan.
  asciiBlock_.resize(checkpointBytes_.size());
  for (std::size_t k = 0; k < checkpointBytes_.size(); ++k) {
    const std::size_t from = checkpointBytes_[k];
    const std::size_t to = k + 1 < checkpointBytes_.size() ? checkpointBytes_[k + 1] : text.size();
    asciiBlock_[k] = from >= to || text::asciiRunEnd(text.substr(0, to), from) == to;
  }
}

std::uint32_t Utf16Offsets::operator()(std::uint32_t byte) const {
  byte = std::min<std::uint32_t>(byte, static_cast<std::uint32_t>(text_.size()));
  std::size_t k = byte / kStride;
  while (k > 0 && checkpointBytes_[k] > byte) --k;
  std::size_t pos = checkpointBytes_[k];
  std::uint32_t units = checkpoints_[k];
  if (asciiBlock_[k] && byte >= pos) return units + (byte - static_cast<std::uint32_t>(pos));
  while (pos < byte) {
    if (static_cast<unsigned char>(text_[pos]) < 0x80) {  // ASCII: one byte, one unit, no decoding
      ++units;
      ++pos;
      continue;
    }
    const text::DecodedChar c = text::decodeAt(text_, pos);
    if (pos + c.length > byte) break;  // inside a character: map to its start
    units += text::utf16Units(c);
    pos += c.length;
  }
  return units;
}

}  // namespace newslens::json
