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

// Whether two words of equal length hold the same bytes: a loop, inlined, where
// string_view's == calls memcmp (a real call in WASM, costlier than comparing the few
// bytes of a word).
constexpr bool sameBytes(std::string_view a, std::string_view b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// The hash that word indexes probe with (FNV-1a, high bits folded into the low ones
// that pick a slot); constexpr so constant tables index themselves at compile time.
constexpr std::size_t wordHash(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (const char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * 16777619u;
  return h ^ (h >> 15);
}

// The lengths the words of a list have, by first byte: most words asked about are in
// no list, and most of those have a first byte and length no listed word has, which
// this answers without a hash.
class FirstByteLengths {
 public:
  constexpr void add(std::string_view word) {
    if (!word.empty()) bits_[firstByte(word)] |= lengthBit(word);
  }
  // False when no listed word has `word`'s first byte and length (the empty word may be listed).
  constexpr bool mayList(std::string_view word) const {
    return word.empty() || (bits_[firstByte(word)] & lengthBit(word)) != 0;
  }

 private:
  static constexpr unsigned char firstByte(std::string_view w) { return static_cast<unsigned char>(w[0]); }
  static constexpr std::uint32_t lengthBit(std::string_view w) {
    return std::uint32_t{1} << (w.size() < 31 ? w.size() : 31);
  }
  std::uint32_t bits_[256] = {};
};

// A constant hash index over a FlaggedWord table, built at compile time: a lookup is
// one FNV-1a hash of the word and usually one compare. The stages ask these tables
// about nearly every token, and a binary search's ~9 string compares a lookup were a
// tenth of the core's time.
template <std::size_t N>
class WordIndex {
 public:
  constexpr explicit WordIndex(const FlaggedWord (&table)[N]) : table_(table) {
    for (std::size_t i = 0; i < N; ++i) {
      std::size_t slot = wordHash(table[i].word) & (kSlots - 1);
      while (slots_[slot] != 0) slot = (slot + 1) & (kSlots - 1);
      slots_[slot] = static_cast<std::uint16_t>(i + 1);
      if (table[i].word.size() > longest_) longest_ = table[i].word.size();
      lengths_.add(table[i].word);
    }
  }
  // The flags of `word` in the table, 0 when it is not there.
  constexpr std::uint8_t flagsOf(std::string_view word) const {
    if (word.size() > longest_ || !lengths_.mayList(word)) return 0;
    for (std::size_t slot = wordHash(word) & (kSlots - 1); slots_[slot] != 0; slot = (slot + 1) & (kSlots - 1)) {
      const FlaggedWord& entry = table_[slots_[slot] - 1];
      if (entry.word.size() == word.size() && sameBytes(entry.word, word)) return entry.flags;
    }
    return 0;
  }

 private:
  static_assert(N < 0xFFFF, "WordIndex slots hold 16-bit rows");
  static constexpr std::size_t slotsFor(std::size_t n) {
    std::size_t size = 16;
    while (size < 2 * n) size <<= 1;  // at most half full: probes stay short
    return size;
  }
  static constexpr std::size_t kSlots = slotsFor(N);
  const FlaggedWord* table_;
  std::size_t longest_ = 0;
  FirstByteLengths lengths_;
  std::uint16_t slots_[kSlots] = {};  // row + 1; 0 = empty
};

// True when `word` equals an element of `list` (any range of string_view), compared exactly.
// Length first, then the bytes in an inline loop (sameBytes): the stages ask these
// lists about many tokens, and a memcmp call each was a measurable share in WASM.
template <typename List>
bool inList(std::string_view word, const List& list) {
  for (const std::string_view listed : list)
    if (listed.size() == word.size() && sameBytes(listed, word)) return true;
  return false;
}

// The same for a list written in place: inList(w, {"river", "sea"}).
inline bool inList(std::string_view word, std::initializer_list<std::string_view> list) {
  return inList<std::initializer_list<std::string_view>>(word, list);
}

}  // namespace newslens::lexicon
