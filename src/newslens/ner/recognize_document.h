#pragma once
// Name spans read against the rest of the article (issue 13 item 4, after the
// tagger): a sentence-initial capital makes an ordinary word look like part of the
// name after it ("Fellow Nigerians", "Watch Kanye"), which the tagger, trained on
// 1996 Reuters, sweeps into one span.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/model.h"

namespace newslens::ner {

// Over the tagger's mentions (sorted, non-overlapping): a mention of two or more words
// that starts a sentence (after nothing but punctuation) and is no title in quotation
// marks ('"Top Gear" returns') loses its first word when
// that word is one the model's casing profile says is mostly written in lower case,
// the rest is written as a mention of its own elsewhere in the text (it then takes that
// mention's type), and the whole is no gazetteer phrase and stands nowhere else inside
// a sentence ("North Korea" keeps its "North"). Mentions stay sorted; a text without
// such a span is left as it was.
void dropSentenceInitialWords(std::string_view text, const std::vector<Token>& tokens,
                              const std::vector<Sentence>& sentences, const Model& model,
                              std::vector<Mention>& mentions);

// The reverse ("Top Gear will not be broadcast", the tagger reading only "Gear"): a
// mention right after its sentence's first word, a capitalised word no mention covers
// and no title ("Prince Charles" stays "Charles"),
// takes that word back when the article writes the whole as a mention inside a sentence
// elsewhere ('car show "Top Gear"'), with that mention's type. Mentions stay sorted.
void restoreSentenceInitialWords(std::string_view text, const std::vector<Token>& tokens,
                                 const std::vector<Sentence>& sentences, std::vector<Mention>& mentions);

}  // namespace newslens::ner
