#pragma once
// Quotes stage: quoted speech and its speaker. Contract:
// - a quote is the text INSIDE double quote marks (" “ ” „ ‟ « »), in article order,
//   never empty, never overlapping; nested marks stay inside the outer quote;
// - an unclosed quote ends at the end of its paragraph, unless the next paragraph
//   opens with a quote mark (the newspaper convention for multi-paragraph quotes):
//   then it continues, and one quote spans both paragraphs (the reopening mark
//   included); so no quoted text is ever lost or cut short;
// - straight quotes open when they touch the following word and close when they
//   touch the preceding one; stray marks are ignored;
// - the speaker is an entity index or -1: "according to X" in the quote's sentence
//   wins; then "…,” X said" / "…,” said X" after the quote; then "X said … “…”"
//   before it; then "X said:" in the previous sentence. "he"/"she" take the most
//   recent person, "the department" the most recent entity whose name holds that
//   word, within the three sentences before;
// - one linear scan over the text plus O(log n) lookups per quote.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::quotes {

std::vector<Quote> findQuotes(std::string_view text, const Analysis& analysis);

}  // namespace newslens::quotes
