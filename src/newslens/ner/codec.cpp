#include "newslens/ner/codec.h"

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

class BitReader {
 public:
  explicit BitReader(std::string_view bytes) : in_(bytes) {}
  bool ok() const { return ok_; }
  // Reads one bit; past the end it fails (and returns 0) instead of reading on.
  unsigned bit() {
    if (pos_ >= in_.size() * 8) {
      ok_ = false;
      return 0;
    }
    const unsigned b = (static_cast<unsigned char>(in_[pos_ >> 3]) >> (pos_ & 7)) & 1u;
    ++pos_;
    return b;
  }
  std::uint32_t get(int bits) {
    std::uint32_t v = 0;
    for (int b = 0; b < bits && ok_; ++b) v |= bit() << b;
    return v;
  }

 private:
  std::string_view in_;
  std::size_t pos_ = 0;
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
    std::uint64_t q = 0;
    while (bits.bit()) {
      if (++q >> (32 - k)) return false;  // the gap alone would pass 2^32
    }
    key += (q << k) | bits.get(static_cast<int>(k));
    if (!bits.ok() || key > 0xFFFFFFFFu) return false;
    out[n] = static_cast<std::uint32_t>(key);
  }
  return true;
}

}  // namespace newslens::ner::codec
