#pragma once
// NER model: the tagger's quantized weights, transition scores, feature lexicons
// and self-test sentences, read from / written to one versioned, checksummed blob.
//
// Blob layout (little-endian), version 1:
//   "NLNERMDL"  u32 version  u32 hashSeed  u32 tagCount, tagCount × (u8 len, name)
//   u32 rows  f32 weightScale  rows × u32 featureKey  rows × tagCount × i16 weight
//   (tagCount + 1) × tagCount × f32 transition (last row = sentence start)
//   u32 maxPhraseTokens  u32 phrases  phrases × u32 key  phrases × u16 bits
//   u32 words  words × u32 key  words × u8 casing
//   u32 selfTests, each: u32 len + space-joined tokens, u32 len + space-joined tag names
//   u32 checksum (FNV-1a of every byte before it)

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/feature_hash.h"
#include "newslens/ner/features.h"
#include "newslens/status.h"

namespace newslens::ner {

inline constexpr std::uint32_t kModelVersion = 1;

struct SelfTest {
  std::string tokens;  // space-joined tokens of one sentence
  std::string tags;    // space-joined tag names the model must give them
};

struct Model {
  bool empty = true;  // no tagger: recognize() falls back to the pattern rules alone
  std::uint32_t hashSeed = 0;
  float weightScale = 1.0f;                // emission score = Σ weights × weightScale
  std::vector<std::uint32_t> featureKeys;  // one per weight row
  std::vector<std::int16_t> weights;       // featureKeys.size() × kTagCount
  std::vector<float> transitions;          // (kTagCount + 1) × kTagCount
  Lexicons lexicons;
  std::vector<SelfTest> selfTests;
  KeyIndex featureIndex;  // featureKeys → row, built by index()

  // Builds the lookup indexes (call after filling the vectors by hand).
  void index();
  // Approximate size of the blob in bytes.
  std::size_t blobSize() const;
};

// Parses `bytes` into `out`. An empty blob yields an empty model (rules only).
// Returns "bad_model" (leaving `out` unchanged) for a wrong magic, a version newer
// than kModelVersion, a truncated or corrupted blob, or a failing self-test.
Status loadModel(std::string_view bytes, Model& out);

// Serializes `model` into the blob format above (the inverse of loadModel).
std::string saveModel(const Model& model);

// Runs the model's self-test sentences; returns an error naming the first mismatch.
Status runSelfTests(const Model& model);

}  // namespace newslens::ner
