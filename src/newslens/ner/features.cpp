#include "newslens/ner/features.h"

#include <algorithm>
#include <iterator>

#include "newslens/ner/document_words.h"
#include "newslens/ner/normal_lower.h"
#include "newslens/text/tokenizer.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// Feature templates. Append only: ids are baked into trained models.
enum Templ : std::uint8_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPrefix,
  kSuffix,
  kLowerAt,
  kWordAt,
  kShapeAt,
  kLowerBigramPrev,
  kLowerBigramNext,
  kShapeTrigram,
  kFirst,
  kFirstLower,
  kLast,
  kCasing,
  kCasingShape,
  kCasingFirst,
  kCasingAt,
  kGazetteer,
  kGazetteerShape,
  kGazetteerAt,
  kHyphenHead,
  kHyphenTail,
  kCapsLineLower,
  kCluster,
  kClusterCaps,
  kClusterAt,
  kDocUse,
  kDocUseCasing,
  kPhrase = 200,
  kCasingWord = 201,
  kClusterWord = 202,
};

bool hasLetter(std::string_view shape) { return shape.find_first_of("xX") != std::string_view::npos; }

// One step of a phrase hash over token hashes (hashPhrase() folds the same way).
std::uint32_t phraseStep(const FeatureHasher& hash, std::uint32_t h, std::uint32_t tokenHash) {
  return hash(kPhrase, h, tokenHash);
}

}  // namespace

void KnownWords::index() {
  phraseIndex = KeyIndex(phraseKeys);
  wordIndex = KeyIndex(wordKeys);
  clusterIndex = KeyIndex(clusterKeys);
}

// Most tokens are ASCII, which normalizeToken() leaves as they are: copied without decoding.
std::string normalizeToken(std::string_view token) {
  if (text::isAscii(token)) return std::string(token);  // constructed, not assigned: the cheaper copy
  std::string out;
  normalizeToken(token, out);
  return out;
}

void normalizeToken(std::string_view token, std::string& out) {
  if (text::isAscii(token)) {
    out.assign(token.data(), token.size());
    return;
  }
  out.clear();
  out.reserve(token.size());
  for (std::size_t pos = 0; pos < token.size();) {
    const text::DecodedChar c = text::decodeAt(token, pos);
    const std::string_view bytes = token.substr(pos, c.length);
    pos += c.length;
    switch (c.valid ? c.codePoint : 0) {
      case 0x2018:
      case 0x2019:
      case 0x201B:
      case 0x2032:
        out += '\'';
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x00AB:
      case 0x00BB:
      case 0x2033:
        out += '"';
        break;
      case 0x2013:
      case 0x2014:
      case 0x2015:
        out += "--";
        break;
      case 0x2010:
      case 0x2011:
        out += '-';
        break;
      case 0x2026:
        out += "...";
        break;
      default:
        out += bytes;
    }
  }
}

std::uint32_t hashPhrase(const FeatureHasher& hash, std::string_view lowercasedJoined) {
  std::uint32_t h = 0;
  for (std::size_t pos = 0; pos <= lowercasedJoined.size();) {
    std::size_t space = lowercasedJoined.find(' ', pos);
    if (space == std::string_view::npos) space = lowercasedJoined.size();
    h = phraseStep(hash, h, hash.part(lowercasedJoined.substr(pos, space - pos)));
    pos = space + 1;
  }
  return h;
}

std::uint32_t hashWord(const FeatureHasher& hash, std::string_view lowercased) {
  return hash(kCasingWord, hash.part(lowercased));
}

std::uint32_t clusterKey(const FeatureHasher& hash, std::string_view lowercased, int keyBits) {
  return hash(kClusterWord, hash.part(lowercased)) >> (32 - keyBits);
}

namespace {

// isCapsLine() over any sequence of words, by their texts `wordOf(item)`.
template <typename Items, typename WordOf>
bool capsLineOf(const Items& items, WordOf wordOf) {
  int lettered = 0, upperOnly = 0;
  for (const auto& item : items) {
    bool upper = false, lower = false;
    for (unsigned char ch : std::string_view(wordOf(item))) {
      if (ch >= 'a' && ch <= 'z')
        lower = true;
      else if (ch >= 'A' && ch <= 'Z')
        upper = true;
    }
    if (!upper && !lower) continue;
    ++lettered;
    if (!lower) ++upperOnly;
  }
  return lettered >= 2 && upperOnly * 5 >= lettered * 4;
}

}  // namespace

