#include "newslens/quotes/quote_marks.h"

#include "newslens/noinline.h"
#include "newslens/text/utf8.h"

namespace newslens::quotes {
namespace {

enum class Mark { None, Open, Close, Straight };
enum class Family { None, Straight, Curly, Guillemet };

Mark markOf(char32_t cp) {
  switch (cp) {
    case U'"':
      return Mark::Straight;
    case U'\u201C':
    case U'\u201E':
    case U'\u201F':
    case U'\u00AB':
      return Mark::Open;
    case U'\u201D':
    case U'\u00BB':
      return Mark::Close;
    default:
      return Mark::None;
  }
}

Family familyOf(char32_t cp) {
  if (cp == U'"') return Family::Straight;
  if (cp == U'\u00AB' || cp == U'\u00BB') return Family::Guillemet;
  return markOf(cp) == Mark::None ? Family::None : Family::Curly;
}

struct Char {
  char32_t cp = 0;
  std::uint32_t length = 1;
  text::CharClass cls = text::CharClass::Control;
};

Char charAt(std::string_view text, std::size_t pos) {
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return {b, 1, text::kAsciiClasses[b]};  // decodeAt's and classify's answer, without the calls
  const text::DecodedChar d = text::decodeAt(text, pos);
  Char c;
  c.cp = d.valid ? d.codePoint : 0xFFFD;
  c.length = d.length;
  c.cls = d.valid ? text::classify(d.codePoint) : text::CharClass::Control;
  return c;
}

bool isBlank(text::CharClass cls) { return cls == text::CharClass::Space || cls == text::CharClass::Newline; }

bool opensBefore(char32_t cp, text::CharClass cls) {
  // A straight quote after these still opens: `(“`, `—"`, `:"`.
  return isBlank(cls) || cls == text::CharClass::Dash || cp == '(' || cp == '[' || cp == '{' || cp == ':';
}

// One left-to-right pass; `open_` is the quote being read while depth_ > 0.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<QuotedSpan> run() {
    for (std::size_t pos = 0; pos < text_.size();) {
      if (depth_ == 0 ? skipUnquotedAscii(pos) : skipQuotedAscii(pos)) continue;
      const Char c = charAt(text_, pos);
      const std::uint32_t here = static_cast<std::uint32_t>(pos);
      pos += c.length;
      if (c.cls == text::CharClass::Newline) {
        if (depth_ > 0) emitUnclosed(nextParagraphReopens(pos));
      } else {
        step(c, here, static_cast<std::uint32_t>(pos));
      }
      prevCp_ = c.cp;
      prevCls_ = c.cls;
    }
    if (depth_ > 0) emitUnclosed(false);
    return std::move(spans_);
  }

 private:
  void step(const Char& c, std::uint32_t here, std::uint32_t after) {
    Mark mark = markOf(c.cp);
    if (mark == Mark::Straight) mark = straightRole(here);
    const Family family = familyOf(c.cp);
    // `("We're the Millers)`: the bracket the quote opened in closes it too.
    if (c.cp == ')' && depth_ > 0 && inBracket_) {
      emitUnclosed(false);
      return;
    }
    if (mark == Mark::Open) {
      if (depth_ > 0 && family == family_) emitUnclosed(true);  // the same quotation reopens
      if (depth_++ == 0) {
        begin(here, after, family);
        inBracket_ = prevCp_ == '(';
      }
    } else if (mark == Mark::Close && depth_ > 0) {
      if (--depth_ == 0) emit(here, after, true, false);
    }
    if (depth_ > 0 && !isBlank(c.cls)) {
      if (c.cls == text::CharClass::SentenceEnd && after - open_.start <= kMaxUnclosedBytes) sentenceEnd_ = after;
      if (after - open_.start <= kMaxUnclosedBytes) boundedEnd_ = after;
      contentEnd_ = after;
    }
  }

  // Outside a quotation an ASCII byte other than '"' opens nothing and closes nothing
  // (a newline or ')' only ends an open quote): skips the run of them at `pos`, as
  // step() would pass them, leaving the last as the previous character. False when
  // there is none. Most of a text is such bytes, and a byte here costs a compare.
  bool skipUnquotedAscii(std::size_t& pos) {
    const std::size_t from = pos;
    while (pos < text_.size() && static_cast<unsigned char>(text_[pos]) < 0x80 && text_[pos] != '"') ++pos;
    return passed(from, pos);
  }

