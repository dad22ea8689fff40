#include "newslens/text/tokenizer.h"

#include <algorithm>
#include <array>

#include "newslens/growth.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/noinline.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::text {
namespace {

bool equalsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::vector<Token> tokens;
    bool newline = false;
    std::size_t pos = 0;
    while (pos < text_.size()) {
      if (text_[pos] == ' ') {  // the usual gap, without peek()
        ++pos;
        continue;
      }
      const Peek p = peek(pos);
      if (p.cls == CharClass::Space || p.cls == CharClass::Newline) {
        newline = newline || p.cls == CharClass::Newline;
        pos += p.c.length;
        continue;
      }
      Token token;
      token.start = static_cast<std::uint32_t>(pos);
      token.newlineBefore = newline;
      newline = false;
      pos = scanToken(pos, p.c, p.cls, token.kind);
      token.end = static_cast<std::uint32_t>(pos);
      // Every token holds at least one byte; a possessive splits one in two.
      makeRoom(tokens, pos, text_.size(), text_.size(), 2);
      splitPossessive(token, tokens);
    }
    releaseSpare(tokens);
    return tokens;
  }

 private:
  struct Peek {
    DecodedChar c;
    CharClass cls = CharClass::Control;
  };

  Peek peek(std::size_t pos) const {
    if (pos >= text_.size()) return {{0, 0, false}, CharClass::Space};
    const unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) return {{b, 1, true}, kAsciiClasses[b]};  // decodeAt's and classify's answer, without the calls
    const DecodedChar c = decodeAt(text_, pos);
    return {c, c.valid ? classify(c.codePoint) : CharClass::Control};
  }

  static bool isWordChar(CharClass cls) {
    return cls == CharClass::Letter || cls == CharClass::Digit || cls == CharClass::Mark;
  }

  std::size_t skipMarks(std::size_t pos) const {
    while (pos < text_.size()) {
      const Peek p = peek(pos);
      if (p.cls != CharClass::Mark) break;
      pos += p.c.length;
    }
    return pos;
  }

  std::size_t scanToken(std::size_t pos, const DecodedChar& first, CharClass cls, TokenKind& kind) {
    if (const std::size_t urlEnd = scanUrl(pos); urlEnd > pos) {
      kind = TokenKind::Url;
      return urlEnd;
    }
    switch (cls) {
      case CharClass::Letter:
      case CharClass::Digit:
        return scanWord(pos, kind);
      case CharClass::Emoji:
        kind = TokenKind::Emoji;
        return scanEmoji(pos);
      case CharClass::SentenceEnd:
        kind = TokenKind::Punct;
        return scanRepeated(pos, first.codePoint);  // "...", "!!", "?"
      case CharClass::Hyphen:
      case CharClass::Dash:
        kind = TokenKind::Punct;
        return scanRepeated(pos, first.codePoint);  // "--"
      case CharClass::Symbol:
        kind = TokenKind::Symbol;
        return skipMarks(pos + first.length);
      case CharClass::Apostrophe:
        if (const std::size_t end = detachedPossessive(pos, first); end > pos) {
          kind = TokenKind::Word;
          return end;
        }
        [[fallthrough]];
      case CharClass::Quote:
      case CharClass::Punct:
        kind = TokenKind::Punct;
        return skipMarks(pos + first.length);
      case CharClass::Mark:
      case CharClass::Control:
      default:
        kind = TokenKind::Other;
        return skipMarks(pos + first.length);
    }
  }

  std::size_t scanRepeated(std::size_t pos, char32_t cp) const {
    const std::size_t start = pos;
    while (pos < text_.size()) {
      const Peek p = peek(pos);
      if (!p.c.valid || p.c.codePoint != cp) break;
      pos += p.c.length;
    }
    return std::max(pos, start + 1);
  }

  // End of a possessive written apart from its word, as tokenized text writes it
  // ("Poor 's index", CoNLL and PTB style): an apostrophe after a space after a word,
  // then "s" and no further letter. pos when it is not one: a quote opening a
  // word ("'sorry'") or standing alone stays punctuation.
  std::size_t detachedPossessive(std::size_t pos, const DecodedChar& first) const {
    if (pos < 2 || text_[pos - 1] != ' ' || !isWordChar(peek(pos - 2).cls)) return pos;
    const std::size_t s = pos + first.length;
    if (s >= text_.size() || (text_[s] != 's' && text_[s] != 'S')) return pos;
    return isWordChar(peek(s + 1).cls) ? pos : s + 1;
  }

  // The end of the run of ASCII letters and digits at `pos` (pos itself when there is
  // none), setting `hasLetter` when it holds a letter: most of a word, read a byte at
  // a time without peek()'s decoded character, as the loop below would read it.
  std::size_t asciiAlnumEnd(std::size_t pos, bool& hasLetter) const {
    for (; pos < text_.size(); ++pos) {
      const unsigned char b = static_cast<unsigned char>(text_[pos]);
      if (b >= 0x80) break;
      const CharClass cls = kAsciiClasses[b];
      if (cls == CharClass::Letter)
        hasLetter = true;
      else if (cls != CharClass::Digit)
        break;
    }
    return pos;
  }

  // A word: letters/digits/marks with inner apostrophes, hyphens, periods
  // (acronyms), and numeric separators. Stops before trailing punctuation.
  std::size_t scanWord(std::size_t pos, TokenKind& kind) {
    const std::size_t start = pos;
    bool hasLetter = false;
    bool acronym = true;  // single letters separated by periods: "U.S", "a.m"
    std::size_t runLength = 0;
    while (pos < text_.size()) {
      if (const std::size_t end = asciiAlnumEnd(pos, hasLetter); end > pos) {
        runLength += end - pos;
        if (runLength > 1) acronym = false;
        pos = end;
        continue;
      }
      const Peek p = peek(pos);
      if (isWordChar(p.cls)) {
        if (p.cls == CharClass::Letter) hasLetter = true;
        if (p.cls != CharClass::Mark) ++runLength;
        if (runLength > 1) acronym = false;
        pos += p.c.length;
        continue;
      }
      const Peek next = peek(pos + p.c.length);
      const bool nextIsWord = isWordChar(next.cls) && next.cls != CharClass::Mark;
      const bool nextIsDigit = next.cls == CharClass::Digit;
      const bool prevIsDigit = pos > start && text_[pos - 1] >= '0' && text_[pos - 1] <= '9';
      const bool ascii = p.c.valid && p.c.codePoint < 0x80;
      const char ch = ascii ? static_cast<char>(p.c.codePoint) : '\0';
      if (p.cls == CharClass::Apostrophe && nextIsWord && hasLetter) {
        pos += p.c.length;
        runLength = 0;
        acronym = false;
        continue;
      }
      if (p.cls == CharClass::Hyphen && nextIsWord) {
        pos += p.c.length;
        runLength = 0;
        acronym = false;
        continue;
      }
      if ((ch == ',' || ch == '.' || ch == ':') && prevIsDigit && nextIsDigit) {
        pos += 1;
        runLength = 0;
        continue;
      }
      if (ch == '.' && acronym && runLength == 1 && hasLetter) {
        // "U.S." / "a.m.": keep the period when a letter follows or this closes an acronym.
        if (next.cls == CharClass::Letter) {
          pos += 1;
          runLength = 0;
          continue;
        }
        if (pos - start >= 2 && text_[pos - 2] == '.') {
          pos += 1;
          break;
        }
        pos += 1;  // single initial "J." keeps its period
        break;
      }
      if (ch == '&' && hasLetter && next.cls == CharClass::Letter && pos - start <= 2 &&
          peek(pos + 1).c.codePoint < 0x80) {
        // "AT&T", "S&P": short all-caps pieces joined by '&'.
        pos += 1;
        runLength = 0;
        continue;
      }
      if (ch == '@' && hasLetter && next.cls == CharClass::Letter) {
        kind = TokenKind::Url;  // e-mail address
        return scanUrlTail(pos);
      }
      break;
    }
    if (pos < text_.size() && text_[pos] == '.' && text_[pos - 1] != '.') {
      const std::string_view word = text_.substr(start, pos - start);
      // Abbreviations keep their period (lexicon/): titles never end a sentence; the
      // others may, and the sentence splitter decides from the next word.
      const LowerWord lower(word);
      if (lexicon::isTitleAbbreviation(lower.view()) || lexicon::isAbbreviation(lower.view())) ++pos;
    }
    kind = hasLetter ? TokenKind::Word : TokenKind::Number;
    return pos;
  }

  std::size_t scanEmoji(std::size_t pos) const {
    const Peek first = peek(pos);
    pos += first.c.length;
    const bool regional = first.c.codePoint >= 0x1F1E6 && first.c.codePoint <= 0x1F1FF;
    if (regional) {
      const Peek p = peek(pos);
      if (p.c.valid && p.c.codePoint >= 0x1F1E6 && p.c.codePoint <= 0x1F1FF) pos += p.c.length;
      return pos;
    }
    while (pos < text_.size()) {
      const Peek p = peek(pos);
      if (p.cls == CharClass::Mark) {
        pos += p.c.length;
        if (p.c.codePoint == 0x200D) {  // ZWJ: the next pictograph belongs to this one
          const Peek q = peek(pos);
          if (q.cls == CharClass::Emoji || q.cls == CharClass::Symbol) pos += q.c.length;
        }
        continue;
      }
      break;
    }
    return pos;
  }

  static bool startsWithLower(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && equalsLower(text.substr(0, prefix.size()), prefix);
  }

  std::size_t scanUrl(std::size_t pos) const {
    const std::string_view rest = text_.substr(pos);
    const char first = static_cast<char>(rest[0] | 0x20);  // most tokens start neither "http" nor "www"
    if (first != 'h' && first != 'w') return pos;
    if (startsWithLower(rest, "https://") || startsWithLower(rest, "http://") ||
        (startsWithLower(rest, "www.") && rest.size() > 4 && rest[4] != ' '))
      return scanUrlTail(pos);
    return pos;
  }

  // Runs to whitespace, then gives back trailing punctuation that more likely
  // ends the sentence or closes a bracket than belongs to the address.
  std::size_t scanUrlTail(std::size_t pos) const {
    const std::size_t start = pos;
    while (pos < text_.size()) {
      const Peek p = peek(pos);
      if (p.cls == CharClass::Space || p.cls == CharClass::Newline || p.cls == CharClass::Quote) break;
      if (p.c.valid && (p.c.codePoint == '<' || p.c.codePoint == '>')) break;
      pos += p.c.length;
    }
    while (pos > start + 1) {
      const char last = text_[pos - 1];
      if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '?' || last == ')' ||
          last == ']' || last == '\'')
        --pos;
      else
        break;
    }
    return pos;
  }

  // PTB/CoNLL split the possessive: "China’s" → "China" + "’s".
  void splitPossessive(Token token, std::vector<Token>& tokens) const {
    const std::string_view s = surface(text_, token);
    if (token.kind == TokenKind::Word && (s.back() == 's' || s.back() == 'S')) {  // every suffix below ends so
      for (std::string_view suffix : {std::string_view("\xE2\x80\x99s"), std::string_view("'s"),
                                      std::string_view("\xE2\x80\x99S"), std::string_view("'S")}) {
        if (s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix) {
          Token stem = token;
          stem.end = static_cast<std::uint32_t>(token.end - suffix.size());
          Token possessive = token;
          possessive.start = stem.end;
          possessive.newlineBefore = false;
          tokens.push_back(stem);
          tokens.push_back(possessive);
          return;
        }
      }
    }
    tokens.push_back(token);
  }

  std::string_view text_;
};

}  // namespace

