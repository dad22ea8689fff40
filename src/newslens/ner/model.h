#pragma once
// NER model: the tagger's quantized weights, transition scores, known words (gazetteer and casing profile)
// and self-test sentences, read from / written to one versioned, checksummed blob.
//
// Blob layout (little-endian), version 4:
//   "NLNERMDL"  u32 version  u32 hashSeed  u32 tagCount, tagCount × (u8 len, name)
//   u32 rows  f32 weightScale  u32 levels  levels × i16 level (distinct nonzero weights, ascending)
//   keys(rows)  rows × 17-bit tag mask (bit t: tag t's weight is nonzero) as 3 byte planes:
//     byte 0 of every row's mask, then byte 1, then byte 2
//   one code per set mask bit, row by row: u8 (u16 if levels > 256), an index into the levels
//   (tagCount + 1) × tagCount × f32 transition (last row = sentence start)
//   u32 maxPhraseTokens  u32 phrases  keys(phrases)  phrases × u16 bits
//   u32 words  keys(words)  words × u8 casing
//   u8 clusterLevels  u8 clusterBits  u8 clusterKeyBits  u32 clusters  keys(clusters)  clusters × u16 path (byte
//   planes: high, low) u32 typerRows  f32 typerScale  keys(typerRows)  kNameTypeCount byte planes of typerRows × i8
//   weight
//     (the span typer, span_typer.h: every row's PERSON weight, then every row's NORP weight, …)
//   u32 selfTests, each: u32 len + space-joined tokens, u32 len + space-joined tag names
//   u32 checksum (FNV-1a of every byte before it)
// keys(n): ascending 32-bit keys as a Rice code: u8 k, u32 byteLength, then for each key
//   its gap from the previous one (the first from 0): gap >> k in unary (1s closed by a 0),
//   then the low k bits, least significant bit first. Rows, phrases and words are stored in
//   key order. Loading decodes all of it into the plain vectors below.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/feature_hash.h"
#include "newslens/ner/features.h"
#include "newslens/ner/span_typer.h"
#include "newslens/ner/word_rows.h"
#include "newslens/status.h"

namespace newslens::ner {

inline constexpr std::uint32_t kModelVersion = 4;

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
  KnownWords knownWords;
  SpanTyper typer;  // OntoNotes type of each tagger span; empty: type_rules.h decides
  std::vector<SelfTest> selfTests;
  KeyIndex featureIndex;                     // featureKeys → row, built by index()
  std::vector<double> transitionPotentials;  // exp(transitions), built by index() (tagger.h)
  WordRows commonWords;                      // the rows of the commonest words, built by index()

  // Builds the lookup indexes (call after filling the vectors by hand).
  void index();
};

// Parses `bytes` into `out`. An empty blob yields an empty model (rules only).
// Returns "bad_model" (leaving `out` unchanged) for a wrong magic, a version newer
// than kModelVersion or older than 3 (3 loads without a span typer), a truncated or corrupted blob, or a failing
// self-test.
Status loadModel(std::string_view bytes, Model& out);

// Serializes `model` into the blob format above (the inverse of loadModel, up to the
// order of rows, phrases and words, which are stored sorted by key). Lossless: the
// trainer quantizes the weights to few distinct values before, which makes the blob small.
std::string saveModel(const Model& model);

// The space-joined tag names `model` gives the space-joined `tokens`: what a
// SelfTest stores in `tags` (the trainer records it, runSelfTests() compares it).
std::string selfTestTags(const Model& model, std::string_view tokens);

// Runs the model's self-test sentences; returns an error naming the first mismatch.
Status runSelfTests(const Model& model);

}  // namespace newslens::ner
