#include "newslens/entities/ranking.h"

#include <algorithm>
#include <numeric>

#include "newslens/entities/salience.h"
#include "newslens/entities/salience_weights.h"
#include "newslens/noinline.h"

namespace newslens::entities {
namespace {

// An index into the entities as it is after the sort (-1 and out-of-range stay -1).
std::int32_t renumbered(std::int32_t e, const std::vector<int>& newIndex) {
  return e >= 0 && static_cast<std::size_t>(e) < newIndex.size() ? newIndex[static_cast<std::size_t>(e)] : -1;
}

}  // namespace

NEWSLENS_NOINLINE void rankEntities(std::string_view text, Analysis& a) {
  const std::vector<double> salience = salienceOf(salienceFeatures(text, a), kDefaultSalienceWeights);
  for (std::size_t e = 0; e < a.entities.size(); ++e) a.entities[e].salience = static_cast<float>(salience[e]);
  std::vector<int> rank(a.entities.size());
  std::iota(rank.begin(), rank.end(), 0);
  std::stable_sort(rank.begin(), rank.end(), [&](int x, int y) {
    if (a.entities[x].salience != a.entities[y].salience) return a.entities[x].salience > a.entities[y].salience;
    return a.entities[x].firstMention < a.entities[y].firstMention;
  });
  std::vector<int> newIndex(a.entities.size());
  std::vector<Entity> sorted;
  sorted.reserve(a.entities.size());
  for (std::size_t k = 0; k < rank.size(); ++k) {
    newIndex[rank[k]] = static_cast<int>(k);
    sorted.push_back(std::move(a.entities[rank[k]]));
  }
  a.entities = std::move(sorted);
  for (Mention& m : a.mentions) m.entity = renumbered(m.entity, newIndex);
  for (Quote& q : a.quotes) q.speaker = renumbered(q.speaker, newIndex);
  for (KeyPoint& p : a.keyPoints)
    for (Reference& r : p.refersTo) r.entity = renumbered(r.entity, newIndex);
}

}  // namespace newslens::entities
