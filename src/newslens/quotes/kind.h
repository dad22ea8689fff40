#pragma once
// Speech or term: whether a quoted span is someone's words or a quoted title,
// nickname, scare quote or cited term. Contract (news conventions, no names):
// - a title-case span of six words or more is a title or headline: a term;
// - a quote at an attribution frame right at its marks ("…," she said) is speech;
// - a shorter span in title case ("Parks and Recreation", "Top Gear") is a term;
// - a span of several words that ends with punctuation inside the marks (the
//   American placement for quoted sentences) or that is long is speech;
// - a quote that forms its own sentence is speech;
// - a short span is speech only when its sentence attributes it (a speech verb with a
//   subject that is not the writer, "according to", a statement or tweet), else a term
//   ("a "friendly" fight", "the so-called "sharing-economy"").

#include "newslens/analysis.h"
#include "newslens/quotes/attribution.h"
#include "newslens/quotes/context.h"

namespace newslens::quotes {

QuoteKind classifyQuote(const Context& ctx, const QuotedSpan& q, const Source& source);

}  // namespace newslens::quotes
