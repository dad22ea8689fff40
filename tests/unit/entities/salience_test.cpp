// Salience features (entities/salience.h): what each one reads of the text.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "fixtures/mention_fixture.h"
#include "newslens/entities/salience.h"
#include "newslens/quotes/quotes.h"

using newslens::EntityType;
namespace se = newslens::entities;
namespace {
constexpr EntityType PERSON = EntityType::PERSON, GPE = EntityType::GPE;

const se::SalienceFeatures& featuresOf(const std::vector<se::SalienceFeatures>& f, const newslens::Analysis& a,
                                       const std::string& name) {
  for (std::size_t e = 0; e < a.entities.size(); ++e)
    if (a.entities[e].name == name) return f[e];
  FAIL("no entity " << name);
  return f.front();
}
}  // namespace

TEST_CASE("salience features: first sentence, opening, speaker either side of the verb, spread, full name") {
  const std::string text =
      "Ana Lima won the race in Lisbon. Fans cheered. \"It was hard,\" said Lima. Rain fell. Porto waited. "
      "Lima flew home to Porto.";
  const auto a = fixture::analyze(
      text,
      {{"Ana Lima", PERSON}, {"Lisbon", GPE}, {"Lima", PERSON}, {"Porto", GPE}, {"Lima", PERSON}, {"Porto", GPE}});
  const auto f = se::salienceFeatures(text, a);
  const auto& lima = featuresOf(f, a, "Ana Lima");
  const auto& porto = featuresOf(f, a, "Porto");
  CHECK(lima[se::kInFirst] == 1.0f);
  CHECK(porto[se::kInFirst] == 0.0f);
  CHECK(lima[se::kFirstRank] == 1.0f);
  CHECK(porto[se::kFirstRank] == doctest::Approx(1.0 / 5));          // first named in the fifth sentence
  CHECK(lima[se::kLogOpening] == doctest::Approx(std::log1p(2.0)));  // sentences one and three
  CHECK(lima[se::kLogSpeaker] == doctest::Approx(std::log1p(1.0)));  // "said Lima"
  CHECK(lima[se::kSpread] > porto[se::kSpread]);
  CHECK(lima[se::kFullName] == 1.0f);
  CHECK(porto[se::kFullName] == 0.0f);
}

TEST_CASE("a date spread over the whole text keeps only its count and the numeric indicator") {
  const std::string text = "On Monday Ms Ito spoke. Talks went on. More talks. On Monday they ended.";
  const auto a = fixture::analyze(text, {{"Monday", EntityType::DATE}, {"Ito", PERSON}, {"Monday", EntityType::DATE}});
  const auto f = se::salienceFeatures(text, a);
  const auto& monday = featuresOf(f, a, "Monday");
  for (int k = 0; k < se::kSalienceFeatureCount; ++k)
    if (k != se::kLogMentions && k != se::kNumeric) CHECK(monday[k] == 0.0f);
  CHECK(monday[se::kNumeric] == 1.0f);
  CHECK(a.entities[0].name == "Ito");
}

TEST_CASE("salience features: quotes spoken, pronouns, possessives and forms written inside other names") {
  const std::string text =
      "Ana Lima spoke at the University of Lisbon. \"We won,\" Lima said. Her team cheered "
      "Lisbon's mayor. She thanked him. Rain fell. It rained. Fog came. He left.";
  auto a = fixture::analyze(text, {{"Ana Lima", PERSON}, {"Lima", PERSON}, {"Lisbon", GPE}}, false);
  a.entities = se::resolve(text, a.tokens, a.sentences, a.mentions);
  a.quotes = newslens::quotes::findQuotes(text, a);
  const auto f = se::salienceFeatures(text, a);
  const auto& lima = featuresOf(f, a, "Ana Lima");
  const auto& lisbon = featuresOf(f, a, "Lisbon");
  CHECK(lima[se::kLogQuoted] == doctest::Approx(std::log1p(1.0)));  // "We won," Lima said
  CHECK(lisbon[se::kLogQuoted] == 0.0f);
  // "Her", "She"; not "him" (no man named) nor "He", three sentences after her.
  CHECK(lima[se::kLogPronouns] == doctest::Approx(std::log1p(2.0)));
  CHECK(lisbon[se::kLogPossessive] == doctest::Approx(std::log1p(1.0)));
  // "Lisbon" is written twice: once inside the untagged "University of Lisbon".
  CHECK(lisbon[se::kLogWritten] == doctest::Approx(std::log1p(2.0)));
  CHECK(lisbon[se::kLogMentions] == doctest::Approx(std::log1p(1.0)));
}

TEST_CASE("written in the opening: the first three content sentences' forms, tagged or not") {
  // "Porto" is written inside "Porto Airport" in the first sentence, then tagged in the
  // third and fifth; "Lisbon" only in the fourth and fifth.
  const std::string text =
      "Flights left Porto Airport late. Crowds waited. Porto fans sang. Lisbon slept. Porto and Lisbon woke.";
  const auto a = fixture::analyze(
      text, {{"Porto Airport", EntityType::FAC}, {"Porto", GPE}, {"Lisbon", GPE}, {"Porto", GPE}, {"Lisbon", GPE}});
  const auto f = se::salienceFeatures(text, a);
  const auto& porto = featuresOf(f, a, "Porto");
  const auto& lisbon = featuresOf(f, a, "Lisbon");
  CHECK(porto[se::kWrittenOpening] == doctest::Approx(std::log1p(2.0)));
  CHECK(porto[se::kLogWritten] == doctest::Approx(std::log1p(3.0)));
  CHECK(lisbon[se::kWrittenOpening] == 0.0f);
  CHECK(lisbon[se::kLogWritten] == doctest::Approx(std::log1p(2.0)));
}

namespace {
// n people sharing the surname "Moss", each named once in full, then "Moss" written
// once untagged: how often the text writes the first person's forms.
float writtenMossPerPerson(int n) {
  static const char* const kFirst[] = {"Ann", "Bea", "Cal", "Dan", "Eve", "Fay", "Gus", "Hal", "Ida", "Jo"};
  std::string text;
  std::vector<fixture::Spec> specs;
  for (int k = 0; k < n; ++k) {
    const std::string name = std::string(kFirst[k]) + " Moss";
    text += name + " came. ";
    specs.push_back({name, PERSON});
  }
  text += "They met Moss.";
  auto a = fixture::analyze(text, specs, false);
  a.entities = se::resolve(text, a.tokens, a.sentences, a.mentions);
  const auto f = se::salienceFeatures(text, a);
  return featuresOf(f, a, "Ann Moss")[se::kLogWritten];
}
}  // namespace

TEST_CASE("a surname shared by more than eight people counts as written for none of them") {
  // Up to eight, "Moss" counts in each other person's full name and alone: 1 + (n - 1) + 1.
  CHECK(writtenMossPerPerson(3) == doctest::Approx(std::log1p(4.0)));
  CHECK(writtenMossPerPerson(8) == doctest::Approx(std::log1p(9.0)));
  CHECK(writtenMossPerPerson(9) == doctest::Approx(std::log1p(1.0)));  // only "Ann Moss" itself
}
