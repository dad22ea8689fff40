#pragma once
// Quotes stage: quoted spans → kind (speech | term) → speaker. Contract:
// - spans as quote_marks.h finds them (never empty, never overlapping, in article
//   order; an unclosed mark never runs past its paragraph or kMaxUnclosedBytes);
// - kind as kind.h decides; a term never has a speaker or source text;
// - a speech quote's speaker comes from the strongest attribution frame around it
//   (attribution.h) resolved as speakers.h says; parts of one multi-paragraph
//   quotation share one source; a speech quote with no frame that opens its own
//   sentence continues the last speaker (within three sentences, unless another
//   person has become the subject in between); otherwise -1;
// - sourceStart/sourceEnd give the source's words ("a police spokesman", "he"),
//   empty when the text names no source;
// - linear in the input: one pass over the text for the marks, then bounded work
//   (a few dozen tokens, at most a few hundred mentions) per quote.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::quotes {

std::vector<Quote> findQuotes(std::string_view text, const Analysis& analysis);

}  // namespace newslens::quotes
