#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "fixtures/mention_fixture.h"
#include "newslens/entities/salience.h"
#include "newslens/quotes/quotes.h"
#include "newslens/summary/keywords.h"

using fixture::analyze;
using newslens::EntityType;
using V = std::vector<std::string>;
constexpr EntityType PERSON = EntityType::PERSON, GPE = EntityType::GPE, ORG = EntityType::ORG, DATE = EntityType::DATE,
                     NORP = EntityType::NORP;

TEST_CASE("titles and short forms join the longest full name") {
  const std::string text =
      "Antony Blinken met Xi Jinping and foreign minister Qin Gang. Mr Blinken said little. "
      "Blinken left. Mr Xi smiled. Mr Gang waved. Mr Biden, not there, spoke to Joe Biden's aides.";
  const auto a = analyze(text, {{"Antony Blinken", PERSON},
                                {"Xi Jinping", PERSON},
                                {"Qin Gang", PERSON},
                                {"Mr Blinken", PERSON},
                                {"Blinken", PERSON},
                                {"Xi", PERSON},
                                {"Mr Gang", PERSON},
                                {"Biden", PERSON},
                                {"Joe Biden", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Antony Blinken", "Xi Jinping", "Qin Gang", "Antony Blinken", "Antony Blinken",
                                         "Xi Jinping", "Qin Gang", "Joe Biden", "Joe Biden"});
  REQUIRE(a.entities.size() == 4);
  const auto* blinken = fixture::find(a, "Antony Blinken");
  REQUIRE(blinken);
  CHECK(blinken->type == PERSON);
  CHECK(blinken->count == 3);
  CHECK(blinken->aliases == V{"Antony Blinken", "Mr Blinken", "Blinken"});
  CHECK(blinken->firstMention == 0);
  CHECK(fixture::find(a, "Joe Biden")->firstMention == text.find("Biden"));
}

TEST_CASE("every honorific leads a name, gendered or not: Mx, Dr and Mr mentions join the full name") {
  const std::string text = "Sam Taylor arrived. Mx Taylor spoke. Dr Taylor left. Mr Okafor stayed with Ade Okafor.";
  const auto a = analyze(text, {{"Sam Taylor", PERSON},
                                {"Mx Taylor", PERSON},
                                {"Dr Taylor", PERSON},
                                {"Mr Okafor", PERSON},
                                {"Ade Okafor", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Sam Taylor", "Sam Taylor", "Sam Taylor", "Ade Okafor", "Ade Okafor"});
  const auto alone = analyze("Mx Rivera spoke. Dr Lee left. Mr Chan stayed.",
                             {{"Mx Rivera", PERSON}, {"Dr Lee", PERSON}, {"Mr Chan", PERSON}});
  CHECK(fixture::mentionEntities(alone) == V{"Rivera", "Lee", "Chan"});
}

TEST_CASE("two people sharing a surname stay apart; a bare surname goes to the nearest preceding one") {
  const std::string text =
      "John Smith runs the firm. Smith said sales rose. Jane Smith, his rival, disagreed. "
      "Smith called it luck. Later John Smith replied. Smith laughed.";
  const auto a = analyze(text, {{"John Smith", PERSON},
                                {"Smith", PERSON},
                                {"Jane Smith", PERSON},
                                {"Smith", PERSON},
                                {"John Smith", PERSON},
                                {"Smith", PERSON}});
  CHECK(fixture::mentionEntities(a) ==
        V{"John Smith", "John Smith", "Jane Smith", "Jane Smith", "John Smith", "John Smith"});
  REQUIRE(a.entities.size() == 2);
  CHECK(fixture::find(a, "John Smith")->count == 4);
  CHECK(fixture::find(a, "Jane Smith")->count == 2);
}

TEST_CASE("an honorific's gender picks between two people sharing a surname") {
  const std::string text =
      "Mr John Smith and Mrs Jane Smith sued. Mrs Smith spoke first. Then Mr Smith answered. Ms Smith left.";
  const auto a = analyze(
      text, {{"John Smith", PERSON}, {"Jane Smith", PERSON}, {"Smith", PERSON}, {"Smith", PERSON}, {"Smith", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"John Smith", "Jane Smith", "Jane Smith", "John Smith", "Jane Smith"});
}

TEST_CASE("a surname alone before the full name appears joins it") {
  const std::string text = "Gates spoke first. Analysts listened. Bill Gates then left for Beijing.";
  const auto a = analyze(text, {{"Gates", PERSON}, {"Bill Gates", PERSON}, {"Beijing", GPE}});
  CHECK(fixture::mentionEntities(a) == V{"Bill Gates", "Bill Gates", "Beijing"});
  const auto* gates = fixture::find(a, "Bill Gates");
  REQUIRE(gates);
  CHECK(gates->firstMention == 0);
  CHECK(gates->aliases == V{"Gates", "Bill Gates"});
}

TEST_CASE("a surname before two full names, with no cue to choose, stays apart") {
  const std::string text = "Smith won. John Smith and Jane Smith met.";
  const auto a = analyze(text, {{"Smith", PERSON}, {"John Smith", PERSON}, {"Jane Smith", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Smith", "John Smith", "Jane Smith"});
  // An honorific is a cue: "Mrs Smith" can only be the woman.
  const std::string titled = "Mrs Smith won. Mr John Smith and Mrs Jane Smith met.";
  const auto b = analyze(titled, {{"Smith", PERSON}, {"John Smith", PERSON}, {"Jane Smith", PERSON}});
  CHECK(fixture::mentionEntities(b) == V{"Jane Smith", "John Smith", "Jane Smith"});
}

TEST_CASE("Chinese name order: a one-word name matches any word, the last preferred") {
  const std::string text = "Qin Gang met Gang Li. Mr Gang spoke. Mr Qin left. Mr Li stayed.";
  const auto a =
      analyze(text, {{"Qin Gang", PERSON}, {"Gang Li", PERSON}, {"Gang", PERSON}, {"Qin", PERSON}, {"Li", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Qin Gang", "Gang Li", "Qin Gang", "Qin Gang", "Gang Li"});
}

TEST_CASE("country aliases are one GPE named by the longest form") {
  const std::string text =
      "The US said so. The United States agreed. U.S. officials and USA fans cheered. America rejoiced. "
      "Britain and the UK watched.";
  const auto a = analyze(text, {{"US", GPE},
                                {"United States", GPE},
                                {"U.S.", GPE},
                                {"USA", GPE},
                                {"America", GPE},
                                {"Britain", GPE},
                                {"UK", GPE}});
  REQUIRE(a.entities.size() == 2);
  const auto* us = fixture::find(a, "United States");
  REQUIRE(us);
  CHECK(us->count == 5);
  CHECK(us->aliases == V{"US", "United States", "U.S.", "USA", "America"});
  CHECK(fixture::find(a, "Britain")->count == 2);
}

TEST_CASE("type voting fixes inconsistent types and rewrites mention types") {
  const std::string text = "Blinken arrived. Blinken spoke. Mr Blinken left. Blinken flew home.";
  const auto a = analyze(text, {{"Blinken", PERSON}, {"Blinken", ORG}, {"Blinken", PERSON}, {"Blinken", GPE}});
  REQUIRE(a.entities.size() == 1);
  CHECK(a.entities[0].type == PERSON);
  for (const auto& m : a.mentions) {
    CHECK(m.type == PERSON);
    CHECK(m.entity == 0);
  }
}

TEST_CASE("type voting for organisations") {
  const std::string text = "Huawei grew. Huawei sold phones. Huawei hired.";
  const auto a = analyze(text, {{"Huawei", ORG}, {"Huawei", GPE}, {"Huawei", ORG}});
  REQUIRE(a.entities.size() == 1);
  CHECK(a.entities[0].type == ORG);
  CHECK(a.mentions[1].type == ORG);
}

TEST_CASE("possessives and a leading 'the' make no new aliases; common nouns make no entity") {
  const std::string text = "China\xE2\x80\x99s leader met the US team. China said the department erred. The US agreed.";
  const auto a = analyze(
      text, {{"China\xE2\x80\x99s", GPE}, {"the US", GPE}, {"China", GPE}, {"the department", ORG}, {"US", GPE}});
  CHECK(fixture::mentionEntities(a) == V{"China", "US", "China", "", "US"});
  CHECK(fixture::find(a, "China")->aliases == V{"China"});
  CHECK(fixture::find(a, "US")->aliases == V{"US"});
  CHECK(a.entities.size() == 2);
  CHECK(a.mentions[3].entity == -1);
}

TEST_CASE("different names of other types do not merge on a shared word") {
  const std::string text = "Washington met George Washington. South Korea and North Korea talked.";
  const auto a =
      analyze(text, {{"Washington", GPE}, {"George Washington", PERSON}, {"South Korea", GPE}, {"North Korea", GPE}});
  CHECK(fixture::mentionEntities(a) == V{"Washington", "George Washington", "South Korea", "North Korea"});
}

TEST_CASE("acronyms join the unique name they abbreviate; a shorter full name joins a longer one") {
  const std::string text =
      "The Central Intelligence Agency warned. The CIA said more. Hillary Rodham Clinton spoke. Hillary Clinton left.";
  const auto a = analyze(text, {{"Central Intelligence Agency", ORG},
                                {"CIA", ORG},
                                {"Hillary Rodham Clinton", PERSON},
                                {"Hillary Clinton", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Central Intelligence Agency", "Central Intelligence Agency",
                                         "Hillary Rodham Clinton", "Hillary Rodham Clinton"});
}

TEST_CASE("numeric types group identical surfaces and rank below the cast") {
  const std::string text = "On Monday Mr Xi spoke. On Monday the talks ended. Five officials came on Monday.";
  const auto a = analyze(
      text, {{"Monday", DATE}, {"Xi", PERSON}, {"Monday", DATE}, {"Five", EntityType::CARDINAL}, {"Monday", DATE}});
  REQUIRE(a.entities.size() == 3);
  CHECK(a.entities[0].name == "Xi");
  const auto* monday = fixture::find(a, "Monday");
  REQUIRE(monday);
  CHECK(monday->count == 3);
  CHECK(monday->type == DATE);
  CHECK(monday->salience < a.entities[0].salience);
}

TEST_CASE("salience: sorted, in [0,1], summing to 1; indices refer to the sorted order") {
  const std::string text =
      "Mr Blinken met Chinese officials in Beijing.\n"
      "Reporters waited outside for Blinken. Officials from Japan were not present.\n"
      "Mr Blinken said the talks were useful. Blinken will return. It was not about Germany.\n"
      "Both Japan and Germany watched.";
  const auto a = analyze(text, {{"Blinken", PERSON},
                                {"Chinese", NORP},
                                {"Beijing", GPE},
                                {"Blinken", PERSON},
                                {"Japan", GPE},
                                {"Blinken", PERSON},
                                {"Blinken", PERSON},
                                {"Germany", GPE},
                                {"Japan", GPE},
                                {"Germany", GPE}});
  REQUIRE(a.entities.size() == 5);
  CHECK(a.entities[0].name == "Blinken");
  double sum = 0;
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    CHECK(a.entities[i].salience >= 0.0f);
    CHECK(a.entities[i].salience <= 1.0f);
    if (i > 0) CHECK(a.entities[i - 1].salience >= a.entities[i].salience);
    sum += a.entities[i].salience;
  }
  CHECK(std::abs(sum - 1.0) < 1e-4);
  for (const auto& m : a.mentions) {
    REQUIRE(m.entity >= 0);
    const std::string surface = text.substr(m.start, m.end - m.start);
    const auto& aliases = a.entities[m.entity].aliases;
    CHECK(std::find(aliases.begin(), aliases.end(), surface) != aliases.end());
  }
  // At equal counts the earlier mentions rank higher: Japan (lines 2, 4) beats Germany (lines 3, 4).
  CHECK(fixture::indexOf(a, "Japan") < fixture::indexOf(a, "Germany"));
}

TEST_CASE("boilerplate mentions count for little") {
  const std::string text =
      "Officials met in Paris on a sunny day and talked for hours about trade.\n"
      "Trade with Brazil and Paris dominated.\n"
      "Read more:\n"
      "Brazil latest\n"
      "Brazil news roundup\n";
  auto a = analyze(text, {{"Paris", GPE}, {"Brazil", GPE}, {"Paris", GPE}, {"Brazil", GPE}, {"Brazil", GPE}}, false);
  // Marked by hand: this tests the weighting, not the boilerplate detector.
  REQUIRE(a.sentences.size() == 5);
  for (std::size_t s = 2; s < 5; ++s) a.sentences[s].boilerplate = true;
  a.entities = newslens::entities::resolve(text, a.tokens, a.sentences, a.mentions);
  newslens::entities::rankEntities(text, a);
  REQUIRE(a.entities.size() == 2);
  CHECK(a.entities[0].name == "Paris");
  CHECK(a.entities[0].salience > 1.5 * a.entities[1].salience);
}

TEST_CASE("no mentions, empty and out-of-range mentions never crash") {
  CHECK(analyze("", {}).entities.empty());
  CHECK(analyze("Nothing here.", {}).entities.empty());
  newslens::Analysis a = analyze("Short.", {}, false);
  newslens::Mention bad;
  bad.start = 3;
  bad.end = 99;
  a.mentions.push_back(bad);
  newslens::Mention empty;
  empty.start = empty.end = 2;
  a.mentions.push_back(empty);
  a.entities = newslens::entities::resolve("Short.", a.tokens, a.sentences, a.mentions);
  CHECK(a.entities.empty());
  CHECK(a.mentions[0].entity == -1);
}

// The sample article with the mentions an OntoNotes tagger should give (the tagger
// itself is tested elsewhere): resolution, quotes and keywords on real prose.
namespace {
std::string readSample() {
  std::ifstream in(std::string(NEWSLENS_SOURCE_DIR) + "/web/samples/us-china-talks.txt", std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}
}  // namespace

TEST_CASE("sample article with tagger-like mentions") {
  const std::string text = readSample();
  REQUIRE(!text.empty());
  constexpr EntityType CARDINAL = EntityType::CARDINAL, ORDINAL = EntityType::ORDINAL;
  const std::string s = "\xE2\x80\x99s";
  auto a = analyze(text, {{"China", GPE},
                          {"Xi Jinping", PERSON},
                          {"US", GPE},
                          {"Antony Blinken", PERSON},
                          {"Beijing", GPE},
                          {"two", CARDINAL},
                          {"Monday", DATE},
                          {"Xi", PERSON},
                          {"Blinken", PERSON},
                          {"two", CARDINAL},
                          {"Blinken", PERSON},
                          {"China", GPE},
                          {"second", ORDINAL},
                          {"China", GPE},
                          {"Monday", DATE},
                          {"Qin Gang", PERSON},
                          {"Sunday", DATE},
                          {"first", ORDINAL},
                          {"US", GPE},
                          {"China", GPE},
                          {"five years", DATE},
                          {"US", GPE},
                          {"China", GPE},
                          {"Joe Biden", PERSON},
                          {"January 2021", DATE},
                          {"Chinese", NORP},
                          {"US", GPE},
                          {"several days", DATE},
                          {"Blinken", PERSON},
                          {"US", GPE},
                          {"Chinese", NORP},
                          {"Xi", PERSON},
                          {"Biden", PERSON},
                          {"the coming months", DATE},
                          {"Blinken", PERSON},
                          {"Chinese", NORP},
                          {"two", CARDINAL},
                          {"Taiwan", GPE},
                          {"Beijing", GPE},
                          {"Five", CARDINAL},
                          {"Bill Gates", PERSON},
                          {"Beijing", GPE},
                          {"US", GPE},
                          {"US", GPE},
                          {"China", GPE},
                          {"Communist Party", ORG},
                          {"Sunday", DATE},
                          {"Blinken", PERSON},
                          {"Gang", PERSON},
                          {"US State Department", ORG},
                          {"China", GPE},
                          {"Ministry of Foreign Affairs", ORG},
                          {"Blinken", PERSON},
                          {"US", GPE},
                          {"China", GPE},
                          {"US", GPE}});
  std::vector<std::string> people;
  for (const auto& e : a.entities)
    if (e.type == PERSON) people.push_back(e.name + " " + std::to_string(e.count));
  std::sort(people.begin(), people.end());
  CHECK(people == V{"Antony Blinken 7", "Bill Gates 1", "Joe Biden 2", "Qin Gang 2", "Xi Jinping 3"});
  for (const auto& e : a.entities)
    MESSAGE(e.name << " " << std::string(newslens::entityTypeName(e.type)) << " " << e.salience);
  // A reader's ranking: the visitor, the host country and the US lead; Bill Gates (once,
  // in a boilerplate headline list) and dates trail.
  REQUIRE(a.entities.size() >= 5);
  std::vector<std::string> top3;
  for (int i = 0; i < 3; ++i) top3.push_back(a.entities[i].name);
  std::sort(top3.begin(), top3.end());
  CHECK(top3 == V{"Antony Blinken", "China", "US"});
  CHECK(fixture::indexOf(a, "Xi Jinping") < fixture::indexOf(a, "Qin Gang"));
  CHECK(fixture::indexOf(a, "Qin Gang") < fixture::indexOf(a, "Monday"));

  a.quotes = newslens::quotes::findQuotes(text, a);
  V quotes;
  for (const auto& q : a.quotes)
    quotes.push_back(text.substr(q.start, std::min<std::size_t>(12, q.end - q.start)) + " <- " +
                     (q.speaker < 0 ? "" : a.entities[q.speaker].name));
  CHECK(quotes == V{"more positiv <- Xi Jinping", "emphasised t <- US State Department",
                    "reduce the r <- US State Department", "coincides wi <- Ministry of Foreign Affairs",
                    "erroneous pe <- ", "low point <- "});

  newslens::Options options;
  const auto keywords = newslens::summary::extractKeywords(text, a, options);
  REQUIRE(keywords.size() == 10);
  CHECK(keywords[0].text == "spy balloon saga");
  for (const auto& k : keywords) {
    MESSAGE(k.text << " " << k.score);
    CHECK(k.text.find("china") == std::string::npos);
    CHECK(k.text.find("blinken") == std::string::npos);
  }
}

TEST_CASE("salienceOf: an entity scored 2,000 below the top keeps a positive share; shares sum to 1") {
  newslens::entities::SalienceWeights weights;
  weights.w[0] = 1.0f;
  std::vector<newslens::entities::SalienceFeatures> features(3);
  features[0][0] = 2000.0f;
  features[1][0] = 0.0f;
  features[2][0] = 1999.0f;
  const std::vector<double> shares = newslens::entities::salienceOf(features, weights);
  REQUIRE(shares.size() == 3);
  CHECK(shares[1] > 0.0);
  CHECK(static_cast<float>(shares[1]) > 0.0f);
  CHECK(shares[0] > shares[2]);
  CHECK(shares[0] + shares[1] + shares[2] == doctest::Approx(1.0).epsilon(1e-12));
}
