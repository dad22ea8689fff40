// The grouping steps that join a short form to the full name it stands for:
// shorter full names, acronyms, one-word names (grouping.h states the rules).
#include <algorithm>
#include <array>

#include "newslens/entities/group_state.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/noinline.h"

namespace newslens::entities::detail {
namespace {

using Index = std::unordered_map<std::string, std::vector<int>>;

constexpr std::size_t kMaxIndexedWords = 8;  // a longer "name" is a tagging accident

bool isPlace(EntityType t) { return t == EntityType::GPE || t == EntityType::LOC; }

bool isInitial(const std::string& w) { return w.size() == 1 && w[0] >= 'a' && w[0] <= 'z'; }

// True when `a` is the word `b` or its initial.
bool fits(const std::string& a, const std::string& b) { return a == b || (isInitial(a) && b[0] == a[0]); }

// The shorter name's words appear in the longer one in order, first with first and
// last with last, each the word or its initial: "hillary clinton", "p murugan".
bool abbreviates(const std::vector<std::string>& s, const std::vector<std::string>& l) {
  if (s.size() < 2 || s.size() > l.size() || s == l || s.back() != l.back() || !fits(s.front(), l.front()))
    return false;
  // A middle name or initial written out says which person: "George W. Bush" is not
  // "George H. W. Bush", so only a first-and-last form may skip the middle.
  if (s.size() > 2 && s.size() != l.size()) return false;
  std::size_t j = 1;
  for (std::size_t i = 1; i + 1 < s.size(); ++i, ++j) {
    while (j + 1 < l.size() && !fits(s[i], l[j])) ++j;
    if (j + 1 >= l.size()) return false;
  }
  return true;
}

// A surname with its particles ends the full name: "ten hoopen", "pieter ten hoopen";
// "van gaal", "louis van gaal".
bool endsWithParticleSurname(const std::vector<std::string>& s, const std::vector<std::string>& l) {
  return s.size() >= 2 && s.size() < l.size() && lexicon::isNameParticle(s.front()) &&
         std::equal(s.begin(), s.end(), l.end() - static_cast<std::ptrdiff_t>(s.size()));
}

bool hasInitial(const std::vector<std::string>& words) { return std::any_of(words.begin(), words.end(), isInitial); }

// Walks the candidates `index` lists under `key`, at most kMaxCandidateWalk of them,
// and returns up to `want` distinct roots that `accept` takes (other than `self`).
template <typename Accept>
std::vector<int> distinctCandidates(GroupState& s, const Index& index, const std::string& key, int self,
                                    std::size_t want, Accept accept) {
  std::vector<int> out;
  s.countLookup();
  const auto it = index.find(key);
  if (it == index.end()) return out;
  for (std::size_t k = 0; k < it->second.size() && k < kMaxCandidateWalk && out.size() < want; ++k) {
    s.countCandidate();
    const int c = s.find(it->second[k]);
    if (c != self && std::find(out.begin(), out.end(), c) == out.end() && accept(c)) out.push_back(c);
  }
  return out;
}

std::vector<int> roots(GroupState& s) {
  std::vector<int> out;
  for (int g = 0; g < static_cast<int>(s.groups.size()); ++g)
    if (s.find(g) == g) out.push_back(g);
  return out;
}

}  // namespace

NEWSLENS_NOINLINE void joinShorterFullNames(GroupState& s) {
  Index byFirstLast, byInitialLast, byLast;
  std::vector<int> shorter;
  for (int g : roots(s)) {
    const std::vector<std::string>& w = s.wordsOf(g);
    const EntityType t = s.typeOf(g);
    if (w.size() < 2 || w.size() > kMaxIndexedWords || isNumericType(t)) continue;
    if (t == EntityType::PERSON) {
      byFirstLast[w.front() + '|' + w.back()].push_back(g);
      byInitialLast[w.front().substr(0, 1) + '|' + w.back()].push_back(g);
      byLast[w.back()].push_back(g);
    }
    // "P Murugan" is a person's name whatever the tagger said, unless it is a place.
    if (t == EntityType::PERSON || (hasInitial(w) && !isPlace(t))) shorter.push_back(g);
  }
  // Longer short forms first, so "H Clinton" finds "Hillary Clinton" already joined.
  std::stable_sort(shorter.begin(), shorter.end(), [&](int a, int b) {
    if (s.wordsOf(a).size() != s.wordsOf(b).size()) return s.wordsOf(a).size() > s.wordsOf(b).size();
    return hasInitial(s.wordsOf(a)) < hasInitial(s.wordsOf(b));
  });
  for (int g : shorter) {
    const std::vector<std::string>& w = s.wordsOf(g);
    const bool particle = lexicon::isNameParticle(w.front());
    const Index& index = particle ? byLast : isInitial(w.front()) ? byInitialLast : byFirstLast;
    const std::string key = particle ? w.back() : w.front() + '|' + w.back();
    const std::vector<int> found = distinctCandidates(s, index, key, s.find(g), 2, [&](int c) {
      const std::vector<std::string>& full = s.wordsOf(c);
      return s.typeOf(c) == EntityType::PERSON && (particle ? endsWithParticleSurname(w, full) : abbreviates(w, full));
    });
    if (found.size() == 1) s.merge(g, found.front());
  }
}

namespace {

// Initials of a multi-word name, skipping function words: "central intelligence agency" → "cia".
std::string initials(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (w == "of" || w == "the" || w == "and" || w == "for" || w == "&" || w == "on" || w == "in") continue;
    out += w[0];
  }
  return out;
}

// The full name's type is the short form's, or one of its mentions was tagged so.
bool typesAgree(GroupState& s, int shortForm, int full) {
  return s.typeOf(full) == s.typeOf(shortForm) || s.hasVote(shortForm, s.typeOf(full));
}

}  // namespace

