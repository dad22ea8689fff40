#include "newslens/text/utf8.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace newslens::text {

DecodedChar decodeMultiByte(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char b0 = byte(pos);
  if (b0 < 0x80) return {b0, 1, true};
  const DecodedChar invalid{0xFFFD, 1, false};
  int length = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2;
    cp = b0 & 0x1F;
    minimum = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3;
    cp = b0 & 0x0F;
    minimum = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4;
    cp = b0 & 0x07;
    minimum = 0x10000;
  } else
    return invalid;
  if (pos + length > text.size()) return invalid;
  for (int i = 1; i < length; ++i) {
    const unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) return invalid;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms and out-of-range values are invalid. Surrogates (U+D800..DFFF)
  // are accepted: Embind encodes a lone surrogate of a JS string that way, and it
  // is one UTF-16 unit on the JS side.
  if (cp < minimum || cp > 0x10FFFF) return invalid;
  return {cp, static_cast<std::uint8_t>(length), true};
}

void appendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {
bool inRange(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }
}  // namespace

namespace {

// The class of an ASCII code point (cp < 0x80): the rule kAsciiClasses tabulates.
constexpr CharClass asciiClassRule(char32_t cp) {
  if (cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C) return CharClass::Newline;
  if (cp == ' ' || cp == '\t') return CharClass::Space;
  if (cp < 0x20 || cp == 0x7F) return CharClass::Control;
  if (cp >= '0' && cp <= '9') return CharClass::Digit;
  if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::Letter;
  switch (cp) {
    case '\'':
      return CharClass::Apostrophe;
    case '-':
      return CharClass::Hyphen;
    case '"':
      return CharClass::Quote;
    case '.':
    case '!':
    case '?':
      return CharClass::SentenceEnd;
    case '$':
    case '%':
    case '&':
    case '@':
    case '#':
    case '+':
    case '=':
    case '<':
    case '>':
    case '^':
    case '|':
    case '~':
    case '*':
    case '`':
      return CharClass::Symbol;
    default:
      return CharClass::Punct;
  }
}

constexpr std::array<CharClass, 128> asciiClassTable() {
  std::array<CharClass, 128> table{};
  for (char32_t cp = 0; cp < 128; ++cp) table[cp] = asciiClassRule(cp);
  return table;
}

}  // namespace

const std::array<CharClass, 128> kAsciiClasses = asciiClassTable();

