#pragma once
// Dense ids for the distinct words (any string_views) a stage meets in one text:
// the first word seen is 0, the next new one 1, … — what an unordered_map<string_view,
// uint32_t> filled with its own size gives, without a node allocated per word nor
// std::hash's byte mixing. Open addressing over lexicon::wordHash, at most half full.
// The views are kept, not copied: what they point into must outlive the table.

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens::text {

class WordIds {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // The id of `word`, a new one (size() before the call) the first time it is seen.
  std::uint32_t idOf(std::string_view word);
  // The id of `word`, or kNone when it was never added. The shape test is inline: most
  // words a stage asks about were never added and have another shape (mayHold).
  std::uint32_t find(std::string_view word) const { return mayHold(word) ? findAdded(word) : kNone; }
  // Distinct words added; the next new id.
  std::uint32_t size() const { return static_cast<std::uint32_t>(entries_.size()); }
  // The word with id `id` (< size()).
  std::string_view word(std::uint32_t id) const { return entries_[id].word; }

 private:
  // The slot holding `word` (of hash `hash`), or the empty one where it would go.
  std::size_t slotOf(std::string_view word, std::uint32_t hash) const;
  void grow();
  // False when no word added has `word`'s length (past 63: any such) and first byte: a
  // find() of a word of another shape (a lowercase word among names) needs no hash.
  bool mayHold(std::string_view word) const {
    const unsigned b = firstByte(word);
    return ((lengths_ >> lengthBit(word)) & 1u) != 0 && ((firstBytes_[b >> 6] >> (b & 63u)) & 1u) != 0;
  }
  static std::size_t lengthBit(std::string_view word) { return word.size() < 63 ? word.size() : 63; }
  static unsigned firstByte(std::string_view word) { return word.empty() ? 0u : static_cast<unsigned char>(word[0]); }
  // find() of a word that passed mayHold().
  std::uint32_t findAdded(std::string_view word) const;

  struct Entry {
    std::string_view word;
    std::uint32_t hash;  // rehashing never rereads the bytes
  };
  // By id; its capacity is reserved with the slots (half of them), so it never grows alone.
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // id + 1; 0 = empty; a power of two long (or empty)
  std::uint64_t lengths_ = 0;         // bit min(length, 63) of every word added
  std::uint64_t firstBytes_[4] = {};  // bit of every word's first byte (0 for "")
};

}  // namespace newslens::text
