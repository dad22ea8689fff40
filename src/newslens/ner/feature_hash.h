#pragma once
// Feature hashing: every feature is a template id plus up to three parts, hashed
// to 32 bits with a model-specific seed. Parts are hashed once per token, so a
// feature costs a few integer mixes and no string is ever built.
// A KeyIndex maps those hashes to rows (open addressing, built once at load).

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens::ner {

class FeatureHasher {
 public:
  explicit FeatureHasher(std::uint32_t seed) : seed_(seed) {
    for (std::uint32_t k = 0; k < kLow; ++k) low_[k] = base(static_cast<std::uint8_t>(k));
    for (std::uint32_t k = 0; k < kHigh; ++k) high_[k] = base(static_cast<std::uint8_t>(kHighFirst + k));
  }

  // Hash of one string part (a token's form, shape, affix), computed once per token
  // and reused by every feature that reads it.
  std::uint32_t part(std::string_view s) const {
    std::uint32_t h = (seed_ ^ 2166136261u) * 16777619u;
    for (unsigned char ch : s) h = (h ^ ch) * 16777619u;
    return finish(h);
  }
  // part() of `s`, and part() of its first 1, 2, … `count` bytes into prefixes[0, count)
  // (count ≤ s.size()), from one pass over `s`.
  std::uint32_t partAndPrefixes(std::string_view s, std::uint32_t* prefixes, std::size_t count) const {
    std::uint32_t h = (seed_ ^ 2166136261u) * 16777619u;
    for (std::size_t k = 0; k < s.size(); ++k) {
      h = (h ^ static_cast<unsigned char>(s[k])) * 16777619u;
      if (k < count) prefixes[k] = finish(h);
    }
    return finish(h);
  }
  // Hash of a feature: a template id and up to three part hashes (or small codes).
  std::uint32_t operator()(std::uint8_t templ, std::uint32_t a = 0, std::uint32_t b = 0, std::uint32_t c = 0) const {
    // The parts are already mixed hashes (part()) or small codes: one multiply folds
    // each in (a bijection for any fixed rest), one finish() spreads the bits.
    // The template's own mix is looked up, not redone (a third of the arithmetic of
    // the ~40 features a token); call sites pass constant ids, so the choice folds away.
    std::uint32_t h = templ < kLow                                        ? low_[templ]
                      : templ >= kHighFirst && templ < kHighFirst + kHigh ? high_[templ - kHighFirst]
                                                                          : base(templ);
    h = (h ^ a) * 0x9E3779B1u;
    h = (h ^ b) * 0x85EBCA77u;
    return finish((h ^ c) * 0xC2B2AE3Du);
  }

 private:
  static std::uint32_t finish(std::uint32_t h) {  // murmur3 fmix32
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
  }
  std::uint32_t base(std::uint8_t templ) const { return finish(seed_ ^ (0x9E3779B1u * (templ + 1u))); }
  // Template ids in use: 1.. upwards per feature family, and 200.. for the key hashes.
  static constexpr std::uint32_t kLow = 32, kHighFirst = 200, kHigh = 8;
  std::uint32_t seed_;
  std::uint32_t low_[kLow];
  std::uint32_t high_[kHigh];
};

// Read-only map from 32-bit keys to their position in the key list it was built from.
// Most lookups miss (features the pruned model dropped, word sequences that are no
// gazetteer phrase), so a bit filter 16× smaller than the table answers most misses
// from cache; a set bit only means "maybe", and the table decides.
class KeyIndex {
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;  // a free slot's row
  struct Slot {
    std::uint32_t key, row;
  };
  // Top bits of a multiplicative hash: independent of the low bits that pick the slot.
  static std::uint32_t filterBit(std::uint32_t key, std::uint32_t shift) { return (key * 0x9E3779B1u) >> shift; }

 public:
  KeyIndex() = default;
  explicit KeyIndex(const std::vector<std::uint32_t>& keys) {
    std::size_t size = 16;
    while (size < keys.size() * 2) size <<= 1;
    mask_ = static_cast<std::uint32_t>(size - 1);
    slots_.assign(size, Slot{0, kEmpty});
    // 16 filter bits a key (≈6% of misses get through); size is a power of two ≥ 16.
    filterShift_ = 32;
    for (std::size_t bits = size * 8; bits > 1; bits >>= 1) --filterShift_;
    filter_.assign(size * 8 / 64, 0);
    // Built at every start (~130k keys, before V8 optimizes anything): the fields go in
    // locals, which the slot stores (uint32s, as mask_ and filterShift_) cannot alias, so
    // they are not read again for every key.
    Slot* const slots = slots_.data();
    std::uint64_t* const filter = filter_.data();
    const std::uint32_t mask = mask_, shift = filterShift_;
    const std::uint32_t* const key = keys.data();
    const auto count = static_cast<std::uint32_t>(keys.size());
    for (std::uint32_t row = 0; row < count; ++row) {
      const std::uint32_t k = key[row];
      std::uint32_t slot = k & mask;
      while (slots[slot].row != kEmpty && slots[slot].key != k) slot = (slot + 1) & mask;
      slots[slot] = Slot{k, row};
      const std::uint32_t bit = filterBit(k, shift);
      filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
  }

  // The fields a lookup reads, as values, for a loop of lookups in a non-empty index
  // (Table::find() is find()).
  struct Table {
    explicit Table(const KeyIndex& index)
        : filter(index.filter_.data()), slots(index.slots_.data()), mask(index.mask_), shift(index.filterShift_) {}
    std::int32_t find(std::uint32_t key) const {
      const std::uint32_t bit = filterBit(key, shift);
      if (!(filter[bit >> 6] >> (bit & 63) & 1)) return -1;
      for (std::uint32_t slot = key & mask;; slot = (slot + 1) & mask) {
        if (slots[slot].row == kEmpty) return -1;
        if (slots[slot].key == key) return static_cast<std::int32_t>(slots[slot].row);
      }
    }
    const std::uint64_t* filter;
    const Slot* slots;
    std::uint32_t mask, shift;
  };

  bool empty() const { return slots_.empty(); }
  // The row of `key`, or -1 when absent.
  std::int32_t find(std::uint32_t key) const { return slots_.empty() ? -1 : Table(*this).find(key); }
  // Calls `found(row)` for each of `keys[0, count)` present, in order: find() of every
  // key, the index's fields read once (the caller's stores, an int32 row sum, could
  // alias them, and a loop of find() calls would read them again for every key).
  template <typename Found>
  void forEachFound(const std::uint32_t* keys, std::size_t count, Found found) const {
    if (slots_.empty()) return;
    const Table table(*this);
    for (std::size_t k = 0; k < count; ++k)
      if (const std::int32_t row = table.find(keys[k]); row >= 0) found(row);
  }

 private:
  std::uint32_t mask_ = 0;
  std::uint32_t filterShift_ = 32;
  std::vector<std::uint64_t> filter_;
  std::vector<Slot> slots_;  // key and row side by side: one cache line per probe
};

}  // namespace newslens::ner
