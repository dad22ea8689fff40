#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "newslens/summary/references.h"
#include "newslens/summary/short_form.h"
#include "newslens/text/sentences.h"
#include "newslens/text/tokenizer.h"
#include "fixtures/text_fixture.h"

using namespace newslens;
using newslens::testing::textOnly;

namespace {

std::string shortOf(const std::string& sentence) {
  const Analysis a = textOnly(sentence);
  return summary::shortForm(sentence, a, 0, static_cast<std::uint32_t>(sentence.size()));
}

// A PERSON mention of entity `entity` over the first occurrence of `name`.
void addPerson(Analysis& a, const std::string& text, const std::string& name, std::int32_t entity, float salience) {
  const auto at = static_cast<std::uint32_t>(text.find(name));
  Mention m;
  m.start = at;
  m.end = at + static_cast<std::uint32_t>(name.size());
  for (std::uint32_t t = 0; t < a.tokens.size(); ++t) {
    if (a.tokens[t].start == m.start) m.firstToken = t;
    if (a.tokens[t].end == m.end) m.lastToken = t + 1;
  }
  m.entity = entity;
  a.mentions.push_back(m);
  Entity e;
  e.name = name;
  e.salience = salience;
  a.entities.push_back(e);
}

}  // namespace

TEST_CASE("short form: attributions, openers, asides and appositives go") {
  CHECK(shortOf("The suspect fled the scene on foot, police said.") == "The suspect fled the scene on foot.");
  CHECK(shortOf("But the bridge had been closed for repairs since the spring.") ==
        "The bridge had been closed for repairs since the spring.");
  CHECK(shortOf("According to officials, the fire spread across the valley overnight.") ==
        "The fire spread across the valley overnight.");
  CHECK(shortOf("Officials said on Monday that the fire spread across the valley.") ==
        "The fire spread across the valley.");
  CHECK(shortOf("\"We will rebuild the town together,\" the mayor said.") == "\"We will rebuild the town together.\"");
  CHECK(shortOf("Norman Lee, an artist for a comics publisher, went missing while snorkeling.") ==
        "Norman Lee went missing while snorkeling.");
  CHECK(shortOf("The group claimed the attack (a first for it) in an audio message.") ==
        "The group claimed the attack in an audio message.");
}

TEST_CASE("short form: never drops a negation or a number, never a list item, never the clause") {
  // The number and the negation sit in the parts the rules would delete.
  CHECK(shortOf("The plant reopened on Friday (after 12 weeks) with new safety checks.") ==
        "The plant reopened on Friday (after 12 weeks) with new safety checks.");
  CHECK(shortOf("Cayman Naib, 13, has not been heard from since Wednesday.") ==
        "Cayman Naib, 13, has not been heard from since Wednesday.");
  CHECK(shortOf("The team will play Italy, Russia, the United Arab Emirates, and Japan.") ==
        "The team will play Italy, Russia, the United Arab Emirates, and Japan.");
  // "looking into reports that …" is not an attribution; "So high, that" no opener.
  CHECK(shortOf("Egypt is now looking into reports that a film was shot at the site.") ==
        "Egypt is now looking into reports that a film was shot at the site.");
  CHECK(shortOf("So high were the waters that the road closed for a week.") ==
        "So high were the waters that the road closed for a week.");
  // What is left must be a sentence: a short one keeps its attribution.
  CHECK(shortOf("It rained, she said.") == "It rained, she said.");
  CHECK(shortOf("Voters queued early in the northern districts.") == "Voters queued early in the northern districts.");
}

TEST_CASE("refersTo: a pronoun and a titled description get the person they stand for") {
  const std::string text =
      "President Ruth Okafor met the strikers on Monday, her aide Sam Bell said. "
      "She said the talks would resume. The President promised a new offer by Friday. "
      "Ruth Okafor said she was hopeful.";
  Analysis a = textOnly(text);
  addPerson(a, text, "Ruth Okafor", 0, 0.8f);
  addPerson(a, text, "Sam Bell", 1, 0.2f);
  {  // the second "Ruth Okafor", in the last sentence
    const auto at = static_cast<std::uint32_t>(text.rfind("Ruth Okafor"));
    Mention m = a.mentions.front();
    m.start = at;
    m.end = at + 11;
    for (std::uint32_t t = 0; t < a.tokens.size(); ++t) {
      if (a.tokens[t].start == m.start) m.firstToken = t;
      if (a.tokens[t].end == m.end) m.lastToken = t + 1;
    }
    a.mentions.push_back(m);
  }
  std::sort(a.mentions.begin(), a.mentions.end(), [](const Mention& x, const Mention& y) { return x.start < y.start; });
  const auto range = [&](const std::string& sentence) {
    const auto at = static_cast<std::uint32_t>(text.find(sentence));
    return summary::leaningReferences(text, a, at, at + static_cast<std::uint32_t>(sentence.size()));
  };
  // "She" after a sentence naming Okafor and her aide: the more salient one.
  const auto he = range("She said the talks would resume.");
  REQUIRE(he.size() == 1);
  CHECK(text.substr(he[0].start, he[0].end - he[0].start) == "She");
  CHECK(he[0].entity == 0);
  const auto president = range("The President promised a new offer by Friday.");
  REQUIRE(president.size() == 1);
  CHECK(text.substr(president[0].start, president[0].end - president[0].start) == "The President");
  CHECK(president[0].entity == 0);
  // A point that names its person first stands alone.
  CHECK(range("Ruth Okafor said she was hopeful.").empty());
  CHECK(range("President Ruth Okafor met the strikers on Monday.").empty());
  // Without NER there is nothing to point at.
  const Analysis bare = textOnly(text);
  CHECK(summary::leaningReferences(text, bare, 0, static_cast<std::uint32_t>(text.size())).empty());
}
