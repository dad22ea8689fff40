#include "newslens/summary/short_form.h"

#include <algorithm>
#include <vector>

#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/noinline.h"
#include "newslens/text/lowered.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::summary {
namespace {

constexpr std::size_t kMinWordsLeft = 4;
constexpr std::size_t kMaxAsideWords = 12;

// The point's tokens with what the rules need to know about each.
struct Piece {
  std::string_view surface;
  std::string_view lower;  // into the lowered text (text/lowered.h)
  std::uint32_t start = 0, end = 0;
  bool word = false;            // word or number
  bool protectedToken = false;  // a number or a negation: never deleted
  bool kept = true;
  std::string_view replacement;  // written instead of the surface when set
};

text::CharClass classOf(std::string_view s) {
  if (s.empty()) return text::CharClass::Control;
  const text::DecodedChar c = text::decodeAt(s, 0);
  return c.valid ? text::classify(c.codePoint) : text::CharClass::Control;
}

bool isQuote(const Piece& p) { return classOf(p.surface) == text::CharClass::Quote; }
bool isDash(const Piece& p) { return classOf(p.surface) == text::CharClass::Dash || p.surface == "--"; }

// The tokens of [start, end) as pieces; `lowered` is the text lowercased, which the
// pieces' `lower` views point into.
std::vector<Piece> piecesOf(std::string_view text, std::string_view lowered, const Analysis& a, std::uint32_t start,
                            std::uint32_t end) {
  std::vector<Piece> out;
  const text::TokenSpan span = text::tokensIn(a.tokens, start, end);
  for (std::uint32_t t = span.first; t < span.last; ++t) {
    const Token& token = a.tokens[t];
    Piece p;
    p.surface = text::surface(text, token);
    p.lower = text::surface(lowered, token);
    p.start = token.start;
    p.end = token.end;
    p.word = token.kind == TokenKind::Word || token.kind == TokenKind::Number;
    p.protectedToken = token.kind == TokenKind::Number || lexicon::isNegation(p.lower) ||
                       std::any_of(p.surface.begin(), p.surface.end(), [](char c) { return c >= '0' && c <= '9'; });
    out.push_back(std::move(p));
  }
  return out;
}

std::size_t wordsKept(const std::vector<Piece>& ps) {
  return static_cast<std::size_t>(std::count_if(ps.begin(), ps.end(), [](const Piece& p) { return p.kept && p.word; }));
}

bool opensRelative(std::string_view lower) { return lower == "who" || lower == "which" || lower == "whose"; }
bool opensNounPhrase(std::string_view lower) { return lower == "a" || lower == "an" || lower == "the"; }

// Deletes pieces [from, to) when nothing there is protected and enough words stay.
bool tryDelete(std::vector<Piece>& ps, std::size_t from, std::size_t to) {
  if (from >= to || to > ps.size()) return false;
  std::size_t words = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (ps[i].protectedToken) return false;
    words += ps[i].kept && ps[i].word ? 1 : 0;
  }
  if (wordsKept(ps) < kMinWordsLeft + words) return false;
  for (std::size_t i = from; i < to; ++i) ps[i].kept = false;
  return true;
}

std::size_t firstKept(const std::vector<Piece>& ps) {
  std::size_t i = 0;
  while (i < ps.size() && !ps[i].kept) ++i;
  return i;
}

// "But", "And", "However,", "Meanwhile,": one discourse word at the start. Without
// a comma after it only "but" and "and" go: "So high that …", "Instead of …" are
// not openers there.
void dropOpener(std::vector<Piece>& ps) {
  const std::size_t i = firstKept(ps);
  if (i + 1 >= ps.size() || !lexicon::isDiscourseOpener(ps[i].lower)) return;
  if (ps[i + 1].surface == ",")
    tryDelete(ps, i, i + 2);
  else if (ps[i].lower == "but" || ps[i].lower == "and")
    tryDelete(ps, i, i + 1);
}

// The reporting verbs that frame a clause ("said that"), unlike "reports" or
// "claims", which are also nouns ("looking into reports that").
bool isSayingVerb(std::string_view lower) {
  return lexicon::isReportingVerb(lower) &&
         lexicon::inList(lower, {"said", "says", "told", "added", "wrote", "stated", "announced", "confirmed",
                                 "reported", "warned", "insisted", "acknowledged", "admitted"});
}

