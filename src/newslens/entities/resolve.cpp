#include "newslens/entities/resolve.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <string>
#include <unordered_map>

#include "newslens/entities/names.h"
#include "newslens/entities/salience.h"
#include "newslens/text/span.h"
#include "newslens/text/utf8.h"

namespace newslens::entities {
namespace {

// Clusters of mentions joined with union-find; a cluster's id is its root.
class Clusters {
 public:
  int add() {
    parent_.push_back(static_cast<int>(parent_.size()));
    return parent_.back();
  }
  int find(int c) {
    while (parent_[c] != c) c = parent_[c] = parent_[parent_[c]];
    return c;
  }
  void join(int from, int into) {
    from = find(from);
    into = find(into);
    if (from != into) parent_[from] = into;
  }
  int size() const { return static_cast<int>(parent_.size()); }

 private:
  std::vector<int> parent_;
};

bool isSubsequence(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < longer.size() && j < shorter.size(); ++i)
    if (longer[i] == shorter[j]) ++j;
  return j == shorter.size();
}

// Initials of a multi-word name, skipping function words: "central intelligence agency" → "cia".
std::string initials(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (w == "of" || w == "the" || w == "and" || w == "for" || w == "&" || w == "on" || w == "in") continue;
    out += w[0];
  }
  return out;
}

bool isAcronym(std::string_view surface) {
  int letters = 0;
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2 && letters <= 6;
}

EntityType vote(const std::array<float, kEntityTypeCount>& votes, EntityType fallback) {
  int best = static_cast<int>(fallback);
  for (int t = 0; t < kEntityTypeCount; ++t)
    if (votes[t] > votes[best]) best = t;
  return static_cast<EntityType>(best);
}

}  // namespace

