// Quote kinds and speakers on constructed news sentences (the mentions are placed
// by hand, so these test the quote stage alone), speakerText, and the linear-work
// contract on a large input.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures/mention_fixture.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/quotes/quote_marks.h"
#include "newslens/quotes/quotes.h"

using newslens::EntityType;
using newslens::QuoteKind;
using V = std::vector<std::string>;
constexpr EntityType PERSON = EntityType::PERSON, ORG = EntityType::ORG, GPE = EntityType::GPE;

namespace {

struct Got {
  V kinds, speakers, texts;
};

// Per quote: its kind, its speaker's entity name ("" for none), its speakerText ("" for null).
Got run(std::string_view text, const std::vector<fixture::Spec>& specs) {
  const newslens::Analysis a = fixture::analyze(text, specs);
  Got g;
  for (const newslens::Quote& q : newslens::quotes::findQuotes(text, a)) {
    g.kinds.push_back(newslens::quoteKindName(q.kind));
    g.speakers.push_back(q.speaker < 0 ? "" : a.entities.at(q.speaker).name);
    g.texts.emplace_back(text.substr(q.sourceStart, q.sourceEnd - q.sourceStart));
  }
  return g;
}

}  // namespace

TEST_CASE("titles, scare quotes and cited terms are terms; attributed words are speech") {
  const Got g =
      run("The host of the show \"Top Gear\" was suspended. Both wore gloves for a \"friendly\" fight. "
          "\"We are looking into it,\" Jane Smith said. The so-called \"sharing-economy\" jobs pay less. "
          "Police said the attackers were \"heavily armed.\" What does it say when we say \"leaning in\" works?",
          {{"Top Gear", EntityType::WORK_OF_ART}, {"Jane Smith", PERSON}});
  CHECK(g.kinds == V{"term", "term", "speech", "term", "speech", "term"});
  CHECK(g.speakers == V{"", "", "Jane Smith", "", "", ""});
}

TEST_CASE("a long quoted sentence is speech even with no attribution; a long title is a term") {
  const Got g = run(
      "\"We will keep working on this until every family has a home again.\" The mayor left. "
      "A headline read \"Google CFO Patrick Pichette's Goodbye Note Will Make You Dream of Quitting Your Job\" today.",
      {});
  CHECK(g.kinds == V{"speech", "term"});
}

TEST_CASE("attribution frames: after, inverted, role noun, appositive, aside, colon, according to") {
  const Got g =
      run("\"It was late,\" said resident Maria Lopez. "
          "\"We waited,\" Arsenal defender Per Mertesacker told ITV. "
          "\"I was scared,\" said her mother, Ana Lopez. "
          "\"The atmosphere has changed,\" Mark Potok, editor of the journal, told reporters. "
          "Said the mayor: \"We are ready.\" "
          "The fire spread fast, according to Chief Tom Baker: \"It jumped the road.\"",
          {{"Maria Lopez", PERSON},
           {"Arsenal", ORG},
           {"Per Mertesacker", PERSON},
           {"ITV", ORG},
           {"Ana Lopez", PERSON},
           {"Mark Potok", PERSON},
           {"Tom Baker", PERSON}});
  CHECK(g.speakers == V{"Maria Lopez", "Per Mertesacker", "Ana Lopez", "Mark Potok", "", "Tom Baker"});
  CHECK(g.texts[4] == "the mayor");
  CHECK(g.kinds == V{"speech", "speech", "speech", "speech", "speech", "speech"});
}

TEST_CASE("an unnamed source leaves the speaker null and gives speakerText") {
  const Got g = run("\"Three people were hurt,\" a police spokesman said. \"Stay away,\" police said.", {});
  CHECK(g.speakers == V{"", ""});
  CHECK(g.texts == V{"a police spokesman", "police"});
}