NEWSLENS_NOINLINE std::vector<Token> tokenize(std::string_view text) { return Scanner(text).run(); }

bool isTitleAbbreviation(std::string_view tokenText) {
  if (tokenText.empty() || tokenText.back() != '.') return false;
  const std::string_view word = tokenText.substr(0, tokenText.size() - 1);
  return !word.empty() && word.back() != '.' && lexicon::isTitleAbbreviation(lowercase(word));
}

std::string wordShape(std::string_view token) {
  std::string shape;
  shape.reserve(token.size());
  char last = '\0';
  for (std::size_t pos = 0; pos < token.size();) {
    const unsigned char b = static_cast<unsigned char>(token[pos]);
    if (b < 0x80) {  // ASCII, most of any text: what classify() would say, without decoding
      ++pos;
      const char s = b >= '0' && b <= '9'   ? 'd'
                     : b >= 'A' && b <= 'Z' ? 'X'
                     : b >= 'a' && b <= 'z' ? 'x'
                                            : static_cast<char>(b);
      if (s == last && (s == 'x' || s == 'X' || s == 'd')) continue;
      shape += s;
      last = s;
      continue;
    }
    const DecodedChar c = decodeAt(token, pos);
    pos += c.length;
    char s;
    if (!c.valid) {
      s = '?';
    } else {
      const CharClass cls = classify(c.codePoint);
      if (cls == CharClass::Mark) continue;
      if (cls == CharClass::Digit)
        s = 'd';
      else if (cls == CharClass::Letter)
        s = isUpper(c.codePoint) ? 'X' : 'x';
      else if (c.codePoint < 0x80)
        s = static_cast<char>(c.codePoint);
      else if (cls == CharClass::Apostrophe)
        s = '\'';
      else if (cls == CharClass::Hyphen || cls == CharClass::Dash)
        s = '-';
      else if (cls == CharClass::Quote)
        s = '"';
      else
        s = '*';
    }
    if (s == last && (s == 'x' || s == 'X' || s == 'd')) continue;
    shape += s;
    last = s;
  }
  return shape;
}

}  // namespace newslens::text
