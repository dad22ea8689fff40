#include "newslens/ner/model.h"

#include <algorithm>
#include <cstring>

#include "newslens/ner/codec.h"
#include "newslens/ner/tagger.h"
#include "newslens/ner/tags.h"
#include "newslens/noinline.h"

namespace newslens::ner {
namespace {

using codec::fnv1a;
using codec::getKeys;
using codec::putKeys;
using codec::Reader;
using codec::Writer;

constexpr char kMagic[8] = {'N', 'L', 'N', 'E', 'R', 'M', 'D', 'L'};

// Indices that visit `keys` in ascending order (stable: equal keys keep their order).
std::vector<std::uint32_t> keyOrder(const std::vector<std::uint32_t>& keys) {
  std::vector<std::uint32_t> order(keys.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  return order;
}

template <typename T>
std::vector<T> permuted(const std::vector<T>& values, const std::vector<std::uint32_t>& order) {
  std::vector<T> out;
  out.reserve(order.size());
  for (std::uint32_t i : order) out.push_back(values[i]);
  return out;
}

constexpr int kMaskBytes = (kTagCount + 7) / 8;

Status bad(const std::string& why) { return Status::error("bad_model", "tagger model: " + why); }

}  // namespace

void Model::index() {
  featureIndex = KeyIndex(featureKeys);
  if (transitions.size() == static_cast<std::size_t>(kTagCount + 1) * kTagCount)
    transitionPotentials = ner::transitionPotentials(transitions.data());
  knownWords.index();
  typer.buildIndex();
  commonWords = empty ? WordRows() : WordRows::commonWords(*this);
}

namespace {

// Magic, version, hash seed and the label set.
void writeHeader(Writer& w, const Model& model) {
  w.bytes().append(kMagic, sizeof(kMagic));
  w.put<std::uint32_t>(kModelVersion);
  w.put<std::uint32_t>(model.hashSeed);
  w.put<std::uint32_t>(kTagCount);
  for (int t = 0; t < kTagCount; ++t) {
    const std::string name = tagName(static_cast<Tag>(t));
    w.put<std::uint8_t>(static_cast<std::uint8_t>(name.size()));
    w.bytes().append(name);
  }
}

// Weight rows in key order; each as a tag mask of its nonzero weights plus one
// code per nonzero weight, an index into the sorted list of distinct values; then
// the transitions.
void writeWeights(Writer& w, const Model& model) {
  const std::vector<std::uint32_t> rows = keyOrder(model.featureKeys);
  std::vector<std::int16_t> levels;
  for (std::int16_t v : model.weights)
    if (v != 0) levels.push_back(v);
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
  w.put<std::uint32_t>(static_cast<std::uint32_t>(rows.size()));
  w.put<float>(model.weightScale);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(levels.size()));
  w.putArray(levels);
  putKeys(w, permuted(model.featureKeys, rows));
  std::string masks, codes;
  const bool wideCodes = levels.size() > 256;
  for (std::uint32_t row : rows) {
    std::uint32_t mask = 0;
    for (int t = 0; t < kTagCount; ++t) {
      const std::int16_t v = model.weights[static_cast<std::size_t>(row) * kTagCount + t];
      if (v == 0) continue;
      mask |= 1u << t;
      const auto code = static_cast<std::uint16_t>(std::lower_bound(levels.begin(), levels.end(), v) - levels.begin());
      codes += static_cast<char>(code & 0xFF);
      if (wideCodes) codes += static_cast<char>(code >> 8);
    }
    masks.append(reinterpret_cast<const char*>(&mask), kMaskBytes);  // little-endian, as the blob
  }
  // Byte planes (byte 0 of every mask, then byte 1, …): each plane has its own
  // statistics, which gzip then models separately (about 10 % smaller).
  for (int b = 0; b < kMaskBytes; ++b)
    for (std::size_t row = 0; row < rows.size(); ++row) w.bytes() += masks[row * kMaskBytes + b];
  w.bytes().append(codes);
  w.putArray(model.transitions);
}

// Gazetteer phrases, the casing profile and the word clusters.
void writeKnownWords(Writer& w, const KnownWords& lex) {
  w.put<std::uint32_t>(lex.maxPhraseTokens);
  const std::vector<std::uint32_t> phrases = keyOrder(lex.phraseKeys);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(phrases.size()));
  putKeys(w, permuted(lex.phraseKeys, phrases));
  w.putArray(permuted(lex.phraseBits, phrases));
  const std::vector<std::uint32_t> words = keyOrder(lex.wordKeys);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(words.size()));
  putKeys(w, permuted(lex.wordKeys, words));
  w.putArray(permuted(lex.wordCasing, words));
  w.put<std::uint8_t>(lex.clusterLevels);
  w.put<std::uint8_t>(lex.clusterBits);
  w.put<std::uint8_t>(lex.clusterKeyBits);
  const std::vector<std::uint32_t> clusters = keyOrder(lex.clusterKeys);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(clusters.size()));
  putKeys(w, permuted(lex.clusterKeys, clusters));
  // Paths as two byte planes (high bytes, then low bytes), as the weight masks.
  for (int shift : {8, 0})
    for (std::uint32_t k : clusters) w.bytes() += static_cast<char>((lex.clusterPaths[k] >> shift) & 0xFF);
}

