#include <doctest/doctest.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "newslens/builtin_model.h"
#include "newslens/ner/model.h"
#include "newslens/ner/tagger.h"
#include "newslens/ner/tags.h"

using namespace newslens::ner;

namespace {

// A tiny hand-made model: the word "Paris" pushes U-LOC, everything else O.
Model tinyModel() {
  Model m;
  m.hashSeed = 12345;
  m.empty = false;
  m.weightScale = 0.5f;
  m.transitions.assign((kTagCount + 1) * kTagCount, 0.0f);
  FeatureHasher hash(m.hashSeed);
  // Find the hash the "word" template gives "Paris" by comparing against a sentence's features.
  SentenceFeatures paris, other;
  KnownWords none;
  none.index();
  extractFeatures({"Paris"}, none, hash, paris);
  extractFeatures({"Lyon"}, none, hash, other);
  for (std::uint32_t h : paris.hashes) {
    bool shared = false;
    for (std::uint32_t o : other.hashes) shared = shared || o == h;
    if (shared) continue;
    m.featureKeys.push_back(h);
  }
  // Key order, as the blob stores rows; a second value and a zero row exercise the codes.
  std::sort(m.featureKeys.begin(), m.featureKeys.end());
  for (std::size_t row = 0; row < m.featureKeys.size(); ++row)
    for (int t = 0; t < kTagCount; ++t)
      m.weights.push_back(static_cast<std::int16_t>(t == makeTag(ConllType::LOC, Position::U) ? 20
                                                    : t == kOutside && row == 0               ? -3
                                                                                              : 0));
  m.knownWords.maxPhraseTokens = 2;
  m.knownWords.phraseKeys = {hashPhrase(hash, "new york")};
  m.knownWords.phraseBits = {1u << static_cast<int>(Gazetteer::City)};
  m.knownWords.wordKeys = {hashWord(hash, "the")};
  m.knownWords.wordCasing = {static_cast<std::uint8_t>(Casing::Lower)};
  m.typer.keys = {7u, 99u, 12345u};  // span typer rows (span_typer.h), key order
  m.typer.scale = 0.25f;
  for (int row = 0; row < 3; ++row)
    for (int t = 0; t < kNameTypeCount; ++t) m.typer.weights.push_back(static_cast<std::int8_t>(row * 10 - t));
  m.selfTests.push_back({"We saw Paris", "O O U-LOC"});
  m.index();
  return m;
}

std::string tagsOf(const Model& m, std::vector<std::string_view> words) {
  std::string out;
  for (Tag t : tagSentence(m, words).tags) out += (out.empty() ? "" : " ") + tagName(t);
  return out;
}

}  // namespace

TEST_CASE("model blob round trip keeps every part") {
  const Model m = tinyModel();
  REQUIRE(tagsOf(m, {"We", "saw", "Paris"}) == "O O U-LOC");
  const std::string blob = saveModel(m);
  Model loaded;
  const auto status = loadModel(blob, loaded);
  REQUIRE_MESSAGE(status.ok(), status.message);
  CHECK_FALSE(loaded.empty);
  CHECK(loaded.hashSeed == m.hashSeed);
  CHECK(loaded.weightScale == m.weightScale);
  CHECK(loaded.featureKeys == m.featureKeys);
  CHECK(loaded.weights == m.weights);
  CHECK(loaded.transitions == m.transitions);
  CHECK(loaded.knownWords.phraseKeys == m.knownWords.phraseKeys);
  CHECK(loaded.knownWords.wordCasing == m.knownWords.wordCasing);
  CHECK(loaded.typer.keys == m.typer.keys);
  CHECK(loaded.typer.weights == m.typer.weights);
  CHECK(loaded.typer.scale == m.typer.scale);
  CHECK(loaded.typer.index.find(99u) == 1);
  CHECK(loaded.selfTests.size() == 1);
  CHECK(tagsOf(loaded, {"Paris", "won"}) == "U-LOC O");
  CHECK(saveModel(loaded) == blob);
}

TEST_CASE("an empty blob is the rules-only model") {
  Model m = tinyModel();
  REQUIRE(loadModel("", m).ok());
  CHECK(m.empty);
  CHECK(tagsOf(m, {"Paris"}) == "O");
}

