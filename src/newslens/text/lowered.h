#pragma once
// The analyzed text lowercased once, shared by the stages after the tokenizer
// (Analysis::lower), instead of each lowercasing the same tokens again. Lowercasing
// keeps every character's UTF-8 length (text::lowercaseInPlace), so a span's lower
// case sits at the span's own offsets: surface(lowered, span) == lowercase(surface(
// text, span)) for any span that starts at a character boundary (every token,
// mention and sentence does).

#include <string>
#include <string_view>

#include "newslens/analysis.h"

namespace newslens::text {

// `text` lowercased: the same length, byte for byte aligned with it.
std::string lowercaseText(std::string_view text);

// Analysis::lower when it was made for `text` (Analyzer::analyze makes it), else
// `scratch` filled with lowercaseText(text), so that a stage run by hand (tests,
// tools) needs no setup. The view lives as long as `a` or `scratch`.
std::string_view loweredText(std::string_view text, const Analysis& a, std::string& scratch);

}  // namespace newslens::text
