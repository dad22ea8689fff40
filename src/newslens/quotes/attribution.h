#pragma once
// Attribution frames: where the text says who a quote's words belong to, read the
// way news is written. The frames, strongest first:
// - After:  `"…," X said` / `"…," said X` / `"…," his co-host X tweeted` / `"…" X told CNN`;
// - Before: `X said: "…"` / `X said, "…"` / `Said the mayor: "…"` / `X told reporters: "…"`,
//           also across a sentence that ends with the colon;
// - Indirect: a speech verb earlier in the quote's sentence (`X said the plan was "sound"`,
//           `…, saying "…"` → the sentence's subject);
// - Trailing: a clause that ends the sentence (`The "high" cost …, the group said.`);
// - According: "according to X" in the sentence (a person named in it wins over the outlet).
// A frame's subject phrase is parsed into a Source: a name (its head mention), a
// pronoun, a definite description ("the broadcaster") or an unnamed source ("a
// police spokesman", "one"); its tokens give speakerText. "X, who …, said",
// "X on Facebook said", appositives ("said her mother, NAME"), role nouns before
// names ("says resident NAME") and joint sources ("X and Y said" → X) are read too.
// A first-person subject ("we say") is the writer, never a source. Each search is
// bounded to a few dozen tokens around the quote.

#include <cstdint>

#include "newslens/quotes/context.h"

namespace newslens::quotes {

enum class SourceKind : std::uint8_t { None, Name, Pronoun, Description, Unnamed };
enum class Frame : std::uint8_t { None, After, Before, Indirect, Trailing, According };

struct Source {
  SourceKind kind = SourceKind::None;
  Frame frame = Frame::None;
  std::uint32_t first = 0;  // the source phrase, tokens [first, last)
  std::uint32_t last = 0;
  int mention = -1;        // Name: the head mention
  std::uint32_t head = 0;  // Pronoun / Description: the pronoun or head noun token

  bool found() const { return kind != SourceKind::None; }
  // After and Before frames sit right at the marks: the quote is someone's words.
  bool direct() const { return frame == Frame::After || frame == Frame::Before; }
};

// The strongest frame around quote `q`, or a Source with kind None.
Source findSource(const Context& ctx, const QuotedSpan& q);

// The first speech frame of sentence s outside quotes (within its first 200 tokens)
// whose subject is a name or a pronoun: "Livni, he said, has …", "Trafny said that
// …". Kind None when the sentence attributes nothing.
Source sentenceFrame(const Context& ctx, std::size_t s);

// The subject phrase at the start of sentence s, skipping one leading phrase that
// ends with a comma ("On Monday, Nigeria's police force …"), as a Source.
Source sentenceSubject(const Context& ctx, std::size_t s, std::uint32_t before);

}  // namespace newslens::quotes
