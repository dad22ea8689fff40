#include "lib/news_gold_entities.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <utility>

namespace newslens::tools {
namespace {

bool isNameType(EntityType t) { return static_cast<int>(t) < kNameTypeCount; }

using SpanKey = std::pair<std::uint32_t, std::uint32_t>;

// Greedy one-to-one matching in document order: gold mention g takes the first unused
// prediction with the same span (and type, when `typed`). Returns, per gold mention,
// the index of its prediction or -1.
std::vector<int> matchMentions(const std::vector<GoldMention>& gold, const std::vector<PredictedMention>& predicted,
                               bool typed) {
  std::vector<int> match(gold.size(), -1);
  std::vector<bool> used(predicted.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    const std::optional<EntityType> type = entityTypeFromName(gold[g].type);
    for (std::size_t p = 0; p < predicted.size(); ++p) {
      if (used[p] || predicted[p].start != gold[g].start || predicted[p].end != gold[g].end) continue;
      if (typed && (!type || predicted[p].type != *type)) continue;
      used[p] = true;
      match[g] = static_cast<int>(p);
      break;
    }
  }
  return match;
}

std::vector<PredictedMention> namesOnly(const Prediction& predicted) {
  std::vector<PredictedMention> out;
  for (const PredictedMention& m : predicted.mentions)
    if (isNameType(m.type)) out.push_back(m);
  return out;
}

// Groups whole for one article: adds its multi-mention gold entities and how many group whole.
void scoreGroups(const GoldArticle& gold, const Prediction& predicted, EntityScores& scores) {
  std::map<SpanKey, std::int32_t> clusterAt;  // predicted span → cluster id
  for (const PredictedMention& m : predicted.mentions) clusterAt.emplace(SpanKey{m.start, m.end}, m.entity);
  std::map<std::string, std::set<std::int32_t>> clustersOf;  // gold entity → clusters of its exact predictions
  std::map<std::string, int> mentionCount;
  std::map<std::int32_t, std::set<std::string>> entitiesOf;  // cluster → gold entities it carries
  for (const GoldMention& m : gold.mentions) {
    ++mentionCount[m.entity];
    const auto it = clusterAt.find(SpanKey{m.start, m.end});
    if (it == clusterAt.end()) continue;
    clustersOf[m.entity].insert(it->second);
    entitiesOf[it->second].insert(m.entity);
  }
  for (const auto& [entity, count] : mentionCount) {
    if (count < 2) continue;
    ++scores.groupedEntities;
    const auto it = clustersOf.find(entity);
    if (it == clustersOf.end() || it->second.size() != 1) continue;
    const std::int32_t cluster = *it->second.begin();
    if (cluster >= 0 && entitiesOf[cluster].size() == 1) ++scores.groupsWhole;
  }
}

// "-" for a gold mention no prediction spans exactly, with the predictions that
// overlap it ("-[\"Hoopen\" PERSON 3]"), to tell a tagging miss from a grouping one.
std::string overlapping(const GoldArticle& gold, const Prediction& predicted, const GoldMention& m) {
  std::string out = "-";
  for (const PredictedMention& p : predicted.mentions)
    if (p.start < m.end && m.start < p.end)
      out += "[\"" + sliceUtf16(gold.article, p.start, p.end) + "\" " + entityTypeName(p.type) + " " +
             std::to_string(p.entity) + "]";
  return out;
}

// One line per gold entity (>= 2 mentions) that does not group whole: each mention
// with the predicted cluster it carries ("-" when not predicted at that span).
std::string describeGroupErrors(const GoldArticle& gold, const Prediction& predicted) {
  std::map<SpanKey, std::int32_t> clusterAt;
  for (const PredictedMention& m : predicted.mentions) clusterAt.emplace(SpanKey{m.start, m.end}, m.entity);
  std::map<std::string, std::vector<const GoldMention*>> byEntity;
  std::map<std::int32_t, std::set<std::string>> entitiesOf;
  for (const GoldMention& m : gold.mentions) {
    byEntity[m.entity].push_back(&m);
    if (const auto it = clusterAt.find(SpanKey{m.start, m.end}); it != clusterAt.end())
      entitiesOf[it->second].insert(m.entity);
  }
  std::string out;
  for (const auto& [entity, mentions] : byEntity) {
    if (mentions.size() < 2) continue;
    std::set<std::int32_t> clusters;
    std::string line;
    for (const GoldMention* m : mentions) {
      const auto it = clusterAt.find(SpanKey{m->start, m->end});
      line += " \"" + m->text +
              "\"=" + (it == clusterAt.end() ? overlapping(gold, predicted, *m) : std::to_string(it->second));
      if (it != clusterAt.end()) clusters.insert(it->second);
    }
    const bool whole = clusters.size() == 1 && *clusters.begin() >= 0 && entitiesOf[*clusters.begin()].size() == 1;
    if (whole) continue;
    std::string shared;
    for (std::int32_t c : clusters)
      for (const std::string& other : entitiesOf[c])
        if (other != entity) shared += " " + other;
    out += "not whole  " + entity + ":" + line + (shared.empty() ? "" : "  shares with:" + shared) + "\n";
  }
  return out;
}

}  // namespace

void scoreArticleEntities(const GoldArticle& gold, const Prediction& predicted, EntityScores& scores) {
  ++scores.articles;
  const std::vector<PredictedMention> names = namesOnly(predicted);
  const std::vector<int> typed = matchMentions(gold.mentions, names, true);
  std::vector<bool> predictedHit(names.size(), false);
  for (std::size_t g = 0; g < gold.mentions.size(); ++g) {
    const std::optional<EntityType> type = entityTypeFromName(gold.mentions[g].type);
    Counts* byType = type && isNameType(*type) ? &scores.byType[static_cast<int>(*type)] : nullptr;
    if (typed[g] >= 0) {
      predictedHit[typed[g]] = true;
      scores.typed.truePositives++;
      if (byType) byType->truePositives++;
    } else {
      scores.typed.falseNegatives++;
      if (byType) byType->falseNegatives++;
    }
  }
  for (std::size_t p = 0; p < names.size(); ++p) {
    if (predictedHit[p]) continue;
    scores.typed.falsePositives++;
    scores.byType[static_cast<int>(names[p].type)].falsePositives++;
  }
  const std::vector<int> untyped = matchMentions(gold.mentions, names, false);
  const long hits = static_cast<long>(std::count_if(untyped.begin(), untyped.end(), [](int p) { return p >= 0; }));
  scores.untyped.truePositives += hits;
  scores.untyped.falseNegatives += static_cast<long>(gold.mentions.size()) - hits;
  scores.untyped.falsePositives += static_cast<long>(names.size()) - hits;
  scoreGroups(gold, predicted, scores);
}

EntityScores scoreEntities(const std::vector<GoldArticle>& gold, const std::vector<Prediction>& predicted) {
  EntityScores scores;
  for (std::size_t k = 0; k < gold.size() && k < predicted.size(); ++k)
    scoreArticleEntities(gold[k], predicted[k], scores);
  return scores;
}

std::string formatEntityScores(const EntityScores& scores) {
  std::string out;
  for (int t = 0; t < kNameTypeCount; ++t)
    out += formatCounts(entityTypeName(static_cast<EntityType>(t)), scores.byType[t], 13);
  out += formatCounts("typed (micro)", scores.typed, 13);
  out += formatCounts("untyped span", scores.untyped, 13);
  char line[200];
  std::snprintf(line, sizeof line, "groups whole  %.3f  (%zu of %zu entities with >= 2 mentions; %zu articles)\n",
                scores.groupsWholeRate(), scores.groupsWhole, scores.groupedEntities, scores.articles);
  return out + line;
}

std::string describeEntityErrors(const GoldArticle& gold, const Prediction& predicted) {
  const std::vector<PredictedMention> names = namesOnly(predicted);
  const std::vector<int> typed = matchMentions(gold.mentions, names, true);
  const std::vector<int> untyped = matchMentions(gold.mentions, names, false);
  std::vector<bool> spanHit(names.size(), false), typedHit(names.size(), false);
  std::string out;
  auto say = [&](const char* what, const std::string& text, const std::string& detail) {
    out += std::string(what) + " \"" + text + "\" " + detail + "\n";
  };
  for (std::size_t g = 0; g < gold.mentions.size(); ++g) {
    const GoldMention& m = gold.mentions[g];
    if (typed[g] >= 0) typedHit[typed[g]] = true;
    if (untyped[g] >= 0) spanHit[untyped[g]] = true;
    if (typed[g] >= 0) continue;
    if (untyped[g] >= 0)
      say("wrong type", m.text, m.type + " as " + entityTypeName(names[untyped[g]].type));
    else
      say("missed    ", m.text, m.type);
  }
  for (std::size_t p = 0; p < names.size(); ++p)
    if (!spanHit[p] && !typedHit[p])
      say("spurious  ", sliceUtf16(gold.article, names[p].start, names[p].end), entityTypeName(names[p].type));
  return out + describeGroupErrors(gold, predicted);
}

}  // namespace newslens::tools
