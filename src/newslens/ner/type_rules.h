#pragma once
// The stated rules that turn the tagger's CoNLL spans into OntoNotes mentions
// (DESIGN.md "Result schema"). Each rule reads only the span's own tokens:
//  - PER → PERSON, ORG → ORG.
//  - LOC → LOC when the span names a body of water, a continent or world region, or
//    ends in a landform word ("River", "Mountains", "Strait", …); otherwise GPE
//    (countries, cities and states are what CoNLL news mostly tags LOC).
//  - MISC → NORP for a nationality, demonym, religious or political group
//    ("Chinese", "Americans", "Muslim", "Republican"); EVENT when it ends in an
//    event word ("Cup", "Olympics", "War", "Championship", a holiday's "Day", a
//    league's "Division", "Grand Slam", …); LAW when it names an
//    act or treaty; PRODUCT when it has a digit or a product word ("Windows 95");
//    WORK_OF_ART never (the tagger cannot tell titles apart); NORP otherwise, since
//    demonyms are most of CoNLL's MISC.
// Title words ("Mr", "President", "Secretary of State", "foreign minister") are
// never part of a PERSON span: titleWords() says how many lead a span.

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/features.h"
#include "newslens/ner/tags.h"

namespace newslens::ner {

// OntoNotes type for a tagger span of `type` whose token texts are `tokens`.
EntityType ontonotesType(ConllType type, const std::vector<std::string_view>& tokens, const KnownWords& knownWords,
                         const FeatureHasher& hash);

// True for a word with a demonym ending ("Chinese", "Serbs"… "-an", "-ese", "-ish",
// "-i", "-ic", "-ist", "-ch", and their plurals), on its normalized lower-case form.
bool looksLikeDemonym(std::string_view token);

// Number of leading tokens of `tokens` that are titles or honorifics (with the
// words that join a multi-word title: "Secretary of State"). Never all of them.
std::size_t titleWords(const std::vector<std::string_view>& tokens);

// True for a single token that is a title or honorific ("Mr", "Mr.", "President"):
// lexicon::isTitleWord of the normalized, lowercased token. A short curated list: the
// honorifics gazetteer also holds first names ("Dean", "Fiona"), so it only feeds the
// tagger's features, never this rule.
bool isTitleWord(std::string_view token);

// True for a word that continues a title after "of"/"for" ("State", "Foreign Affairs",
// "Defence" in "Secretary of State", "Minister for Foreign Affairs"): lexicon's joiners.
bool isTitleContinuation(std::string_view token);

// True for a capitalized head of an organization name that takes "of"/"for"
// ("Ministry", "Department", "Bank", "University", …): "Ministry of Foreign Affairs".
bool isInstitutionWord(std::string_view token);

// True for "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr" (with or without the period;
// lexicon::isPersonalHonorific): a span they start names a person, whatever type the
// tagger gave it.
bool isPersonalHonorific(std::string_view token);

}  // namespace newslens::ner