bool isCapsLine(const std::vector<std::string>& normalizedWords) {
  return capsLineOf(normalizedWords, [](const std::string& w) -> const std::string& { return w; });
}

bool isCapsLine(const std::vector<std::string_view>& words) {
  return capsLineOf(words, [](std::string_view w) { return w; });
}

TokenInfo describeToken(std::string_view word, bool capsLine, const KnownWords& knownWords, const FeatureHasher& hash) {
  TokenInfo t;
  describeToken(word, capsLine, knownWords, hash, t);
  return t;
}

void describeToken(std::string_view word, bool capsLine, const KnownWords& knownWords, const FeatureHasher& hash,
                   TokenInfo& t) {
  normalizeToken(word, t.norm);
  // Modern news writes "US" and "UK" where CoNLL's Reuters wrote "U.S." and "U.K."
  // (outside ALL-CAPS lines, where "US" may be the pronoun).
  const std::string_view norm = t.norm;  // compared as a view: a size test, not std::string::compare
  if (!capsLine && (norm == "US" || norm == "UK")) t.norm = norm == "US" ? "U.S." : "U.K.";
  t.writing = writingOf(t.norm);
  t.lower.clear();
  text::appendLowercase(t.lower, t.norm);
  t.shape = text::wordShape(t.norm);
  t.hNorm = hash.part(t.norm);
  t.hShape = hash.part(t.shape);
  t.hShapeHead = hash.part(std::string_view(t.shape).substr(0, 1));
  const std::string_view lower = t.lower;
  t.affixes = hasLetter(t.shape) ? static_cast<int>(std::min<std::size_t>(4, lower.size())) : 0;
  t.hLower = hash.partAndPrefixes(lower, t.hPrefix, t.affixes);  // the prefixes' hashes on the way
  for (int k = 1; k <= t.affixes; ++k) t.hSuffix[k - 1] = hash.part(lower.substr(lower.size() - k));
  std::fill(t.hPrefix + t.affixes, std::end(t.hPrefix), 0u);
  std::fill(t.hSuffix + t.affixes, std::end(t.hSuffix), 0u);
  const std::int32_t row = knownWords.wordIndex.find(hash(kCasingWord, t.hLower));
  t.casing = row >= 0 ? static_cast<Casing>(knownWords.wordCasing[row]) : Casing::Unknown;
  t.cluster = knownWords.clusterLevels
                  ? knownWords.clusterIndex.find(hash(kClusterWord, t.hLower) >> (32 - knownWords.clusterKeyBits))
                  : -1;
}

void markGazetteer(const std::vector<const TokenInfo*>& tokens, const KnownWords& knownWords, const FeatureHasher& hash,
                   std::vector<GazetteerMarks>& out) {
  const int n = static_cast<int>(tokens.size());
  out.assign(n, GazetteerMarks{});
  if (knownWords.maxPhraseTokens == 0 || knownWords.phraseIndex.empty()) return;
  const KeyIndex::Table phrases(knownWords.phraseIndex);  // its fields read once, not at every step
  const int longest = static_cast<int>(knownWords.maxPhraseTokens);
  // Every phrase match marks its tokens with B/I/L/U of its categories.
  for (int i = 0; i < n; ++i) {
    std::uint32_t h = 0;
    for (int len = 1; len <= longest && i + len <= n; ++len) {
      h = phraseStep(hash, h, tokens[i + len - 1]->hLower);
      const std::int32_t row = phrases.find(h);
      if (row < 0) continue;
      const std::uint16_t bits = knownWords.phraseBits[row];
      for (int k = i; k < i + len; ++k) {
        const int pos = len == 1 ? 3 : k == i ? 0 : k == i + len - 1 ? 2 : 1;
        out[k].at[pos] |= bits;
        out[k].any |= bits;
      }
    }
  }
}

