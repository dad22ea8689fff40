// Source roles (entities/sources.h) and how salience treats them.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fixtures/mention_fixture.h"
#include "newslens/api.h"
#include "newslens/text/boilerplate.h"

using fixture::analyze;
using newslens::EntityType;
using newslens::MentionRole;
namespace {
constexpr EntityType PERSON = EntityType::PERSON, GPE = EntityType::GPE, ORG = EntityType::ORG, NORP = EntityType::NORP;
}

TEST_CASE("the outlet in the dateline and the credit line is a source, kept but out of salience") {
  const std::string text =
      "Tokyo (CNN) Mr Blinken met Chinese officials in Beijing. Blinken said the talks were useful. "
      "Beijing agreed. CNN's Jane Doe contributed to this report.";
  const auto a = analyze(text, {{"Tokyo", GPE},
                                {"CNN", ORG},
                                {"Blinken", PERSON},
                                {"Chinese", NORP},
                                {"Beijing", GPE},
                                {"Blinken", PERSON},
                                {"Beijing", GPE},
                                {"CNN", ORG},
                                {"Jane Doe", PERSON}});
  CHECK(a.mentions[0].role == MentionRole::Text);  // the dateline's place is not a source
  CHECK(a.mentions[1].role == MentionRole::Source);
  CHECK(a.mentions[7].role == MentionRole::Source);
  CHECK(a.mentions[8].role == MentionRole::Text);  // the reporter is a person, not the outlet
  for (std::size_t i : {2, 3, 4, 5, 6}) CHECK(a.mentions[i].role == MentionRole::Text);
  // Still one grouped, highlighted entity, ranked below the four the story names
  // (only the reporter, named in page furniture alone, may rank lower).
  REQUIRE(a.mentions[1].entity >= 0);
  CHECK(a.mentions[1].entity == a.mentions[7].entity);
  CHECK(a.entities[a.mentions[1].entity].count == 2);
  CHECK(a.mentions[1].entity >= 4);
  CHECK(fixture::indexOf(a, "Blinken") < 2);  // with Beijing, named as often, the two leads
}

TEST_CASE("an outlet that receives or passes on the reporting is a source; one the story is about is not") {
  const std::string text =
      "(CNN) Ann Lee gave a kidney, she told CNN affiliate KGO. The hospital told CNN more. "
      "Ann Lee is well. Lee thanked the hospital.";
  const auto a = analyze(text, {{"CNN", ORG},
                                {"Ann Lee", PERSON},
                                {"CNN", ORG},
                                {"KGO", ORG},
                                {"CNN", ORG},
                                {"Ann Lee", PERSON},
                                {"Lee", PERSON}});
  CHECK(a.mentions[2].role == MentionRole::Source);
  CHECK(a.mentions[3].role == MentionRole::Source);
  CHECK(a.mentions[4].role == MentionRole::Source);
  CHECK(a.entities[0].name == "Ann Lee");

  const std::string about =
      "(CNN) CNN launched a streaming service on Monday. CNN said the service would cost $6. "
      "Analysts doubted CNN could win subscribers. Netflix declined to comment.";
  const auto b = analyze(about, {{"CNN", ORG}, {"CNN", ORG}, {"CNN", ORG}, {"CNN", ORG}, {"Netflix", ORG}});
  CHECK(b.mentions[0].role == MentionRole::Source);
  CHECK(b.mentions[1].role == MentionRole::Text);
  CHECK(b.entities[0].name == "CNN");
}

TEST_CASE("credit lines are boilerplate and named as credit lines") {
  const std::string text =
      "The rebels took the town. Reuters contributed reporting. "
      "Jane Doe contributed to this report from London. The talks by Monday had stalled.";
  auto a = analyze(text, {}, false);
  REQUIRE(a.sentences.size() >= 4);
  CHECK_FALSE(a.sentences[0].boilerplate);
  CHECK(a.sentences[1].boilerplate);
  CHECK(a.sentences[2].boilerplate);
  CHECK_FALSE(a.sentences[3].boilerplate);
  CHECK(newslens::text::isCreditLine(text, a.tokens, a.sentences, 1));
  CHECK_FALSE(newslens::text::isCreditLine(text, a.tokens, a.sentences, 3));
}

TEST_CASE("the JSON says role: source on a source mention only") {
  const std::string text = "(CNN) Angela Merkel met Emmanuel Macron in Paris. Merkel said the talks went well.";
  const newslens::Analyzer analyzer;
  const auto j = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, "{}"));
  REQUIRE(j.contains("mentions"));
  int sources = 0;
  for (const auto& m : j["mentions"]) {
    if (!m.contains("role")) continue;
    CHECK(m["role"] == "source");
    CHECK(m["text"] == "CNN");
    ++sources;
  }
  CHECK(sources == 1);
}
