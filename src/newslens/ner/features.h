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
// The same into `out` (replaced), which keeps its capacity.
void normalizeToken(std::string_view token, std::string& out);

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
// Token i's features are its own, then its neighbours' (offsets -2, -1, 1, 2), then its
// context's, as the three add*Features() below give them.
void extractFeatures(const std::vector<std::string_view>& words, const KnownWords& knownWords,
                     const FeatureHasher& hash, SentenceFeatures& out, const DocumentWords* document = nullptr);

// What the features read of one token: functions of its text and of whether its
// sentence is an ALL-CAPS line, and nothing else (so a tagger may compute them once
// per distinct word, tagger.h's WordRows).
struct TokenInfo {
  std::string norm;  // normalizeToken(), "US" -> "U.S." outside ALL-CAPS lines
  std::string lower, shape;
  std::uint32_t hNorm = 0, hLower = 0, hShape = 0, hShapeHead = 0;
  std::uint32_t hPrefix[4] = {}, hSuffix[4] = {};
  int affixes = 0;  // how many of hPrefix/hSuffix are set (0 for tokens without letters)
  Casing casing = Casing::Unknown;
  std::int32_t cluster = -1;  // row in KnownWords::clusterPaths, -1 if the word has none
  std::uint8_t writing = 0;   // document_words.h writingOf(norm)
};

// The gazetteer phrases covering one token of a sentence.
struct GazetteerMarks {
  std::uint16_t at[4] = {0, 0, 0, 0};  // category bits by position B, I, L, U
  std::uint16_t any = 0;
};

// One sentence as the context features read it: its tokens (in order, non-null), their
// gazetteer marks, whether it is an ALL-CAPS line, and its document (may be null).
struct SentenceView {
  const std::vector<const TokenInfo*>& tokens;
  const std::vector<GazetteerMarks>& marks;
  bool capsLine;
  const DocumentWords* document;
};

// True when the sentence of token texts `words` reads as an ALL-CAPS line (normalizeToken()
// changes no letter, so raw texts answer as their normalized forms do).
bool isCapsLine(const std::vector<std::string_view>& words);

// The token info of the token text `word` in a sentence that is (`capsLine`) an ALL-CAPS line or not.
TokenInfo describeToken(std::string_view word, bool capsLine, const KnownWords& knownWords, const FeatureHasher& hash);
// The same into `out` (every field replaced): a tagger's entry filled in place, no TokenInfo moved.
void describeToken(std::string_view word, bool capsLine, const KnownWords& knownWords, const FeatureHasher& hash,
                   TokenInfo& out);

// The gazetteer marks of each token of a sentence (tokens as in SentenceView).
void markGazetteer(const std::vector<const TokenInfo*>& tokens, const KnownWords& knownWords, const FeatureHasher& hash,
                   std::vector<GazetteerMarks>& out);

// Which of a token's own and neighbour features to append: all of them, or one of the
// two halves a tagger sums apart (word_rows.h). ShapeCasing: those that read nothing of
// the token but its shape hash (hShape), its casing and the line's (the bias, the
// shape, the casing and their pairs), the same for every word of that shape and casing;
// Word: the others. The two together are All, in another order.
enum class FeatureSet : std::uint8_t { All, ShapeCasing, Word };

// Appends the features (of `set`) of a token that read the token alone (its offset 0).
void addOwnFeatures(const TokenInfo& token, bool capsLine, const KnownWords& knownWords, const FeatureHasher& hash,
                    std::vector<std::uint32_t>& out, FeatureSet set = FeatureSet::All);

// Appends the features (of `set`) a token reads of its neighbour at `offset` (-2, -1, 1
// or 2), `neighbour` null past the sentence's edge (then All only).
void addNeighbourFeatures(const TokenInfo* neighbour, int offset, bool capsLine, const KnownWords& knownWords,
                          const FeatureHasher& hash, std::vector<std::uint32_t>& out, FeatureSet set = FeatureSet::All);

// Two of a token's context features read nothing but small codes (its casing with its
// place and the line's casing; its casing with its document's use of the word): a
// tagger may sum their rows once per code. Their codes, -1 where the feature is absent.
struct CodedFeatures {
  int casingFirst = -1;   // in [0, kCasingFirstCodes)
  int docUseCasing = -1;  // in [0, kDocUseCasingCodes)
};
inline constexpr int kCasingFirstCodes = 5 * 2 * 2;  // casing × first or not × ALL-CAPS line or not
inline constexpr int kDocUseCasingCodes = 10 * 5;    // document use × casing
// The hashes of those features by their codes.
std::uint32_t casingFirstFeature(const FeatureHasher& hash, int code);
std::uint32_t docUseCasingFeature(const FeatureHasher& hash, int code);

// Appends the rest of token i's features: those joining it to its neighbours, its place
// in the sentence, the gazetteer phrases around it and its document. With `coded`, the
// two CodedFeatures are not appended but their codes stored there.
void addContextFeatures(const SentenceView& sentence, int i, const FeatureHasher& hash, std::vector<std::uint32_t>& out,
                        CodedFeatures* coded = nullptr);

// True when the sentence reads as an ALL-CAPS headline (most lettered tokens have no lower case).
bool isCapsLine(const std::vector<std::string>& normalizedWords);

}  // namespace newslens::ner

namespace newslens::ner {

// Gazetteer category bits of one phrase (its tokens' texts, as in the sentence), 0 if unlisted.
std::uint16_t phraseCategories(const KnownWords& knownWords, const FeatureHasher& hash,
                               const std::vector<std::string_view>& tokens);
// The same for tokens [first, last), joined in `joined` (replaced; a caller asking about
// many phrases reuses it, so no string and no vector per phrase).
std::uint16_t phraseCategories(const KnownWords& knownWords, const FeatureHasher& hash, const std::string_view* first,
                               const std::string_view* last, std::string& joined);
// The same for a phrase its caller has already lowered: `joined` is the NormalLower form
// of each of its `tokenCount` tokens (lowercase(normalizeToken(token))), a space after
// each non-empty prefix, as phraseCategories() joins them.
std::uint16_t joinedPhraseCategories(const KnownWords& knownWords, const FeatureHasher& hash, std::string_view joined,
                                     std::size_t tokenCount);

// True when the category bits `bits` (phraseCategories()) hold `g`.
constexpr bool hasCategory(std::uint16_t bits, Gazetteer g) { return (bits >> static_cast<int>(g)) & 1u; }

// True when they hold a listed country, city or region: the lists that name a place.
constexpr bool hasPlaceCategory(std::uint16_t bits) {
  return hasCategory(bits, Gazetteer::Country) || hasCategory(bits, Gazetteer::City) ||
         hasCategory(bits, Gazetteer::Region);
}

}  // namespace newslens::ner
