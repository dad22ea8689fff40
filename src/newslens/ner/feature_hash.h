#pragma once
// Feature hashing: every feature is a template id plus up to three string parts,
// hashed to 32 bits with a model-specific seed, without building the string.
// A KeyIndex maps those hashes to rows (open addressing, built once at load).

#include <cstdint>
#include <string_view>
#include <vector>

namespace newslens::ner {

class FeatureHasher {
 public:
  explicit FeatureHasher(std::uint32_t seed) : seed_(seed) {}

  std::uint32_t operator()(std::uint8_t templ, std::string_view a = {}, std::string_view b = {},
                           std::string_view c = {}) const {
    std::uint32_t h = (seed_ ^ 2166136261u) * 16777619u;
    h = (h ^ templ) * 16777619u;
    h = mix(h, a);
    h = (h ^ 0x1Fu) * 16777619u;  // separator: ("ab","c") differs from ("a","bc")
    h = mix(h, b);
    h = (h ^ 0x1Fu) * 16777619u;
    h = mix(h, c);
    return finish(h);
  }

 private:
  static std::uint32_t mix(std::uint32_t h, std::string_view s) {
    for (unsigned char ch : s) h = (h ^ ch) * 16777619u;
    return h;
  }
  static std::uint32_t finish(std::uint32_t h) {  // murmur3 fmix32: spreads FNV's weak low bits
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
  }
  std::uint32_t seed_;
};

// Read-only map from 32-bit keys to their position in the key list it was built from.
class KeyIndex {
 public:
  KeyIndex() = default;
  explicit KeyIndex(const std::vector<std::uint32_t>& keys) {
    std::size_t size = 16;
    while (size < keys.size() * 2) size <<= 1;
    mask_ = static_cast<std::uint32_t>(size - 1);
    keys_.assign(size, 0);
    rows_.assign(size, kEmpty);
    for (std::uint32_t row = 0; row < keys.size(); ++row) {
      std::uint32_t slot = keys[row] & mask_;
      while (rows_[slot] != kEmpty && keys_[slot] != keys[row]) slot = (slot + 1) & mask_;
      keys_[slot] = keys[row];
      rows_[slot] = row;
    }
  }
  // The row of `key`, or -1 when absent.
  std::int32_t find(std::uint32_t key) const {
    if (rows_.empty()) return -1;
    for (std::uint32_t slot = key & mask_;; slot = (slot + 1) & mask_) {
      if (rows_[slot] == kEmpty) return -1;
      if (keys_[slot] == key) return static_cast<std::int32_t>(rows_[slot]);
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  std::uint32_t mask_ = 0;
  std::vector<std::uint32_t> keys_;
  std::vector<std::uint32_t> rows_;
};

}  // namespace newslens::ner
