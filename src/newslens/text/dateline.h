#pragma once
// News datelines at the start of a sentence: "(CNN)", "Tokyo (CNN)",
// "WASHINGTON (AP) — ", "LONDON, June 3 (Reuters) -", "BEIRUT, Lebanon — ".
// A text-phase concept with two readers: key points drop them from their shown span
// (the sentence itself is untouched; in a bullet list they are noise), and entities
// mark the outlet a dateline names as a source (entities/sources.h). Recognised, at
// the very start only:
// - an optional place: up to 6 capitalised words, commas and day/year numbers
//   ("New Delhi, India", "LONDON, June 3"), then a short parenthesised source:
//   any 1-4 capitalised words when nothing precedes it ("(Rolling Stone)"); after
//   a place a known agency ("(CNN)", "(Reuters)"), or any source followed by a dash
//   when the place is in capitals;
// - or a place in capitals followed by a dash and not by a lower-case word
//   ("WASHINGTON — The Senate", but not "NATO — the alliance");
// then an optional dash and spaces. Nothing is trimmed when what is left has no
// letter or digit.

#include <cstddef>
#include <string_view>

namespace newslens::text {

// Returns the number of bytes of `sentence` (a sentence's content, starting at
// its first non-space byte) taken by a leading dateline and the spaces and dash
// after it; 0 when it does not start with one.
std::size_t leadingDatelineLength(std::string_view sentence);

}  // namespace newslens::text
