#include "newslens/quotes/quote_marks.h"

#include "newslens/text/utf8.h"

namespace newslens::quotes {
namespace {

enum class Mark { None, Open, Close, Straight };

Mark markOf(char32_t cp) {
  switch (cp) {
    case U'"': return Mark::Straight;
    case U'\u201C': case U'\u201E': case U'\u201F': case U'\u00AB': return Mark::Open;
    case U'\u201D': case U'\u00BB': return Mark::Close;
    default: return Mark::None;
  }
}

struct Char {
  char32_t cp = 0;
  std::uint32_t length = 1;
  text::CharClass cls = text::CharClass::Control;
};

Char charAt(std::string_view text, std::size_t pos) {
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

}  // namespace

std::vector<QuotedSpan> findQuotedSpans(std::string_view text) {
  std::vector<QuotedSpan> spans;
  const std::size_t size = text.size();
  std::size_t depth = 0;
  QuotedSpan open;
  std::uint32_t contentEnd = 0;  // end of the last non-blank character seen
  char32_t prevCp = 0;
  text::CharClass prevCls = text::CharClass::Newline;  // the start counts as blank
  std::size_t straightRunEnd = 0;
  Mark straightRole = Mark::None;

  const auto emit = [&](std::uint32_t end, std::uint32_t closeEnd, bool closed) {
    open.end = end < open.start ? open.start : end;
    open.closeEnd = closeEnd;
    open.closed = closed;
    bool blank = true;
    for (std::size_t p = open.start; p < open.end && blank;) {
      const Char c = charAt(text, p);
      blank = isBlank(c.cls);
      p += c.length;
    }
    if (!blank) spans.push_back(open);
    depth = 0;
  };

  for (std::size_t pos = 0; pos < size;) {
    const Char c = charAt(text, pos);
    if (c.cls == text::CharClass::Newline) {
      if (depth > 0) {
        // End of a paragraph inside a quote: continue only into a paragraph that opens with a mark.
        std::size_t next = pos;
        Char n;
        while (next < size && isBlank((n = charAt(text, next)).cls)) next += n.length;
        if (next < size && markOf(n.cp) != Mark::None && markOf(n.cp) != Mark::Close) {
          depth = 1;
          pos = next + n.length;
          contentEnd = static_cast<std::uint32_t>(pos);
          prevCp = n.cp;
          prevCls = n.cls;
          continue;
        }
        emit(contentEnd, contentEnd, false);
      }
      prevCp = c.cp;
      prevCls = c.cls;
      pos += c.length;
      continue;
    }
    const std::uint32_t here = static_cast<std::uint32_t>(pos);
    pos += c.length;
    Mark mark = markOf(c.cp);
    if (mark == Mark::Straight) {
      // A run of straight marks ("" or """) takes one role from what surrounds the run.
      if (here >= straightRunEnd) {
        straightRunEnd = here;
        while (straightRunEnd < size && text[straightRunEnd] == '"') ++straightRunEnd;
        const bool blankBefore = opensBefore(prevCp, prevCls);
        const bool blankAfter = straightRunEnd >= size || isBlank(charAt(text, straightRunEnd).cls);
        if (blankBefore && !blankAfter) straightRole = Mark::Open;
        else if (!blankBefore && blankAfter) straightRole = Mark::Close;
        else if (!blankBefore && !blankAfter) straightRole = depth > 0 ? Mark::Close : Mark::Open;
        else straightRole = Mark::None;  // marks standing alone between spaces
      }
      mark = straightRole;
    }
    if (mark == Mark::Open) {
      if (depth == 0) {
        open = QuotedSpan{};
        open.openMark = here;
        open.start = static_cast<std::uint32_t>(pos);
      }
      ++depth;
    } else if (mark == Mark::Close && depth > 0) {
      if (--depth == 0) emit(here, static_cast<std::uint32_t>(pos), true);
    }
    if (!isBlank(c.cls)) contentEnd = static_cast<std::uint32_t>(pos);
    prevCp = c.cp;
    prevCls = c.cls;
  }
  if (depth > 0) emit(contentEnd, contentEnd, false);
  return spans;
}

}  // namespace newslens::quotes
