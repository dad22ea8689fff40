#pragma once
// Labelled corpora beside CoNLL-2003, mapped onto its four types by stated rules so
// the tagger learns modern and non-Reuters names while CoNLL news stays the core (the
// trainer weights these sentences below 1). Only their training splits are read.
//
// CrossNER (Wikipedia; ../shared/data/crossner/<domain>_train.txt):
//   PER  ← person, politician, writer, scientist, researcher, musicalartist
//   ORG  ← organisation, politicalparty, band, university, magazine, academicjournal
//   LOC  ← location, country, astronomicalobject
//   MISC ← misc, event, election, award, book, album, song, poem, product, conference
//   O    ← genres, disciplines, fields, tasks, algorithms, metrics, programming languages,
//          chemicals, proteins, enzymes, instruments, theories (CoNLL leaves such
//          common-noun kinds untagged)
// WNUT-2017 (social media; ../shared/data/wnut17/wnut17train.conll):
//   PER ← person; LOC ← location; ORG ← corporation, group; MISC ← creative-work, product

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/conll.h"

namespace newslens::tools {

// CoNLL type of a CrossNER / WNUT-2017 entity type (nullopt: untagged).
std::optional<ner::ConllType> crossnerType(std::string_view type);
std::optional<ner::ConllType> wnutType(std::string_view type);

// Rewrites BIO labels "B-x"/"I-x" with `map` (unmapped types become O).
void mapLabels(std::vector<ConllSentence>& sentences, std::optional<ner::ConllType> (*map)(std::string_view));

// Reads the training splits of CrossNER's five domains under `dir`, mapped, each
// sentence weighted `weight`. Returns false if a file is missing.
bool readCrossner(const std::string& dir, float weight, std::vector<ConllSentence>& out);

// Reads WNUT-2017's training file, mapped and weighted. False if it cannot be read.
bool readWnut(const std::string& path, float weight, std::vector<ConllSentence>& out);

}  // namespace newslens::tools
