#pragma once
// Lookup helpers for constant word tables: lexicon/'s shared ones and the few
// stage-local lists that stay beside the one rule that reads them.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace newslens::lexicon {

// One word of a table that several stages read, with the bits saying which lists hold it.
struct FlaggedWord {
  std::string_view word;
  std::uint8_t flags;
};

// True when `table` is strictly sorted by word (usable in a static_assert).
template <std::size_t N>
constexpr bool isSorted(const FlaggedWord (&table)[N]) {
  for (std::size_t i = 1; i < N; ++i)
    if (!(table[i - 1].word < table[i].word)) return false;
  return true;
}

// The flags of `word` in the sorted `table`, 0 when it is not there.
template <std::size_t N>
std::uint8_t flagsOf(const FlaggedWord (&table)[N], std::string_view word) {
  const auto it = std::lower_bound(std::begin(table), std::end(table), word,
                                   [](const FlaggedWord& e, std::string_view w) { return e.word < w; });
  return it != std::end(table) && it->word == word ? it->flags : 0;
}

// True when `word` equals an element of `list` (any range of string_view), compared exactly.
template <typename List>
bool inList(std::string_view word, const List& list) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// The same for a list written in place: inList(w, {"river", "sea"}).
inline bool inList(std::string_view word, std::initializer_list<std::string_view> list) {
  return inList<std::initializer_list<std::string_view>>(word, list);
}

}  // namespace newslens::lexicon
