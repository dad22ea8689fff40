#pragma once
// Tagger features: sparse, hashed, computed per sentence from token texts alone
// (no POS tags), so training on CoNLL tokens and tagging our tokenizer's tokens
// see the same features. Two lexical resources travel inside the model:
//  - gazetteer phrases (lowercased token sequences → category bits), read from
//    name lists at training time; they only ever add features, never decide a type;
//  - a casing profile per lowercased word, counted on the training text without its
//    labels (mostly lower / mixed / Capitalized / ALLCAPS), which tells a headline's
//    "CHINA" or a sentence-initial "Police" what the word usually looks like.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/feature_hash.h"

namespace newslens::ner {

// Gazetteer categories (bit positions in KnownWords::phraseBits).
enum class Gazetteer : std::uint8_t {
  FirstName, LastName, Country, City, Nationality, Organization, FullName, Title, Water, Region,
};
inline constexpr int kGazetteerCount = 10;

// Casing profile classes (KnownWords::wordCasing); 0 = not seen often enough.
enum class Casing : std::uint8_t { Unknown, Lower, Mixed, Capitalized, AllCaps };

// What the model knows about words beyond its weights: the gazetteer phrases and
// the casing profile, both keyed by feature hash (built by tools/lib/gazetteers).
struct KnownWords {
  std::vector<std::uint32_t> phraseKeys;  // hashPhrase() of lowercased, space-joined tokens
  std::vector<std::uint16_t> phraseBits;  // 1 << Gazetteer
  std::vector<std::uint32_t> wordKeys;    // hashWord() of a lowercased token
  std::vector<std::uint8_t> wordCasing;   // Casing
  std::uint32_t maxPhraseTokens = 0;
  KeyIndex phraseIndex;  // rebuilt by index()
  KeyIndex wordIndex;

  // Builds the lookup indexes after the key vectors were filled or loaded.
  void index();
};

// Normalizes typography to what CoNLL's Reuters text uses (’ → ', “ ” → ", – — → --).
std::string normalizeToken(std::string_view token);

std::uint32_t hashPhrase(const FeatureHasher& hash, std::string_view lowercasedJoined);
std::uint32_t hashWord(const FeatureHasher& hash, std::string_view lowercased);

// Feature hashes of every token of one sentence: token i's features are
// hashes[begin[i], begin[i+1]).
struct SentenceFeatures {
  std::vector<std::uint32_t> hashes;
  std::vector<std::uint32_t> begin;
};

// Computes the features of the sentence `words` (raw token texts, in order).
void extractFeatures(const std::vector<std::string_view>& words, const KnownWords& knownWords,
                     const FeatureHasher& hash, SentenceFeatures& out);

// True when the sentence reads as an ALL-CAPS headline (most lettered tokens have no lower case).
bool isCapsLine(const std::vector<std::string>& normalizedWords);

}  // namespace newslens::ner

namespace newslens::ner {

// Gazetteer category bits of one phrase (its tokens' texts, as in the sentence), 0 if unlisted.
std::uint16_t phraseCategories(const KnownWords& knownWords, const FeatureHasher& hash,
                               const std::vector<std::string_view>& tokens);

}  // namespace newslens::ner