std::vector<Entity> resolve(std::string_view text, const std::vector<Token>& tokens,
                            const std::vector<Sentence>& sentences, std::vector<Mention>& mentions) {
  const std::size_t n = mentions.size();
  std::vector<std::uint32_t> order(n);  // mentions in document order (they should be already)
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return mentions[a].start < mentions[b].start; });

  // 1. Names and keys. Numeric mentions key on their exact surface and type.
  std::vector<MentionName> names(n);
  std::vector<std::string> keys(n);
  std::vector<bool> usable(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    Mention& m = mentions[i];
    m.entity = -1;
    if (m.start >= m.end || m.end > text.size()) continue;
    names[i] = analyzeName(text, tokens, m, m.type == EntityType::PERSON);
    if (isNumericType(m.type)) {
      keys[i] = std::string(entityTypeName(m.type)) + '|' + text::lowercase(text::surface(text, m));
    } else {
      if (names[i].words.empty() || names[i].common) continue;
      keys[i] = nameKey(names[i].words);
    }
    usable[i] = true;
  }

  // A one-word name is a person's when tagged so, titled ("Mr Gang"), or when most
  // one-word mentions with that key are.
  const auto single = [&](std::size_t i) { return !isNumericType(mentions[i].type) && names[i].words.size() == 1; };
  std::unordered_map<std::string, int> personVotes;
  for (std::size_t i = 0; i < n; ++i)
    if (usable[i] && single(i))
      personVotes[keys[i]] += (mentions[i].type == EntityType::PERSON || names[i].titled) ? 1 : -1;
  const auto personLike = [&](std::size_t i) {
    return single(i) && (mentions[i].type == EntityType::PERSON || names[i].titled || personVotes[keys[i]] > 0);
  };

  // 2. Equal keys group, except one-word person names, which are placed in step 4.
  Clusters clusters;
  std::vector<int> cluster(n, -1);
  std::unordered_map<std::string, int> byKey;
  std::vector<std::size_t> representative;  // a mention of each cluster, for its words
  const auto clusterForKey = [&](std::size_t i) {
    auto [it, inserted] = byKey.try_emplace(keys[i], 0);
    if (inserted) {
      it->second = clusters.add();
      representative.push_back(i);
    }
    return it->second;
  };
  for (std::size_t i : order)
    if (usable[i] && !personLike(i)) cluster[i] = clusterForKey(i);

  const auto votedTypes = [&]() {
    std::vector<std::array<float, kEntityTypeCount>> votes(clusters.size());
    for (auto& v : votes) v.fill(0.0f);
    for (std::size_t i = 0; i < n; ++i)
      if (cluster[i] >= 0)
        votes[clusters.find(cluster[i])][static_cast<int>(mentions[i].type)] += std::max(mentions[i].score, 0.05f);
    std::vector<EntityType> types(clusters.size(), EntityType::PERSON);
    for (int c = 0; c < clusters.size(); ++c)
      types[c] = vote(votes[c], mentions[representative[c]].type);
    return types;
  };

  // 3. Shorter full person names join a unique longer one with the same first and
  // last words; acronyms join the unique multi-word name they abbreviate.
  {
    const std::vector<EntityType> types = votedTypes();
    std::unordered_map<std::string, std::vector<int>> byLastWord, byInitials;
    for (int c = 0; c < clusters.size(); ++c) {
      const std::vector<std::string>& words = names[representative[c]].words;
      if (words.size() < 2) continue;
      if (types[c] == EntityType::PERSON) byLastWord[words.back()].push_back(c);
      else if (!isNumericType(types[c])) byInitials[initials(words)].push_back(c);
    }
    constexpr std::size_t kMaxCandidates = 64;  // bounds pathological inputs
    for (int c = 0; c < clusters.size(); ++c) {
      const MentionName& name = names[representative[c]];
      if (types[c] == EntityType::PERSON && name.words.size() >= 2) {
        int into = -1;
        bool ambiguous = false;
        const std::vector<int>& candidates = byLastWord[name.words.back()];
        for (std::size_t k = 0; k < candidates.size() && k < kMaxCandidates; ++k) {
          const std::vector<std::string>& longer = names[representative[candidates[k]]].words;
          if (longer.size() <= name.words.size() || longer.front() != name.words.front() ||
              !isSubsequence(name.words, longer))
            continue;
          if (into >= 0 && clusters.find(into) != clusters.find(candidates[k])) ambiguous = true;
          into = candidates[k];
        }
        if (into >= 0 && !ambiguous) clusters.join(c, into);
      } else if (!isNumericType(types[c]) && types[c] != EntityType::PERSON && name.words.size() == 1) {
        const std::size_t r = representative[c];
        if (!isAcronym(text::slice(text, names[r].aliasStart, names[r].aliasEnd))) continue;
        auto it = byInitials.find(name.words.front());
        if (it != byInitials.end() && it->second.size() == 1) clusters.join(c, it->second.front());
      }
    }
  }

  // 4. One-word person names, in document order: the full person name holding the
  // word (as its last word if any does), the nearest preceding one, else the first
  // to come; with no full name, their own cluster.
  {
    const std::vector<EntityType> types = votedTypes();
    struct Candidate {
      int cluster;
      bool last;
    };
    std::unordered_map<std::string, std::vector<Candidate>> byWord;
    for (int c = 0; c < clusters.size(); ++c) {
      const std::vector<std::string>& words = names[representative[c]].words;
      if (types[clusters.find(c)] != EntityType::PERSON || words.size() < 2) continue;
      for (std::size_t w = 0; w < words.size(); ++w) byWord[words[w]].push_back({clusters.find(c), w + 1 == words.size()});
    }
    std::vector<long long> lastSeen(clusters.size(), -1), firstSeen(clusters.size(), -1);
    std::vector<char> gender(clusters.size(), 0);  // from honorifics; '?' when they disagree
    const auto noteGender = [&](int c, char g) {
      if (g) gender[c] = gender[c] == 0 || gender[c] == g ? g : '?';
    };
    for (std::size_t i : order)
      if (cluster[i] >= 0) {
        const int c = clusters.find(cluster[i]);
        if (firstSeen[c] < 0) firstSeen[c] = mentions[i].start;
        noteGender(c, names[i].gender);
      }
    for (std::size_t i : order) {
      if (!usable[i]) continue;
      if (cluster[i] < 0) {
        int chosen = -1;
        auto it = byWord.find(names[i].words.front());
        if (it != byWord.end()) {
          // "Mrs Smith" is not the Smith called "Mr Smith": drop candidates of the other
          // gender unless that leaves none.
          const char g = names[i].gender;
          const auto fits = [&](const Candidate& c) {
            const char cg = gender[clusters.find(c.cluster)];
            return !g || !cg || cg == '?' || cg == g;
          };
          const bool anyFit = std::any_of(it->second.begin(), it->second.end(), fits);
          const bool anyLast = std::any_of(it->second.begin(), it->second.end(),
                                           [&](const Candidate& c) { return c.last && (!anyFit || fits(c)); });
          long long bestSeen = -1, bestFirst = -1;
          for (const Candidate& cand : it->second) {
            if ((anyLast && !cand.last) || (anyFit && !fits(cand))) continue;
            const int c = clusters.find(cand.cluster);
            if (lastSeen[c] > bestSeen) {
              bestSeen = lastSeen[c];
              chosen = c;
            } else if (bestSeen < 0 && (bestFirst < 0 || firstSeen[c] < bestFirst)) {
              bestFirst = firstSeen[c];
              chosen = c;
            }
          }
        }
        cluster[i] = chosen >= 0 ? chosen : clusterForKey(i);
        if (chosen < 0) {
          lastSeen.resize(clusters.size(), -1);
          firstSeen.resize(clusters.size(), -1);
          gender.resize(clusters.size(), 0);
        }
        noteGender(clusters.find(cluster[i]), names[i].gender);
      }
      lastSeen[clusters.find(cluster[i])] = mentions[i].start;
    }
  }

  // 5. Type voting over final clusters; build entities in first-mention order.
  const std::vector<EntityType> types = votedTypes();
  std::vector<int> entityOf(clusters.size(), -1);
  std::vector<Entity> entities;
  std::vector<std::uint32_t> bestName;  // mention giving each entity's name
  for (std::size_t i : order) {
    if (cluster[i] < 0) continue;
    const int c = clusters.find(cluster[i]);
    Mention& m = mentions[i];
    m.type = types[c];
    if (entityOf[c] < 0) {
      entityOf[c] = static_cast<int>(entities.size());
      Entity e;
      e.type = types[c];
      e.firstMention = m.start;
      entities.push_back(std::move(e));
      bestName.push_back(static_cast<std::uint32_t>(i));
    }
    m.entity = entityOf[c];
    Entity& e = entities[m.entity];
    ++e.count;
    const MentionName& name = names[i];
    std::string alias(text::slice(text, name.aliasStart, name.aliasEnd));
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end()) e.aliases.push_back(std::move(alias));
    // The canonical name is the longest full form: most tokens, then most bytes.
    const MentionName& best = names[bestName[m.entity]];
    if (name.nameTokens > best.nameTokens ||
        (name.nameTokens == best.nameTokens && name.nameEnd - name.nameStart > best.nameEnd - best.nameStart))
      bestName[m.entity] = static_cast<std::uint32_t>(i);
  }
  for (std::size_t e = 0; e < entities.size(); ++e) {
    const MentionName& name = names[bestName[e]];
    // Persons are named without titles; other names as written ("General Motors").
    if (entities[e].type == EntityType::PERSON)
      entities[e].name = std::string(text::slice(text, name.nameStart, name.nameEnd));
    else
      entities[e].name = std::string(text::slice(text, name.aliasStart, name.aliasEnd));
  }

  // 6. Salience, then sort and renumber.
  scoreSalience(text, tokens, sentences, mentions, entities);
  std::vector<int> rank(entities.size());
  std::iota(rank.begin(), rank.end(), 0);
  std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) {
    if (entities[a].salience != entities[b].salience) return entities[a].salience > entities[b].salience;
    return entities[a].firstMention < entities[b].firstMention;
  });
  std::vector<int> newIndex(entities.size());
  std::vector<Entity> sorted;
  sorted.reserve(entities.size());
  for (std::size_t k = 0; k < rank.size(); ++k) {
    newIndex[rank[k]] = static_cast<int>(k);
    sorted.push_back(std::move(entities[rank[k]]));
  }
  for (Mention& m : mentions)
    if (m.entity >= 0) m.entity = newIndex[m.entity];
  return sorted;
}

}  // namespace newslens::entities
