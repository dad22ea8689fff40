#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "newslens/ner/codec.h"

using namespace newslens::ner::codec;

namespace {

// `count` distinct sorted keys below `range`.
std::vector<std::uint32_t> sortedKeys(std::size_t count, std::uint64_t range, unsigned seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::uint32_t> keys;
  while (keys.size() < count) keys.push_back(static_cast<std::uint32_t>(rng() % range));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

bool decode(const std::string& blob, std::uint32_t count, std::vector<std::uint32_t>& out) {
  Reader r(blob);
  return getKeys(r, blob, count, out);
}

}  // namespace

TEST_CASE("Rice-coded key sets decode to the keys written, whatever their gaps") {
  const std::vector<std::vector<std::uint32_t>> sets = {
      {},
      {0},
      {0xFFFFFFFFu},
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},             // gaps of 1: a short remainder
      {5, 0x80000000u, 0xFFFFFFFEu},                  // gaps near 2^31: long unary runs or k near 31
      sortedKeys(300000, std::uint64_t{1} << 32, 7),  // a model's feature hashes
      sortedKeys(5000, 70000, 11),                    // dense
      sortedKeys(2000, std::uint64_t{1} << 32, 3),
  };
  for (const auto& keys : sets) {
    Writer w;
    putKeys(w, keys);
    std::vector<std::uint32_t> back;
    REQUIRE(decode(w.bytes(), static_cast<std::uint32_t>(keys.size()), back));
    CHECK(back == keys);
  }
}

TEST_CASE("a key stream cut short or asked for more keys than it holds is refused") {
  const std::vector<std::uint32_t> keys = sortedKeys(1000, std::uint64_t{1} << 32, 5);
  Writer w;
  putKeys(w, keys);
  const std::string whole = w.bytes();
  std::vector<std::uint32_t> back;
  CHECK_FALSE(decode(whole, static_cast<std::uint32_t>(keys.size() + 40), back));
  // The header's byte length names bytes the blob lacks.
  CHECK_FALSE(decode(whole.substr(0, whole.size() - 1), static_cast<std::uint32_t>(keys.size()), back));
  // A header that claims fewer bytes than the keys need: the stream ends inside a key.
  std::string shorter = whole;
  const std::uint32_t length = static_cast<std::uint32_t>(whole.size() - 5 - 20);
  std::memcpy(&shorter[1], &length, sizeof length);
  CHECK_FALSE(decode(shorter.substr(0, 5 + length), static_cast<std::uint32_t>(keys.size()), back));
}

TEST_CASE("a unary run that would carry a key past 2^32 is refused, not wrapped") {
  // k = 31 and a stream of ones: the second one already makes the gap 2^32.
  std::string blob(1, '\x1F');
  const std::uint32_t length = 4;
  blob.append(reinterpret_cast<const char*>(&length), sizeof length);
  blob.append(4, '\xFF');
  std::vector<std::uint32_t> back;
  CHECK_FALSE(decode(blob, 1, back));
  // A parameter past 31 is refused outright.
  blob[0] = '\x20';
  CHECK_FALSE(decode(blob, 1, back));
}

TEST_CASE("fnv1a four bytes a turn equals FNV-1a byte by byte, at every length and tail") {
  CHECK(fnv1a("") == 2166136261u);
  CHECK(fnv1a("a") == 0xE40C292Cu);  // the published FNV-1a 32-bit vector
  std::mt19937 rng(7);
  std::string bytes;
  for (int length = 0; length < 40; ++length) {
    std::uint32_t expected = 2166136261u;
    for (unsigned char c : bytes) expected = (expected ^ c) * 16777619u;
    CHECK(fnv1a(bytes) == expected);
    bytes += static_cast<char>(rng() & 0xFF);
  }
}
