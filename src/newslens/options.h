#pragma once
// Per-call analysis options (parsed from JSON by json/options_json.h).

#include <cstddef>

namespace newslens {

// Documented input limit: larger texts are refused with "input_too_large"
// before any work, so a huge paste never exhausts the WASM heap.
inline constexpr std::size_t kMaxInputBytes = 16u * 1024u * 1024u;

struct Options {
  int keyPoints = -1;  // number of key points; -1 chooses by article length
  int keywords = 10;   // number of keywords
};

}  // namespace newslens
