#pragma once
// Salience against human highlights (../shared/data/cnndm/dev.jsonl, read with
// summary_eval.h's reader): does our ranking put first what the highlights are about?
// - An entity is named in the highlights by its aliases, its name or, for a person,
//   the last word of the name, as whole words, case-sensitively; overlapping
//   matches of one entity count once ("Kanye West" is one naming, not three).
// - The target of an article is the entity its highlights name most often (all of
//   them on a tie); articles whose highlights name none are left out.
// - Hit@3: a target is among the three most salient entities.
// - The outlet (an entity with the alias "CNN", the corpus's outlet, found without
//   our source detection) in the top 3 of an article whose highlights never name it.
// The fitter learns SalienceWeights (entities/salience.h) as a conditional logit:
// salience ∝ exp(w · features), maximizing the probability of the targets, with an
// L2 penalty; folds split articles by index.

#include <cstddef>
#include <string>
#include <vector>

#include "lib/summary_eval.h"
#include "newslens/analyzer.h"
#include "newslens/entities/salience.h"

namespace newslens::tools {

// One analyzed article as the metric and the fitter see it.
struct SalienceCase {
  std::vector<entities::SalienceFeatures> features;  // per entity, in Analysis::entities order
  std::vector<int> targets;                          // entity indices the highlights name most; empty: none named
  int outlet = -1;                                   // the entity aliased "CNN", -1 if none
  bool aboutOutlet = false;                          // the highlights name the outlet
  std::vector<std::string> names;                    // per entity, its name (for reading misses)
  std::string id;                                    // the article's id
};

// How often the highlights name each entity of `analysis` (0 for numeric types).
std::vector<std::size_t> highlightNamings(const std::string& article, const Analysis& analysis,
                                          const std::vector<std::string>& highlights);

// Analyzes every example and builds its case.
std::vector<SalienceCase> buildSalienceCases(const Analyzer& analyzer, const std::vector<SummaryExample>& examples);

struct SalienceScores {
  std::size_t named = 0;        // articles whose highlights name an entity
  std::size_t hits = 0;         // … with a target in our top 3
  std::size_t topHits = 0;      // … with a target ranked first
  std::size_t notAbout = 0;     // articles with an outlet entity the highlights never name
  std::size_t outletTop3 = 0;   // … where the outlet is in our top 3 anyway
  std::size_t outletFirst = 0;  // … where it is ranked first
  double hitRate() const { return named ? double(hits) / double(named) : 0.0; }
  double outletRate() const { return notAbout ? double(outletTop3) / double(notAbout) : 0.0; }
};

// Scores the ranking by the given weights (salience ∝ exp(w · features)).
SalienceScores scoreSalienceCases(const std::vector<SalienceCase>& cases, const entities::SalienceWeights& weights);

// One line per article whose targets miss the top 3 under `weights`: the targets
// and the top 3 by name, with each one's salience rank and features.
std::string describeSalienceMisses(const std::vector<SalienceCase>& cases, const entities::SalienceWeights& weights);

// Fits weights on the cases whose index % folds != heldOut (heldOut < 0: on all).
entities::SalienceWeights fitSalienceWeights(const std::vector<SalienceCase>& cases, int folds, int heldOut,
                                             double l2 = 0.01);

// The cases whose index % folds == heldOut.
std::vector<SalienceCase> foldOf(const std::vector<SalienceCase>& cases, int folds, int heldOut);

}  // namespace newslens::tools
