#pragma once
// Non-local evidence for the tagger (Ratinov & Roth 2009's document context, taken
// from the text alone so it costs one pass and no second tagging): how the rest of the
// article writes each word. A sentence-initial "Pichette", a headline's "KANYE" or a
// capitalised "Police" at a sentence start reads differently when the same article
// writes it capitalised mid-sentence, next to another capitalised word ("Patrick
// Pichette"), or in lower case ("the police").

#include <cstdint>
#include <string_view>
#include <string>
#include <vector>

#include "newslens/ner/feature_hash.h"

namespace newslens::ner {

struct TokenInfo;

// Per word, counted over sentence-inside positions (not first in a sentence, not after
// a quote mark or colon, not in an ALL-CAPS line).
struct WordUse {
  std::uint32_t capitalized = 0;  // written with a capital first letter
  std::uint32_t lower = 0;        // written in lower case
  std::uint32_t inName = 0;       // capitalised beside another capitalised word
};

// The use a sentence-inside token `word` makes of its word, given the tokens before
// and after it (`next` empty at the sentence end); all texts after normalizeToken().
// All zero when the position is not counted (after a quote mark, colon or bracket).
WordUse useOf(std::string_view previous, std::string_view word, std::string_view next);

// What useOf() reads of one token text, as bits (writingOf()), so a caller may take
// them once per distinct word (TokenInfo::writing) rather than at every token.
enum Writing : std::uint8_t {
  kWrittenLower = 1,       // lower-case letters only, at least one
  kWrittenMixedCaps = 2,   // a capital first letter, then some lower case: "Pichette", not "CNN"
  kWrittenCapital = 4,     // a capital first letter
  kWrittenOpensQuote = 8,  // a quote mark, colon or bracket: what a quoted sentence starts after
};
std::uint8_t writingOf(std::string_view word);
// useOf() of tokens written `previous`, `word` and `next` (writingOf(), 0 for no next token).
WordUse useOfWritings(std::uint8_t previous, std::uint8_t word, std::uint8_t next);

class DocumentWords {
 public:
  DocumentWords() = default;
  // Counts every sentence of one document (each a list of token texts).
  DocumentWords(const std::vector<std::vector<std::string_view>>& sentences, const FeatureHasher& hash);

  // Counts one more sentence of the document: a caller that has the sentences one at
  // a time (recognize(), over a 16 MB text) never holds all their texts at once.
  void add(const std::vector<std::string_view>& sentence, const FeatureHasher& hash);

  // The same from what the tagger read of the sentence's tokens (features.h; `capsLine`
  // as isCapsLine() of it): their normalized forms and lowercased hashes. "US" and "UK"
  // are "U.S." and "U.K." there, which counts the same (no use: no lower case in either).
  void add(const std::vector<const TokenInfo*>& sentence, bool capsLine);

  // The uses of the word with lowercased-normalized hash `lowerHash` (FeatureHasher::part)
  // in the rest of the document: its counts minus `own`, the occurrence being tagged.
  WordUse elsewhere(std::uint32_t lowerHash, WordUse own) const;

  bool empty() const { return count_ == 0; }

 private:
  // Open addressing on the word's hash (already mixed, FeatureHasher::part): a slot
  // whose use counts no capitalised and no lower-case writing is empty, as only such
  // uses are counted.
  struct Slot {
    std::uint32_t lowerHash = 0;
    WordUse use;
  };
  WordUse& count(std::uint32_t lowerHash);
  std::vector<Slot> slots_;  // a power of two, at most half full
  std::size_t count_ = 0;    // words counted
};

}  // namespace newslens::ner
