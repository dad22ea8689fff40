#pragma once
// UTF-8 decoding and the character classes the tokenizer needs. Decoding never
// fails: an invalid or truncated sequence yields one byte as U+FFFD, so every
// byte of the input belongs to exactly one decoded unit and nothing is lost.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newslens::text {

struct DecodedChar {
  char32_t codePoint = 0;
  std::uint8_t length = 1;  // bytes consumed, 1..4
  bool valid = true;
};

// decodeAt() of a byte >= 0x80 (a multi-byte sequence, or an invalid one).
DecodedChar decodeMultiByte(std::string_view text, std::size_t pos);

// Decodes the code point starting at byte `pos` (pos < text.size()). ASCII, most of
// any text, is answered inline: the scanners ask for nearly every character.
inline DecodedChar decodeAt(std::string_view text, std::size_t pos) {
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return {b, 1, true};
  return decodeMultiByte(text, pos);
}

// Number of UTF-16 code units the bytes [pos, pos+length) stand for in a JS
// string: 2 for code points above U+FFFF, else 1 (invalid bytes count 1 each,
// as TextDecoder replaces each with U+FFFD).
inline std::uint32_t utf16Units(const DecodedChar& c) { return c.valid && c.codePoint > 0xFFFF ? 2 : 1; }

// The end of the run of ASCII bytes (< 0x80) that starts at `pos`: the position of the
// first byte >= 0x80 at or after `pos`, or text.size(). Eight bytes a step, for the
// scanners whose ASCII stretches need no decoding.
std::size_t asciiRunEnd(std::string_view text, std::size_t pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void appendUtf8(std::string& out, char32_t cp);

enum class CharClass : std::uint8_t {
  Space,        // whitespace and invisible separators
  Newline,      // \n, \r, U+2028, U+2029, U+0085
  Letter,       // any script's letters, CJK ideographs
  Digit,        // ASCII digits (other scripts' digits count as letters)
  Mark,         // combining marks, ZWJ/ZWNJ, variation selectors: attach to what precedes
  Apostrophe,   // ' and ’
  Hyphen,       // - and U+2010/U+2011 (word-inner hyphens)
  Dash,         // – — and other dashes that separate
  Quote,        // " “ ” „ « » ‘ ‚ ‹ ›
  SentenceEnd,  // . ! ? … and CJK/Arabic/Devanagari terminators
  Punct,        // other punctuation
  Symbol,       // currency, math, %, &, @, #
  Emoji,        // pictographs, regional indicators, skin tones
  Control,      // C0/C1 controls other than whitespace, NUL
};

// classify() of each ASCII code point, for scanners that look up a byte below 0x80
// without a call (the tokenizer's every character).
extern const std::array<CharClass, 128> kAsciiClasses;
// classify() of a code point >= 0x80.
CharClass classifyNonAscii(char32_t cp);
// The class of `cp`; ASCII is a table lookup, inline.
inline CharClass classify(char32_t cp) { return cp < 0x80 ? kAsciiClasses[cp] : classifyNonAscii(cp); }

bool isUpper(char32_t cp);  // uppercase or titlecase letter (Latin, Greek, Cyrillic)
char32_t toLower(char32_t cp);

// Lowercases Latin, Latin-1, Greek and Cyrillic letters; other bytes are copied.
std::string lowercase(std::string_view utf8);
// The same, appended to `out` (many words into one buffer without a string each).
void appendLowercase(std::string& out, std::string_view utf8);
// The same in place: every mapping of toLower keeps a character's UTF-8 length
// (ASCII to ASCII, two bytes to two), so the bytes keep their offsets.
void lowercaseInPlace(char* bytes, std::size_t size);

// A word lowercased (lowercase()) on the stack when it is short, as nearly every word
// is, else in a string: for the rules that lowercase one word at a time where no
// lowered text is at hand. Not copyable: view() may point into the object itself.
class LowerWord {
 public:
  explicit LowerWord(std::string_view word);
  LowerWord(const LowerWord&) = delete;
  LowerWord& operator=(const LowerWord&) = delete;
  std::string_view view() const { return view_; }

 private:
  char small_[32];
  std::string large_;
  std::string_view view_;
};

// True when the UTF-8 word starts with a lowercase letter of a cased script
// (Latin, Greek, Cyrillic). CJK and other uncased scripts are never "lowercase".
bool startsLowercase(std::string_view word);

// True when the UTF-8 word starts with an uppercase letter (Latin, Greek, Cyrillic).
bool startsUppercase(std::string_view word);

// True when the word starts with an ASCII capital, A-Z: how the tagger's rules read a
// capitalised word (the features were trained on Reuters' ASCII capitals).
inline bool isAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool isAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool startsAsciiCapital(std::string_view word) { return !word.empty() && isAsciiUpper(word[0]); }
// True when every byte of `word` is ASCII: the common case the token helpers copy or
// lower without decoding.
inline bool isAscii(std::string_view word) {
  for (const char c : word)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}
// True when the word holds an ASCII lower-case letter (an acronym, "PTSD", holds none).
inline bool hasAsciiLower(std::string_view word) {
  for (const char c : word)
    if (isAsciiLower(c)) return true;
  return false;
}

}  // namespace newslens::text
