#pragma once
// Internal to grouping (grouping.cpp, name_joins.cpp): the groups being built, as
// union-find over the key groups, with what each group knows of its mentions
// (type votes, first position, words of its longest name, honorific gender).

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "newslens/entities/grouping.h"

namespace newslens::entities::detail {

struct Group {
  int parent = 0;                               // union-find parent (itself for a root)
  std::uint32_t rep = 0;                        // the mention with the most words: the group's name
  std::uint32_t first = 0;                      // byte offset of the first mention
  std::array<float, kEntityTypeCount> votes{};  // tagger types, weighted by confidence
  bool titled = false;                          // some mention has an honorific ("Mr Smith")
  bool speaks = false;                          // some mention is followed by a reporting verb ("Smith said")
  char gender = 0;                              // 'm'/'f' from honorifics; '?' when they disagree
};

class GroupState {
 public:
  GroupState(const std::vector<Mention>& mentions, const MentionKeys& keys, GroupingWork* work);

  const std::vector<Mention>& mentions;
  const MentionKeys& keys;
  std::vector<std::uint32_t> order;  // usable mentions in document order
  std::vector<int> groupOf;          // per mention: its group (any member; find() gives the root)
  std::vector<Group> groups;
  std::unordered_map<std::string, int> byKey;  // key → the key's group
  // Mentions the tagger typed as an organization that are the place named after it
  // ("in Monaco"): they vote GPE (splitPlaceReadings). Few, so a set.
  std::unordered_set<std::uint32_t> placeReadings;

  int find(int g);
  // Merges the group of `from` into the group of `into` (their data summed).
  void merge(int from, int into);
  // A new empty group; returns its id.
  int addGroup(std::uint32_t rep);
  // Adds mention i's evidence (vote, position, honorific) to group g.
  void note(int g, std::uint32_t i);
  // The voted type of root g (ties: the type of its name's mention).
  EntityType typeOf(int g) const;
  // The folded words of root g's name.
  const std::vector<std::string>& wordsOf(int g) const { return keys[groups[g].rep].name.words; }
  bool hasVote(int g, EntityType t) const { return groups[g].votes[static_cast<int>(t)] > 0.0f; }

  void countLookup() {
    if (work_) ++work_->lookups;
  }
  void countCandidate() {
    if (work_) ++work_->candidates;
  }

 private:
  GroupingWork* work_;
};

// The steps in name_joins.cpp, run in this order after key groups are built.
void joinShorterFullNames(GroupState& state);
void joinAcronyms(GroupState& state);
void attachOneWordNames(GroupState& state);

}  // namespace newslens::entities::detail
