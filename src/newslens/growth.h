#pragma once
// Growing the per-token and per-mention vectors of a dense input without doubling's
// waste (issue #18): a vector that doubles holds up to twice what it needs for the
// rest of the analysis, and its last step holds its old and new buffers at once (1.5
// to 3 times the final size). A vector filled during one walk over the input can grow
// to what the density so far predicts instead, and is then allocated about once.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace newslens {

// Makes room for `more` elements in `v`, which is filled while walking an input:
// `done` of its `total` items (bytes, tokens) walked, and never more than `most`
// elements in the end. When full, `v` grows by doubling until a sixteenth of the input
// is walked; from then on to the final size the density so far predicts (1/16 more),
// at least half again its size (so filling stays linear) and at most `most`.
template <typename T>
void makeRoom(std::vector<T>& v, std::size_t done, std::size_t total, std::size_t most, std::size_t more = 1) {
  const std::size_t need = v.size() + more;
  if (need <= v.capacity()) return;
  std::size_t next = std::max<std::size_t>(2 * v.capacity(), 16);
  if (done >= total / 16 && done > 0) {
    // 64-bit: a size times a 16 MiB total overflows WASM's 32-bit size_t.
    const std::uint64_t predicted = static_cast<std::uint64_t>(v.size()) * total / done;
    const std::uint64_t ahead = predicted + predicted / 16 + 16;
    next = static_cast<std::size_t>(std::min<std::uint64_t>(ahead, most));
    next = std::max(next, v.size() + v.size() / 2);
  }
  v.reserve(std::max(next, need));
}

// Gives back what `v` holds beyond an eighth more than its size: a prediction that
// overshot (a dense start, a sparse rest) is not kept for the rest of the analysis.
template <typename T>
void releaseSpare(std::vector<T>& v) {
  if (v.capacity() - v.size() > v.size() / 8 + 64) v.shrink_to_fit();
}

}  // namespace newslens
