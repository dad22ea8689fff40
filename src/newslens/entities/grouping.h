#pragma once
// Grouping: which mentions name the same real thing. Decisions follow how news is
// written and are taken on evidence in the document, never on a list of names:
// - equal keys group (names.h: "Mr Blinken" = "Blinken", "U.S." = "America",
//   "María" = "Maria"), whatever type the tagger gave each mention;
// - a place reading stays apart from an organization named after it: in a group
//   voted ORG or EVENT, a mention right after "in" ("a win in Monaco") is the place
//   when it is typed GPE/LOC or its name is a known place (MentionKey::placeName),
//   whatever the tagger called it;
// - plurals and member nouns of a nationality join it ("Israelis" → "Israeli",
//   "Welshman" → "Welsh"), and a plural person name joins the person ("the Mike
//   Beans" → "Mike Bean"); a nationality never joins its country (DESIGN.md);
// - a shorter full name joins the one longer name that holds its words in order,
//   initials matching ("Hillary Clinton", "P Murugan" → "Perumal Murugan");
//   with two such names it stays apart; a surname led by its particles joins the one
//   full name it ends ("ten Hoopen" → "Pieter ten Hoopen");
// - an acronym joins the one name whose own words' initials spell it, in order,
//   of a compatible type, written out before the acronym's first use ("the
//   Central Intelligence Agency … the CIA"; never a later "Bring Back Clarkson");
// - a one-word name (a surname, a club's short form) joins the one multi-word name
//   holding it (persons: any word, the last preferred; other names: the first or
//   last word) when the types agree or the full name came first; when several
//   people share it, each mention goes to the nearest preceding one of a compatible
//   gender ("Mr"/"Mrs"), and with no preceding one and no unique fit it stays apart;
// - numeric types (DATE … ORDINAL) group only identical surfaces (their keys);
// - each group's type is voted over its mentions (weighted by tagger confidence).
// Work is linear in mentions: every decision is an index lookup, and a walk over an
// index entry's candidates stops after kMaxCandidateWalk of them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/entities/names.h"

namespace newslens::entities {

// Candidates examined per index lookup, at most: enough to tell one from two.
inline constexpr std::size_t kMaxCandidateWalk = 16;

// Counts of the work grouping did, for the complexity guard in the unit tests.
struct GroupingWork {
  std::size_t lookups = 0;     // index lookups (by key, word, initials or name)
  std::size_t candidates = 0;  // candidates examined in the lists those lookups returned
};

// What grouping reads of one mention.
struct MentionKey {
  MentionName name;
  std::string key;         // empty: the mention is not grouped (common noun, empty span)
  bool placeName = false;  // after "in", and its name is a known country, city or region
};

// The MentionKey of every mention, compact: a grouped name has its own record, a
// numeric mention (DATE … ORDINAL) shares one with every mention of its key (its type
// and surface), and the rest share an empty one. Numeric mentions group by key alone
// and no join reads their names, and "1 2 3 …" has one every 2 bytes: 4 bytes a
// mention here, where a record each was ~52 (in WASM).
class MentionKeys {
 public:
  // `mentions` without a key; room for `named` records of names.
  MentionKeys(std::size_t mentions, std::size_t named);

  // Mention i's record. For a numeric mention, its name is empty (see sharesKey).
  const MentionKey& operator[](std::size_t i) const { return records_[slot_[i] & ~kShared]; }
  std::size_t size() const { return slot_.size(); }

  // Gives mention i the record `key` (a name and its key).
  void setNamed(std::size_t i, MentionKey key);
  // Gives mention i the record of numeric key `key`, shared by every mention with it.
  void setNumeric(std::size_t i, std::string key);
  // True when mention i's record is a numeric key's: its name was not kept.
  bool sharesKey(std::size_t i) const { return (slot_[i] & kShared) != 0; }

 private:
  static constexpr std::uint32_t kShared = 1u << 31;        // in a slot: the record is a numeric key's
  std::vector<std::uint32_t> slot_;                         // per mention: its record, | kShared for a numeric key's
  std::vector<MentionKey> records_;                         // [0]: no key; then numeric keys and names as they came
  std::unordered_map<std::string, std::uint32_t> numeric_;  // numeric key → its record
};

struct Grouping {
  std::vector<int> groupOf;       // per mention: group id, -1 when not grouped
  std::vector<EntityType> types;  // per group: its voted type
};

// Groups `mentions` (any order; `keys` parallel to it). Group ids are dense and
// numbered in order of each group's first mention. `work`, when given, is added to.
Grouping groupMentions(const std::vector<Mention>& mentions, const MentionKeys& keys, GroupingWork* work = nullptr);

}  // namespace newslens::entities
