#include "newslens/text/boilerplate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::text {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// A phrase every sentence is searched for, by Horspool's rule with its skip table
// made at compile time: find() stops at each byte equal to the phrase's first, and
// " contributed" or "all rights reserved" start with the commonest bytes of English.
class Phrase {
 public:
  constexpr explicit Phrase(std::string_view phrase) : phrase_(phrase) {
    for (std::uint16_t& k : skip_) k = static_cast<std::uint16_t>(phrase.size());
    for (std::size_t i = 0; i + 1 < phrase.size(); ++i)
      skip_[static_cast<unsigned char>(phrase[i])] = static_cast<std::uint16_t>(phrase.size() - 1 - i);
  }
  // True when `s` holds the phrase: contains(s, phrase).
  bool in(std::string_view s) const {
    const std::size_t n = phrase_.size();
    for (std::size_t at = 0; at + n <= s.size(); at += skip_[static_cast<unsigned char>(s[at + n - 1])])
      if (s[at + n - 1] == phrase_[n - 1] && s.compare(at, n, phrase_) == 0) return true;
    return false;
  }

 private:
  std::string_view phrase_;  // not empty, shorter than 2^16 bytes
  std::uint16_t skip_[256] = {};
};

constexpr Phrase kRightsReserved{"all rights reserved"};
constexpr Phrase kNoRepublishing{"may not be published, broadcast, rewritten"};
constexpr Phrase kCookie{"cookie"};
constexpr Phrase kContributed{" contributed"};

// What the rules need to know about one sentence.
struct SentenceView {
  std::string_view lower;   // trimmed content, lower-cased
  std::string_view raw;     // trimmed content as written
  int words = 0;            // word and number tokens
  int lowercaseWords = 0;   // words starting with a lower-case letter
  bool wholeLine = false;   // no other sentence shares its line
  bool finalPunct = false;  // ends with . ! ? … (possibly inside a closing quote/bracket)
};

bool isWordLike(const Token& t) { return t.kind == TokenKind::Word || t.kind == TokenKind::Number; }

// Sentence i seen by the rules; `lower` is its trimmed content lowercased (and must
// outlive the view).
SentenceView view(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                  std::size_t i, std::string_view lower) {
  const Sentence& s = sentences[i];
  SentenceView v;
  v.raw = text::slice(text, s.contentStart, s.contentEnd);
  v.lower = lower;
  for (std::uint32_t t = s.firstToken; t < s.lastToken; ++t) {
    if (!isWordLike(tokens[t])) continue;
    ++v.words;
    if (text::startsLowercase(text::surface(text, tokens[t]))) ++v.lowercaseWords;
  }
  const bool sameLineBefore = i > 0 && sentences[i - 1].paragraph == s.paragraph;
  const bool sameLineAfter = i + 1 < sentences.size() && sentences[i + 1].paragraph == s.paragraph;
  v.wholeLine = !sameLineBefore && !sameLineAfter;
  for (std::uint32_t t = s.lastToken; t > s.firstToken; --t) {
    const Token& tok = tokens[t - 1];
    const std::string_view surface = text::surface(text, tok);
    const text::DecodedChar c = text::decodeAt(surface, 0);
    const text::CharClass cls = text::classify(c.codePoint);
    if (cls == text::CharClass::SentenceEnd) {
      v.finalPunct = true;
      break;
    }
    // Closing quotes and brackets may follow the terminator; anything else ends the search.
    if (!(cls == text::CharClass::Quote || surface == ")" || surface == "]" || surface == "’")) break;
  }
  return v;
}

// The label with trailing punctuation and spaces removed: "read more:" → "read more".
std::string_view labelText(std::string_view lower) {
  while (!lower.empty() && (lower.back() == ':' || lower.back() == ' ' || lower.back() == '.' || lower.back() == '>' ||
                            lower.back() == '-' || lower.back() == '|'))
    lower.remove_suffix(1);
  return lower;
}

// Lines that introduce a list of links to other stories.
bool isLinkListLabel(std::string_view label) {
  static constexpr std::array<std::string_view, 16> kLabels = {
      "read more",        "related",        "related articles",  "related stories",     "related content",
      "related coverage", "related topics", "see also",          "more on this story",  "more from",
      "more stories",     "recommended",    "you may also like", "you might also like", "most read",
      "top stories"};
  return std::find(kLabels.begin(), kLabels.end(), label) != kLabels.end();
}

// Whole lines that are furniture on their own.
bool isFurnitureLine(std::string_view label) {
  static constexpr std::array<std::string_view, 22> kLines = {"advertisement",
                                                              "ad",
                                                              "sponsored",
                                                              "sponsored content",
                                                              "share",
                                                              "share this",
                                                              "share this article",
                                                              "share this story",
                                                              "share this page",
                                                              "tweet",
                                                              "email",
                                                              "print",
                                                              "comments",
                                                              "copy link",
                                                              "save",
                                                              "facebook",
                                                              "twitter",
                                                              "whatsapp",
                                                              "linkedin",
                                                              "skip advertisement",
                                                              "story continues below advertisement",
                                                              "continue reading"};
  return std::find(kLines.begin(), kLines.end(), label) != kLines.end();
}

