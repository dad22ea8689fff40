#pragma once
// Per distinct word of one analysis, the summed weight rows of the tagger features
// that read that word alone (features.h: addOwnFeatures, addNeighbourFeatures), so a
// word written again costs a lookup instead of ~30 feature hashes and row fetches.
// A new word's rows start from those of its shape and casing (FeatureSet::ShapeCasing,
// a dozen features summed once per distinct shape, casing and line casing of the
// analysis), and add its own (FeatureSet::Word).
// The sums are integers (the model's int16 weights), so a token's score adds the same
// integers whatever the grouping: equal, bit for bit, to the sum over its features.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/feature_hash.h"
#include "newslens/ner/features.h"
#include "newslens/ner/tags.h"

namespace newslens::ner {

struct Model;

// Lanes of a summed row: kTagCount rounded up to whole 4-lane vectors (the padding stays 0).
inline constexpr int kRowWidth = (kTagCount + 3) / 4 * 4;

// Adds to `acc` (kRowWidth lanes) the weight rows of the features `hashes[0, count)`
// the model has; the others weigh nothing.
void addWeightRows(const Model& model, const std::uint32_t* hashes, std::size_t count, std::int32_t* acc);

class WordRows {
 public:
  // Offsets a row is read at: the word itself (0) and as the neighbour -2, -1, 1, 2 of the token scored.
  static constexpr int kMaxOffset = 2;

  // An empty table: finds nothing (a Model's common words before its index()).
  WordRows() = default;
  // Rows under `model` (which must outlive this), the edges' made now; the words of
  // `common` (optional: the model's commonWords) are read from there, not made again.
  WordRows(const Model& model, const WordRows* common);
  // The rows of the words most tokens of any English text are (stop words, capitalised
  // too, punctuation, and the 1,000 commonest lower-case words of news: lexicon::
  // commonNewsWords), in lines that are no ALL-CAPS line: made once per model, so no
  // document pays for its first "the" or "government". Read-only: it keeps no
  // reference to `model`.
  static WordRows commonWords(const Model& model);

  // The entry of the token text `word` in a sentence that is (`capsLine`) an ALL-CAPS
  // line or not; made on first sight. Entries past the capacity (a paste with more
  // distinct words than it) last until endSentence() only.
  std::uint32_t entry(std::string_view word, bool capsLine);
  // True for an entry of the common table (commonWords()) this one consults.
  static bool fromCommon(std::uint32_t e) { return (e & kCommon) != 0; }
  // True while entry `e` (made by entry() before) is still its word's: one of the common
  // table or made within the capacity (those past it go at endSentence()).
  bool holds(std::uint32_t e) const { return fromCommon(e) || e < std::min<std::size_t>(entries_.size(), kCapacity); }
  // What the features read of entry `e`'s word.
  const TokenInfo& info(std::uint32_t e) const {
    return e & kCommon ? common_->entries_[e & ~kCommon].info : entries_[e].info;
  }
  // Whether entry `e` (one holds()) was made for an ALL-CAPS line (entry()'s `capsLine`).
  bool capsLine(std::uint32_t e) const {
    return e & kCommon ? common_->entries_[e & ~kCommon].capsLine : entries_[e].capsLine;
  }
  // Summed weights (kRowWidth lanes) of the features the scored token reads of entry
  // `e` at `offset` (-2..2) from it.
  const std::int32_t* row(std::uint32_t e, int offset) const {
    const std::vector<std::int32_t>& rows = e & kCommon ? common_->rows_ : rows_;
    return &rows[(static_cast<std::size_t>(e & ~kCommon) * kOffsets + (offset + kMaxOffset)) * kRowWidth];
  }
  // The same for what lies past the sentence's edge at `offset` (not 0).
  const std::int32_t* edge(int offset, bool capsLine) const {
    return &edgeRows_[((capsLine ? kOffsets : 0) + (offset + kMaxOffset)) * kRowWidth];
  }
  // Drops the entries made past the capacity (their words are no longer looked up).
  void endSentence();

 private:
  static constexpr int kOffsets = 2 * kMaxOffset + 1;
  // Distinct words kept (≈400 bytes each): far more than an article has, and a bound
  // on what a 16 MB paste of distinct words can hold.
  static constexpr std::uint32_t kCapacity = 4096;
  static constexpr std::uint32_t kReserved = 256;        // entries reserved at construction (≈100 KB)
  static constexpr std::uint32_t kCommon = 0x80000000u;  // entry ids of the common table
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct Entry {
    std::string word;
    bool capsLine;
    std::uint32_t hash;
    TokenInfo info;
  };
  // A shape, casing and line casing whose ShapeCasing rows are made (they read no more of a word).
  struct Shape {
    std::uint32_t hShape;
    Casing casing;
    bool capsLine;
  };
  std::uint32_t find(std::string_view word, bool capsLine, std::uint32_t hash, std::uint32_t& slot) const;
  std::uint32_t add(std::string_view word, bool capsLine, std::uint32_t hash);
  // Room for `words` entries (made within the capacity): none of them then moves an entry, a row or the slots.
  void reserve(std::size_t words);
  void rehash(std::size_t size);
  void fillRows(const TokenInfo* info, bool capsLine, std::int32_t* rows, FeatureSet set);
  // The kOffsets ShapeCasing rows of `info`'s shape and casing in such a line; made on first sight.
  const std::int32_t* shapeRows(const TokenInfo& info, bool capsLine);

  const Model* model_ = nullptr;      // null in the read-only common table
  const WordRows* common_ = nullptr;  // consulted first
  FeatureHasher hasher_{0};
  std::vector<Entry> entries_;
  std::vector<std::int32_t> rows_;      // entries_.size() × kOffsets × kRowWidth
  std::vector<std::int32_t> edgeRows_;  // 2 (capsLine) × kOffsets × kRowWidth, offset 0 unused
  std::vector<std::uint32_t> slots_;    // open addressing: entry + 1, 0 empty; a power of two
  std::vector<std::uint32_t> scratch_;  // feature hashes of the row being summed
  std::vector<Shape> shapes_;
  std::vector<std::int32_t> shapeRows_;    // shapes_.size() × kOffsets × kRowWidth
  std::vector<std::uint32_t> shapeSlots_;  // open addressing: shape + 1, 0 empty; a power of two
};

}  // namespace newslens::ner