TEST_CASE("bad blobs are refused with bad_model and leave the model untouched") {
  const std::string blob = saveModel(tinyModel());
  auto refused = [](const std::string& bytes) {
    Model m;
    m.hashSeed = 99;
    const auto status = loadModel(bytes, m);
    CHECK(m.hashSeed == 99);
    return status.code == "bad_model" ? status.message : std::string("accepted");
  };
  std::string bad = blob;
  bad[0] = 'X';
  CHECK(refused(bad).find("magic") != std::string::npos);
  bad = blob;
  const std::uint32_t newer = kModelVersion + 1;
  std::memcpy(&bad[8], &newer, 4);
  CHECK(refused(bad).find("newer") != std::string::npos);
  bad = blob;
  const std::uint32_t older = 2;  // version 3 still loads (no span typer)
  std::memcpy(&bad[8], &older, 4);
  CHECK(refused(bad).find("no longer read") != std::string::npos);
  bad = blob;
  bad[blob.size() / 2] ^= 0x40;
  CHECK(refused(bad).find("checksum") != std::string::npos);
  // Every truncation is refused, never read past the end (ASan build checks the "never").
  for (std::size_t n = 1; n < blob.size(); ++n) CHECK(refused(blob.substr(0, n)) != "accepted");
  CHECK(refused("garbage that is long enough to have a header") != "accepted");
}

TEST_CASE("blobs corrupted behind a valid checksum are decoded safely or refused") {
  // The checksum catches accidents; this is the decoder's own bounds checking (the ASan
  // build checks that nothing reads out of bounds).
  const std::string blob = saveModel(tinyModel());
  auto withChecksum = [](std::string bytes) {
    std::uint32_t h = 2166136261u;
    for (std::size_t k = 0; k + 4 < bytes.size(); ++k) h = (h ^ static_cast<unsigned char>(bytes[k])) * 16777619u;
    std::memcpy(&bytes[bytes.size() - 4], &h, 4);
    return bytes;
  };
  REQUIRE(withChecksum(blob) == blob);
  int refused = 0;
  for (std::size_t pos = 12; pos + 4 < blob.size(); ++pos)
    for (unsigned char flip : {0x01, 0x80, 0xFF}) {
      std::string bad = blob;
      bad[pos] = static_cast<char>(static_cast<unsigned char>(bad[pos]) ^ flip);
      Model m;
      const auto status = loadModel(withChecksum(bad), m);
      CHECK((status.ok() || status.code == "bad_model"));
      refused += !status.ok();
    }
  CHECK(refused > 0);
}

TEST_CASE("keys, weights and knownWords survive the compact coding in any order") {
  Model m = tinyModel();
  // Unsorted keys, duplicates, extremes and many distinct weight values (two-byte codes).
  m.featureKeys = {0xFFFFFFFFu, 0u, 7u, 7u, 0x80000000u, 12345u};
  m.weights.assign(m.featureKeys.size() * kTagCount, 0);
  for (std::size_t k = 0; k < m.weights.size(); ++k)
    if (k % 3 != 1) m.weights[k] = static_cast<std::int16_t>(k * 97 % 601) - 300;
  m.weights[0] = -32768;
  m.weights[1] = 32767;
  m.knownWords.phraseKeys = {9u, 3u, 0xFFFFFFF0u};
  m.knownWords.phraseBits = {1, 2, 4};
  m.selfTests.clear();
  m.index();
  Model loaded;
  REQUIRE(loadModel(saveModel(m), loaded).ok());
  REQUIRE(loaded.featureKeys.size() == m.featureKeys.size());
  // Stored in key order (stable for duplicates): compare row by row through the sort.
  std::vector<std::size_t> order{1, 2, 3, 5, 4, 0};
  for (std::size_t r = 0; r < order.size(); ++r) {
    CHECK(loaded.featureKeys[r] == m.featureKeys[order[r]]);
    for (int t = 0; t < kTagCount; ++t) CHECK(loaded.weights[r * kTagCount + t] == m.weights[order[r] * kTagCount + t]);
  }
  CHECK(loaded.knownWords.phraseKeys == std::vector<std::uint32_t>{3u, 9u, 0xFFFFFFF0u});
  CHECK(loaded.knownWords.phraseBits == std::vector<std::uint16_t>{2, 1, 4});
}

TEST_CASE("a model whose self-test fails is refused") {
  Model m = tinyModel();
  m.selfTests[0].tags = "O O O";
  Model loaded;
  const auto status = loadModel(saveModel(m), loaded);
  CHECK(status.code == "bad_model");
  CHECK(status.message.find("self-test") != std::string::npos);
}

TEST_CASE("the shipped model loads and passes its self-tests") {
  Model m;
  const auto status = loadModel(newslens::builtinModel(), m);
  REQUIRE_MESSAGE(status.ok(), status.message);
  if (newslens::builtinModel().empty()) {
    MESSAGE("built without models/newslens-ner.bin");
    return;
  }
  CHECK_FALSE(m.empty);
  CHECK(m.selfTests.size() >= 1);
  CHECK(tagsOf(m, {"Angela", "Merkel", "visited", "Paris", "."}) == "B-PER L-PER O U-LOC O");
}
