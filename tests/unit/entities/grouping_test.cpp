// Grouping on evidence (entities/grouping.h): plurals, short forms, acronyms,
// shared names, and the complexity guard that counts the grouping's work.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures/mention_fixture.h"
#include "newslens/analyzer.h"
#include "newslens/builtin_model.h"

using fixture::analyze;
using newslens::EntityType;
using V = std::vector<std::string>;
namespace {
constexpr EntityType PERSON = EntityType::PERSON, GPE = EntityType::GPE, ORG = EntityType::ORG, NORP = EntityType::NORP,
                     LOC = EntityType::LOC;
}

TEST_CASE("a nationality's plural and member noun join it; the country stays its own entity") {
  const std::string text =
      "Israeli officials met. Israelis voted in Israel. A Welshman scored for the Welsh side. Palestinians marched.";
  const auto a = analyze(text, {{"Israeli", NORP},
                                {"Israelis", NORP},
                                {"Israel", GPE},
                                {"Welshman", NORP},
                                {"Welsh", NORP},
                                {"Palestinians", NORP}});
  CHECK(fixture::mentionEntities(a) == V{"Israeli", "Israeli", "Israel", "Welsh", "Welsh", "Palestinians"});
  CHECK(fixture::find(a, "Israel")->type == GPE);
}