bool isVerbOfBeing(std::string_view lower) {
  return lexicon::inList(lower, {"is", "was", "are", "were", "has", "have", "had", "be", "been"});
}

// "According to police, …" and "Officials said Tuesday that …" at the start.
void dropLeadingAttribution(std::vector<Piece>& ps) {
  const std::size_t first = firstKept(ps);
  if (first + 1 < ps.size() && ps[first].lower == "according" && ps[first + 1].lower == "to") {
    // A short source ("According to police,"), not one that goes on in an
    // appositive ("According to Jo Day, a football agent who …,").
    for (std::size_t i = first + 2; i < ps.size() && i < first + 7; ++i)
      if (ps[i].surface == ",") {
        if (i + 1 < ps.size() && !opensRelative(ps[i + 1].lower) && ps[i + 1].lower != "a" && ps[i + 1].lower != "an")
          tryDelete(ps, first, i + 1);
        return;
      }
    return;
  }
  // A subject of at most six words, a verb of saying, at most three words, "that",
  // and a clause that names its own subject (not "that it had warned …").
  for (std::size_t v = first; v < ps.size() && v < first + 7; ++v) {
    if (!ps[v].word || isVerbOfBeing(ps[v].lower)) return;
    if (!isSayingVerb(ps[v].lower)) continue;
    for (std::size_t t = v + 1; t + 1 < ps.size() && t < v + 5; ++t) {
      if (!ps[t].word) return;
      if (ps[t].lower == "that") {
        if (!lexicon::isLeaningPronoun(ps[t + 1].lower)) tryDelete(ps, first, t + 1);
        return;
      }
    }
    return;
  }
}

// Words that may follow the verb of an attribution: its object, a statement, a day.
bool isAttributionFiller(const Piece& p) {
  return !p.word || isQuote(p) || text::startsUppercase(p.surface) ||
         lexicon::inList(p.lower, {"in", "a", "an", "the", "on", "at", "statement", "reporters", "to", "of", "news",
                                   "conference", "interview", "told", "earlier", "later", "week", "this"});
}

// The pieces [from, to) after a clause's last comma report who said it: a subject
// of at most four words then a reporting verb ("police said", "the official told
// CNN in a statement"), a verb first ("said John Smith"), or "according to …".
bool isAttributionTail(const std::vector<Piece>& ps, std::size_t from, std::size_t to) {
  while (from < to && isQuote(ps[from])) ++from;
  if (from + 1 < to && ps[from].lower == "according" && ps[from + 1].lower == "to") return to - from <= kMaxAsideWords;
  for (std::size_t v = from; v < to && v < from + 5; ++v) {
    if (!ps[v].word || lexicon::isDiscourseOpener(ps[v].lower) || opensRelative(ps[v].lower)) return false;
    if (!lexicon::isReportingVerb(ps[v].lower)) continue;
    for (std::size_t i = v + 1; i < to; ++i)
      if (!isAttributionFiller(ps[i])) return false;
    return to - from <= 10;
  }
  return false;
}

// ", police said." / ", he told CNN." / ", according to officials." at the end;
// '"We will win," he said.' keeps the quote with a period for its comma.
void dropTrailingAttribution(std::vector<Piece>& ps) {
  std::size_t endAt = ps.size();
  while (endAt > 0 && !ps[endAt - 1].word && !isQuote(ps[endAt - 1])) --endAt;  // final . ! ?
  std::size_t comma = endAt;
  for (std::size_t i = endAt; i-- > 0;) {
    if (ps[i].surface == ",") {
      comma = i;
      break;
    }
    if (!ps[i].word && !isQuote(ps[i])) return;  // another mark: not a simple tail
    if (endAt - i > kMaxAsideWords) return;
  }
  if (comma == endAt || !isAttributionTail(ps, comma + 1, endAt)) return;
  const bool quoteClosed = comma + 1 < endAt && isQuote(ps[comma + 1]);
  if (!quoteClosed) {
    tryDelete(ps, comma, endAt);
  } else if (tryDelete(ps, comma + 2, ps.size())) {
    ps[comma].replacement = ".";  // '"We will win," he said.' → '"We will win."'
  }
}

