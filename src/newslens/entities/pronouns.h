#pragma once
// "he"/"she" and the person they stand for: the one home of that reading, for
// salience (how often the story writes about its protagonist as "he" or "she" once
// named) and key-point references ("He said …" → who). A third-person personal
// pronoun outside a name ("he", "his", "her", "himself" …, lexicon::pronounGender)
// stands for the nearest person mentioned before it whose gender (gender.h) does not
// contradict the pronoun's. No number or syntax model: the precision comes from what
// is not attempted. (Quote speakers read "he said" with more state, the last
// speaker and sentence subjects, in quotes/speakers.h, on the same gender cues.)

#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/lexicon/lexicon.h"

namespace newslens::entities {

inline constexpr std::uint32_t kPronounReach = 2;     // sentences back a counted pronoun reaches
inline constexpr std::size_t kPronounLookBack = 200;  // mentions one lookup visits at most

// The latest person a "he" and a "she" may stand for, as the mentions are read in
// text order: a mention of an entity typed PERSON whose gender in `genders`
// (parallel to a.entities) fits. O(1) a mention, so a reader of every pronoun of a
// long text stays linear.
class LatestPerson {
 public:
  LatestPerson(const Analysis& a, const std::vector<lexicon::Gender>& genders) : a_(a), genders_(genders) {}
  // Reads a.mentions[mention]; call in increasing order.
  void read(std::size_t mention);
  // The index of the latest mention read that a pronoun of gender `g` may stand
  // for (Unknown: any person), or -1.
  std::ptrdiff_t forPronoun(lexicon::Gender g) const;

 private:
  const Analysis& a_;
  const std::vector<lexicon::Gender>& genders_;
  std::ptrdiff_t male_ = -1, female_ = -1, any_ = -1;
};

// The index of the nearest mention before a.mentions[end] (mentions sorted by start)
// that LatestPerson gives for `wanted`, among the kPronounLookBack mentions before
// it; -1 when none does.
std::ptrdiff_t personBefore(const Analysis& a, const std::vector<lexicon::Gender>& genders, std::size_t end,
                            lexicon::Gender wanted);

// Per entity of `a` (Mention::entity set, mentions sorted by start): how many
// pronouns stand for it, counting only those whose person was mentioned in their
// sentence or the kPronounReach sentences before. Linear in tokens + mentions.
std::vector<std::uint32_t> pronounReferences(std::string_view text, const Analysis& a);

}  // namespace newslens::entities
