#pragma once
// NER stage: tokens + sentences → typed mentions. Contract: mentions are sorted
// by start, never overlap, and carry OntoNotes types; each covers its token range
// [firstToken, lastToken) and aligns with its boundaries, except a name inside a
// hyphenated word (hyphen_names.h: "Israel" of "pro-Israel"), whose bytes lie inside
// its tokens' (two such mentions may share one token: "Israeli-Palestinian").
//
// Per sentence the tagger (tagger.h) proposes CoNLL spans; type_rules.h maps them
// to OntoNotes types and strips leading titles from PERSON spans; a place or
// nationality directly before an organization joins it ("Chinese Foreign Ministry"),
// but the United States is its own mention ("U.S." GPE + "State Department" ORG); a
// name split at its particle joins again (name_particles.h: "Pieter ten Hoopen").
// Pattern rules (patterns.h) then fill the gaps: on any overlap the tagger's span
// wins (its spans are names; a pattern's date or number never sits inside a name
// correctly), and pattern mentions that overlap nothing are kept.
// score = the lowest per-token marginal probability of the tagger's tags in the span
// (pattern mentions keep their own score).

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/model.h"

namespace newslens::ner {

// True when the words (a name's tokens as written) are a country, city or region in
// the model's gazetteer; false without a model. For stages that need place evidence.
bool isKnownPlace(const Model& model, const std::vector<std::string_view>& words);

std::vector<Mention> recognize(std::string_view text, const std::vector<Token>& tokens,
                               const std::vector<Sentence>& sentences, const Model& model);

}  // namespace newslens::ner
