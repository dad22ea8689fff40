#pragma once
// From a quote's Source to an entity, with the discourse state a reader keeps: who
// spoke last. Contract:
// - a name gives its mention's entity;
// - "he"/"she" give the last speaker when that person still fits (gender from
//   honorifics and first names, entities/gender.h; no other person having become the subject of a
//   sentence that attributes nothing since), else the most recent fitting person,
//   subjects of a sentence before others, within the three sentences before;
//   "it"/"they" do the same for organizations and groups;
// - "the department" gives the recent entity whose name holds "department"; an
//   organization noun ("the broadcaster") or a text ("the report") the last speaker
//   when it is an organization, else the recent organization in subject position;
// - anything weaker gives -1: a wrong speaker is worse than none.
// Every lookup visits at most kWindowMentions mentions.

#include <cstddef>
#include <vector>

#include "newslens/lexicon/lexicon.h"
#include "newslens/quotes/attribution.h"
#include "newslens/quotes/context.h"

namespace newslens::quotes {

class SpeakerResolver {
 public:
  explicit SpeakerResolver(const Context& ctx);

  // The entity `source` names for a quote that opens in sentence `quoteSentence`
  // (the windows reach back from there: a long quote's "he said" comes late), or -1.
  int resolve(const Source& source, std::size_t quoteSentence) const;

  // Records that `entity` (-1: an unnamed source) spoke in sentence s.
  void spoke(int entity, std::size_t sentence);

  // True when a quote without attribution in sentence s continues the last speaker
  // (set in `entity`, -1 if that source was unnamed).
  bool continues(std::size_t sentence, int& entity) const;

 private:
  template <typename Fits>
  int recent(std::uint32_t token, std::size_t fromSentence, std::size_t sentences, bool subjectsOnly, Fits fits) const;
  template <typename Fits>
  bool lastSpeakerFits(std::size_t sentence, Fits fits) const;
  int pronoun(const Source& source, std::size_t from) const;
  int description(const Source& source, std::size_t from) const;
  int roleHolder(std::string_view noun, std::uint32_t token, std::size_t from) const;
  int nameWord(std::uint32_t token, std::size_t from) const;
  bool hasWordNear(const Mention& m, std::string_view noun) const;
  bool subjectPosition(const Mention& m) const;
  bool organizationLike(int entity) const;

  const Context& ctx_;
  std::vector<lexicon::Gender> gender_;  // per entity
  std::vector<bool> person_;             // per entity: typed PERSON, titled, or a known first name
  bool haveLast_ = false;
  int last_ = -1;
  std::size_t lastSentence_ = 0;
};

}  // namespace newslens::quotes