  // Inside a quotation an ASCII byte other than '"', ')' or a line break only moves the
  // quote's content ends, as step()'s last lines do: skips the run of them at `pos`.
  bool skipQuotedAscii(std::size_t& pos) {
    const std::size_t from = pos;
    for (; pos < text_.size(); ++pos) {
      const unsigned char b = static_cast<unsigned char>(text_[pos]);
      if (b >= 0x80 || b == '"' || b == ')') break;
      const text::CharClass cls = text::kAsciiClasses[b];
      if (cls == text::CharClass::Newline) break;
      if (cls == text::CharClass::Space) continue;
      const std::uint32_t after = static_cast<std::uint32_t>(pos + 1);
      if (cls == text::CharClass::SentenceEnd && after - open_.start <= kMaxUnclosedBytes) sentenceEnd_ = after;
      if (after - open_.start <= kMaxUnclosedBytes) boundedEnd_ = after;
      contentEnd_ = after;
    }
    return passed(from, pos);
  }

  // After a skipped run [from, pos): its last byte is the previous character. False
  // when the run is empty.
  bool passed(std::size_t from, std::size_t pos) {
    if (pos == from) return false;
    const unsigned char last = static_cast<unsigned char>(text_[pos - 1]);
    prevCp_ = last;
    prevCls_ = text::kAsciiClasses[last];
    return true;
  }

  // A run of straight marks ("" or """) takes one role from what surrounds the run.
  Mark straightRole(std::uint32_t here) {
    if (here >= straightRunEnd_) {
      straightRunEnd_ = here;
      while (straightRunEnd_ < text_.size() && text_[straightRunEnd_] == '"') ++straightRunEnd_;
      const bool blankBefore = opensBefore(prevCp_, prevCls_);
      const bool blankAfter = straightRunEnd_ >= text_.size() || isBlank(charAt(text_, straightRunEnd_).cls);
      if (blankBefore && !blankAfter)
        straightRole_ = Mark::Open;
      else if (!blankBefore && blankAfter)
        straightRole_ = Mark::Close;
      else if (!blankBefore && !blankAfter)
        straightRole_ = depth_ > 0 ? Mark::Close : Mark::Open;
      else
        straightRole_ = depth_ > 0 && family_ == Family::Straight ? Mark::Close : Mark::None;
    }
    return straightRole_;
  }

  bool nextParagraphReopens(std::size_t pos) const {
    Char n;
    while (pos < text_.size() && isBlank((n = charAt(text_, pos)).cls)) pos += n.length;
    return pos < text_.size() && familyOf(n.cp) == family_ && markOf(n.cp) != Mark::Close;
  }

  void begin(std::uint32_t mark, std::uint32_t start, Family family) {
    open_ = QuotedSpan{};
    open_.openMark = mark;
    open_.start = start;
    family_ = family;
    contentEnd_ = sentenceEnd_ = boundedEnd_ = start;
  }

  void emitUnclosed(bool reopened) {
    std::uint32_t end = contentEnd_;
    if (end - open_.start > kMaxUnclosedBytes) end = sentenceEnd_ > open_.start ? sentenceEnd_ : boundedEnd_;
    emit(end, end, false, reopened);
  }

  void emit(std::uint32_t end, std::uint32_t closeEnd, bool closed, bool reopened) {
    open_.end = end < open_.start ? open_.start : end;
    open_.closeEnd = closeEnd;
    open_.closed = closed;
    open_.reopened = reopened;
    bool blank = true;
    for (std::size_t p = open_.start; p < open_.end && blank;) {
      const Char c = charAt(text_, p);
      blank = isBlank(c.cls);
      p += c.length;
    }
    // Trailing blanks before a closing mark are not quoted text (`bucket,' "`).
    while (open_.end > open_.start && (text_[open_.end - 1] == ' ' || text_[open_.end - 1] == '\t')) --open_.end;
    if (!blank) spans_.push_back(open_);
    depth_ = 0;
    family_ = Family::None;
  }

  std::string_view text_;
  std::vector<QuotedSpan> spans_;
  QuotedSpan open_;
  std::size_t depth_ = 0;
  Family family_ = Family::None;   // of the outermost open mark
  bool inBracket_ = false;         // the outermost mark follows "("
  std::uint32_t contentEnd_ = 0;   // end of the last non-blank character inside the quote
  std::uint32_t sentenceEnd_ = 0;  // end of its last sentence-final mark within the bound
  std::uint32_t boundedEnd_ = 0;   // end of its last non-blank character within the bound
  char32_t prevCp_ = 0;
  text::CharClass prevCls_ = text::CharClass::Newline;  // the start counts as blank
  std::size_t straightRunEnd_ = 0;
  Mark straightRole_ = Mark::None;
};

}  // namespace

NEWSLENS_NOINLINE std::vector<QuotedSpan> findQuotedSpans(std::string_view text) { return Scanner(text).run(); }

}  // namespace newslens::quotes
