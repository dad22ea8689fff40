#pragma once
// Name particles: "Pieter ten Hoopen", "Ludwig van Beethoven". The tagger, trained on
// CoNLL, often stops a name at its lower-case particle and tags the two sides apart
// ("Pieter" | ten | "Hoopen"), and the number rules would read "ten" as a CARDINAL.
// Contract, over the tagger's mentions (sorted by start, non-overlapping):
// - two PERSON mentions with only 1-3 lower-case particles (lexicon::isNameParticle)
//   between them become one PERSON mention over the whole name;
// - a PERSON mention right after particles that the same text wrote inside such a
//   full name takes them in ("says ten Hoopen", a sentence-initial "Ten Hoopen" once
//   the text wrote "Pieter ten Hoopen"); without that evidence nothing is joined, so
//   "ten Americans" or "the van Smith drove" stay as they are;
// - the result stays sorted and non-overlapping; linear in mentions.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::ner {

void joinNameParticles(std::string_view text, const std::vector<Token>& tokens, std::vector<Mention>& mentions);

}  // namespace newslens::ner