// Pieces [open, close] when `close` is within kMaxAsideWords words of `open`.
bool closeEnough(const std::vector<Piece>& ps, std::size_t open, std::size_t close) {
  std::size_t words = 0;
  for (std::size_t i = open; i < close; ++i) words += ps[i].word ? 1 : 0;
  return words <= kMaxAsideWords;
}

// "(pictured)", "[sic]", "— a first for the city —".
void dropAsides(std::vector<Piece>& ps) {
  for (std::size_t i = 0; i < ps.size(); ++i) {
    // Square brackets are an editor's words inside a quotation ("[were] caught"): kept.
    const bool bracket = ps[i].surface == "(";
    if (!bracket && !isDash(ps[i])) continue;
    // '"(It) felt good"', "do away (with) the": one lower-case word in parentheses, or
    // any at the start, stands for a word of the sentence.
    if (i == firstKept(ps) || (i > 0 && isQuote(ps[i - 1]))) continue;
    if (bracket && i + 2 < ps.size() && ps[i + 2].surface == ")" && !text::startsUppercase(ps[i + 1].surface)) continue;
    for (std::size_t j = i + 1; j < ps.size() && closeEnough(ps, i, j); ++j) {
      const bool closes = bracket ? ps[j].surface == ")" || ps[j].surface == "]" : isDash(ps[j]);
      if (!closes) continue;
      if (tryDelete(ps, i, j + 1)) i = j;
      break;
    }
  }
}

// ", a former Navy officer," after a name; ", who lives in Ohio," after anything;
// the sentence must go on after the closing comma with a lower-case word that is
// no article or conjunction, or the commas were a list's.
void dropAppositives(std::vector<Piece>& ps) {
  for (std::size_t c = 1; c + 1 < ps.size(); ++c) {
    if (ps[c].surface != "," || !ps[c].kept) continue;
    const std::string_view next = ps[c + 1].lower;
    const bool afterName = text::startsUppercase(ps[c - 1].surface);
    if (!opensRelative(next) && !(afterName && opensNounPhrase(next))) continue;
    for (std::size_t d = c + 1; d + 1 < ps.size() && closeEnough(ps, c, d); ++d) {
      if (ps[d].word) continue;
      // The clause resumes after it with a lower-case word ("…, said he"); a name
      // there means the comma was another appositive's ("…, Jean Aulas, to tell").
      // "and", "or" or an article there means a list ("Italy, Russia, the UAE, and …").
      const std::string_view after = ps[d + 1].lower;
      const bool resumes = ps[d + 1].word && !text::startsUppercase(ps[d + 1].surface) && !opensNounPhrase(after) &&
                           after != "and" && after != "or";
      if (ps[d].surface == "," && resumes && tryDelete(ps, c, d + 1)) c = d;
      break;
    }
  }
}

bool closesTight(std::string_view s) {
  return s == "," || s == "." || s == ";" || s == ":" || s == "!" || s == "?" || s == ")" || s == "]";
}

// The kept pieces with the original spacing between neighbours, one space across a gap.
std::string assemble(std::string_view text, const std::vector<Piece>& ps) {
  std::string out;
  std::size_t previous = ps.size();
  for (std::size_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].kept) continue;
    if (previous != ps.size()) {
      if (previous + 1 == i)
        out += text::slice(text, ps[previous].end, ps[i].start);
      else if (!closesTight(ps[i].surface))
        out += ' ';
    }
    out += ps[i].replacement.empty() ? ps[i].surface : ps[i].replacement;
    previous = i;
  }
  // A deletion at the start may expose a lower-case word: "but the vote…" → "The vote…".
  if (!ps.front().kept && !out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

NEWSLENS_NOINLINE std::string shortForm(std::string_view text, const Analysis& analysis, std::uint32_t start,
                                        std::uint32_t end) {
  std::string scratch;
  std::vector<Piece> ps = piecesOf(text, text::loweredText(text, analysis, scratch), analysis, start, end);
  if (ps.empty()) return std::string(text::slice(text, start, end));
  dropOpener(ps);
  dropLeadingAttribution(ps);
  dropTrailingAttribution(ps);
  dropAsides(ps);
  dropAppositives(ps);
  if (std::all_of(ps.begin(), ps.end(), [](const Piece& p) { return p.kept; }))
    return std::string(text::slice(text, start, end));
  return assemble(text, ps);
}

}  // namespace newslens::summary
