// "he"/"she" and the person they stand for (entities/pronouns.h): the search key-point
// references and salience's pronoun counts share.
#include <doctest/doctest.h>

#include <string>

#include "fixtures/mention_fixture.h"
#include "newslens/entities/gender.h"
#include "newslens/entities/pronouns.h"

using newslens::EntityType;
using newslens::lexicon::Gender;
namespace ne = newslens::entities;

TEST_CASE("personBefore: the nearest person of a fitting gender, never a place or the other gender") {
  const std::string text = "John Park met Mary Jones in Lyon. Then he left.";
  const auto a = fixture::analyze(
      text, {{"John Park", EntityType::PERSON}, {"Mary Jones", EntityType::PERSON}, {"Lyon", EntityType::GPE}});
  const auto genders = ne::personCues(text, a).gender;
  const std::size_t all = a.mentions.size();
  const auto nameAt = [&](std::ptrdiff_t i) {
    REQUIRE(i >= 0);
    return a.entities[static_cast<std::size_t>(a.mentions[static_cast<std::size_t>(i)].entity)].name;
  };
  CHECK(nameAt(ne::personBefore(a, genders, all, Gender::Male)) == "John Park");
  CHECK(nameAt(ne::personBefore(a, genders, all, Gender::Female)) == "Mary Jones");
  CHECK(nameAt(ne::personBefore(a, genders, all, Gender::Unknown)) == "Mary Jones");
  CHECK(ne::personBefore(a, genders, 0, Gender::Male) == -1);  // nothing before the first mention
}

TEST_CASE("pronounReferences: each pronoun counts for its person; none past the reach") {
  const std::string text = "Mary Jones won. She smiled and her team cheered. Rain fell. Fog came. Wind rose. She left.";
  const auto a = fixture::analyze(text, {{"Mary Jones", EntityType::PERSON}});
  const auto counts = ne::pronounReferences(text, a);
  REQUIRE(counts.size() == 1);
  CHECK(counts[0] == 2);  // "She", "her"; the last "She" is four sentences on
}
