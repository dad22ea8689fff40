#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures/pipeline_mentions.h"
#include "newslens/analyzer.h"
#include "newslens/builtin_model.h"

// Types a span's head or context states outright (recognize.cpp statedType), through
// the real pipeline, on sentences whose spans the typer alone types otherwise.
namespace {

// "TYPE text" for every mention the real pipeline finds in a text.
constexpr auto* mentions = &fixture::typedMentions;
using fixture::has;

}  // namespace

TEST_CASE("a law's head makes it a LAW, whatever the tagger read") {
  if (newslens::builtinModel().empty()) return;
  // The typer reads both as organizations.
  const auto a = mentions(
      "Jonathan and Buhari signed a nonviolence pact, the Abuja Accord, in January. Neither Medicare nor the "
      "Affordable Care Act covers long-term care.");
  CHECK(has(a, "LAW Abuja Accord"));
  CHECK(has(a, "LAW Affordable Care Act"));
}

TEST_CASE("a listed country, city or state the typer reads as a region or a river is a GPE") {
  if (newslens::builtinModel().empty()) return;
  // "Missouri" and "Niger" are rivers too, "South Africa" ends in a region word.
  const auto a = mentions(
      "The report blames Ferguson, Missouri, police and courts. Troops from Niger and Chad took back the town, "
      "and South Africa sent aid.");
  CHECK(has(a, "GPE Missouri"));
  CHECK(has(a, "GPE Niger"));
  CHECK(has(a, "GPE South Africa"));
}

TEST_CASE("a nationality's member noun is the nationality, not a person") {
  if (newslens::builtinModel().empty()) return;
  // The typer reads both as surnames.
  CHECK(has(mentions("The ball was cleared off the line and the Welshman scored the rebound."), "NORP Welshman"));
  CHECK(has(mentions("The 29-year-old Dutchman recently started legal proceedings again."), "NORP Dutchman"));
  // A surname of the same shape is still a person.
  CHECK(has(mentions("Natalie Portman said she was thrilled."), "PERSON Natalie Portman"));
}

TEST_CASE("a school or a hospital the typer reads as a place is an organization") {
  if (newslens::builtinModel().empty()) return;
  const auto a = mentions(
      "\"She just said 'hold the bucket,'\" the North High School principal told CNN affiliate KWCH. He survived "
      "after being treated at the London Chest Hospital.");
  CHECK(has(a, "ORG North High School"));
  CHECK(has(a, "ORG London Chest Hospital"));
}