NEWSLENS_NOINLINE void joinAcronyms(GroupState& s) {
  Index byInitials;
  std::vector<int> acronyms;
  for (int g : roots(s)) {
    const std::vector<std::string>& w = s.wordsOf(g);
    const EntityType t = s.typeOf(g);
    if (t == EntityType::PERSON || isNumericType(t)) continue;
    if (w.size() >= 2 && w.size() <= kMaxIndexedWords)
      byInitials[initials(w)].push_back(g);
    else if (w.size() == 1 && s.keys[s.groups[g].rep].name.acronym)
      acronyms.push_back(g);
  }
  for (int g : acronyms) {
    // Written out before the acronym is used: "the Central Intelligence Agency (CIA)".
    const std::vector<int> found = distinctCandidates(s, byInitials, s.wordsOf(g).front(), g, 2, [&](int c) {
      return typesAgree(s, g, c) && s.groups[c].first < s.groups[g].first;
    });
    if (found.size() == 1) s.merge(g, found.front());
  }
}

namespace {

// A one-word name g may be person c's surname or first name: tagged or titled as a
// person, or used after the full name introduced the person.
bool couldBePerson(GroupState& s, int g, int c) {
  return s.hasVote(g, EntityType::PERSON) || s.groups[g].titled || s.groups[c].first < s.groups[g].first;
}

// A one-word name the tagger called a person on no evidence: no honorific, never
// the subject of a reporting verb, and (checked by the caller) no person in the
// document carries the word. Such a word written after an organization's or event's
// full name is that name's short form, whatever the tagger guessed ("Real Madrid …
// Real was never threatened", "the Ku Klux Klan … the Klan's growth").
bool isGuessedPerson(GroupState& s, int g) {
  return s.typeOf(g) == EntityType::PERSON && !s.groups[g].titled && !s.groups[g].speaks;
}

// A one-word name of several people: its mentions are placed one by one.
struct SharedName {
  int group = -1;  // the one-word name's own group
  std::string word;
  bool lastWord = false;        // the candidates hold it as their last word
  std::vector<int> candidates;  // roots of the people's full names
};

int genderSlot(char g) { return g == 'm' ? 1 : g == 'f' ? 2 : 0; }

struct Seen {
  int group = -1;
  std::uint32_t at = 0;
};
using Recent = std::unordered_map<std::string, std::array<Seen, 3>>;  // by word, then gender slot

// In document order, each mention of a shared name goes to the person last seen
// under that word with a compatible gender; with none seen yet, to the one
// candidate of a compatible gender if there is one; else it stays apart.
void placeSharedNames(GroupState& s, const std::unordered_map<int, SharedName>& shared) {
  Recent recentLast, recentAny;
  for (std::uint32_t i : s.order) {
    if (s.groupOf[i] < 0) continue;
    int r = s.find(s.groupOf[i]);
    const char gender = s.keys[i].name.gender;
    const auto compatible = [&](int slot) { return !gender || slot == 0 || slot == genderSlot(gender); };
    if (const auto sh = shared.find(r); sh != shared.end()) {
      const SharedName& name = sh->second;
      const Recent& recent = name.lastWord ? recentLast : recentAny;
      s.countLookup();
      int chosen = -1;
      std::uint32_t chosenAt = 0;
      if (const auto it = recent.find(name.word); it != recent.end())
        for (int slot = 0; slot < 3; ++slot) {
          const Seen& seen = it->second[slot];
          if (seen.group < 0 || !compatible(slot) || (chosen >= 0 && seen.at <= chosenAt)) continue;
          s.countCandidate();
          if (!couldBePerson(s, name.group, s.find(seen.group))) continue;
          chosen = s.find(seen.group);
          chosenAt = seen.at;
        }
      if (chosen < 0) {
        int fitting = 0;
        for (int c : name.candidates) {
          s.countCandidate();
          if (!compatible(genderSlot(s.groups[s.find(c)].gender))) continue;
          ++fitting;
          chosen = c;
        }
        if (fitting != 1) chosen = -1;
      }
      if (chosen >= 0) s.groupOf[i] = chosen;
      r = s.find(s.groupOf[i]);
    }
    const std::vector<std::string>& own = s.wordsOf(r);
    if (own.size() < 2 || s.typeOf(r) != EntityType::PERSON) continue;
    const int slot = genderSlot(s.groups[r].gender);
    const std::vector<std::string>& words = s.keys[i].name.words;
    for (std::size_t k = 0; k < words.size() && k < kMaxIndexedWords; ++k) {
      recentAny[words[k]][slot] = {r, s.mentions[i].start};
      if (words[k] == own.back()) recentLast[words[k]][slot] = {r, s.mentions[i].start};
    }
  }
}

// The one candidate a one-word name joins outright: the only one, or among several
// of different kinds the only one of its own voted type; -1 for none.
int onlyCandidate(GroupState& s, int g, const std::vector<int>& people, const std::vector<int>& names) {
  if (people.size() + names.size() == 1) return people.empty() ? names.front() : people.front();
  if (people.size() >= 2 && names.empty()) return -1;  // people sharing a name: placed one by one
  int only = -1;
  for (const std::vector<int>* list : {&people, &names})
    for (int c : *list)
      if (s.typeOf(c) == s.typeOf(g)) {
        if (only >= 0) return -1;
        only = c;
      }
  return only;
}

}  // namespace

