#pragma once
// Short forms of key points: the sentence as a bullet would say it. Deleted, in
// this order, each only when what it removes holds no number and no negation and
// what is left keeps at least four words:
// - a leading news dateline (dateline.h) — already outside the point's span;
// - one leading discourse word ("But", "However,", "Meanwhile,");
// - a leading attribution ending in "that" ("Police said Tuesday that …") or
//   "According to …," up to its comma;
// - a trailing attribution after the last comma (", police said.", ", according to
//   officials."); after a closing quote the quote's comma becomes a period;
// - parentheticals ("(pictured)", "(AQIM)") and asides between dashes; square
//   brackets (an editor's words in a quotation) stay;
// - appositives and non-restrictive relative clauses after a capitalized word,
//   closed by a comma (", a former Navy officer,", ", who lives in Ohio,").
// The main clause's verb is never inside a deleted part by construction (each
// pattern removes a modifier or the reporting frame around the clause). The first
// letter is capitalized when a deletion exposed a lower-case one.

#include <cstdint>
#include <string>
#include <string_view>

#include "newslens/analysis.h"

namespace newslens::summary {

// The concise form of text[start, end) (a key point's span, token-aligned);
// the span's own text when nothing can be deleted.
std::string shortForm(std::string_view text, const Analysis& analysis, std::uint32_t start, std::uint32_t end);

}  // namespace newslens::summary
