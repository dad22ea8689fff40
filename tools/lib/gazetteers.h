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
// `wikiTypes`: which NLP4J types (nlp4j/entities.tsv) to read, "" for none, "all", or a
// comma-separated list of place, person, organization, work, product, event.
GazetteerReport buildGazetteer(const std::string& dir, const ner::FeatureHasher& hash, std::size_t lastNames,
                               std::size_t firstNames, const std::string& wikiTypes, ner::KnownWords& knownWords);

// Adds the NLP4J phrases (nlp4j/entities.tsv under `dir`) of `wikiTypes` (as for
// buildGazetteer) of at most `knownWords.maxPhraseTokens` tokens to `knownWords`' phrase
// table, keeping its phrases and their categories: for the span typer's whole-span
// lookup, after the tagger was trained without them (the tagger has no weights for the
// Wiki categories, so its tags do not change, nor the longest phrase it tries).
// Returns the number of phrases added or extended, or -1 if the file cannot be read.
long addNlp4jPhrases(const std::string& dir, const ner::FeatureHasher& hash, const std::string& wikiTypes,
                     ner::KnownWords& knownWords);

// Counts how each lowercased word is cased inside sentences (not first in its
// sentence, not in ALL-CAPS lines) and stores words seen at least `minCount` times.
void buildCasingProfile(const std::vector<ConllSentence>& sentences, const ner::FeatureHasher& hash, int minCount,
                        ner::KnownWords& knownWords);

// Reads a newslens-clusters table (word, tab, cluster ids coarse to fine; most frequent
// word first) into `knownWords`: the first `maxWords` words, their first `levels` ids
// (0: all). Returns the number of words stored, or -1 if the file cannot be read or is
// malformed (ids must fit 16 bits together).
// Keys keep `keyBits` bits (ner::KnownWords::clusterKeyBits).
long readClusters(const std::string& path, const ner::FeatureHasher& hash, std::size_t maxWords, int levels,
                  int keyBits, ner::KnownWords& knownWords);

}  // namespace newslens::tools