CharClass classifyNonAscii(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses[cp];  // only reached through a direct call
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return CharClass::Newline;
  if (cp < 0xA0) return CharClass::Control;
  if (cp == 0xA0 || cp == 0x1680 || inRange(cp, 0x2000, 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
      cp == 0xFEFF || cp == 0x200E || cp == 0x200F || inRange(cp, 0x202A, 0x202E) || inRange(cp, 0x2060, 0x2064) ||
      inRange(cp, 0x2066, 0x2069) || cp == 0xAD)
    return CharClass::Space;
  if (cp == 0x200C || cp == 0x200D || inRange(cp, 0x0300, 0x036F) || inRange(cp, 0x0483, 0x0489) ||
      inRange(cp, 0x0591, 0x05BD) || inRange(cp, 0x0610, 0x061A) || inRange(cp, 0x064B, 0x065F) ||
      inRange(cp, 0x0900, 0x0903) || inRange(cp, 0x093A, 0x094F) || inRange(cp, 0x1AB0, 0x1AFF) ||
      inRange(cp, 0x1DC0, 0x1DFF) || inRange(cp, 0x20D0, 0x20FF) || inRange(cp, 0xFE00, 0xFE0F) ||
      inRange(cp, 0xFE20, 0xFE2F) || inRange(cp, 0x1F3FB, 0x1F3FF) || inRange(cp, 0xE0020, 0xE007F) ||
      inRange(cp, 0xE0100, 0xE01EF))
    return CharClass::Mark;
  if (cp == 0x2019 || cp == 0x02BC) return CharClass::Apostrophe;
  if (cp == 0x2010 || cp == 0x2011) return CharClass::Hyphen;
  if (inRange(cp, 0x2012, 0x2015) || cp == 0x2E3A || cp == 0x2E3B || cp == 0x2212) return CharClass::Dash;
  if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB || cp == 0xBB || cp == 0x2018 ||
      cp == 0x201A || cp == 0x201B || cp == 0x2039 || cp == 0x203A || inRange(cp, 0x300C, 0x300F) || cp == 0xFF02)
    return CharClass::Quote;
  if (cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E || cp == 0x061F || cp == 0x06D4 ||
      cp == 0x0964 || cp == 0x0965 || cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049)
    return CharClass::SentenceEnd;
  if (inRange(cp, 0x1F000, 0x1FAFF) || inRange(cp, 0x2600, 0x27BF) || inRange(cp, 0x2B00, 0x2BFF) ||
      inRange(cp, 0x1F1E6, 0x1F1FF) || cp == 0x2764 || cp == 0x231A || cp == 0x231B || cp == 0x23F0 || cp == 0x2B50)
    return CharClass::Emoji;
  if (inRange(cp, 0x20A0, 0x20CF) || inRange(cp, 0xA2, 0xA5) || cp == 0xA9 || cp == 0xAE || cp == 0xB0 || cp == 0xB1 ||
      cp == 0xD7 || cp == 0xF7 || inRange(cp, 0x2100, 0x214F) || inRange(cp, 0x2190, 0x23FF) ||
      inRange(cp, 0x2500, 0x25FF) || cp == 0xA7 || cp == 0xB6 || cp == 0x2030)
    return CharClass::Symbol;
  if (inRange(cp, 0xA1, 0xBF) || inRange(cp, 0x2016, 0x2027) || inRange(cp, 0x2030, 0x205E) ||
      inRange(cp, 0x2E00, 0x2E7F) || inRange(cp, 0x3001, 0x3003) || inRange(cp, 0x3008, 0x3011) ||
      inRange(cp, 0x3014, 0x301F) || inRange(cp, 0xFF01, 0xFF0F) || inRange(cp, 0xFF1A, 0xFF20) || cp == 0x060C ||
      cp == 0x061B || cp == 0x05BE || cp == 0x05C0 || cp == 0x05C3 || cp == 0x05F3 || cp == 0x05F4 ||
      inRange(cp, 0xFE10, 0xFE1F) || inRange(cp, 0xFE30, 0xFE4F))
    return CharClass::Punct;
  if (inRange(cp, 0xE000, 0xF8FF) || inRange(cp, 0xFFF0, 0xFFFF) || inRange(cp, 0xD800, 0xDFFF))
    return CharClass::Control;
  return CharClass::Letter;
}

bool isUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (inRange(cp, 0xC0, 0xDE)) return cp != 0xD7;
  if (inRange(cp, 0x100, 0x17F)) return (cp & 1) == 0 && cp != 0x138;  // Latin Extended-A pairs
  if (inRange(cp, 0x391, 0x3AB)) return true;                          // Greek
  if (inRange(cp, 0x400, 0x42F)) return true;                          // Cyrillic
  return false;
}

char32_t toLower(char32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  if (inRange(cp, 0xC0, 0xDE) && cp != 0xD7) return cp + 32;
  if (inRange(cp, 0x100, 0x17F) && (cp & 1) == 0 && cp != 0x138) return cp + 1;
  if (inRange(cp, 0x391, 0x3AB)) return cp + 32;
  if (inRange(cp, 0x410, 0x42F)) return cp + 32;
  if (inRange(cp, 0x400, 0x40F)) return cp + 80;
  return cp;
}

namespace {

// Lowers the 8 bytes at `p` when all are ASCII (false, untouched, otherwise), a word at
// a time: a byte's high bit, after adding a bias, says whether it is >= 'A' and whether
// it is > 'Z'; no sum carries into the next byte, as every byte is below 0x80.
bool lowerAsciiWord(char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  constexpr std::uint64_t kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  if (w & kHigh) return false;
  const std::uint64_t atLeastA = w + kOnes * (0x80 - 'A');
  const std::uint64_t aboveZ = w + kOnes * (0x7F - 'Z');
  const std::uint64_t upper = atLeastA & ~aboveZ & kHigh;
  w |= upper >> 2;  // 0x80 >> 2 == 0x20, the case bit
  std::memcpy(p, &w, 8);
  return true;
}

}  // namespace