TEST_CASE("he and she follow gender from first names and honorifics") {
  const Got g =
      run("Mary Jones met David Brown on Monday. \"It went well,\" she said. \"We agreed,\" he said. "
          "Mr Lee and Ms Park spoke later. \"Fine,\" said Park. \"Not for me,\" he said.",
          {{"Mary Jones", PERSON}, {"David Brown", PERSON}, {"Lee", PERSON}, {"Park", PERSON}, {"Park", PERSON}});
  CHECK(g.speakers == V{"Mary Jones", "David Brown", "Park", "Lee"});
  using newslens::lexicon::Gender;
  CHECK(newslens::lexicon::firstNameGender("mary") == Gender::Female);
  CHECK(newslens::lexicon::firstNameGender("david") == Gender::Male);
  CHECK(newslens::lexicon::firstNameGender("zzyzx") == Gender::Unknown);
  CHECK(newslens::lexicon::firstNameGender("") == Gender::Unknown);
  // Only whole names of the list: no prefix, no run of names across its bars, no upper case.
  CHECK(newslens::lexicon::firstNameGender("zoila") == Gender::Female);
  CHECK(newslens::lexicon::firstNameGender("aaron") == Gender::Male);
  CHECK(newslens::lexicon::firstNameGender("mar") == Gender::Unknown);
  CHECK(newslens::lexicon::firstNameGender("aaron|abdul") == Gender::Unknown);
  CHECK(newslens::lexicon::firstNameGender("|") == Gender::Unknown);
  CHECK(newslens::lexicon::firstNameGender("Mary") == Gender::Unknown);
}

TEST_CASE("it and the broadcaster go to an organization, never to a person") {
  const Got g =
      run("The BBC suspended Jeremy Clarkson on Tuesday. \"He has been suspended,\" the broadcaster said. "
          "\"No one else was,\" it said in a statement.",
          {{"BBC", ORG}, {"Jeremy Clarkson", PERSON}});
  CHECK(g.speakers == V{"BBC", "BBC"});
}

TEST_CASE("follow-on quotes continue the speaker until another person takes over") {
  const Got g =
      run("\"We played well,\" Tom Hart said. \"Next week is another game.\" "
          "Jane Cole, the coach, disagreed with the tactics. \"It was not good enough.\"",
          {{"Tom Hart", PERSON}, {"Jane Cole", PERSON}});
  CHECK(g.speakers == V{"Tom Hart", "Tom Hart", ""});
}

TEST_CASE("the writer's own words and passives attribute nothing") {
  const Got g = run("Workers are constantly told they can \"have it all,\" and we say \"balance\" matters.", {});
  CHECK(g.kinds == V{"term", "term"});
}

TEST_CASE("a quote split by its attribution gives both parts the same speaker") {
  const Got g =
      run("\"After seven years,\" Patrick Pichette began, \"I will be retiring.\"", {{"Patrick Pichette", PERSON}});
  CHECK(g.speakers == V{"Patrick Pichette", "Patrick Pichette"});
}

TEST_CASE("linear work: a huge paste of quotes and unclosed marks is bounded per quote") {
  // 20,000 unclosed marks in one paragraph: each ends where the next opens, none runs on.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "\"Part " + std::to_string(i) + " of it. ";
  const std::vector<newslens::quotes::QuotedSpan> spans = newslens::quotes::findQuotedSpans(text);
  REQUIRE(spans.size() == 20000);
  std::size_t covered = 0;
  for (const auto& s : spans) covered += s.end - s.start;
  CHECK(covered < text.size());  // every span is its own part, not the rest of the text
  CHECK(text.substr(spans.back().start, spans.back().end - spans.back().start) == "Part 19999 of it.");
  // Structural bound: no span is longer than kMaxUnclosedBytes, however long the input.
  const std::string endless = "\"" + std::string(5'000'000, 'a');
  const auto one = newslens::quotes::findQuotedSpans(endless);
  REQUIRE(one.size() == 1);
  CHECK(one[0].end - one[0].start <= newslens::quotes::kMaxUnclosedBytes);
}

TEST_CASE("a naming verb right before the marks quotes a title, not words") {
  const Got g =
      run("ESPN aired a documentary called \"I Hate Christian Laettner,\" last week. "
          "Critics called the plan a \"disaster\" on Monday.",
          {{"ESPN", ORG}, {"Christian Laettner", PERSON}});
  CHECK(g.kinds == V{"term", "speech"});
}
