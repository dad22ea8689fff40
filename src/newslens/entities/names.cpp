#include "newslens/entities/names.h"

#include <algorithm>

#include "newslens/lexicon/lexicon.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

using lexicon::countryKey;
using lexicon::isHonorific;
using lexicon::isPersonalTitle;
using lexicon::isPossessive;
using text::startsLowercase;
using text::tokensIn;
using text::TokenSpan;

// The gender slot an honorific ("Mr", "Dame") gives a name key: 'm', 'f', or 0 for
// any other word (a gendered title that is no honorific, "Lord", leaves it open).
char honorificGender(std::string_view lowerWord) {
  if (!isHonorific(lowerWord)) return 0;
  switch (lexicon::honorificGender(lowerWord)) {
    case lexicon::Gender::Male:
      return 'm';
    case lexicon::Gender::Female:
      return 'f';
    default:
      return 0;
  }
}

// The ASCII letter a lowercase Latin-1 or Latin Extended-A letter is written from
// ("é" → 'e', "ł" → 'l'), or 0 for other code points: news copy spells the same
// name with and without accents ("Taco María", "Taco Maria").
char unaccented(char32_t cp) {
  static constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo-ouuuuy--aaaaaaaceeeeiiiidnooooo-ouuuuy-y";
  static constexpr std::string_view kExtendedA =
      "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssss"
      "ttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  char c = 0;
  if (cp >= 0xC0 && cp < 0x100)
    c = kLatin1[cp - 0xC0];
  else if (cp >= 0x100 && cp < 0x180)
    c = kExtendedA[cp - 0x100];
  return c == '-' ? 0 : c;
}

// A word as keys compare it: lowercase, without dots, accents dropped.
std::string foldWord(std::string_view word) {
  const text::LowerWord lowered(word);
  const std::string_view lower = lowered.view();
  // Folding never lengthens a character, so the word's size is room enough; the bytes
  // go through a pointer (a char store through the string could alias its own fields).
  std::string out(lower.size(), '\0');
  char* const folded = out.data();
  std::size_t n = 0;
  for (std::size_t at = 0; at < lower.size();) {
    const char ch = lower[at];
    if (static_cast<unsigned char>(ch) < 0x80) {  // ASCII has no accent: kept, but a dot
      if (ch != '.') folded[n++] = ch;
      ++at;
      continue;
    }
    const text::DecodedChar c = text::decodeAt(lower, at);
    if (const char plain = c.valid ? unaccented(c.codePoint) : 0) {
      folded[n++] = plain;
    } else {
      for (std::size_t k = 0; k < c.length; ++k) folded[n++] = lower[at + k];
    }
    at += c.length;
  }
  out.resize(n);
  return out;
}

// "CIA", "U.N.": 2-6 capital letters, dots allowed, nothing else.
bool isAcronym(std::string_view surface) {
  int letters = 0;
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (c != '.')
      return false;
  }
  return letters >= 2 && letters <= 6;
}

// The words beside the mention: an honorific or "in" before it, a reporting verb after
// it. A piece of a hyphenated word ("Israel" of "pro-Israel") has no word beside it.
void readNeighbours(std::string_view text, const std::vector<Token>& tokens, TokenSpan span, std::uint32_t start,
                    std::uint32_t end, MentionName& name) {
  const bool cutStart = span.first < span.last && tokens[span.first].start < start;
  const bool cutEnd = span.first < span.last && tokens[span.last - 1].end > end;
  if (span.first > 0 && !cutStart) {
    const text::LowerWord before(text::surface(text, tokens[span.first - 1]));
    name.titled = isHonorific(before.view());
    name.gender = honorificGender(before.view());
    name.afterIn = before.view() == "in";
  }
  if (span.last < tokens.size() && !cutEnd)
    name.speaks = lexicon::isReportingVerb(text::LowerWord(text::surface(text, tokens[span.last])).view());
}

