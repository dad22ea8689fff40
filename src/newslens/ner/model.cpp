#include "newslens/ner/model.h"

#include <cstring>

#include "newslens/ner/tagger.h"
#include "newslens/ner/tags.h"

namespace newslens::ner {
namespace {

constexpr char kMagic[8] = {'N', 'L', 'N', 'E', 'R', 'M', 'D', 'L'};

std::uint32_t fnv1a(std::string_view bytes) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : bytes) h = (h ^ c) * 16777619u;
  return h;
}

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

Status bad(const std::string& why) { return Status::error("bad_model", "tagger model: " + why); }

}  // namespace

void Model::index() {
  featureIndex = KeyIndex(featureKeys);
  lexicons.index();
}

std::size_t Model::blobSize() const {
  return featureKeys.size() * 4 + weights.size() * 2 + lexicons.phraseKeys.size() * 6 +
         lexicons.wordKeys.size() * 5 + transitions.size() * 4;
}

std::string saveModel(const Model& model) {
  Writer w;
  w.bytes().append(kMagic, sizeof(kMagic));
  w.put<std::uint32_t>(kModelVersion);
  w.put<std::uint32_t>(model.hashSeed);
  w.put<std::uint32_t>(kTagCount);
  for (int t = 0; t < kTagCount; ++t) {
    const std::string name = tagName(static_cast<Tag>(t));
    w.put<std::uint8_t>(static_cast<std::uint8_t>(name.size()));
    w.bytes().append(name);
  }
  w.put<std::uint32_t>(static_cast<std::uint32_t>(model.featureKeys.size()));
  w.put<float>(model.weightScale);
  w.putArray(model.featureKeys);
  w.putArray(model.weights);
  w.putArray(model.transitions);
  w.put<std::uint32_t>(model.lexicons.maxPhraseTokens);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(model.lexicons.phraseKeys.size()));
  w.putArray(model.lexicons.phraseKeys);
  w.putArray(model.lexicons.phraseBits);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(model.lexicons.wordKeys.size()));
  w.putArray(model.lexicons.wordKeys);
  w.putArray(model.lexicons.wordCasing);
  w.put<std::uint32_t>(static_cast<std::uint32_t>(model.selfTests.size()));
  for (const SelfTest& test : model.selfTests) {
    w.putString(test.tokens);
    w.putString(test.tags);
  }
  w.put<std::uint32_t>(fnv1a(w.bytes()));
  return std::move(w.bytes());
}

// Versions:
//   1 — first format: BILOU × {PER, ORG, LOC, MISC}, int16 weights with one scale,
//       gazetteer phrases and casing lexicon, self-test sentences, FNV-1a checksum.
Status loadModel(std::string_view bytes, Model& out) {
  if (bytes.empty()) {
    out = Model{};
    return Status::success();
  }
  if (bytes.size() < sizeof(kMagic) + 8 || std::memcmp(bytes.data(), kMagic, sizeof(kMagic)) != 0)
    return bad("not a NewsLens NER model (bad magic)");
  Reader r(bytes.substr(0, bytes.size() - 4));
  r.take(sizeof(kMagic));
  const std::uint32_t version = r.get<std::uint32_t>();
  if (version == 0 || version > kModelVersion)
    return bad("format version " + std::to_string(version) + " is newer than this build reads (" +
               std::to_string(kModelVersion) + ")");
  std::uint32_t stored = 0;
  std::memcpy(&stored, bytes.data() + bytes.size() - 4, 4);
  if (stored != fnv1a(bytes.substr(0, bytes.size() - 4))) return bad("checksum mismatch (truncated or corrupted)");

  Model m;
  m.hashSeed = r.get<std::uint32_t>();
  const std::uint32_t tagCount = r.get<std::uint32_t>();
  if (!r.ok() || tagCount != kTagCount) return bad("unexpected label set size");
  for (int t = 0; t < kTagCount; ++t) {
    const std::uint8_t length = r.get<std::uint8_t>();
    const std::size_t start = r.position();
    if (!r.take(length) || bytes.substr(start, length) != tagName(static_cast<Tag>(t)))
      return bad("unexpected label set");
  }
  const std::uint32_t rows = r.get<std::uint32_t>();
  m.weightScale = r.get<float>();
  r.getArray(m.featureKeys, rows);
  if (r.ok() && rows > (bytes.size() / 2) / kTagCount) return bad("truncated weights");
  r.getArray(m.weights, rows * kTagCount);
  r.getArray(m.transitions, (kTagCount + 1) * kTagCount);
  m.lexicons.maxPhraseTokens = r.get<std::uint32_t>();
  const std::uint32_t phrases = r.get<std::uint32_t>();
  r.getArray(m.lexicons.phraseKeys, phrases);
  r.getArray(m.lexicons.phraseBits, phrases);
  const std::uint32_t words = r.get<std::uint32_t>();
  r.getArray(m.lexicons.wordKeys, words);
  r.getArray(m.lexicons.wordCasing, words);
  const std::uint32_t tests = r.get<std::uint32_t>();
  if (!r.ok() || tests > 64 || m.lexicons.maxPhraseTokens > 16) return bad("truncated or inconsistent sizes");
  for (std::uint32_t k = 0; k < tests && r.ok(); ++k) {
    SelfTest test;
    test.tokens = r.getString(4096);
    test.tags = r.getString(4096);
    m.selfTests.push_back(std::move(test));
  }
  if (!r.ok()) return bad("truncated");
  for (std::uint8_t casing : m.lexicons.wordCasing)
    if (casing > static_cast<std::uint8_t>(Casing::AllCaps)) return bad("bad casing class");
  m.empty = false;
  m.index();
  if (Status status = runSelfTests(m); !status.ok()) return status;
  out = std::move(m);
  return Status::success();
}

Status runSelfTests(const Model& model) {
  for (const SelfTest& test : model.selfTests) {
    std::vector<std::string_view> words;
    for (std::size_t pos = 0; pos < test.tokens.size();) {
      std::size_t space = test.tokens.find(' ', pos);
      if (space == std::string::npos) space = test.tokens.size();
      words.push_back(std::string_view(test.tokens).substr(pos, space - pos));
      pos = space + 1;
    }
    std::string got;
    for (Tag tag : tagSentence(model, words).tags) got += (got.empty() ? "" : " ") + tagName(tag);
    if (got != test.tags) return bad("self-test failed on \"" + test.tokens + "\"");
  }
  return Status::success();
}

}  // namespace newslens::ner
