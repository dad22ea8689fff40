#include "newslens/ner/features.h"

#include <algorithm>

#include "newslens/text/tokenizer.h"
#include "newslens/text/utf8.h"

namespace newslens::ner {
namespace {

// Feature templates. Append only: ids are baked into trained models.
enum Templ : std::uint8_t {
  kBias = 1, kWord, kLower, kShape, kPrefix, kSuffix, kLowerAt, kWordAt, kShapeAt, kLowerBigramPrev,
  kLowerBigramNext, kShapeTrigram, kFirst, kFirstLower, kLast, kCasing, kCasingShape, kCasingFirst,
  kCasingAt, kGazetteer, kGazetteerShape, kGazetteerAt, kHyphenHead, kHyphenTail, kCapsLineLower,
  kPhrase = 200, kCasingWord = 201,
};

struct TokenInfo {
  std::string norm, lower, shape;
  Casing casing = Casing::Unknown;
  std::uint16_t gazetteer[4] = {0, 0, 0, 0};  // category bits by position B, I, L, U
  std::uint16_t gazetteerAny = 0;
};

bool hasLetter(std::string_view shape) {
  return shape.find_first_of("xX") != std::string_view::npos;
}

char posCode(int pos) { return "BILU"[pos]; }

}  // namespace

void Lexicons::index() {
  phraseIndex = KeyIndex(phraseKeys);
  wordIndex = KeyIndex(wordKeys);
}

std::string normalizeToken(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (std::size_t pos = 0; pos < token.size();) {
    const text::DecodedChar c = text::decodeAt(token, pos);
    const std::string_view bytes = token.substr(pos, c.length);
    pos += c.length;
    switch (c.valid ? c.codePoint : 0) {
      case 0x2018: case 0x2019: case 0x201B: case 0x2032: out += '\''; break;
      case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB: case 0x2033: out += '"'; break;
      case 0x2013: case 0x2014: case 0x2015: out += "--"; break;
      case 0x2010: case 0x2011: out += '-'; break;
      case 0x2026: out += "..."; break;
      default: out += bytes;
    }
  }
  return out;
}

std::uint32_t hashPhrase(const FeatureHasher& hash, std::string_view lowercasedJoined) {
  return hash(kPhrase, lowercasedJoined);
}

std::uint32_t hashWord(const FeatureHasher& hash, std::string_view lowercased) {
  return hash(kCasingWord, lowercased);
}

bool isCapsLine(const std::vector<std::string>& normalizedWords) {
  int lettered = 0, upperOnly = 0;
  for (const std::string& w : normalizedWords) {
    bool upper = false, lower = false;
    for (unsigned char ch : w) {
      if (ch >= 'a' && ch <= 'z') lower = true;
      else if (ch >= 'A' && ch <= 'Z') upper = true;
    }
    if (!upper && !lower) continue;
    ++lettered;
    if (!lower) ++upperOnly;
  }
  return lettered >= 2 && upperOnly * 5 >= lettered * 4;
}

void extractFeatures(const std::vector<std::string_view>& words, const Lexicons& lexicons,
                     const FeatureHasher& hash, SentenceFeatures& out) {
  const int n = static_cast<int>(words.size());
  std::vector<TokenInfo> info(n);
  std::vector<std::string> norms(n);
  for (int i = 0; i < n; ++i) {
    TokenInfo& t = info[i];
    t.norm = normalizeToken(words[i]);
    t.lower = text::lowercase(t.norm);
    t.shape = text::wordShape(t.norm);
    const std::int32_t row = lexicons.wordIndex.find(hashWord(hash, t.lower));
    if (row >= 0) t.casing = static_cast<Casing>(lexicons.wordCasing[row]);
    norms[i] = t.norm;
  }
  // Gazetteer phrases: every match marks its tokens with B/I/L/U of its categories.
  if (lexicons.maxPhraseTokens > 0) {
    std::string joined;
    for (int i = 0; i < n; ++i) {
      joined.clear();
      for (int len = 1; len <= static_cast<int>(lexicons.maxPhraseTokens) && i + len <= n; ++len) {
        if (len > 1) joined += ' ';
        joined += info[i + len - 1].lower;
        const std::int32_t row = lexicons.phraseIndex.find(hashPhrase(hash, joined));
        if (row < 0) continue;
        const std::uint16_t bits = lexicons.phraseBits[row];
        for (int k = i; k < i + len; ++k) {
          const int pos = len == 1 ? 3 : k == i ? 0 : k == i + len - 1 ? 2 : 1;
          info[k].gazetteer[pos] |= bits;
          info[k].gazetteerAny |= bits;
        }
      }
    }
  }
  const bool capsLine = isCapsLine(norms);
  // Modern news writes "US" and "UK" where CoNLL's Reuters wrote "U.S." and "U.K."
  // (outside ALL-CAPS lines, where "US" may be the pronoun).
  if (!capsLine)
    for (TokenInfo& t : info)
      if (t.norm == "US" || t.norm == "UK") {
        t.norm = t.norm == "US" ? "U.S." : "U.K.";
        t.lower = text::lowercase(t.norm);
        t.shape = text::wordShape(t.norm);
      }
  const std::string_view caps = capsLine ? "C" : "c";
  static const std::string kStart = "<s>", kEnd = "</s>";
  auto lowerAt = [&](int j) -> std::string_view { return j < 0 ? kStart : j >= n ? kEnd : info[j].lower; };
  auto wordAt = [&](int j) -> std::string_view { return j < 0 ? kStart : j >= n ? kEnd : info[j].norm; };
  auto shapeAt = [&](int j) -> std::string_view { return j < 0 ? kStart : j >= n ? kEnd : info[j].shape; };
  auto casingAt = [&](int j) -> std::string_view {
    static const char* const kNames[] = {"?", "l", "m", "C", "A"};
    return j < 0 || j >= n ? "_" : kNames[static_cast<int>(info[j].casing)];
  };
  static const char* const kOffsets[] = {"-2", "-1", "0", "+1", "+2"};

  out.hashes.clear();
  out.begin.assign(1, 0);
  auto& h = out.hashes;
  for (int i = 0; i < n; ++i) {
    const TokenInfo& t = info[i];
    const std::string_view lower = t.lower;
    h.push_back(hash(kBias));
    h.push_back(hash(kWord, t.norm));
    h.push_back(hash(kLower, lower));
    h.push_back(hash(kShape, t.shape, caps));
    if (hasLetter(t.shape)) {
      for (std::size_t k = 1; k <= 4 && k <= lower.size(); ++k) {
        h.push_back(hash(kPrefix, lower.substr(0, k)));
        h.push_back(hash(kSuffix, lower.substr(lower.size() - k)));
      }
    }
    for (int d = -2; d <= 2; ++d) {
      if (d == 0) continue;
      const std::string_view off = kOffsets[d + 2];
      h.push_back(hash(kLowerAt, off, lowerAt(i + d)));
      h.push_back(hash(kShapeAt, off, shapeAt(i + d), caps));
      h.push_back(hash(kCasingAt, off, casingAt(i + d)));
      if (d == -1 || d == 1) h.push_back(hash(kWordAt, off, wordAt(i + d)));
    }
    h.push_back(hash(kLowerBigramPrev, lowerAt(i - 1), lower));
    h.push_back(hash(kLowerBigramNext, lower, lowerAt(i + 1)));
    h.push_back(hash(kShapeTrigram, shapeAt(i - 1), t.shape, shapeAt(i + 1)));
    if (i == 0) {
      h.push_back(hash(kFirst, t.shape, caps));
      h.push_back(hash(kFirstLower, lower));
    }
    if (i == n - 1) h.push_back(hash(kLast, t.shape));
    const std::string_view casing = casingAt(i);
    h.push_back(hash(kCasing, casing));
    h.push_back(hash(kCasingShape, casing, t.shape, caps));
    h.push_back(hash(kCasingFirst, casing, i == 0 ? "1" : "0", caps));
    if (capsLine) h.push_back(hash(kCapsLineLower, lower));
    for (int g = 0; g < kGazetteerCount; ++g) {
      const std::uint16_t bit = static_cast<std::uint16_t>(1u << g);
      const char cat[2] = {static_cast<char>('a' + g), 0};
      for (int pos = 0; pos < 4; ++pos) {
        if (!(t.gazetteer[pos] & bit)) continue;
        const char p[2] = {posCode(pos), 0};
        h.push_back(hash(kGazetteer, cat, p));
        h.push_back(hash(kGazetteerShape, cat, p, t.shape.substr(0, 1)));
      }
      for (int d : {-1, 1}) {
        const int j = i + d;
        if (j >= 0 && j < n && (info[j].gazetteerAny & bit)) h.push_back(hash(kGazetteerAt, kOffsets[d + 2], cat));
      }
    }
    const std::size_t firstHyphen = lower.find('-');
    if (firstHyphen != std::string_view::npos && firstHyphen > 0 && lower.size() > firstHyphen + 1) {
      h.push_back(hash(kHyphenHead, lower.substr(0, firstHyphen)));
      h.push_back(hash(kHyphenTail, lower.substr(lower.rfind('-') + 1)));
    }
    out.begin.push_back(static_cast<std::uint32_t>(h.size()));
  }
}

}  // namespace newslens::ner

namespace newslens::ner {

std::uint16_t phraseCategories(const Lexicons& lexicons, const FeatureHasher& hash,
                               const std::vector<std::string_view>& tokens) {
  if (tokens.empty() || tokens.size() > lexicons.maxPhraseTokens) return 0;
  std::string joined;
  for (std::string_view t : tokens) {
    if (!joined.empty()) joined += ' ';
    joined += text::lowercase(normalizeToken(t));
  }
  const std::int32_t row = lexicons.phraseIndex.find(hashPhrase(hash, joined));
  return row < 0 ? 0 : lexicons.phraseBits[row];
}

}  // namespace newslens::ner
