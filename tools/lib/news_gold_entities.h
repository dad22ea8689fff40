#pragma once
// Entity metrics on news_gold (its README, "How to score a system", items 1 and 2):
//  - typed exact-span micro P/R/F1 over the ten name types, per type and overall:
//    predictions of other types (DATE, CARDINAL, …) are dropped first; a prediction is
//    a true positive when a gold mention has the same start, end and type, each gold
//    mention matching at most one prediction;
//  - untyped span P/R/F1: the same with the type ignored (span boundaries alone);
//  - "groups whole" over the gold entities with ≥ 2 mentions: all of an entity's
//    exactly-predicted mentions (same start and end, any type) carry one predicted
//    cluster id, no other gold entity's exactly-predicted mention carries it, and there
//    is at least one. A mention without a cluster (-1) never groups.
// Micro-averaged over articles; matching never crosses articles.

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "lib/conll.h"
#include "lib/news_gold.h"

namespace newslens::tools {

inline constexpr int kNameTypeCount = 10;  // EntityType PERSON … LAW

struct EntityScores {
  std::array<Counts, kNameTypeCount> byType;  // indexed by EntityType
  Counts typed;                               // micro over the name types
  Counts untyped;                             // spans only
  std::size_t articles = 0;
  std::size_t groupsWhole = 0;
  std::size_t groupedEntities = 0;  // gold entities with ≥ 2 mentions
  double groupsWholeRate() const { return groupedEntities ? double(groupsWhole) / double(groupedEntities) : 0.0; }
};

// Adds one article's comparison to `scores`.
void scoreArticleEntities(const GoldArticle& gold, const Prediction& predicted, EntityScores& scores);

// Scores every article against its prediction (same order, same count).
EntityScores scoreEntities(const std::vector<GoldArticle>& gold, const std::vector<Prediction>& predicted);

// Per-type table, typed micro line, untyped line and groups whole, as newslens-eval prints them.
std::string formatEntityScores(const EntityScores& scores);

// One line per mistake of one article ("missed", "spurious", "wrong type"), for reading
// errors by kind; gold and predicted spans are quoted from the article.
std::string describeEntityErrors(const GoldArticle& gold, const Prediction& predicted);

}  // namespace newslens::tools
