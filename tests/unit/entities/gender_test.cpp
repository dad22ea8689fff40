// What the text says of a person's gender (entities/gender.h), and "he"/"she" in key
// points never standing for a person of the other gender (summary/references.h).
#include <doctest/doctest.h>

#include <string>

#include "fixtures/mention_fixture.h"
#include "newslens/entities/gender.h"
#include "newslens/summary/references.h"

using newslens::EntityType;
using newslens::lexicon::Gender;
namespace {
constexpr EntityType PERSON = EntityType::PERSON, ORG = EntityType::ORG;

int entityNamed(const newslens::Analysis& a, const std::string& name) {
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].name == name) return static_cast<int>(e);
  return -1;
}
}  // namespace

TEST_CASE("an entity's gender: an honorific first, else a known first name, never a guess") {
  const std::string text =
      "Mary Jones met Ms. Okoro and Mr. Tal. Chris Lee and Georgia Tech watched. Jordan Park spoke. Okoro left.";
  const auto a = fixture::analyze(text, {{"Mary Jones", PERSON},
                                         {"Okoro", PERSON},
                                         {"Tal", PERSON},
                                         {"Chris Lee", PERSON},
                                         {"Georgia Tech", ORG},
                                         {"Jordan Park", PERSON},
                                         {"Okoro", PERSON}});
  const auto genders = newslens::entities::personCues(text, a).gender;
  REQUIRE(genders.size() == a.entities.size());
  const auto of = [&](const std::string& name) {
    const int e = entityNamed(a, name);
    REQUIRE(e >= 0);
    return genders[static_cast<std::size_t>(e)];
  };
  CHECK(of("Mary Jones") == Gender::Female);
  CHECK(of("Okoro") == Gender::Female);
  CHECK(of("Tal") == Gender::Male);
  CHECK(of("Jordan Park") == Gender::Unknown);  // a name given to both sexes
}

TEST_CASE("honorifics that disagree leave the gender unknown") {
  const std::string text = "Mr. Bell spoke. Ms. Bell replied.";
  const auto a = fixture::analyze(text, {{"Bell", PERSON}, {"Bell", PERSON}});
  REQUIRE(a.entities.size() == 1);
  const auto cues = newslens::entities::personCues(text, a);
  CHECK(cues.gender[0] == Gender::Unknown);
  CHECK(cues.person[0]);
}

TEST_CASE("a person by type, honorific or a full name opening with a first name; its gender from that name") {
  const std::string text = "Hillary Clinton spoke. Mr. Acme nodded. Mary went home. Georgia Tech won. Acme Corp fell.";
  const auto a = fixture::analyze(
      text, {{"Hillary Clinton", ORG}, {"Acme", ORG}, {"Mary", PERSON}, {"Georgia Tech", ORG}, {"Acme Corp", ORG}});
  const auto cues = newslens::entities::personCues(text, a);
  const auto at = [&](const std::string& name) {
    const int e = entityNamed(a, name);
    REQUIRE(e >= 0);
    return static_cast<std::size_t>(e);
  };
  CHECK(cues.person[at("Hillary Clinton")]);  // mistyped, but a full name opening with a first name
  CHECK(cues.gender[at("Hillary Clinton")] == Gender::Female);
  CHECK(cues.person[at("Acme")]);  // "Mr." says so whatever the type
  CHECK(cues.gender[at("Acme")] == Gender::Male);
  CHECK(cues.person[at("Mary")]);  // typed PERSON: a one-word first name gives the gender too
  CHECK(cues.gender[at("Mary")] == Gender::Female);
  CHECK(!cues.person[at("Acme Corp")]);  // no honorific, no first name, not typed PERSON
  CHECK(cues.gender[at("Acme Corp")] == Gender::Unknown);
  // The price of reading mistyped people: a two-word name opening with a first name
  // reads as a person ("Georgia Tech"); the salience and key-point readers of
  // "he"/"she" take only mentions typed PERSON.
  CHECK(cues.person[at("Georgia Tech")]);
}

TEST_CASE("genderFits: only a known gender that differs rules a person out") {
  using newslens::entities::genderFits;
  CHECK(genderFits(Gender::Male, Gender::Male));
  CHECK(genderFits(Gender::Unknown, Gender::Female));
  CHECK(genderFits(Gender::Female, Gender::Unknown));
  CHECK_FALSE(genderFits(Gender::Female, Gender::Male));
}

TEST_CASE("refersTo: 'he' skips a woman for the man named beside her; 'she' finds her") {
  const std::string text =
      "Mary Jones, the mayor, met the builder John Park on Monday. Jones praised the plan Park drew up. "
      "He said work would start in May. She said the city would pay.";
  const auto a =
      fixture::analyze(text, {{"Mary Jones", PERSON}, {"John Park", PERSON}, {"Jones", PERSON}, {"Park", PERSON}});
  const int jones = entityNamed(a, "Mary Jones"), park = entityNamed(a, "John Park");
  REQUIRE(jones >= 0);
  REQUIRE(park >= 0);
  // The mayor is the protagonist: without the gender check "he" would take her.
  REQUIRE(a.entities[static_cast<std::size_t>(jones)].salience > a.entities[static_cast<std::size_t>(park)].salience);
  const auto refs = [&](const std::string& sentence) {
    const auto at = static_cast<std::uint32_t>(text.find(sentence));
    return newslens::summary::leaningReferences(text, a, at, at + static_cast<std::uint32_t>(sentence.size()));
  };
  const auto he = refs("He said work would start in May.");
  REQUIRE(he.size() == 1);
  CHECK(he[0].entity == park);
  const auto she = refs("She said the city would pay.");
  REQUIRE(she.size() == 1);
  CHECK(she[0].entity == jones);
}

TEST_CASE("refersTo: a pronoun with no person of its gender in reach stands for no one") {
  const std::string text = "Mary Jones opened the bridge. He said it was late.";
  const auto a = fixture::analyze(text, {{"Mary Jones", PERSON}});
  const auto at = static_cast<std::uint32_t>(text.find("He said"));
  CHECK(newslens::summary::leaningReferences(text, a, at, static_cast<std::uint32_t>(text.size())).empty());
}
