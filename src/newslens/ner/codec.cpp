#include "newslens/ner/codec.h"

#include <algorithm>

namespace newslens::ner::codec {
namespace {

// Rice-coded sorted key sets: the keys are hashes, so stored as raw u32 they are
// incompressible; sorted, their gaps are near-geometric and a Rice code with the
// best parameter k stores each in about 32 - log2(n) + 1.5 bits.
class BitWriter {
 public:
  void put(std::uint32_t value, int bits) {
    for (int b = 0; b < bits; ++b) putBit((value >> b) & 1u);
  }
  void putBit(unsigned bit) {
    if (used_ == 0) bytes_.push_back('\0');
    if (bit) bytes_.back() = static_cast<char>(static_cast<unsigned char>(bytes_.back()) | (1u << used_));
    used_ = (used_ + 1) & 7;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  int used_ = 0;
};

// Reads the bits LSB first through a 64-bit window, so a unary run is counted with one
// count-trailing-ones and a remainder taken with one mask instead of bit by bit: the
// model's ~300k keys are decoded at every start, in code V8 has not optimized yet.
class BitReader {
 public:
  explicit BitReader(std::string_view bytes) : in_(bytes) {}
  bool ok() const { return ok_; }
  // The ones before the next zero, which is read too; fails (ok() false) at the end of the
  // stream or once there are more than `most` of them.
  std::uint64_t ones(std::uint64_t most) {
    std::uint64_t count = 0;
    for (;;) {
      if (!fill(1)) return 0;
      const int run = std::min(trailingOnes(window_), held_);
      count += static_cast<std::uint64_t>(run);
      if (count > most) return ok_ = false, 0;
      if (run < held_) {
        drop(run + 1);
        return count;
      }
      drop(run);
    }
  }
  // The next `bits` (0..32) bits as a number, first bit lowest; fails past the end.
  std::uint32_t get(int bits) {
    if (bits == 0) return 0;
    if (!fill(bits)) return 0;
    const std::uint32_t v = static_cast<std::uint32_t>(window_ & ((std::uint64_t{1} << bits) - 1));
    drop(bits);
    return v;
  }

 private:
  static int trailingOnes(std::uint64_t w) { return ~w == 0 ? 64 : __builtin_ctzll(~w); }
  // Tops the window up to at least `bits` bits (≤ 57) where the stream has them.
  bool fill(int bits) {
    while (held_ <= 56 && next_ < in_.size()) {
      window_ |= std::uint64_t{static_cast<unsigned char>(in_[next_++])} << held_;
      held_ += 8;
    }
    if (held_ < bits) ok_ = false;
    return ok_;
  }
  void drop(int bits) {
    window_ = bits == 64 ? 0 : window_ >> bits;
    held_ -= bits;
  }

  std::string_view in_;
  std::size_t next_ = 0;      // the next byte to enter the window
  std::uint64_t window_ = 0;  // the unread bits, first lowest
  int held_ = 0;              // how many bits of window_ are unread
  bool ok_ = true;
};

std::uint64_t riceBits(const std::vector<std::uint32_t>& sorted, int k) {
  std::uint64_t bits = 0;
  std::uint32_t previous = 0;
  for (std::uint32_t key : sorted) bits += ((key - previous) >> k) + 1 + k, previous = key;
  return bits;
}

}  // namespace

void putKeys(Writer& w, const std::vector<std::uint32_t>& sorted) {
  int k = 0;
  for (int candidate = 1; candidate < 32; ++candidate)
    if (riceBits(sorted, candidate) < riceBits(sorted, k)) k = candidate;
  BitWriter bits;
  std::uint32_t previous = 0;
  for (std::uint32_t key : sorted) {
    const std::uint32_t gap = key - previous;
    for (std::uint32_t q = gap >> k; q > 0; --q) bits.putBit(1);
    bits.putBit(0);
    bits.put(gap, k);
    previous = key;
  }
  w.put<std::uint8_t>(static_cast<std::uint8_t>(k));
  w.put<std::uint32_t>(static_cast<std::uint32_t>(bits.bytes().size()));
  w.bytes().append(bits.bytes());
}

bool getKeys(Reader& r, std::string_view blob, std::uint32_t count, std::vector<std::uint32_t>& out) {
  const std::uint32_t k = r.get<std::uint8_t>();
  const std::uint32_t length = r.get<std::uint32_t>();
  const std::size_t start = r.position();
  if (!r.ok() || k > 31 || !r.take(length) || count > std::uint64_t{length} * 8) return false;
  BitReader bits(blob.substr(start, length));
  out.resize(count);
  std::uint64_t key = 0;
  for (std::uint32_t n = 0; n < count; ++n) {
    // More than that many ones and the gap alone would pass 2^32.
    const std::uint64_t q = bits.ones((std::uint64_t{1} << (32 - k)) - 1);
    key += (q << k) | bits.get(static_cast<int>(k));
    if (!bits.ok() || key > 0xFFFFFFFFu) return false;
    out[n] = static_cast<std::uint32_t>(key);
  }
  return true;
}

}  // namespace newslens::ner::codec