namespace {

// Casing code of a token for the features (its Casing + 1; 9 past the sentence's edge).
std::uint32_t casingCode(const TokenInfo* t) { return t ? static_cast<std::uint32_t>(t->casing) + 1 : 9; }

// Cluster path prefix of a token at `level` (1 = coarsest), with the level in the top
// bits so prefixes of different lengths never collide; distinct codes for no cluster
// and for past the sentence's edge (`t` null).
std::uint32_t clusterPrefix(const KnownWords& knownWords, const TokenInfo* t, int level) {
  if (!t) return 0xFFFFFFF0u;
  if (t->cluster < 0) return 0xFFFFFFF1u;
  const std::uint32_t path = knownWords.clusterPaths[t->cluster];
  const int drop = (knownWords.clusterLevels - level) * knownWords.clusterBits;
  return (static_cast<std::uint32_t>(level) << 24) | (path >> drop);
}

// How the rest of the document writes token i's word, as one code: never elsewhere
// (0), only capitalised (1), only lower case (2), both, mostly capitalised (3) or
// mostly lower (4); times 2, plus 1 when it stands elsewhere beside a capitalised word.
std::uint32_t documentUse(const SentenceView& s, int i) {
  const int n = static_cast<int>(s.tokens.size());
  // The counts skip first tokens and ALL-CAPS lines: there this occurrence counted nothing.
  const WordUse own = i == 0 || s.capsLine ? WordUse{}
                                           : useOfWritings(s.tokens[i - 1]->writing, s.tokens[i]->writing,
                                                           i + 1 < n ? s.tokens[i + 1]->writing : 0);
  const WordUse rest = s.document->elsewhere(s.tokens[i]->hLower, own);
  std::uint32_t code = 0;
  if (rest.capitalized || rest.lower)
    code = !rest.lower ? 1 : !rest.capitalized ? 2 : rest.capitalized >= rest.lower ? 3 : 4;
  return code * 2 + (rest.inName > 0 ? 1 : 0);
}

// Token i's gazetteer features: its own categories by position, with its shape's
// head, and the categories of its neighbours. Only the categories marked on it or
// beside it add any: their bits are visited in ascending order, as a loop over all
// kGazetteerCount would push them.
void addGazetteerFeatures(const SentenceView& s, int i, const FeatureHasher& hash, std::vector<std::uint32_t>& h) {
  const int n = static_cast<int>(s.tokens.size());
  const GazetteerMarks& m = s.marks[i];
  const std::uint16_t before = i > 0 ? s.marks[i - 1].any : 0;
  const std::uint16_t after = i + 1 < n ? s.marks[i + 1].any : 0;
  for (unsigned bits = m.any | before | after; bits != 0; bits &= bits - 1) {
    const std::uint32_t g = static_cast<std::uint32_t>(__builtin_ctz(bits));
    const std::uint16_t bit = static_cast<std::uint16_t>(1u << g);
    for (std::uint32_t pos = 0; pos < 4; ++pos) {
      if (!(m.at[pos] & bit)) continue;
      h.push_back(hash(kGazetteer, g + 1, pos + 1));
      h.push_back(hash(kGazetteerShape, g + 1, pos + 1, s.tokens[i]->hShapeHead));
    }
    if (before & bit) h.push_back(hash(kGazetteerAt, -1 + 3u, g + 1));
    if (after & bit) h.push_back(hash(kGazetteerAt, 1 + 3u, g + 1));
  }
}

}  // namespace

void addOwnFeatures(const TokenInfo& t, bool capsLine, const KnownWords& knownWords, const FeatureHasher& hash,
                    std::vector<std::uint32_t>& h, FeatureSet set) {
  const bool shapes = set != FeatureSet::Word, words = set != FeatureSet::ShapeCasing;
  const std::uint32_t caps = capsLine ? 2 : 1;
  if (shapes) h.push_back(hash(kBias));
  if (words) {
    h.push_back(hash(kWord, t.hNorm));
    h.push_back(hash(kLower, t.hLower));
  }
  if (shapes) h.push_back(hash(kShape, t.hShape, caps));
  if (words)
    for (int k = 0; k < t.affixes; ++k) {
      h.push_back(hash(kPrefix, t.hPrefix[k]));
      h.push_back(hash(kSuffix, t.hSuffix[k]));
    }
  const std::uint32_t casing = casingCode(&t);
  if (shapes) {
    h.push_back(hash(kCasing, casing));
    h.push_back(hash(kCasingShape, casing, t.hShape, caps));
  }
  if (!words) return;
  if (capsLine) h.push_back(hash(kCapsLineLower, t.hLower));
  // The word's cluster at every granularity, the finest also with its capitalisation (a
  // capitalised word of a place cluster reads differently from a lowercase one).
  const int levels = knownWords.clusterLevels;
  for (int level = 1; level <= levels; ++level) {
    const std::uint32_t prefix = clusterPrefix(knownWords, &t, level);
    h.push_back(hash(kCluster, prefix));
    if (level == levels || t.cluster < 0) h.push_back(hash(kClusterCaps, prefix, t.hShapeHead));
    if (t.cluster < 0) break;  // one "no cluster" feature is enough
  }
  const std::string_view lower = t.lower;
  const std::size_t firstHyphen = lower.find('-');
  if (firstHyphen != std::string_view::npos && firstHyphen > 0 && lower.size() > firstHyphen + 1) {
    h.push_back(hash(kHyphenHead, hash.part(lower.substr(0, firstHyphen))));
    h.push_back(hash(kHyphenTail, hash.part(lower.substr(lower.rfind('-') + 1))));
  }
}