// The span typer (model.h): rows, scale, keys, then one byte plane of int8 weights per type.
void writeTyper(Writer& w, const SpanTyper& typer) {
  const std::vector<std::uint32_t> rows = keyOrder(typer.keys);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(rows.size()));
  w.put<float>(typer.scale);
  putKeys(w, permuted(typer.keys, rows));
  for (int t = 0; t < kNameTypeCount; ++t)
    for (std::uint32_t row : rows) w.bytes() += static_cast<char>(typer.weights[std::size_t{row} * kNameTypeCount + t]);
}

}  // namespace

std::string saveModel(const Model& model) {
  Writer w;
  writeHeader(w, model);
  writeWeights(w, model);
  writeKnownWords(w, model.knownWords);
  writeTyper(w, model.typer);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(model.selfTests.size()));
  for (const SelfTest& test : model.selfTests) {
    w.putString(test.tokens);
    w.putString(test.tags);
  }
  w.put<std::uint32_t>(fnv1a(w.bytes()));
  return std::move(w.bytes());
}

namespace {

// Magic, a version this build reads, and the checksum over everything before it.
Status checkEnvelope(std::string_view bytes) {
  if (bytes.size() < sizeof(kMagic) + 8 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return bad("not a NewsLens NER model (bad magic)");
  std::uint32_t version = 0;
  std::memcpy(&version, bytes.data() + sizeof(kMagic), 4);
  if (version == 0 || version > kModelVersion)
    return bad("format version " + std::to_string(version) + " is newer than this build reads (" +
               std::to_string(kModelVersion) + ")");
  if (version < 3)
    return bad("format version " + std::to_string(version) + " is no longer read (this build reads " +
               std::to_string(kModelVersion) + "; retrain with newslens-train)");
  std::uint32_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
  if (stored != fnv1a(bytes.substr(0, bytes.size() - 4))) return bad("checksum mismatch (truncated or corrupted)");
  return Status::success();
}

// The label set must be exactly this build's, in its order.
Status readLabels(Reader& r, std::string_view bytes, Model&) {
  const std::uint32_t tagCount = r.get<std::uint32_t>();
  if (!r.ok() || tagCount != kTagCount) return bad("unexpected label set size");
  for (int t = 0; t < kTagCount; ++t) {
    const std::uint8_t length = r.get<std::uint8_t>();
    const std::size_t start = r.position();
    if (!r.take(length) || bytes.substr(start, length) != tagName(static_cast<Tag>(t)))
      return bad("unexpected label set");
  }
  return Status::success();
}

// Each row's tag mask, read from its byte planes in the blob (no copy); `nonzero` counts
// the weights they hold.
Status readMasks(Reader& r, std::string_view bytes, std::uint32_t rows, std::vector<std::uint32_t>& rowMask,
                 std::size_t& nonzero) {
  if (rows > bytes.size() / kMaskBytes) return bad("truncated weights");
  const std::size_t start = r.position();
  if (!r.take(std::size_t{rows} * kMaskBytes)) return bad("truncated weights");
  const auto* planes = reinterpret_cast<const unsigned char*>(bytes.data() + start);
  nonzero = 0;
  rowMask.resize(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    std::uint32_t mask = 0;
    for (int b = 0; b < kMaskBytes; ++b) mask |= std::uint32_t{planes[b * std::size_t{rows} + row]} << (8 * b);
    if (mask >> kTagCount) return bad("bad weight mask");
    rowMask[row] = mask;
    nonzero += static_cast<std::size_t>(__builtin_popcount(mask));
  }
  return Status::success();
}

// Feature keys, sparse weight rows (masks + codes into the level table) and transitions.
// The codes are read in place and only the set mask bits visited: this runs at every
// start, before V8 has optimized anything.
Status readWeights(Reader& r, std::string_view bytes, Model& m) {
  const std::uint32_t rows = r.get<std::uint32_t>();
  m.weightScale = r.get<float>();
  const std::uint32_t levelCount = r.get<std::uint32_t>();
  std::vector<std::int16_t> levels;
  if (!r.ok() || levelCount > 65536) return bad("truncated or inconsistent weight table");
  r.getArray(levels, levelCount);
  if (!r.ok() || !getKeys(r, bytes, rows, m.featureKeys)) return bad("truncated or corrupted feature keys");
  std::vector<std::uint32_t> rowMask;
  std::size_t nonzero = 0;
  if (Status s = readMasks(r, bytes, rows, rowMask, nonzero); !s.ok()) return s;
  const int codeBytes = levelCount > 256 ? 2 : 1;
  if (!r.ok() || nonzero > bytes.size()) return bad("truncated weights");
  const std::size_t codesAt = r.position();
  if (!r.take(nonzero * codeBytes)) return bad("truncated weights");
  m.weights.assign(static_cast<std::size_t>(rows) * kTagCount, 0);
  const auto* code = reinterpret_cast<const unsigned char*>(bytes.data() + codesAt);
  const std::int16_t* level = levels.data();
  std::int16_t* weights = m.weights.data();
  for (std::size_t row = 0; row < rows; ++row, weights += kTagCount) {
    for (std::uint32_t mask = rowMask[row]; mask; mask &= mask - 1) {
      const std::uint32_t index = codeBytes == 1 ? code[0] : code[0] | (std::uint32_t{code[1]} << 8);
      code += codeBytes;
      if (index >= levelCount) return bad("bad weight code");
      weights[__builtin_ctz(mask)] = level[index];
    }
  }
  r.getArray(m.transitions, (kTagCount + 1) * kTagCount);
  return Status::success();
}

// Gazetteer phrases and the casing profile.
Status readKnownWords(Reader& r, std::string_view bytes, Model& m) {
  KnownWords& known = m.knownWords;
  known.maxPhraseTokens = r.get<std::uint32_t>();
  const std::uint32_t phrases = r.get<std::uint32_t>();
  if (!r.ok() || !getKeys(r, bytes, phrases, known.phraseKeys)) return bad("truncated or corrupted phrase keys");
  r.getArray(known.phraseBits, phrases);
  const std::uint32_t words = r.get<std::uint32_t>();
  if (!r.ok() || !getKeys(r, bytes, words, known.wordKeys)) return bad("truncated or corrupted word keys");
  r.getArray(known.wordCasing, words);
  return Status::success();
}

// The cluster section: u8 levels, u8 bits per level, u8 key bits, u32 count, keys(count), then the
// count u16 paths as a plane of high bytes and a plane of low bytes.
NEWSLENS_NOINLINE Status readClusters(Reader& r, std::string_view blob, Model& m) {
  KnownWords& lex = m.knownWords;
  lex.clusterLevels = r.get<std::uint8_t>();
  lex.clusterBits = r.get<std::uint8_t>();
  lex.clusterKeyBits = r.get<std::uint8_t>();
  const std::uint32_t count = r.get<std::uint32_t>();
  if (!r.ok() || lex.clusterLevels > 4 || lex.clusterKeyBits < 16 || lex.clusterKeyBits > 32 ||
      lex.clusterLevels * lex.clusterBits > 16 || (lex.clusterLevels == 0) != (count == 0) ||
      !getKeys(r, blob, count, lex.clusterKeys))
    return bad("truncated or corrupted word clusters");
  const std::size_t planesAt = r.position();
  if (!r.take(std::size_t{count} * 2)) return bad("truncated word clusters");
  const auto* high = reinterpret_cast<const unsigned char*>(blob.data() + planesAt);  // read in place
  const unsigned char* low = high + count;
  lex.clusterPaths.resize(count);
  std::uint16_t* path = lex.clusterPaths.data();
  const std::uint32_t limit = 1u << (lex.clusterLevels * lex.clusterBits);
  std::uint32_t widest = 0;  // checked once after: the loop stays branch-free
  for (std::uint32_t k = 0; k < count; ++k) {
    const std::uint32_t value = std::uint32_t{high[k]} << 8 | low[k];
    path[k] = static_cast<std::uint16_t>(value);
    widest = std::max(widest, value);
  }
  if (count && widest >= limit) return bad("bad word cluster path");
  return Status::success();
}

// The span typer (version 4 on; a version 3 blob has none).
Status readTyper(Reader& r, std::string_view blob, Model& m) {
  SpanTyper& typer = m.typer;
  const std::uint32_t rows = r.get<std::uint32_t>();
  typer.scale = r.get<float>();
  if (!r.ok() || rows > blob.size() || !getKeys(r, blob, rows, typer.keys)) return bad("truncated span typer");
  std::vector<std::int8_t> planes;
  r.getArray(planes, rows * kNameTypeCount);
  if (!r.ok()) return bad("truncated span typer weights");
  typer.weights.resize(planes.size());
  for (std::size_t row = 0; row < rows; ++row)
    for (int t = 0; t < kNameTypeCount; ++t)
      typer.weights[row * kNameTypeCount + t] = planes[t * std::size_t{rows} + row];
  return Status::success();
}

// The self-test sentences (run after loading), and the sizes checked as a whole.
Status readSelfTests(Reader& r, std::string_view, Model& m) {
  const std::uint32_t tests = r.get<std::uint32_t>();
  if (!r.ok() || tests > 64 || m.knownWords.maxPhraseTokens > 16) return bad("truncated or inconsistent sizes");
  for (std::uint32_t k = 0; k < tests && r.ok(); ++k) {
    SelfTest test;
    test.tokens = r.getString(4096);
    test.tags = r.getString(4096);
    m.selfTests.push_back(std::move(test));
  }
  if (!r.ok()) return bad("truncated");
  return Status::success();
}

}  // namespace

// Versions:
//   1 — first format: BILOU × {PER, ORG, LOC, MISC}, int16 weights with one scale,
//       gazetteer phrases and casing profile, self-test sentences, FNV-1a checksum.
//       No longer read (the model is built in, so no version 1 blob meets this code).
//   2 — compact: Rice-coded sorted keys, sparse rows (tag mask + codes into a table of
//       distinct weight values). Decoded at load into the same in-memory Model.
//   3 — adds the word-cluster table after the casing profile.
//   4 — adds the span typer (OntoNotes type per tagger span) after the clusters; a
//       version 3 blob still loads, without a typer (type_rules.h types its spans).
NEWSLENS_NOINLINE Status loadModel(std::string_view bytes, Model& out) {
  if (bytes.empty()) {
    out = Model{};
    return Status::success();
  }
  if (Status s = checkEnvelope(bytes); !s.ok()) return s;
  Reader r(bytes.substr(0, bytes.size() - 4));
  r.take(sizeof(kMagic));
  const std::uint32_t version = r.get<std::uint32_t>();  // checked above
  Model m;
  m.hashSeed = r.get<std::uint32_t>();
  for (const auto read : {readLabels, readWeights, readKnownWords, readClusters})
    if (Status s = read(r, bytes, m); !s.ok()) return s;
  if (version >= 4)
    if (Status s = readTyper(r, bytes, m); !s.ok()) return s;
  if (Status s = readSelfTests(r, bytes, m); !s.ok()) return s;
  if (r.position() != bytes.size() - 4) return bad("unexpected bytes after the self-tests");
  for (std::uint8_t casing : m.knownWords.wordCasing)
    if (casing > static_cast<std::uint8_t>(Casing::AllCaps)) return bad("bad casing class");
  m.empty = false;
  m.index();
  if (Status status = runSelfTests(m); !status.ok()) return status;
  out = std::move(m);
  return Status::success();
}

std::string selfTestTags(const Model& model, std::string_view tokens) {
  std::vector<std::string_view> words;
  for (std::size_t pos = 0; pos < tokens.size();) {
    std::size_t space = tokens.find(' ', pos);
    if (space == std::string_view::npos) space = tokens.size();
    words.push_back(tokens.substr(pos, space - pos));
    pos = space + 1;
  }
  std::string tags;
  for (Tag tag : tagSentence(model, words).tags) tags += (tags.empty() ? "" : " ") + tagName(tag);
  return tags;
}

Status runSelfTests(const Model& model) {
  for (const SelfTest& test : model.selfTests)
    if (selfTestTags(model, test.tokens) != test.tags) return bad("self-test failed on \"" + test.tokens + "\"");
  return Status::success();
}

}  // namespace newslens::ner
