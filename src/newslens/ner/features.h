#pragma once
// Tagger features: sparse, hashed, computed per sentence from token texts alone
// (no POS tags), so training on CoNLL tokens and tagging our tokenizer's tokens
// see the same features. Two lexical resources travel inside the model:
//  - gazetteer phrases (lowercased token sequences → category bits), read from
//    name lists at training time; they only ever add features, never decide a type;
//  - a casing profile per lowercased word, counted on the training text without its
//    labels (mostly lower / mixed / Capitalized / ALLCAPS), which tells a headline's
//    "CHINA" or a sentence-initial "Police" what the word usually looks like;
//  - word clusters: a path of cluster ids, coarse to fine, per lowercased word, induced
//    from unlabelled text (newslens-clusters), so a name the labelled data never saw
//    still shares weights with the words it is used like ("tottenham" with "chelsea").

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/feature_hash.h"

namespace newslens::ner {

// Gazetteer categories (bit positions in KnownWords::phraseBits).
// The Wiki* categories come from the NLP4J gazetteer (Wikipedia titles, broad and noisy).
enum class Gazetteer : std::uint8_t {
  FirstName,
  LastName,
  Country,
  City,
  Nationality,
  Organization,
  FullName,
  Title,
  Water,
  Region,
  WikiPlace,
  WikiPerson,
  WikiOrganization,
  WikiWork,
  WikiProduct,
  WikiEvent,
};
inline constexpr int kGazetteerCount = 16;

// Casing profile classes (KnownWords::wordCasing); 0 = not seen often enough.
enum class Casing : std::uint8_t { Unknown, Lower, Mixed, Capitalized, AllCaps };

// What the model knows about words beyond its weights: the gazetteer phrases, the
// casing profile and the word clusters, keyed by feature hash (built by tools/lib/gazetteers).
struct KnownWords {
  std::vector<std::uint32_t> phraseKeys;  // hashPhrase() of lowercased, space-joined tokens
  std::vector<std::uint16_t> phraseBits;  // 1 << Gazetteer
  std::vector<std::uint32_t> wordKeys;    // hashWord() of a lowercased token
  std::vector<std::uint8_t> wordCasing;   // Casing
  std::uint32_t maxPhraseTokens = 0;
  std::vector<std::uint32_t> clusterKeys;   // clusterKey() of a lowercased word
  std::vector<std::uint16_t> clusterPaths;  // clusterLevels ids of clusterBits bits each, coarsest highest
  std::uint8_t clusterLevels = 0;           // 0: no clusters
  std::uint8_t clusterBits = 0;
  // Cluster keys keep the top clusterKeyBits bits of the hash: 24 bits cost a third of
  // 32 in the blob, and a word outside the table then finds a stray cluster about
  // size / 2^24 of the time (0.3 % at 50,000 words), which only adds a weak feature.
  std::uint8_t clusterKeyBits = 32;
  KeyIndex phraseIndex;  // rebuilt by index()
  KeyIndex wordIndex;
  KeyIndex clusterIndex;

  // Builds the lookup indexes after the key vectors were filled or loaded.
  void index();
};

// Normalizes typography to what CoNLL's Reuters text uses (’ → ', “ ” → ", – — → --).
std::string normalizeToken(std::string_view token);

std::uint32_t hashPhrase(const FeatureHasher& hash, std::string_view lowercasedJoined);
std::uint32_t hashWord(const FeatureHasher& hash, std::string_view lowercased);
// The cluster-table key of a lowercased word under `keyBits` (KnownWords::clusterKeyBits).
std::uint32_t clusterKey(const FeatureHasher& hash, std::string_view lowercased, int keyBits);

// Feature hashes of every token of one sentence: token i's features are
// hashes[begin[i], begin[i+1]).
struct SentenceFeatures {
  std::vector<std::uint32_t> hashes;
  std::vector<std::uint32_t> begin;
};

class DocumentWords;

// Computes the features of the sentence `words` (raw token texts, in order); with
// `document`, also how the rest of its document writes each word (document_words.h).
void extractFeatures(const std::vector<std::string_view>& words, const KnownWords& knownWords,
                     const FeatureHasher& hash, SentenceFeatures& out, const DocumentWords* document = nullptr);

// True when the sentence reads as an ALL-CAPS headline (most lettered tokens have no lower case).
bool isCapsLine(const std::vector<std::string>& normalizedWords);

}  // namespace newslens::ner

namespace newslens::ner {

// Gazetteer category bits of one phrase (its tokens' texts, as in the sentence), 0 if unlisted.
std::uint16_t phraseCategories(const KnownWords& knownWords, const FeatureHasher& hash,
                               const std::vector<std::string_view>& tokens);

}  // namespace newslens::ner
