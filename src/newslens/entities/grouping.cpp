#include "newslens/entities/grouping.h"

#include <algorithm>
#include <numeric>

#include "newslens/entities/group_state.h"
#include "newslens/noinline.h"

namespace newslens::entities {

MentionKeys::MentionKeys(std::size_t mentions, std::size_t named) : slot_(mentions, 0), records_(1) {
  records_.reserve(named + 1);
}

void MentionKeys::setNamed(std::size_t i, MentionKey key) {
  slot_[i] = static_cast<std::uint32_t>(records_.size());
  records_.push_back(std::move(key));
}

void MentionKeys::setNumeric(std::size_t i, std::string key) {
  const auto [it, inserted] = numeric_.try_emplace(key, static_cast<std::uint32_t>(records_.size()));
  if (inserted) {
    MentionKey record;
    record.key = std::move(key);
    records_.push_back(std::move(record));
  }
  slot_[i] = it->second | kShared;
}

namespace detail {

GroupState::GroupState(const std::vector<Mention>& m, const MentionKeys& k, GroupingWork* work)
    : mentions(m), keys(k), groupOf(m.size(), -1), work_(work) {
  order.reserve(m.size());
  for (std::uint32_t i = 0; i < m.size(); ++i)
    if (!k[i].key.empty()) order.push_back(i);
  // Already so from the tagger: checked first, as sorting would take a buffer the size of `order`.
  const auto earlier = [&](std::uint32_t a, std::uint32_t b) { return m[a].start < m[b].start; };
  if (!std::is_sorted(order.begin(), order.end(), earlier)) std::stable_sort(order.begin(), order.end(), earlier);
}

int GroupState::find(int g) {
  while (groups[g].parent != g) g = groups[g].parent = groups[groups[g].parent].parent;
  return g;
}

void GroupState::merge(int from, int into) {
  from = find(from);
  into = find(into);
  if (from == into) return;
  Group& a = groups[from];
  Group& b = groups[into];
  a.parent = into;
  for (int t = 0; t < kEntityTypeCount; ++t) b.votes[t] += a.votes[t];
  if (keys[a.rep].name.words.size() > keys[b.rep].name.words.size()) b.rep = a.rep;
  b.first = std::min(a.first, b.first);
  b.titled = b.titled || a.titled;
  b.speaks = b.speaks || a.speaks;
  if (a.gender) b.gender = b.gender == 0 || b.gender == a.gender ? a.gender : '?';
}

int GroupState::addGroup(std::uint32_t rep) {
  Group g;
  g.parent = static_cast<int>(groups.size());
  g.rep = rep;
  g.first = mentions[rep].start;
  groups.push_back(g);
  return g.parent;
}

void GroupState::note(int g, std::uint32_t i) {
  Group& group = groups[g];
  group.votes[static_cast<int>(mentions[i].type)] += std::max(mentions[i].score, 0.05f);
  if (keys[i].name.words.size() > keys[group.rep].name.words.size()) group.rep = i;
  group.first = std::min(group.first, mentions[i].start);
  group.titled = group.titled || keys[i].name.titled;
  group.speaks = group.speaks || keys[i].name.speaks;
  if (const char g2 = keys[i].name.gender) group.gender = group.gender == 0 || group.gender == g2 ? g2 : '?';
}

EntityType GroupState::typeOf(int g) const {
  const Group& group = groups[g];
  int best = static_cast<int>(mentions[group.rep].type);
  for (int t = 0; t < kEntityTypeCount; ++t)
    if (group.votes[t] > group.votes[best]) best = t;
  return static_cast<EntityType>(best);
}

}  // namespace detail

namespace {

using detail::GroupState;

bool isPlace(EntityType t) { return t == EntityType::GPE || t == EntityType::LOC; }

// Equal keys group. Numeric keys carry their type, so "two" CARDINAL and a DATE differ.
void buildKeyGroups(GroupState& s) {
  for (std::uint32_t i : s.order) {
    s.countLookup();
    auto [it, inserted] = s.byKey.try_emplace(s.keys[i].key, 0);
    if (inserted) it->second = s.addGroup(i);
    s.groupOf[i] = it->second;
    s.note(it->second, i);
  }
}

// A club or company named after a place ("Monaco", "Tottenham") is also written as
// the place where something happens: "a 2-0 win in Monaco". In a group the votes
// call an organization or event, such a mention typed GPE/LOC, or a known place
// name the tagger typed as the club, is the place (its vote moves to GPE).
void splitPlaceReadings(GroupState& s) {
  std::vector<EntityType> voted(s.groups.size());
  for (std::size_t g = 0; g < s.groups.size(); ++g) voted[g] = s.typeOf(static_cast<int>(g));
  std::unordered_map<int, int> placeOf;  // group → its place twin
  for (std::uint32_t i : s.order) {
    const int g = s.groupOf[i];
    if (g >= static_cast<int>(voted.size())) continue;  // a twin made by this loop
    const bool orgLike = voted[g] == EntityType::ORG || voted[g] == EntityType::EVENT;
    const bool place = isPlace(s.mentions[i].type);
    if (!orgLike || !s.keys[i].name.afterIn || (!place && !s.keys[i].placeName)) continue;
    auto [it, inserted] = placeOf.try_emplace(g, 0);
    if (inserted) it->second = s.addGroup(i);
    const float vote = std::max(s.mentions[i].score, 0.05f);
    s.groups[g].votes[static_cast<int>(s.mentions[i].type)] -= vote;
    s.groupOf[i] = it->second;
    s.note(it->second, i);
    if (!place) {
      s.groups[it->second].votes[static_cast<int>(s.mentions[i].type)] -= vote;
      s.groups[it->second].votes[static_cast<int>(EntityType::GPE)] += vote;
      s.placeReadings.insert(i);
    }
  }
}

// The singular or adjective keys a plural or member noun stands for:
// "israelis" → "israeli"; "welshman", "englishmen" → "welsh", "english".
std::vector<std::string> singularKeys(const std::string& key) {
  std::vector<std::string> out;
  const auto endsWith = [&](std::string_view tail) {
    return key.size() > tail.size() + 2 && key.compare(key.size() - tail.size(), tail.size(), tail) == 0;
  };
  for (std::string_view member : {"woman", "women", "man", "men"})
    if (endsWith(member)) {
      out.push_back(key.substr(0, key.size() - member.size()));
      return out;
    }
  if (endsWith("s")) out.push_back(key.substr(0, key.size() - 1));
  return out;
}

// Plurals and member nouns join the nationality or person they are the plural of.
void joinPlurals(GroupState& s) {
  const int count = static_cast<int>(s.groups.size());
  for (int g = 0; g < count; ++g) {
    if (s.find(g) != g || isNumericType(s.typeOf(g))) continue;
    const std::string& key = s.keys[s.groups[g].rep].key;
    for (const std::string& singular : singularKeys(key)) {
      s.countLookup();
      const auto it = s.byKey.find(singular);
      if (it == s.byKey.end()) continue;
      const int h = s.find(it->second);
      const EntityType t = s.typeOf(h);
      // A nationality's plural or member noun; a person's plural only for a full
      // name ("the Mike Beans of America"): "Roberts" is not "Robert".
      const bool nationality = t == EntityType::NORP && !isPlace(s.typeOf(g));
      const bool person = t == EntityType::PERSON && s.typeOf(g) == EntityType::PERSON && s.wordsOf(h).size() >= 2;
      if (nationality || person) s.merge(g, h);
    }
  }
}

// Dense group ids in first-mention order, and each final group's voted type.
Grouping finish(GroupState& s) {
  Grouping out;
  out.groupOf.assign(s.mentions.size(), -1);
  std::vector<int> idOf(s.groups.size(), -1);
  std::vector<std::array<float, kEntityTypeCount>> votes;
  std::vector<EntityType> fallback;
  // At most one final group per group made: sized once, not doubled.
  votes.reserve(s.groups.size());
  fallback.reserve(s.groups.size());
  for (std::uint32_t i : s.order) {
    if (s.groupOf[i] < 0) continue;
    const int root = s.find(s.groupOf[i]);
    if (idOf[root] < 0) {
      idOf[root] = static_cast<int>(votes.size());
      votes.emplace_back();
      votes.back().fill(0.0f);
      fallback.push_back(s.mentions[s.groups[root].rep].type);
    }
    out.groupOf[i] = idOf[root];
    const EntityType type = s.placeReadings.count(i) ? EntityType::GPE : s.mentions[i].type;
    votes[idOf[root]][static_cast<int>(type)] += std::max(s.mentions[i].score, 0.05f);
  }
  out.types.resize(votes.size());
  for (std::size_t g = 0; g < votes.size(); ++g) {
    int best = static_cast<int>(fallback[g]);
    for (int t = 0; t < kEntityTypeCount; ++t)
      if (votes[g][t] > votes[g][best]) best = t;
    out.types[g] = static_cast<EntityType>(best);
  }
  return out;
}

}  // namespace

NEWSLENS_NOINLINE Grouping groupMentions(const std::vector<Mention>& mentions, const MentionKeys& keys,
                                         GroupingWork* work) {
  GroupState state(mentions, keys, work);
  buildKeyGroups(state);
  splitPlaceReadings(state);
  joinPlurals(state);
  detail::joinShorterFullNames(state);
  detail::joinAcronyms(state);
  detail::attachOneWordNames(state);
  return finish(state);
}

}  // namespace newslens::entities
