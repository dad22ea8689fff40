#pragma once
// Builds the lexical resources stored inside a tagger model (ner/features.h) at
// training time: gazetteer phrases from the name lists in data/gazetteers, and
// the casing profile of each word counted on the (unlabelled) training text.

#include <string>
#include <vector>

#include "lib/conll.h"
#include "newslens/ner/features.h"

namespace newslens::tools {

struct GazetteerReport {
  std::vector<std::string> missing;  // list files that could not be read
  std::size_t phrases = 0;
};

// Reads the name lists under `dir` (dariusk-corpora/, census1990-names/) into
// `knownWords`' phrase table. `lastNames` caps the census surname list and `firstNames` each
// census first-name list (most frequent first).
GazetteerReport buildGazetteer(const std::string& dir, const ner::FeatureHasher& hash, std::size_t lastNames,
                               std::size_t firstNames, ner::KnownWords& knownWords);

// Counts how each lowercased word is cased inside sentences (not first in its
// sentence, not in ALL-CAPS lines) and stores words seen at least `minCount` times.
void buildCasingProfile(const std::vector<ConllSentence>& sentences, const ner::FeatureHasher& hash,
                        int minCount, ner::KnownWords& knownWords);

}  // namespace newslens::tools
