#include "newslens/ner/word_rows.h"

#include <algorithm>

#include "newslens/lexicon/lexicon.h"
#include "newslens/ner/model.h"
#include "newslens/noinline.h"

namespace newslens::ner {
namespace {

// FNV-1a of the word's bytes and its line's casing: the slot hash (equal words are
// compared after, so a collision only costs a probe).
std::uint32_t wordHash(std::string_view word, bool capsLine) {
  std::uint32_t h = capsLine ? 0x811C9DC5u ^ 0x5Au : 0x811C9DC5u;
  for (unsigned char ch : word) h = (h ^ ch) * 16777619u;
  return h ^ (h >> 15);
}

// The slot hash of a shape hash, casing and line casing (WordRows::shapeRows()).
std::uint32_t shapeHash(std::uint32_t hShape, Casing casing, bool capsLine) {
  return (hShape ^ (static_cast<std::uint32_t>(casing) * 2u + (capsLine ? 1u : 0u))) * 0x9E3779B1u >> 16;
}

}  // namespace

void addWeightRows(const Model& model, const std::uint32_t* hashes, std::size_t count, std::int32_t* acc) {
  const std::int16_t* weights = model.weights.data();
  model.featureIndex.forEachFound(hashes, count, [weights, acc](std::int32_t row) {
    const std::int16_t* w = &weights[static_cast<std::size_t>(row) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) acc[t] += w[t];
  });
}

WordRows::WordRows(const Model& model, const WordRows* common)
    : model_(&model),
      common_(common),
      hasher_(model.hashSeed),
      edgeRows_(2 * kOffsets * kRowWidth, 0),
      slots_(64, 0),
      shapeSlots_(64, 0) {
  // Room for the distinct words of a long article (beyond the common table's): most
  // analyses then never move their entries and rows as they grow.
  entries_.reserve(kReserved);
  rows_.reserve(static_cast<std::size_t>(kReserved) * kOffsets * kRowWidth);
  for (bool capsLine : {false, true})
    fillRows(nullptr, capsLine, &edgeRows_[(capsLine ? kOffsets : 0) * kRowWidth], FeatureSet::All);
}

NEWSLENS_NOINLINE WordRows WordRows::commonWords(const Model& model) {
  // Punctuation our tokenizer and CoNLL's write, typographic forms too.
  static constexpr std::string_view kMarks[] = {",",
                                                ".",
                                                "\"",
                                                "'",
                                                "'s",
                                                "(",
                                                ")",
                                                ":",
                                                ";",
                                                "-",
                                                "--",
                                                "?",
                                                "!",
                                                "$",
                                                "%",
                                                "\xE2\x80\x9C",
                                                "\xE2\x80\x9D",
                                                "\xE2\x80\x99",
                                                "\xE2\x80\x98",
                                                "\xE2\x80\x94",
                                                "\xE2\x80\x93",
                                                "\xE2\x80\x99s"};
  const std::vector<std::string_view> newsWords = lexicon::commonNewsWords();
  WordRows table(model, nullptr);
  // Room for every word up front (~1,800, 7x what an analysis reserves): no entry, row or
  // slot is moved as the table grows (this runs at every start, in code V8 has not optimized).
  table.reserve(std::size(kMarks) + 2 * lexicon::stopWordCount() + newsWords.size());
  for (std::string_view mark : kMarks) table.entry(mark, false);
  std::string capitalised;
  for (std::size_t k = 0; k < lexicon::stopWordCount(); ++k) {
    const std::string_view word = lexicon::stopWord(k);
    table.entry(word, false);
    if (word[0] < 'a' || word[0] > 'z') continue;
    capitalised.assign(word);
    capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
    table.entry(capitalised, false);
  }
  // Then the commonest words of news prose, lower case (a capitalised one is mostly a
  // sentence's first word: rarer than the rest of the list together).
  for (std::string_view word : newsWords) table.entry(word, false);
  table.model_ = nullptr;
  table.edgeRows_.clear();
  table.shapes_.clear(), table.shapeRows_.clear(), table.shapeSlots_.clear();  // no word is made here again
  return table;
}

std::uint32_t WordRows::find(std::string_view word, bool capsLine, std::uint32_t hash, std::uint32_t& slot) const {
  const std::uint32_t mask = static_cast<std::uint32_t>(slots_.size() - 1);
  for (slot = hash & mask; slots_[slot] != 0; slot = (slot + 1) & mask) {
    const Entry& e = entries_[slots_[slot] - 1];
    if (e.hash == hash && e.capsLine == capsLine && e.word == word) return slots_[slot] - 1;
  }
  return kNone;
}

std::uint32_t WordRows::entry(std::string_view word, bool capsLine) {
  const std::uint32_t hash = wordHash(word, capsLine);
  std::uint32_t slot = 0;
  if (common_ && !common_->slots_.empty()) {
    const std::uint32_t shared = common_->find(word, capsLine, hash, slot);
    if (shared != kNone) return shared | kCommon;
  }
  const std::uint32_t own = find(word, capsLine, hash, slot);
  if (own != kNone) return own;
  const std::uint32_t made = add(word, capsLine, hash);
  if (made >= kCapacity) return made;
  slots_[slot] = made + 1;
  if (2 * (made + 1) > slots_.size()) rehash(2 * slots_.size());  // at most half the slots fill
  return made;
}

void WordRows::reserve(std::size_t words) {
  entries_.reserve(words);
  rows_.reserve(words * kOffsets * kRowWidth);
  std::size_t size = slots_.size();
  while (size < 2 * words) size <<= 1;  // entry()'s bound: at most half the slots fill
  if (size != slots_.size()) rehash(size);
}

void WordRows::rehash(std::size_t size) {
  slots_.assign(size, 0);
  const std::uint32_t mask = static_cast<std::uint32_t>(size - 1);
  for (std::uint32_t e = 0; e < entries_.size() && e < kCapacity; ++e) {
    std::uint32_t slot = entries_[e].hash & mask;
    while (slots_[slot] != 0) slot = (slot + 1) & mask;
    slots_[slot] = e + 1;
  }
}

std::uint32_t WordRows::add(std::string_view word, bool capsLine, std::uint32_t hash) {
  const std::uint32_t e = static_cast<std::uint32_t>(entries_.size());
  Entry& made = entries_.emplace_back();  // filled in place: no strings moved
  made.word.assign(word.data(), word.size());
  made.capsLine = capsLine;
  made.hash = hash;
  describeToken(word, capsLine, model_->knownWords, hasher_, made.info);
  const TokenInfo& info = made.info;
  const std::int32_t* shared = shapeRows(info, capsLine);
  rows_.insert(rows_.end(), shared, shared + kOffsets * kRowWidth);
  fillRows(&info, capsLine, &rows_[static_cast<std::size_t>(e) * kOffsets * kRowWidth], FeatureSet::Word);
  return e;
}

const std::int32_t* WordRows::shapeRows(const TokenInfo& info, bool capsLine) {
  // The features read hShape, not the shape: equal hashes are the same rows.
  const std::uint32_t mask = static_cast<std::uint32_t>(shapeSlots_.size() - 1);
  std::uint32_t slot = shapeHash(info.hShape, info.casing, capsLine) & mask;
  for (; shapeSlots_[slot] != 0; slot = (slot + 1) & mask) {
    const std::uint32_t k = shapeSlots_[slot] - 1;
    const Shape& s = shapes_[k];
    if (s.hShape == info.hShape && s.casing == info.casing && s.capsLine == capsLine)
      return &shapeRows_[static_cast<std::size_t>(k) * kOffsets * kRowWidth];
  }
  const std::uint32_t made = static_cast<std::uint32_t>(shapes_.size());
  shapes_.push_back(Shape{info.hShape, info.casing, capsLine});
  shapeRows_.resize(shapeRows_.size() + kOffsets * kRowWidth);
  std::int32_t* rows = &shapeRows_[static_cast<std::size_t>(made) * kOffsets * kRowWidth];
  fillRows(&info, capsLine, rows, FeatureSet::ShapeCasing);
  shapeSlots_[slot] = made + 1;
  if (2 * (made + 1) > shapeSlots_.size()) {  // at most half the slots fill
    shapeSlots_.assign(2 * shapeSlots_.size(), 0);
    const std::uint32_t wider = static_cast<std::uint32_t>(shapeSlots_.size() - 1);
    for (std::uint32_t k = 0; k < shapes_.size(); ++k) {
      const Shape& s = shapes_[k];
      std::uint32_t at = shapeHash(s.hShape, s.casing, s.capsLine) & wider;
      while (shapeSlots_[at] != 0) at = (at + 1) & wider;
      shapeSlots_[at] = k + 1;
    }
  }
  return rows;
}

// The kOffsets rows of one word (`info`; null: past the sentence's edge, which has no
// offset 0): the features of `set` added to what `rows` holds.
void WordRows::fillRows(const TokenInfo* info, bool capsLine, std::int32_t* rows, FeatureSet set) {
  for (int offset = -kMaxOffset; offset <= kMaxOffset; ++offset) {
    scratch_.clear();
    if (offset == 0 && info) addOwnFeatures(*info, capsLine, model_->knownWords, hasher_, scratch_, set);
    if (offset != 0) addNeighbourFeatures(info, offset, capsLine, model_->knownWords, hasher_, scratch_, set);
    addWeightRows(*model_, scratch_.data(), scratch_.size(), rows + (offset + kMaxOffset) * kRowWidth);
  }
}

void WordRows::endSentence() {
  if (entries_.size() <= kCapacity) return;
  entries_.erase(entries_.begin() + kCapacity, entries_.end());
  rows_.resize(static_cast<std::size_t>(kCapacity) * kOffsets * kRowWidth);
}

}  // namespace newslens::ner
