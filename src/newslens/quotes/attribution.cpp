#include "newslens/quotes/attribution.h"

#include <algorithm>
#include <string>

#include "newslens/lexicon/lexicon.h"

namespace newslens::quotes {
namespace {

using lexicon::speechVerb;

constexpr std::uint32_t kPhraseMax = 14;  // tokens in a subject phrase ("U.S. Secretary of State John Kerry and …")
constexpr std::uint32_t kScan = 40;       // tokens searched on either side of a quote
constexpr std::uint32_t kAsideMax = 30;   // tokens of a ", who …," aside
constexpr std::uint32_t kIndirectReach = 20;  // tokens from a speech verb to the quote it frames

bool isNameMention(const Context& ctx, std::uint32_t t) {
  const int m = ctx.mentionAt(t);
  return m >= 0 && !isNumericType(ctx.analysis().mentions[m].type);
}

bool isSubjectPronoun(std::string_view w) { return w == "he" || w == "she" || w == "they" || w == "it"; }
bool isFirstPerson(std::string_view w) { return w == "i" || w == "we" || w == "you"; }
bool isPossessivePronoun(std::string_view w) { return w == "his" || w == "her" || w == "their" || w == "its"; }
bool isAdverb(std::string_view w) { return w.size() > 4 && w.compare(w.size() - 2, 2, "ly") == 0; }

// Can token t belong to a subject phrase ("Arsenal defender Per Mertesacker",
// "the North High School principal", "U.S. Secretary of State John Kerry")?
bool phraseToken(const Context& ctx, std::uint32_t t) {
  if (ctx.quoted(t)) return false;
  if (isNameMention(ctx, t)) return true;
  const std::string_view s = ctx.surface(t);
  if (lexicon::isPossessive(s) || s == "&") return true;
  const TokenKind kind = ctx.analysis().tokens[t].kind;
  if (kind == TokenKind::Number) return true;
  if (kind != TokenKind::Word) return false;
  const std::string_view w = ctx.lower(t);
  if (w == "of") return true;
  return !(lexicon::isClauseOpener(w) || lexicon::isPreposition(w) || speechVerb(w).speech || lexicon::isAuxiliary(w) ||
           lexicon::isBeForm(w) || w == "and" || w == "or" || w == "not");
}

// "and" joins two names or titles ("co-founder and CEO Larry Page", "X and Y"), not clauses.
bool joinsNames(const Context& ctx, std::uint32_t t, std::uint32_t lo, std::uint32_t hi) {
  return t > lo && t + 1 < hi && ctx.lower(t) == "and" && ctx.capitalizedWord(t + 1) && phraseToken(ctx, t - 1) &&
         !ctx.quoted(t);
}

// Start of the phrase that ends just before `end`, no further back than `lo`.
std::uint32_t phraseStart(const Context& ctx, std::uint32_t end, std::uint32_t lo) {
  std::uint32_t t = end;
  while (t > lo && end - t < kPhraseMax && (phraseToken(ctx, t - 1) || joinsNames(ctx, t - 1, lo, end))) --t;
  return t;
}

// End of the phrase that starts at `start`, no further than `hi`.
std::uint32_t phraseEnd(const Context& ctx, std::uint32_t start, std::uint32_t hi) {
  std::uint32_t t = start;
  while (t < hi && t - start < kPhraseMax && (phraseToken(ctx, t) || joinsNames(ctx, t, start, hi))) ++t;
  return t;
}

// Reads the phrase [first, last) as a source: its head is its last word.
Source phraseSource(const Context& ctx, std::uint32_t first, std::uint32_t last, Frame frame) {
  Source s;
  if (first >= last) return s;
  s.frame = frame;
  s.first = first;
  s.last = last;
  std::uint32_t end = last;  // "X and Y said": the first-named source
  for (std::uint32_t k = first + 1; k + 1 < last; ++k)
    if (ctx.lower(k) == "and" && isNameMention(ctx, k - 1)) {
      end = k;
      break;
    }
  const std::uint32_t h = end - 1;
  const std::string_view w = ctx.lower(h), w0 = ctx.lower(first);
  if (isSubjectPronoun(w0) || (isPossessivePronoun(w0) && lexicon::isSpeechNoun(w))) {
    // "He further said", "their statement read": the pronoun is the source.
    s.kind = SourceKind::Pronoun;
    s.head = first;
  } else if (isNameMention(ctx, h)) {
    s.kind = SourceKind::Name;
    s.mention = ctx.mentionAt(h);
  } else if (end - first == 1 && isFirstPerson(w)) {
    s.kind = SourceKind::None;  // the writer, not a source
  } else if (end - first == 1 && isSubjectPronoun(w)) {
    s.kind = SourceKind::Pronoun;
    s.head = h;
  } else if (ctx.lowercaseWord(h) && ctx.lower(first) == "the") {
    s.kind = SourceKind::Description;
    s.head = h;
  } else {
    s.kind = SourceKind::Unnamed;  // "police", "a police spokesman", "one", a name the tagger missed
    s.head = h;
  }
  return s;
}

// A verb found with no subject phrase: still someone's words, from no named source.
Source bareVerb(std::uint32_t verb, Frame frame) {
  Source s;
  s.kind = SourceKind::Unnamed;
  s.frame = frame;
  s.first = s.last = s.head = verb;
  return s;
}

// Passive or question forms report nobody: "is described as", "does it say".
bool passiveAt(const Context& ctx, std::uint32_t v, std::uint32_t lo) {
  std::uint32_t t = v;
  while (t > lo && (isAdverb(ctx.lower(t - 1)) || ctx.lower(t - 1) == "also" || ctx.lower(t - 1) == "not")) --t;
  if (t == lo) return false;
  const std::string_view w = ctx.lower(t - 1);
  return lexicon::isBeForm(w) || lexicon::isPossessive(ctx.surface(t - 1)) || w == "so" || w == "does" || w == "do" ||
         w == "did";
}

// "X, who …, said" / "X, a spokesman for Y, said": the end of X before the aside
// that ends at the comma `comma`, or kNoToken.
std::uint32_t beforeAside(const Context& ctx, std::uint32_t comma, std::uint32_t lo) {
  for (std::uint32_t k = comma; k-- > lo && comma - k < kAsideMax;) {
    if (ctx.quoted(k) || ctx.isPunct(k, ".")) return kNoToken;
    if (ctx.isPunct(k, ",") && k > lo && (isNameMention(ctx, k - 1) || isSubjectPronoun(ctx.lower(k - 1)))) return k;
  }
  return kNoToken;
}

// The subject of the speech verb at v, read backwards from it.
Source subjectBefore(const Context& ctx, std::uint32_t v, std::uint32_t lo, Frame frame) {
  std::uint32_t e = v;
  for (int k = 0; k < 3 && e > lo && (lexicon::isAuxiliary(ctx.lower(e - 1)) || isAdverb(ctx.lower(e - 1))); ++k) --e;
  if (e > lo && ctx.isPunct(e - 1, ",")) {
    e = beforeAside(ctx, e - 1, lo);
    if (e == kNoToken) return {};
  }
  // "a post-it note that says": the relative pronoun stands for the phrase before it.
  if (e > lo + 1 && (ctx.lower(e - 1) == "that" || ctx.lower(e - 1) == "which" || ctx.lower(e - 1) == "who")) --e;
  const std::uint32_t b = phraseStart(ctx, e, lo);
  if (b == e) return {};
  // "Matthew Conrad on Facebook said": the phrase before the preposition is the subject.
  if (b > lo + 1 && lexicon::isPreposition(ctx.lower(b - 1)) && ctx.lower(b - 1) != "of") {
    const std::uint32_t b2 = phraseStart(ctx, b - 1, lo);
    if (b2 < b - 1) {
      Source s = phraseSource(ctx, b2, b - 1, frame);
      s.last = e;
      return s;
    }
  }
  return phraseSource(ctx, b, e, frame);
}

// The subject after an inverted verb: "said Mr Xi", "said her mother, NAME".
Source subjectAfterVerb(const Context& ctx, std::uint32_t v, std::uint32_t hi, Frame frame) {
  const std::uint32_t e = phraseEnd(ctx, v + 1, hi);
  Source s = phraseSource(ctx, v + 1, e, frame);
  const bool unnamed = s.kind == SourceKind::Description || s.kind == SourceKind::Unnamed;
  if (unnamed && e + 1 < hi && ctx.isPunct(e, ",") && isNameMention(ctx, e + 1) &&
      ctx.analysis().mentions[ctx.mentionAt(e + 1)].type == EntityType::PERSON) {
    s.kind = SourceKind::Name;
    s.mention = ctx.mentionAt(e + 1);
    s.last = e + 1;
    while (s.last < hi && ctx.mentionAt(s.last) == s.mention) ++s.last;
  }
  return s;
}

std::uint32_t hiFrom(const Context& ctx, std::uint32_t t) { return std::min(ctx.tokenCount(), t + kScan); }

bool isDash(const Context& ctx, std::uint32_t t) {
  const std::string_view s = ctx.surface(t);
  return s == "--" || s == "\xE2\x80\x94" || s == "\xE2\x80\x93";
}

// The last character inside the marks ends a sentence ("…lost."): what follows the
// quote starts a new clause unless it is plainly an attribution.
char finalMark(const Context& ctx, const QuotedSpan& q) { return q.end > q.start ? ctx.text()[q.end - 1] : 0; }

// After a quote that ends with a period, "X said" must end its clause: "Mattice
// announced Paul's leave" and "Page said, “…”" (the next quote's frame) are not
// attributions of it.
bool clauseEndsAt(const Context& ctx, std::uint32_t v) {
  const std::uint32_t n = v + 1;
  if (n >= ctx.tokenCount()) return true;
  if (ctx.isPunct(n, ",") || ctx.isPunct(n, ":")) return n + 1 >= ctx.tokenCount() || !ctx.quoted(n + 1);
  if (ctx.analysis().tokens[n].kind == TokenKind::Punct) return !ctx.quoted(n);
  if (isNameMention(ctx, n)) {
    std::uint32_t e = n;
    while (e < ctx.tokenCount() && ctx.mentionAt(e) == ctx.mentionAt(n)) ++e;
    return e >= ctx.tokenCount() || !lexicon::isPossessive(ctx.surface(e));
  }
  return lexicon::isPreposition(ctx.lower(n)) || !ctx.lowercaseWord(n) || ctx.lower(n) == "reporters";
}

// "X, editor of the “Y,” told": the token after the aside that follows X, or kNoToken.
std::uint32_t afterAside(const Context& ctx, std::uint32_t comma, std::uint32_t hi) {
  for (std::uint32_t k = comma + 1; k < hi && k - comma < kAsideMax; ++k) {
    if (ctx.isPunct(k, ".")) return kNoToken;
    if (ctx.isPunct(k, ",") && !ctx.quoted(k)) return k + 1;
    // The aside may end inside a quoted title: `editor of the "Intelligence Report," told`.
    if (ctx.isPunct(k, ",") && k + 2 < hi && ctx.quoted(k + 1) && !ctx.quoted(k + 2) &&
        ctx.analysis().tokens[k + 1].kind == TokenKind::Punct)
      return k + 2;
  }
  return kNoToken;
}

Source after(const Context& ctx, const QuotedSpan& q) {
  if (!q.closed) return {};
  std::uint32_t t = ctx.afterToken(q);
  if (t < ctx.tokenCount() && (ctx.isPunct(t, ",") || isDash(ctx, t))) ++t;
  const std::uint32_t hi = hiFrom(ctx, t);
  if (t >= hi || ctx.quoted(t)) return {};
  const bool period = finalMark(ctx, q) == '.';
  const lexicon::SpeechVerb verb = speechVerb(ctx.lower(t));
  if (verb.inverts) return period && !clauseEndsAt(ctx, t) ? Source{} : subjectAfterVerb(ctx, t, hi, Frame::After);
  if (verb.speech) return {};
  const std::uint32_t e = phraseEnd(ctx, t, hi);
  std::uint32_t u = e;
  if (e > t && u < hi && ctx.isPunct(u, ",") && isNameMention(ctx, e - 1)) u = afterAside(ctx, u, hi);
  for (int k = 0; k < 3 && u < hi && (lexicon::isAuxiliary(ctx.lower(u)) || isAdverb(ctx.lower(u))); ++k) ++u;
  if (e == t || u >= hi || !speechVerb(ctx.lower(u)).finite || lexicon::isNamingVerb(ctx.lower(u))) return {};
  if (period && !clauseEndsAt(ctx, u)) return {};
  return phraseSource(ctx, t, e, Frame::After);
}

std::uint32_t sentenceLo(const Context& ctx, std::uint32_t o) {
  const std::size_t s = ctx.sentenceOfToken(o);
  std::uint32_t lo = ctx.sentenceFirst(s);
  // A sentence that ends with a colon introduces the quote that opens the next one.
  if (o == lo && s > 0 && o > 0 && ctx.isPunct(o - 1, ":")) lo = ctx.sentenceFirst(s - 1);
  return std::max(lo, o > kScan ? o - kScan : 0);
}

Source before(const Context& ctx, const QuotedSpan& q) {
  const std::uint32_t o = ctx.openToken(q);
  if (o == 0 || o >= ctx.tokenCount()) return {};
  const std::uint32_t lo = sentenceLo(ctx, o);
  std::uint32_t t = o;
  if (t > lo && (ctx.isPunct(t - 1, ",") || ctx.isPunct(t - 1, ":"))) --t;
  for (std::uint32_t v = t; v-- > lo && t - v <= 5;) {
    if (ctx.quoted(v) || (!phraseToken(ctx, v) && !speechVerb(ctx.lower(v)).speech)) return {};
    // "told they can “…”": a clause of its own between the verb and the mark.
    if (isSubjectPronoun(ctx.lower(v)) && v + 1 < t) return {};
    const lexicon::SpeechVerb verb = speechVerb(ctx.lower(v));
    if (!verb.speech) continue;
    if (ctx.lower(v) == "according" || passiveAt(ctx, v, lo)) return {};
    if (v + 1 == t && lexicon::isNamingVerb(ctx.lower(v))) return {};  // "a film called “…”": a title
    if (v > lo && isFirstPerson(ctx.lower(v - 1))) return {};          // "we say": the writer's own words
    if (!verb.finite) {
      Source s = sentenceSubject(ctx, ctx.sentenceOfToken(v), v);
      return s.found() ? s : bareVerb(v, Frame::Before);
    }
    // Words between the verb and the mark are its object ("told reporters"), a phrase
    // ("said in a statement") or, at a clause start, its subject ("Said the mayor:").
    Source s = subjectBefore(ctx, v, lo, Frame::Before);
    if (s.found()) return s;
    const bool clauseStart = v == lo || ctx.isPunct(v - 1, ",") || ctx.isPunct(v - 1, ".");
    if (v + 1 < t && verb.inverts && clauseStart) {
      s = phraseSource(ctx, v + 1, t, Frame::Before);
      if (s.found()) return s;
    }
    return bareVerb(v, Frame::Before);
  }
  return {};
}

// The first token `reach` tokens back from token o, not before o's sentence.
std::uint32_t reachBack(const Context& ctx, std::uint32_t o, std::uint32_t reach) {
  return std::max(ctx.sentenceFirst(ctx.sentenceOfToken(o)), o > reach ? o - reach : 0);
}

Source indirect(const Context& ctx, const QuotedSpan& q) {
  const std::uint32_t o = ctx.openToken(q);
  if (o >= ctx.tokenCount()) return {};
  const std::size_t s = ctx.sentenceOfToken(o);
  const std::uint32_t lo = reachBack(ctx, o, kIndirectReach);
  bool coordinated = true;  // only "and", "or" and commas since the quote: `as "powerful" and "reflective"`
  for (std::uint32_t v = o; v-- > lo;) {
    const std::string_view w = ctx.lower(v);
    if (ctx.quoted(v)) {
      if (!coordinated) return {};  // a verb before another quote frames that one
      continue;
    }
    coordinated = coordinated && (w == "and" || w == "or" || w == ",");
    const lexicon::SpeechVerb verb = speechVerb(w);
    if (v + 1 == o && lexicon::isNamingVerb(w)) return {};  // "a film called “…”": a title
    if (!verb.speech || w == "according" || passiveAt(ctx, v, lo)) continue;
    // "we say that": the writer speaking; a base form right after its subject is finite.
    if (v > lo && isFirstPerson(ctx.lower(v - 1))) return {};
    const bool subjectFirst = v > lo && (isNameMention(ctx, v - 1) || isSubjectPronoun(ctx.lower(v - 1)));
    const std::uint32_t from = ctx.sentenceFirst(s);
    Source src =
        verb.finite || subjectFirst ? subjectBefore(ctx, v, from, Frame::Indirect) : sentenceSubject(ctx, s, v);
    return src.found() ? src : bareVerb(v, Frame::Indirect);
  }
  return {};
}

Source trailing(const Context& ctx, const QuotedSpan& q) {
  const char mark = finalMark(ctx, q);
  if (!q.closed || mark == '.' || mark == '?' || mark == '!') return {};
  const std::uint32_t t = ctx.afterToken(q);
  if (t >= ctx.tokenCount() || t == 0) return {};
  const std::size_t s = ctx.sentenceOfToken(t - 1);
  const std::uint32_t hi = std::min(ctx.sentenceLast(s), hiFrom(ctx, t));
  for (std::uint32_t k = t; k + 1 < hi; ++k) {
    if (ctx.quoted(k)) return {};
    if (!ctx.isPunct(k, ",")) continue;
    const lexicon::SpeechVerb verb = speechVerb(ctx.lower(k + 1));
    if (verb.inverts) return subjectAfterVerb(ctx, k + 1, hi, Frame::Trailing);
    const std::uint32_t e = phraseEnd(ctx, k + 1, hi);
    if (e == k + 1 || e >= hi || !speechVerb(ctx.lower(e)).finite || passiveAt(ctx, e, k + 1)) continue;
    if (ctx.sentenceLast(s) - e > 8) continue;  // the clause must end the sentence
    return phraseSource(ctx, k + 1, e, Frame::Trailing);
  }
  return {};
}

Source according(const Context& ctx, const QuotedSpan& q) {
  const std::uint32_t o = ctx.openToken(q);
  if (o >= ctx.tokenCount()) return {};
  const std::uint32_t lo = reachBack(ctx, o, kScan);
  const std::uint32_t hi = std::min(ctx.sentenceLast(ctx.sentenceOfToken(std::max(o, ctx.afterToken(q) - 1))),
                                    hiFrom(ctx, ctx.afterToken(q)));
  for (std::uint32_t k = lo; k + 2 < hi; ++k) {
    if (ctx.quoted(k) || ctx.lower(k) != "according" || ctx.lower(k + 1) != "to") continue;
    const std::uint32_t b = k + 2, e = phraseEnd(ctx, b, hi);
    // "according to a statement by the US State Department": the issuer of the text.
    if (e > b && e + 1 < hi && lexicon::isSpeechNoun(ctx.lower(e - 1)) &&
        (ctx.lower(e) == "by" || ctx.lower(e) == "from")) {
      Source issuer = phraseSource(ctx, e + 1, phraseEnd(ctx, e + 1, hi), Frame::According);
      if (issuer.found()) return issuer;
    }
    Source src = phraseSource(ctx, b, e, Frame::According);
    if (src.found()) return src;
  }
  return {};
}

// Where the subject of sentence s starts: after a leading conjunction, and after an
// opening phrase that ends with a comma and names nothing ("On Monday,", "However,").
std::uint32_t subjectStart(const Context& ctx, std::size_t s, std::uint32_t hi) {
  std::uint32_t f = ctx.sentenceFirst(s);
  while (f < hi && ctx.analysis().tokens[f].kind == TokenKind::Punct) ++f;
  const std::string_view w = f < hi ? ctx.lower(f) : std::string_view();
  if (w == "but" || w == "and" || w == "yet" || w == "so") ++f;
  bool named = false;
  for (std::uint32_t k = f; k < hi && k < f + 12; ++k) {
    if (ctx.isPunct(k, ",")) {
      const bool opener = lexicon::isPreposition(w) || (w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0);
      return named && !opener ? f : k + 1;
    }
    named = named || isNameMention(ctx, k);
  }
  return f;
}

}  // namespace

Source sentenceSubject(const Context& ctx, std::size_t s, std::uint32_t before) {
  const std::uint32_t hi = std::min(before, ctx.sentenceFirst(s) + kScan);
  const std::uint32_t f = subjectStart(ctx, s, hi);
  std::uint32_t e = phraseEnd(ctx, f, std::min(hi, f + 6));
  // The subject ends with its first name unless the name is a modifier ("Nigeria's police").
  for (std::uint32_t k = f; k < e; ++k)
    if (isNameMention(ctx, k) && (k + 1 >= e || ctx.mentionAt(k + 1) != ctx.mentionAt(k))) {
      if (k + 1 < e && (lexicon::isPossessive(ctx.surface(k + 1)) || ctx.capitalizedWord(k + 1))) continue;
      e = k + 1;
      break;
    }
  Source src = phraseSource(ctx, f, e, Frame::Indirect);
  // "The ruling party, the Peoples Democratic Party, refutes …": the appositive names it.
  if ((src.kind == SourceKind::Description || src.kind == SourceKind::Unnamed) && e + 1 < hi && ctx.isPunct(e, ",")) {
    const std::uint32_t e2 = phraseEnd(ctx, e + 1, hi);
    if (e2 < hi && ctx.isPunct(e2, ",") && e2 > e + 1 && isNameMention(ctx, e2 - 1)) {
      const Source named = phraseSource(ctx, e + 1, e2, Frame::Indirect);
      if (named.kind == SourceKind::Name) return named;
    }
  }
  return src;
}

Source sentenceFrame(const Context& ctx, std::size_t s) {
  const std::uint32_t first = ctx.sentenceFirst(s), last = std::min(ctx.sentenceLast(s), first + 200);
  for (std::uint32_t v = first + 1; v < last; ++v) {
    if (ctx.quoted(v) || !speechVerb(ctx.lower(v)).finite || passiveAt(ctx, v, first)) continue;
    const Source src = subjectBefore(ctx, v, first, Frame::Indirect);
    if (src.kind == SourceKind::Name || src.kind == SourceKind::Pronoun) return src;
  }
  return {};
}

Source findSource(const Context& ctx, const QuotedSpan& q) {
  if (Source s = after(ctx, q); s.found()) return s;
  if (Source s = before(ctx, q); s.found()) return s;
  if (Source s = indirect(ctx, q); s.found()) return s;
  if (Source s = trailing(ctx, q); s.found()) return s;
  return according(ctx, q);
}

}  // namespace newslens::quotes
