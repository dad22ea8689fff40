#pragma once
// Maps UTF-8 byte offsets of a text to UTF-16 code-unit offsets of the same text
// as a JS string, so that JS `text.slice(start, end)` returns the span.
// Code points above U+FFFF are 2 units; every other code point, and every
// invalid byte (TextDecoder makes each one U+FFFD), is 1 unit.

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens::json {

class Utf16Offsets {
 public:
  explicit Utf16Offsets(std::string_view text);

  // UTF-16 offset of byte offset `byte` (clamped to text size; an offset inside
  // a multi-byte character maps to that character's start).
  std::uint32_t operator()(std::uint32_t byte) const;

 private:
  static constexpr std::uint32_t kStride = 64;
  std::string_view text_;
  std::vector<std::uint32_t> checkpoints_;  // UTF-16 offset at char starting at or after k*kStride
  std::vector<std::uint32_t> checkpointBytes_;
  std::vector<bool> asciiBlock_;  // the bytes from checkpoint k to the next (or the end) are all ASCII
};

}  // namespace newslens::json
