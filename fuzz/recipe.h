#pragma once
// Structured large inputs for the fuzzer (fuzz/large_fuzzer.cpp): libFuzzer mutates
// a short recipe and expand() grows it into up to 1 MiB of dense news-like text —
// repeated names sharing surnames, dense numbers, percentages and money, quote
// marks, sentence and line breaks — the shapes that cost the most memory and work
// per byte (issue #18), which byte-level mutation of a 4 KiB input never reaches.
// fuzz/corpus-large/ holds recipes; tests/unit/fuzz/ replays them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newslens::fuzz {

inline constexpr std::size_t kMaxExpandedBytes = 1u << 20;

// The text `recipe` stands for. Byte 0 picks the size (4 KiB to kMaxExpandedBytes on
// a log scale, never above `maxBytes`); each later byte is an atom (a name, a
// number, a mark …) with a small variation taken from its high bits, and the atom
// sequence repeats until the size is reached. Deterministic; empty for an empty recipe.
std::string expand(std::string_view recipe, std::size_t maxBytes = kMaxExpandedBytes);

}  // namespace newslens::fuzz