void addNeighbourFeatures(const TokenInfo* t, int offset, bool capsLine, const KnownWords& knownWords,
                          const FeatureHasher& hash, std::vector<std::uint32_t>& h, FeatureSet set) {
  const bool shapes = set != FeatureSet::Word, words = set != FeatureSet::ShapeCasing;
  const std::uint32_t caps = capsLine ? 2 : 1;
  const std::uint32_t off = static_cast<std::uint32_t>(offset + 3);
  const std::uint32_t edge = t ? 0 : hash.part(offset < 0 ? "<s>" : "</s>");  // read past the edge only
  if (words) h.push_back(hash(kLowerAt, off, t ? t->hLower : edge));
  if (shapes) {
    h.push_back(hash(kShapeAt, off, t ? t->hShape : edge, caps));
    h.push_back(hash(kCasingAt, off, casingCode(t)));
  }
  if ((offset != -1 && offset != 1) || !words) return;
  h.push_back(hash(kWordAt, off, t ? t->hNorm : edge));
  // The neighbours' finest clusters only (more levels there cost speed and gained nothing on dev).
  if (knownWords.clusterLevels)
    h.push_back(hash(kClusterAt, off, clusterPrefix(knownWords, t, knownWords.clusterLevels)));
}

namespace {

// The code of a casing (casingCode(), 1..5 for a token), first (1) or not (2) and line casing (caps 1 or 2).
int casingFirstCode(std::uint32_t casing, std::uint32_t first, std::uint32_t caps) {
  return static_cast<int>((casing - 1) * 4 + (first - 1) * 2 + (caps - 1));
}

}  // namespace

std::uint32_t casingFirstFeature(const FeatureHasher& hash, int code) {
  const std::uint32_t c = static_cast<std::uint32_t>(code);
  return hash(kCasingFirst, c / 4 + 1, c / 2 % 2 + 1, c % 2 + 1);
}

std::uint32_t docUseCasingFeature(const FeatureHasher& hash, int code) {
  const std::uint32_t c = static_cast<std::uint32_t>(code);
  return hash(kDocUseCasing, c / 5, c % 5 + 1);
}