NEWSLENS_NOINLINE void attachOneWordNames(GroupState& s) {
  Index personLast, personOther, edges;
  std::vector<int> single;
  for (int g : roots(s)) {
    const std::vector<std::string>& w = s.wordsOf(g);
    const EntityType t = s.typeOf(g);
    if (isNumericType(t) || w.empty() || w.size() > kMaxIndexedWords) continue;
    if (w.size() == 1) {
      single.push_back(g);
    } else if (t == EntityType::PERSON) {
      for (std::size_t k = 0; k + 1 < w.size(); ++k) personOther[w[k]].push_back(g);
      personLast[w.back()].push_back(g);
    } else {
      edges[w.front()].push_back(g);
      edges[w.back()].push_back(g);
    }
  }
  std::unordered_map<int, SharedName> shared;
  for (int g : single) {
    const std::string& word = s.wordsOf(g).front();
    const Group& one = s.groups[g];
    const auto person = [&](int c) { return couldBePerson(s, g, c); };
    std::vector<int> people = distinctCandidates(s, personLast, word, g, kMaxCandidateWalk, person);
    const bool lastWord = !people.empty();
    if (!lastWord) people = distinctCandidates(s, personOther, word, g, kMaxCandidateWalk, person);
    const bool guessed = people.empty() && isGuessedPerson(s, g);
    // A short form of a longer name ("United", "Likud") once the full name came
    // first. A nationality is one only with a tagger vote for the name's other
    // type: "Israeli" is not "Israeli Defense Forces", "American" not "American South".
    const auto name = [&](int c) {
      const bool nationality =
          s.typeOf(g) == EntityType::NORP && (s.typeOf(c) == EntityType::NORP || !s.hasVote(g, s.typeOf(c)));
      const bool agree = typesAgree(s, g, c) || (guessed && !isPlace(s.typeOf(c)));
      return !nationality && agree && s.groups[c].first < one.first;
    };
    const std::vector<int> names = distinctCandidates(s, edges, word, g, 2, name);
    if (const int only = onlyCandidate(s, g, people, names); only >= 0)
      s.merge(g, only);
    else if (people.size() >= 2 && names.empty())
      shared[g] = SharedName{g, word, lastWord, std::move(people)};
  }
  if (!shared.empty()) placeSharedNames(s, shared);
}

}  // namespace newslens::entities::detail
