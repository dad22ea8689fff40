#pragma once
// Boilerplate detection, the last step of the text phase (after sentences and
// paragraphs): marks Sentence::boilerplate on the page furniture that pasted
// articles carry, so key points never pick it (the text itself is kept).
// Marked, case-insensitively:
// - label lines ("Read more:", "Related", "See also", "More on this story") and
//   the related-headline lines after them (short whole lines without final
//   punctuation); "Read more: <headline>" on one line;
// - "Advertisement", "Story continues below advertisement";
// - bylines ("By John Smith", "By John Smith and Jane Doe, CNN") and time stamps
//   ("Updated 10:32 AM ET, Mon June 19, 2023");
// - credit lines ("CNN's Jane Doe contributed to this report.", "Reuters contributed
//   reporting.", "Additional reporting by Jane Doe");
// - photo credits and captions ("Photo: …", "Image caption …", "(Getty Images)");
// - sharing, sign-up, follow, copyright, "Click here" and cookie-notice lines.
// Rules look at one sentence and at whether it fills its line; a real sentence
// that merely mentions these words (in lower case, mid-sentence) stays unmarked.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::text {

// Sets Sentence::boilerplate on the sentences of `text`. `lowered` is the text
// lowercased (text/lowered.h, Analysis::lower); without it (or when it is not as long
// as `text`) it is made here.
void markBoilerplate(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>& sentences,
                     std::string_view lowered = {});

// True when sentence i credits the story's reporters: a byline or a credit line as
// above (markBoilerplate marks both). The entities stage gives the outlet named in
// one a source role.
bool isCreditLine(std::string_view text, const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                  std::size_t i);

}  // namespace newslens::text