void addContextFeatures(const SentenceView& s, int i, const FeatureHasher& hash, std::vector<std::uint32_t>& h,
                        CodedFeatures* coded) {
  const int n = static_cast<int>(s.tokens.size());
  const TokenInfo& t = *s.tokens[i];
  const std::uint32_t caps = s.capsLine ? 2 : 1;
  // The edges' hashes, read at the sentence's first and last tokens only.
  const std::uint32_t hStart = i > 0 ? 0 : hash.part("<s>"), hEnd = i + 1 < n ? 0 : hash.part("</s>");
  const std::uint32_t lowerBefore = i > 0 ? s.tokens[i - 1]->hLower : hStart;
  const std::uint32_t lowerAfter = i + 1 < n ? s.tokens[i + 1]->hLower : hEnd;
  h.push_back(hash(kLowerBigramPrev, lowerBefore, t.hLower));
  h.push_back(hash(kLowerBigramNext, t.hLower, lowerAfter));
  h.push_back(hash(kShapeTrigram, i > 0 ? s.tokens[i - 1]->hShape : hStart, t.hShape,
                   i + 1 < n ? s.tokens[i + 1]->hShape : hEnd));
  if (i == 0) {
    h.push_back(hash(kFirst, t.hShape, caps));
    h.push_back(hash(kFirstLower, t.hLower));
  }
  if (i == n - 1) h.push_back(hash(kLast, t.hShape));
  const std::uint32_t casing = casingCode(&t);
  static_assert(static_cast<int>(Casing::AllCaps) + 1 == 5, "a token's casing code is 1..5");
  if (coded)
    coded->casingFirst = casingFirstCode(casing, i == 0 ? 1 : 2, caps);
  else
    h.push_back(hash(kCasingFirst, casing, i == 0 ? 1 : 2, caps));
  const std::uint16_t near =
      static_cast<std::uint16_t>((i > 0 ? s.marks[i - 1].any : 0) | (i + 1 < n ? s.marks[i + 1].any : 0));
  if (s.marks[i].any | near) addGazetteerFeatures(s, i, hash, h);
  if (s.document && t.affixes > 0) {
    const std::uint32_t use = documentUse(s, i);
    h.push_back(hash(kDocUse, use, i == 0 ? 1 : s.capsLine ? 2 : 3, t.hShapeHead));
    if (coded)
      coded->docUseCasing = static_cast<int>(use * 5 + casing - 1);  // use: 0..9
    else
      h.push_back(hash(kDocUseCasing, use, casing));
  }
}

void extractFeatures(const std::vector<std::string_view>& words, const KnownWords& knownWords,
                     const FeatureHasher& hash, SentenceFeatures& out, const DocumentWords* document) {
  const int n = static_cast<int>(words.size());
  const bool capsLine = isCapsLine(words);
  std::vector<TokenInfo> info;
  info.reserve(n);
  for (std::string_view w : words) info.push_back(describeToken(w, capsLine, knownWords, hash));
  std::vector<const TokenInfo*> tokens;
  tokens.reserve(n);
  for (const TokenInfo& t : info) tokens.push_back(&t);
  std::vector<GazetteerMarks> marks;
  markGazetteer(tokens, knownWords, hash, marks);
  const SentenceView sentence{tokens, marks, capsLine, document};

  out.hashes.clear();
  out.hashes.reserve(static_cast<std::size_t>(n) * 40);  // ~32 features a token, a few more near gazetteer hits
  out.begin.assign(1, 0);
  out.begin.reserve(static_cast<std::size_t>(n) + 1);
  for (int i = 0; i < n; ++i) {
    addOwnFeatures(info[i], capsLine, knownWords, hash, out.hashes);
    for (int d : {-2, -1, 1, 2}) {
      const int j = i + d;
      addNeighbourFeatures(j >= 0 && j < n ? &info[j] : nullptr, d, capsLine, knownWords, hash, out.hashes);
    }
    addContextFeatures(sentence, i, hash, out.hashes);
    out.begin.push_back(static_cast<std::uint32_t>(out.hashes.size()));
  }
}

}  // namespace newslens::ner

namespace newslens::ner {

std::uint16_t phraseCategories(const KnownWords& knownWords, const FeatureHasher& hash,
                               const std::vector<std::string_view>& tokens) {
  std::string joined;
  return phraseCategories(knownWords, hash, tokens.data(), tokens.data() + tokens.size(), joined);
}

std::uint16_t phraseCategories(const KnownWords& knownWords, const FeatureHasher& hash, const std::string_view* first,
                               const std::string_view* last, std::string& joined) {
  const auto count = static_cast<std::size_t>(last - first);
  if (count == 0 || count > knownWords.maxPhraseTokens) return 0;
  joined.clear();
  for (const std::string_view* t = first; t != last; ++t) {
    if (!joined.empty()) joined += ' ';
    NormalLower::append(joined, *t);
  }
  return joinedPhraseCategories(knownWords, hash, joined, count);
}

std::uint16_t joinedPhraseCategories(const KnownWords& knownWords, const FeatureHasher& hash, std::string_view joined,
                                     std::size_t tokenCount) {
  if (tokenCount == 0 || tokenCount > knownWords.maxPhraseTokens) return 0;
  const std::int32_t row = knownWords.phraseIndex.find(hashPhrase(hash, joined));
  return row < 0 ? 0 : knownWords.phraseBits[row];
}

}  // namespace newslens::ner
