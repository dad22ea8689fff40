#pragma once
// The model blob's byte and bit codec, apart from what the bytes mean (model.cpp):
// little-endian values, bounds-checked reads that fail softly, and Rice-coded sorted
// key sets. Nothing here knows tags, weights or features.

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace newslens::ner::codec {

// FNV-1a over `bytes`: the blob's checksum.
// Four bytes a loop turn: the whole blob is checked at every start, before V8 optimizes
// anything, and the loop's own counting and branch were half of its instructions.
inline std::uint32_t fnv1a(std::string_view bytes) {
  std::uint32_t h = 2166136261u;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t k = 0;
  for (; k + 4 <= n; k += 4) {
    h = (h ^ p[k]) * 16777619u;
    h = (h ^ p[k + 1]) * 16777619u;
    h = (h ^ p[k + 2]) * 16777619u;
    h = (h ^ p[k + 3]) * 16777619u;
  }
  for (; k < n; ++k) h = (h ^ p[k]) * 16777619u;
  return h;
}

// Appends little-endian values and length-prefixed strings to a byte string.
class Writer {
 public:
  template <typename T>
  void put(T value) {
    char raw[sizeof(T)];
    std::memcpy(raw, &value, sizeof(T));  // wasm32 and x86 are both little-endian
    out_.append(raw, sizeof(T));
  }
  template <typename T>
  void putArray(const std::vector<T>& values) {
    if (!values.empty()) out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
  }
  void putString(std::string_view s) {
    put<std::uint32_t>(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

// Bounds-checked reader: every read fails softly once the blob runs out.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}
  bool ok() const { return ok_; }
  std::size_t position() const { return pos_; }

  template <typename T>
  T get() {
    T value{};
    if (!take(sizeof(T))) return value;
    std::memcpy(&value, in_.data() + pos_ - sizeof(T), sizeof(T));
    return value;
  }
  template <typename T>
  void getArray(std::vector<T>& out, std::uint32_t count) {
    if (count > (in_.size() - pos_) / sizeof(T)) {
      ok_ = false;
      return;
    }
    out.resize(count);
    if (count) std::memcpy(out.data(), in_.data() + pos_, count * sizeof(T));
    pos_ += count * sizeof(T);
  }
  std::string getString(std::size_t maxLength) {
    const std::uint32_t length = get<std::uint32_t>();
    if (length > maxLength || !take(length)) {
      ok_ = false;
      return {};
    }
    return std::string(in_.substr(pos_ - length, length));
  }
  bool take(std::size_t n) {
    if (!ok_ || n > in_.size() - pos_) return ok_ = false;
    pos_ += n;
    return true;
  }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
  bool ok_ = true;
};

// Writes the ascending `sorted` keys Rice-coded: u8 k, u32 byte length, then each gap
// (key - previous key, from 0) as a unary quotient (ones, then a zero) and k remainder
// bits, k chosen to make the stream shortest.
void putKeys(Writer& w, const std::vector<std::uint32_t>& sorted);

// The inverse of putKeys for `count` keys, reading from `r` over `blob` (the same
// bytes); false for a bad parameter, a short stream or keys past 2^32.
bool getKeys(Reader& r, std::string_view blob, std::uint32_t count, std::vector<std::uint32_t>& out);

}  // namespace newslens::ner::codec