TEST_CASE("a full person name's plural joins the person; a one-word plural does not") {
  const std::string text = "Mike Bean built a firm. The Mike Beans of America are rare. Robert met Roberts.";
  const auto a =
      analyze(text, {{"Mike Bean", PERSON}, {"Mike Beans", PERSON}, {"Robert", PERSON}, {"Roberts", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Mike Bean", "Mike Bean", "Robert", "Roberts"});
}

TEST_CASE("one mistyped mention no longer splits an entity: types are voted and mentions re-typed") {
  const std::string text =
      "Nabil Bentaleb scored. Muhammadu Buhari won. Bentaleb ran on. Buhari spoke. Buhari smiled. Buhari left.";
  const auto a = analyze(text, {{"Nabil Bentaleb", PERSON},
                                {"Muhammadu Buhari", PERSON},
                                {"Bentaleb", NORP},
                                {"Buhari", ORG},
                                {"Buhari", PERSON},
                                {"Buhari", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Nabil Bentaleb", "Muhammadu Buhari", "Nabil Bentaleb", "Muhammadu Buhari",
                                         "Muhammadu Buhari", "Muhammadu Buhari"});
  for (const auto& m : a.mentions) CHECK(m.type == PERSON);
}

TEST_CASE("a club's or party's short form joins its full name once written out") {
  const std::string text =
      "Manchester United beat Tottenham Hotspur. United were sharp and Tottenham tired. "
      "The Likud Party won. Likud leads. Tottenham fans left.";
  const auto a = analyze(text, {{"Manchester United", ORG},
                                {"Tottenham Hotspur", ORG},
                                {"United", ORG},
                                {"Tottenham", ORG},
                                {"Likud Party", ORG},
                                {"Likud", ORG},
                                {"Tottenham", GPE}});
  CHECK(fixture::mentionEntities(a) == V{"Manchester United", "Tottenham Hotspur", "Manchester United",
                                         "Tottenham Hotspur", "Likud Party", "Likud Party", "Tottenham Hotspur"});
}

TEST_CASE("a one-word short form the tagger guessed a person joins the organization written out before it") {
  const std::string text =
      "Real Madrid beat Levante. Real was never threatened. The Ku Klux Klan shrank. The Klan's growth slowed.";
  const auto a = analyze(
      text, {{"Real Madrid", ORG}, {"Levante", ORG}, {"Real", PERSON}, {"Ku Klux Klan", ORG}, {"Klan", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Real Madrid", "Levante", "Real Madrid", "Ku Klux Klan", "Ku Klux Klan"});
  CHECK(a.mentions[2].type == ORG);
  CHECK(a.mentions[4].type == ORG);
}

TEST_CASE("a person cue keeps a one-word person apart from an organization named after the word") {
  // A reporting verb or an honorific says the word names someone: "Trump said", "Mr Ford".
  const std::string text = "Trump Tower was sold. Trump said he was glad. Ford Motor grew. Mr Ford left. Tower fell.";
  const auto a = analyze(
      text, {{"Trump Tower", ORG}, {"Trump", PERSON}, {"Ford Motor", ORG}, {"Ford", PERSON}, {"Tower", PERSON}});
  CHECK(fixture::mentionEntities(a) == V{"Trump Tower", "Trump", "Ford Motor", "Ford", "Trump Tower"});
  // A place named before is never the short form's full name.
  const auto b = analyze("New Jersey voted. Jersey won.", {{"New Jersey", GPE}, {"Jersey", PERSON}});
  CHECK(fixture::mentionEntities(b) == V{"New Jersey", "Jersey"});
}

TEST_CASE("a longer name with extra words is a different thing without evidence") {
  // The country, always tagged as a place, is not the club; a nationality is not an army.
  const std::string text = "AS Monaco lost. Monaco is small. The Israeli Defense Forces moved. Israeli voters.";
  const auto a =
      analyze(text, {{"AS Monaco", ORG}, {"Monaco", GPE}, {"Israeli Defense Forces", ORG}, {"Israeli", NORP}});
  CHECK(fixture::mentionEntities(a) == V{"AS Monaco", "Monaco", "Israeli Defense Forces", "Israeli"});
  // Nor is a place named before the person: "Washington met George Washington".
  const auto b = analyze("Jordan hosted talks. Michael Jordan came.", {{"Jordan", GPE}, {"Michael Jordan", PERSON}});
  CHECK(fixture::mentionEntities(b) == V{"Jordan", "Michael Jordan"});
}

TEST_CASE("the place where a club played stays the place") {
  const std::string text = "Monaco deserved it. Arsenal lost in Monaco. Monaco joins the last eight.";
  const auto a = analyze(text, {{"Monaco", ORG}, {"Arsenal", ORG}, {"Monaco", GPE}, {"Monaco", ORG}});
  REQUIRE(a.mentions[0].entity >= 0);
  CHECK(a.mentions[0].entity == a.mentions[3].entity);
  CHECK(a.mentions[2].entity != a.mentions[0].entity);
  CHECK(a.mentions[2].type == GPE);
  CHECK(a.mentions[0].type == ORG);
}

TEST_CASE("a known place after \"in\" is the place whatever the tagger typed it") {
  const std::string text = "Monaco deserved it. Arsenal fell short in Monaco. Monaco joins the last eight.";
  auto a = analyze(text, {{"Monaco", ORG}, {"Arsenal", ORG}, {"Monaco", ORG}, {"Monaco", ORG}}, false);
  const auto places = [](const std::vector<std::string_view>& words) {
    return words.size() == 1 && words[0] == "Monaco";
  };
  a.entities = newslens::entities::resolve(text, a.tokens, a.sentences, a.mentions, nullptr, places);
  CHECK(a.mentions[0].entity == a.mentions[3].entity);
  CHECK(a.mentions[2].entity != a.mentions[0].entity);
  CHECK(a.mentions[2].type == GPE);
  CHECK(a.mentions[0].type == ORG);
  // No place evidence, no split: "a stake in Monaco" of an unknown name stays the club.
  auto b = analyze(text, {{"Monaco", ORG}, {"Arsenal", ORG}, {"Monaco", ORG}, {"Monaco", ORG}}, false);
  b.entities = newslens::entities::resolve(text, b.tokens, b.sentences, b.mentions);
  CHECK(b.mentions[2].entity == b.mentions[0].entity);
}

TEST_CASE("an acronym joins only the name written out before it whose initials spell it") {
  const std::string text =
      "The BBC dropped the host. A petition, Bring Back Clarkson, grew. "
      "The World Health Organization warned. The WHO said more.";
  const auto a =
      analyze(text, {{"BBC", ORG}, {"Bring Back Clarkson", ORG}, {"World Health Organization", ORG}, {"WHO", ORG}});
  CHECK(fixture::mentionEntities(a) ==
        V{"BBC", "Bring Back Clarkson", "World Health Organization", "World Health Organization"});
  // Types must agree: a place is not spelled by an organization's initials.
  const auto b =
      analyze("Southern Poverty Law Center staff met in SPLC.", {{"Southern Poverty Law Center", ORG}, {"SPLC", LOC}});
  CHECK(fixture::mentionEntities(b) == V{"Southern Poverty Law Center", "SPLC"});
}

TEST_CASE("an initial stands for the one name it can abbreviate") {
  const std::string text = "Perumal Murugan wrote. He will live as P Murugan.";
  const auto a = analyze(text, {{"Perumal Murugan", PERSON}, {"P Murugan", ORG}});
  CHECK(fixture::mentionEntities(a) == V{"Perumal Murugan", "Perumal Murugan"});
  const auto b = analyze("Perumal Murugan met Priya Murugan. P Murugan left.",
                         {{"Perumal Murugan", PERSON}, {"Priya Murugan", PERSON}, {"P Murugan", PERSON}});
  CHECK(fixture::mentionEntities(b) == V{"Perumal Murugan", "Priya Murugan", "P Murugan"});
}

TEST_CASE("a surname led by its particles joins the one full name it ends") {
  const std::string text = "Pieter ten Hoopen arrived. Ten Hoopen was there, said ten Hoopen. Lisa ten Bosch left.";
  const auto a = analyze(
      text,
      {{"Pieter ten Hoopen", PERSON}, {"Ten Hoopen", PERSON}, {"ten Hoopen", PERSON}, {"Lisa ten Bosch", PERSON}});
  CHECK(fixture::mentionEntities(a) ==
        V{"Pieter ten Hoopen", "Pieter ten Hoopen", "Pieter ten Hoopen", "Lisa ten Bosch"});
  // Two full names ending so: the short form stays apart.
  const auto b = analyze("Pieter ten Hoopen met Anna ten Hoopen. Ten Hoopen spoke.",
                         {{"Pieter ten Hoopen", PERSON}, {"Anna ten Hoopen", PERSON}, {"Ten Hoopen", PERSON}});
  CHECK(fixture::mentionEntities(b) == V{"Pieter ten Hoopen", "Anna ten Hoopen", "Ten Hoopen"});
}

TEST_CASE("accents do not split a name") {
  const auto a = analyze("Taco María opened. Taco Maria is full.", {{"Taco María", ORG}, {"Taco Maria", ORG}});
  CHECK(fixture::mentionEntities(a) == V{"Taco María", "Taco María"});
}

TEST_CASE("two people sharing a first name never merge; the first name goes to the nearest") {
  const std::string text = "James Smith met James Brown. James said no. George W. Bush and George H. W. Bush spoke.";
  const auto a = analyze(text, {{"James Smith", PERSON},
                                {"James Brown", PERSON},
                                {"James", PERSON},
                                {"George W. Bush", PERSON},
                                {"George H. W. Bush", PERSON}});
  CHECK(fixture::mentionEntities(a) ==
        V{"James Smith", "James Brown", "James Brown", "George W. Bush", "George H. W. Bush"});
  CHECK(a.entities.size() == 4);
}

namespace {

// "<First> Smith spoke. Smith said." n times (shared surname), or each with its own
// surname (the control), with distinct made-up names; returns the work per mention.
double workPerMention(int n, bool sharedSurname, newslens::Analysis* out = nullptr) {
  std::string text;
  std::vector<fixture::Spec> specs;
  for (int k = 0; k < n; ++k) {
    std::string first = "Ka", last = "Smith";
    for (int v = k; v > 0; v /= 26) first += static_cast<char>('a' + v % 26);
    if (!sharedSurname) last = "Zo" + first.substr(2) + "son";
    text += first + " " + last + " spoke. " + last + " said. ";
    specs.push_back({first + " " + last, PERSON});
    specs.push_back({last, PERSON});
  }
  newslens::Analysis a = analyze(text, specs, false);
  newslens::entities::GroupingWork work;
  a.entities = newslens::entities::resolve(text, a.tokens, a.sentences, a.mentions, &work);
  if (out) *out = std::move(a);
  return double(work.lookups + work.candidates) / double(2 * n);
}

}  // namespace

TEST_CASE("complexity guard: grouping work per mention stays flat when many people share a surname") {
  newslens::Analysis shared;
  const double small = workPerMention(200, true);
  const double large = workPerMention(3000, true, &shared);
  const double control = workPerMention(3000, false);
  MESSAGE("work per mention: shared surname n=200 " << small << ", n=3000 " << large << "; control " << control);
  CHECK(large <= 2.0 * control);
  CHECK(large <= small * 1.25);
  CHECK(large < 16.0);
  // And the answer is still right: each "Smith" is the person just named.
  REQUIRE(shared.mentions.size() == 6000);
  for (std::size_t k = 0; k < shared.mentions.size(); k += 2)
    CHECK(shared.mentions[k].entity == shared.mentions[k + 1].entity);
  CHECK(shared.entities.size() == 3000);
}

TEST_CASE("a company written with and without its legal form is one entity") {
  if (newslens::builtinModel().empty()) return;
  static const newslens::Analyzer analyzer;
  const std::string text =
      "\"We will fight,\" said Shyam Kumar, the CEO of New Generation Media Corp., which runs a channel. "
      "\"We believe in freedom,\" said Kumar, the New Generation Media chief executive.";
  const newslens::Analysis a = analyzer.analyze(text, {});
  std::vector<std::int32_t> ids;
  for (const auto& m : a.mentions)
    if (text.compare(m.start, 20, "New Generation Media") == 0) ids.push_back(m.entity);
  REQUIRE(ids.size() == 2);
  CHECK(ids[0] >= 0);
  CHECK(ids[0] == ids[1]);
  CHECK(a.entities[static_cast<std::size_t>(ids[0])].name == "New Generation Media Corp.");
}
