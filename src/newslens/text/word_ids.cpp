#include "newslens/text/word_ids.h"

#include <utility>

#include "newslens/lexicon/table.h"

namespace newslens::text {

namespace {
std::uint32_t hashOf(std::string_view word) { return static_cast<std::uint32_t>(lexicon::wordHash(word)); }
}  // namespace

std::size_t WordIds::slotOf(std::string_view word, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
    const std::uint32_t entry = slots_[slot];
    if (entry == 0) return slot;
    const Entry& seen = entries_[entry - 1];
    if (seen.hash == hash && seen.word.size() == word.size() && lexicon::sameBytes(seen.word, word)) return slot;
  }
}

std::uint32_t WordIds::findAdded(std::string_view word) const {
  // mayHold() passed, so a word was added and there are slots.
  const std::uint32_t entry = slots_[slotOf(word, hashOf(word))];
  return entry == 0 ? kNone : entry - 1;
}

std::uint32_t WordIds::idOf(std::string_view word) {
  if (2 * (entries_.size() + 1) > slots_.size()) grow();
  const std::uint32_t hash = hashOf(word);
  const std::size_t slot = slotOf(word, hash);
  if (slots_[slot] != 0) return slots_[slot] - 1;
  const std::uint32_t id = size();
  entries_.push_back({word, hash});
  lengths_ |= std::uint64_t{1} << lengthBit(word);
  firstBytes_[firstByte(word) >> 6] |= std::uint64_t{1} << (firstByte(word) & 63u);
  slots_[slot] = id + 1;
  return id;
}

void WordIds::grow() {
  std::vector<std::uint32_t> slots(slots_.empty() ? 64 : 2 * slots_.size(), 0);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t id = 0; id < size(); ++id) {
    std::size_t slot = entries_[id].hash & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = id + 1;
  }
  slots_ = std::move(slots);
  entries_.reserve(slots_.size() / 2);  // what the slots hold before the next grow()
}

}  // namespace newslens::text