// Prefixes that mark a sentence as furniture wherever it stands.
bool hasFurniturePrefix(std::string_view lower) {
  static constexpr std::array<std::string_view, 29> kPrefixes = {"read more:",
                                                                 "read more at",
                                                                 "related:",
                                                                 "see also:",
                                                                 "more:",
                                                                 "watch:",
                                                                 "video:",
                                                                 "photo:",
                                                                 "photos:",
                                                                 "photograph:",
                                                                 "image:",
                                                                 "picture:",
                                                                 "caption:",
                                                                 "image caption",
                                                                 "image source",
                                                                 "media caption",
                                                                 "photo credit",
                                                                 "share this article",
                                                                 "share this story",
                                                                 "share on ",
                                                                 "sign up for",
                                                                 "sign up to",
                                                                 "subscribe to our",
                                                                 "follow us",
                                                                 "like us on",
                                                                 "click here",
                                                                 "tap here",
                                                                 "©",
                                                                 "download the app"};
  if (lower.empty()) return false;
  for (std::string_view p : kPrefixes)
    if (p.front() == lower.front() && startsWith(lower, p)) return true;  // one byte first: most start otherwise
  return false;
}

bool hasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// `word` occurs in `lower` delimited by non-alphanumerics.
bool hasWord(std::string_view lower, std::string_view word) {
  const auto isAlnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  for (std::size_t at = lower.find(word); at != std::string_view::npos; at = lower.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    if ((at == 0 || !isAlnum(lower[at - 1])) && (end == lower.size() || !isAlnum(lower[end]))) return true;
  }
  return false;
}

bool isCopyrightOrCookie(std::string_view lower, int words) {
  if (kRightsReserved.in(lower)) return true;
  // "Copyright 2023 CNN" but not "Copyright law protects…".
  if ((startsWith(lower, "copyright ") || startsWith(lower, "(c) ")) && hasDigit(lower) && words <= 15) return true;
  if (kNoRepublishing.in(lower)) return true;
  const bool cookie = kCookie.in(lower);
  return cookie && words <= 60 &&
         (contains(lower, "we use") || contains(lower, "accept") || contains(lower, "consent") ||
          contains(lower, "this site") || contains(lower, "our site") || contains(lower, "this website"));
}

// "By John Smith", "By John Smith and Jane Doe, CNN": "by" then capitalised names.
bool isByline(const SentenceView& v) {
  if (!startsWith(v.lower, "by ") || v.words < 2 || v.words > 12 || v.finalPunct) return false;
  // Only "by" and linking words may be lower case: "By Monday, the rebels had…" has more.
  int allowed = 1;
  for (std::string_view link : {" and ", " of ", " in ", " for "})
    if (contains(v.lower, link)) ++allowed;
  return v.lowercaseWords <= allowed;
}

// "CNN's Jane Doe contributed to this report.", "Reuters contributed reporting.",
// "Additional reporting by Jane Doe": a short sentence, wherever it stands (news
// copy pasted as one paragraph keeps it at the end of the last line).
bool isContributionLine(const SentenceView& v) {
  if (v.words > 40) return false;
  if (startsWith(v.lower, "additional reporting by ") || startsWith(v.lower, "reporting by ")) return true;
  if (!kContributed.in(v.lower)) return false;  // every tail below starts so: one scan, not six
  for (std::string_view tail :
       {" contributed to this report", " contributed to this story", " contributed to this article",
        " contributed reporting", " contributed to the report", " contributed from "})
    if (contains(v.lower, tail)) return true;
  return false;
}

// "Updated 10:32 AM ET, Mon June 19, 2023", "Published 3 hours ago".
bool isTimestamp(const SentenceView& v) {
  const bool lead = startsWith(v.lower, "updated ") || startsWith(v.lower, "published ") ||
                    startsWith(v.lower, "last updated") || startsWith(v.lower, "posted ");
  return lead && v.words <= 12 && hasDigit(v.lower);
}

// "(Getty Images)", "(AP Photo/Evan Vucci)", "(Photo: Reuters)".
bool isParenthesisedCredit(std::string_view lower, int words) {
  if (lower.size() < 3 || lower.front() != '(' || lower.back() != ')' || words > 10) return false;
  for (std::string_view credit : {"getty", "photo", "image", "images", "reuters", "afp", "ap", "epa", "shutterstock",
                                  "courtesy", "file", "pictured"})
    if (hasWord(lower, credit)) return true;
  return false;
}

// A related-story headline: a short whole line that does not end like a sentence.
bool looksLikeHeadline(const SentenceView& v) { return v.wholeLine && !v.finalPunct && v.words >= 1 && v.words <= 20; }

}  // namespace

NEWSLENS_NOINLINE void markBoilerplate(std::string_view text, const std::vector<Token>& tokens,
                                       std::vector<Sentence>& sentences, std::string_view lowered) {
  std::string own;
  if (lowered.size() != text.size()) lowered = own = lowercaseText(text);
  bool inLinkList = false;  // after a "Read more:" label, until a line that is not a headline
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Sentence& s = sentences[i];
    if (s.firstToken == s.lastToken) continue;  // blank: nothing to judge
    const SentenceView v = view(text, tokens, sentences, i, slice(lowered, s.contentStart, s.contentEnd));
    const std::string_view label = labelText(v.lower);
    if (inLinkList && looksLikeHeadline(v)) {
      s.boilerplate = true;
      continue;
    }
    inLinkList = false;
    if (v.wholeLine && isLinkListLabel(label)) {
      s.boilerplate = true;
      inLinkList = true;
      continue;
    }
    s.boilerplate = (v.wholeLine && isFurnitureLine(label)) || hasFurniturePrefix(v.lower) ||
                    isCopyrightOrCookie(v.lower, v.words) || (v.wholeLine && (isByline(v) || isTimestamp(v))) ||
                    isParenthesisedCredit(v.lower, v.words) || isContributionLine(v);
  }
}

bool isCreditLine(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                  std::size_t i) {
  if (i >= sentences.size() || sentences[i].firstToken == sentences[i].lastToken) return false;
  const std::string lower = lowercase(slice(text, sentences[i].contentStart, sentences[i].contentEnd));
  const SentenceView v = view(text, tokens, sentences, i, lower);
  return (v.wholeLine && isByline(v)) || isContributionLine(v);
}

}  // namespace newslens::text