// The span without its grammar: trailing possessives and punctuation ("China’s" is
// "China") and a leading lowercase "the" ("the US"; "The Times" keeps it, and so do
// dates and amounts, "the coming months").
TokenSpan withoutGrammar(std::string_view text, const std::vector<Token>& tokens, TokenSpan span, EntityType type) {
  while (span.last > span.first) {
    const Token& t = tokens[span.last - 1];
    if (!isPossessive(text::surface(text, t)) && t.kind != TokenKind::Punct) break;
    --span.last;
  }
  if (!isNumericType(type) && span.last - span.first > 1 && text::surface(text, tokens[span.first]) == "the")
    ++span.first;
  return span;
}

// The name after its leading honorifics and personal titles ("Mr", "President"), which
// mark it titled and may give its gender.
void readTitles(std::string_view text, const std::vector<Token>& tokens, TokenSpan span, std::uint32_t start,
                MentionName& name) {
  TokenSpan core = span;
  while (core.last - core.first > 1) {
    const text::LowerWord lowered(text::surface(text, tokens[core.first]));
    const std::string_view lower = lowered.view();
    if (isHonorific(lower)) {
      name.titled = true;
      if (const char g = honorificGender(lower)) name.gender = g;
    } else if (!isPersonalTitle(lower)) {
      break;
    }
    ++core.first;
  }
  name.nameStart = tokens[core.first].start < start ? start : tokens[core.first].start;
  name.nameEnd = name.aliasEnd;
  name.nameTokens = core.last - core.first;
}

// The folded words the key compares, and whether all of them are lowercase words. The
// key drops office titles only for persons: "General Motors" must stay whole.
void readKeyWords(std::string_view text, const std::vector<Token>& tokens, TokenSpan span, std::uint32_t start,
                  std::uint32_t end, bool person, MentionName& name) {
  std::uint32_t keyFirst = span.first;
  while (span.last - keyFirst > 1) {
    const text::LowerWord lower(text::surface(text, tokens[keyFirst]));
    if (!isHonorific(lower.view()) && !(person && isPersonalTitle(lower.view()))) break;
    ++keyFirst;
  }
  bool anyWord = false;
  bool allLower = true;
  for (std::uint32_t i = keyFirst; i < span.last; ++i) {
    const std::string_view word = text::slice(text, std::max(start, tokens[i].start), std::min(end, tokens[i].end));
    std::string lower = foldWord(word);
    if (lower.empty()) lower = std::string(word);  // a lone "." or "..." keeps its text
    name.words.push_back(std::move(lower));
    if (tokens[i].kind == TokenKind::Word) {
      anyWord = true;
      // "iPhone" and "eBay" are names: a lowercase word has no capital anywhere.
      const bool lowerWord =
          startsLowercase(word) && std::none_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      if (!lowerWord) allLower = false;
    }
  }
  name.common = anyWord && allLower;
}

}  // namespace

MentionName analyzeName(std::string_view text, const std::vector<Token>& tokens, const Mention& mention, bool person) {
  MentionName name;
  const std::uint32_t end = std::min<std::uint32_t>(mention.end, static_cast<std::uint32_t>(text.size()));
  const std::uint32_t start = std::min(mention.start, end);
  name.aliasStart = name.nameStart = start;
  name.aliasEnd = name.nameEnd = end;
  // The mention's own token range when it is tokensIn's (text::tokensOf checks), searched otherwise.
  TokenSpan span =
      start == mention.start && end == mention.end ? text::tokensOf(tokens, mention) : tokensIn(tokens, start, end);
  readNeighbours(text, tokens, span, start, end, name);
  span = withoutGrammar(text, tokens, span, mention.type);
  if (span.first == span.last) return name;
  name.aliasStart = std::max(start, tokens[span.first].start);
  name.aliasEnd = std::min(end, tokens[span.last - 1].end);
  name.acronym = isAcronym(text::slice(text, name.aliasStart, name.aliasEnd));
  readTitles(text, tokens, span, start, name);
  readKeyWords(text, tokens, span, start, end, person, name);
  // "New Generation Media Corp." and "New Generation Media" are one company: the key
  // leaves the legal form out of a name of two words or more without it (a one-word short form,
  // "Acme" of "Acme Corp", is the short-form join's: grouping.h).
  if (mention.type == EntityType::ORG && name.words.size() >= 3 && lexicon::isCompanySuffix(name.words.back()))
    name.words.pop_back();
  return name;
}

std::string nameKey(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  return std::string(countryKey(joined));
}

}  // namespace newslens::entities