std::size_t asciiRunEnd(std::string_view text, std::size_t pos) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  for (; pos + 8 <= text.size(); pos += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + pos, 8);
    if (w & kHigh) break;
  }
  while (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) ++pos;
  return pos;
}

void lowercaseInPlace(char* bytes, std::size_t size) {
  // Most text is ASCII: its capitals lowered through a raw pointer (a char store may
  // alias a string's own fields, which would make the compiler reload them on every
  // byte); a non-ASCII byte goes through the decoder. toLower maps ASCII to ASCII and
  // two-byte letters to two-byte letters, so each character is rewritten where it is.
  const std::string_view view(bytes, size);
  for (std::size_t pos = 0; pos < size;) {
    if (pos + 8 <= size && lowerAsciiWord(bytes + pos)) {
      pos += 8;
      continue;
    }
    const unsigned char b = static_cast<unsigned char>(bytes[pos]);
    if (b < 0x80) {
      if (b >= 'A' && b <= 'Z') bytes[pos] = static_cast<char>(b + 32);
      ++pos;
      continue;
    }
    const DecodedChar c = decodeAt(view, pos);
    const char32_t lower = c.valid ? toLower(c.codePoint) : c.codePoint;
    if (lower != c.codePoint && c.length == 2 && lower >= 0x80 && lower < 0x800) {
      bytes[pos] = static_cast<char>(0xC0 | (lower >> 6));
      bytes[pos + 1] = static_cast<char>(0x80 | (lower & 0x3F));
    }
    pos += c.length;
  }
}

void appendLowercase(std::string& out, std::string_view utf8) {
  const std::size_t base = out.size();
  out.append(utf8.data(), utf8.size());  // a copy, not resize()'s zero fill and then a copy
  lowercaseInPlace(out.data() + base, utf8.size());
}

LowerWord::LowerWord(std::string_view word) {
  char* bytes = small_;
  if (word.size() > sizeof small_) {
    large_.assign(word.data(), word.size());
    bytes = large_.data();
    lowercaseInPlace(bytes, word.size());
  } else {
    // A short word's ASCII prefix (nearly always all of it) is lowered as it is copied;
    // the rest starts at a character boundary, so lowering it alone lowers it the same.
    std::size_t i = 0;
    for (; i < word.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(word[i]);
      if (c >= 0x80) break;
      small_[i] = static_cast<char>(isAsciiUpper(static_cast<char>(c)) ? c + 32 : c);
    }
    if (i < word.size()) {
      std::copy(word.begin() + static_cast<std::ptrdiff_t>(i), word.end(), small_ + i);
      lowercaseInPlace(small_ + i, word.size() - i);
    }
  }
  view_ = std::string_view(bytes, word.size());
}

std::string lowercase(std::string_view utf8) {
  std::string out;
  appendLowercase(out, utf8);
  return out;
}

namespace {
char32_t firstCodePoint(std::string_view word) {
  if (word.empty()) return 0;
  const DecodedChar c = decodeAt(word, 0);
  return c.valid ? c.codePoint : 0;
}
bool isCasedLetter(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
         (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7) || (cp >= 0x391 && cp <= 0x3CE) ||
         (cp >= 0x400 && cp <= 0x45F);
}
}  // namespace

bool startsLowercase(std::string_view word) {
  // An ASCII first byte, as nearly every word has: the rule below says a-z, without decoding.
  if (!word.empty() && static_cast<unsigned char>(word[0]) < 0x80) return isAsciiLower(word[0]);
  const char32_t cp = firstCodePoint(word);
  return isCasedLetter(cp) && !isUpper(cp) && toLower(cp) == cp && cp != 0x138 &&
         !(cp >= 0x180 && cp < 0x250);  // Latin Extended-B case pairs are irregular: never call them lowercase
}

bool startsUppercase(std::string_view word) {
  if (!word.empty() && static_cast<unsigned char>(word[0]) < 0x80)
    return isAsciiUpper(word[0]);  // isUpper's ASCII answer
  return isUpper(firstCodePoint(word));
}

}  // namespace newslens::text
