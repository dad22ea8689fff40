#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixtures/mention_fixture.h"
#include "newslens/quotes/quote_marks.h"
#include "newslens/quotes/quotes.h"

using newslens::EntityType;
using V = std::vector<std::string>;
constexpr EntityType PERSON = EntityType::PERSON, GPE = EntityType::GPE, ORG = EntityType::ORG, DATE = EntityType::DATE;

#define LQ "\xE2\x80\x9C"  // “
#define RQ "\xE2\x80\x9D"  // ”

namespace {

V quoteTexts(std::string_view text) {
  V out;
  const newslens::Analysis a = fixture::analyze(text, {});
  for (const newslens::Quote& q : newslens::quotes::findQuotes(text, a))
    out.emplace_back(text.substr(q.start, q.end - q.start));
  return out;
}

// The speaker's entity name of each quote ("" when unattributed).
V speakers(std::string_view text, const std::vector<fixture::Spec>& specs) {
  const newslens::Analysis a = fixture::analyze(text, specs);
  V out;
  for (const newslens::Quote& q : newslens::quotes::findQuotes(text, a))
    out.push_back(q.speaker < 0 ? "" : a.entities.at(q.speaker).name);
  return out;
}

}  // namespace

TEST_CASE("curly and straight double quotes; the span is the text inside the marks") {
  CHECK(quoteTexts("He said " LQ "hello world" RQ " today.") == V{"hello world"});
  CHECK(quoteTexts("She said \"yes, indeed\" and \"no\".") == V{"yes, indeed", "no"});
  CHECK(quoteTexts("\"At the start,\" he said.") == V{"At the start,"});
  CHECK(quoteTexts("He said:\"tight\" then (\"paren\") and \xC2\xAB"
                   "guillemets\xC2\xBB.") == V{"tight", "paren", "guillemets"});
  CHECK(quoteTexts("No quotes here. It's 5' 10\" tall.").empty());
  CHECK(quoteTexts("Empty " LQ RQ " and blank \"  \" quotes.").empty());
}

TEST_CASE("a quotation reopened paragraph after paragraph is one quote per paragraph") {
  const std::string text =
      "He said: " LQ "We will fight.\n" LQ "We will win,\n\n" LQ "and then rest," RQ " he said.\nNext.";
  CHECK(quoteTexts(text) == V{"We will fight.", "We will win,", "and then rest,"});
  CHECK(quoteTexts(LQ "Curly start.\n\"And straight end.\" Done.") == V{"Curly start.", "And straight end."});
  // CNN text has lost its line breaks: the reopening mark alone ends the paragraph.
  CHECK(quoteTexts("He told ITV. \"We lost the first leg. \"We played well tonight. \"We go on.\" Next.") ==
        V{"We lost the first leg.", "We played well tonight.", "We go on."});
}

TEST_CASE("a lone straight mark between spaces closes the open quote") {
  CHECK(quoteTexts("\"She just said 'hold the bucket,' \" the principal said.") ==
        V{"She just said 'hold the bucket,'"});
  CHECK(quoteTexts("Stray \" mark and \"real\" one.") == V{"real"});
}

TEST_CASE("an unclosed quote never runs away: bounded at a sentence end") {
  std::string text = "He said \"It starts here.";
  for (int i = 0; i < 400; ++i) text += " More words follow.";
  const V got = quoteTexts(text);
  REQUIRE(got.size() == 1);
  CHECK(got[0].size() <= newslens::quotes::kMaxUnclosedBytes);
  CHECK(got[0].back() == '.');
  // A lost closing mark costs one quote: the next quotation still opens.
  CHECK(quoteTexts("\"First never closed. Then \"second,\" he said.") == V{"First never closed. Then", "second,"});
  CHECK(quoteTexts("Spink (\"We're the Millers) produces it. Later \"Mulan II.\" came.") ==
        V{"We're the Millers", "Mulan II."});
  CHECK(quoteTexts("Smith (\"never again\") left.") == V{"never again"});
}

TEST_CASE("an unclosed quote ends with its paragraph and loses nothing") {
  CHECK(quoteTexts("He said " LQ "never closed  \nNext paragraph " LQ "here" RQ ".") == V{"never closed", "here"});
  CHECK(quoteTexts("Trailing " LQ "to the very end") == V{"to the very end"});
  CHECK(quoteTexts("Stray " RQ " closer and " LQ "real" RQ ".") == V{"real"});
  CHECK(quoteTexts("CRLF " LQ "one\r\n" LQ "two" RQ "\r\nend") == V{"one", "two"});
}

TEST_CASE("marks of another family nest inside the outer quote; the same family reopens") {
  CHECK(quoteTexts(LQ "A " LQ "B" RQ " C" RQ " end") == V{"A", "B"});
  CHECK(quoteTexts("\"A \"B\" C\" end") == V{"A", "B"});
  CHECK(quoteTexts("\xC2\xAB"
                   "Il a dit " LQ "non" RQ " hier"
                   "\xC2\xBB"
                   " fin") == V{"Il a dit " LQ "non" RQ " hier"});
  CHECK(quoteTexts(LQ "He called it \"nonsense\" twice" RQ ".") == V{"He called it \"nonsense\" twice"});
}

TEST_CASE("10k repeated quote marks: one quote of the text, no empty ones") {
  std::string opens, closes;
  for (int i = 0; i < 10000; ++i) {
    opens += LQ;
    closes += RQ;
  }
  CHECK(quoteTexts("x " + opens + "deep" + closes + " y") == V{"deep"});
  CHECK(quoteTexts("x " + opens + "deep") == V{"deep"});
  // Straight marks: a run takes one role from its surroundings, so the same holds.
  const std::string straight(10000, '"');
  CHECK(quoteTexts("x " + straight + "text" + straight + " y") == V{"text"});
  CHECK(quoteTexts(" " + straight + " ").empty());
}

TEST_CASE("mixed marks, newlines and letters: spans ordered, in bounds, never empty") {
  const char* pieces[] = {LQ, RQ, "\"", "\n", " ", "ab", "\xE2\x80\x98", "\xC2\xAB", "\xC2\xBB", "\r\n", "\xFF"};
  std::uint32_t seed = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string t;
    for (int i = 0; i < 300; ++i) {
      seed = seed * 1664525u + 1013904223u;
      t += pieces[(seed >> 16) % 11];
    }
    const newslens::Analysis a = fixture::analyze(t, {});
    std::uint32_t last = 0;
    for (const auto& q : newslens::quotes::findQuotes(t, a)) {
      CHECK(q.start >= last);
      CHECK(q.start < q.end);
      CHECK(q.end <= t.size());
      last = q.end;
    }
  }
}

TEST_CASE("attribution in the sample article's patterns") {
  const std::string text =
      "China\xE2\x80\x99s President Xi Jinping has met US Secretary of State Antony Blinken in Beijing.\n"
      "Speaking after the meeting on Monday, Mr Xi said he hoped that Mr Blinken would make " LQ
      "more positive contributions" RQ
      " to stabilising ties between the two countries, state media reported.\n"
      "On Sunday, Mr Blinken " LQ "emphasised the importance of diplomacy" RQ
      " during his meeting with Mr Gang, according to a statement by the US State Department.\n"
      "Regular talks would " LQ "reduce the risk of misperception and miscalculation," RQ
      " the department added in their statement.\n"
      "China\xE2\x80\x99s Ministry of Foreign Affairs said in a statement that Mr Blinken\xE2\x80\x99s visit " LQ
      "coincides with a critical juncture in China-US" RQ
      " relations.\n"
      "It also blamed the " LQ "low point" RQ " in relations.";
  const std::vector<fixture::Spec> specs = {{"China", GPE},     {"Xi Jinping", PERSON},
                                            {"US", GPE},        {"Antony Blinken", PERSON},
                                            {"Beijing", GPE},   {"Monday", DATE},
                                            {"Xi", PERSON},     {"Blinken", PERSON},
                                            {"Sunday", DATE},   {"Blinken", PERSON},
                                            {"Gang", PERSON},   {"US State Department", ORG},
                                            {"China", GPE},     {"Ministry of Foreign Affairs", ORG},
                                            {"Blinken", PERSON}};
  CHECK(speakers(text, specs) ==
        V{"Xi Jinping", "US State Department", "US State Department", "Ministry of Foreign Affairs", ""});

  // The tagger may split "US State Department" into GPE + ORG: the head still speaks.
  std::vector<fixture::Spec> split = specs;
  split[11] = {"US", GPE};
  split.insert(split.begin() + 12, {"State Department", ORG});
  CHECK(speakers(text, split) ==
        V{"Xi Jinping", "State Department", "State Department", "Ministry of Foreign Affairs", ""});
}

TEST_CASE("attribution after the quote, pronouns, and the previous sentence") {
  const std::string text =
      "Angela Merkel arrived late. " LQ "We are ready," RQ " said Mrs Merkel.\n" LQ "It is time," RQ
      " she added.\n"
      "Emmanuel Macron was blunt. Mr Macron told reporters:\n" LQ "No deal." RQ
      "\n"
      "Officials gave " LQ "no comment" RQ ".";
  CHECK(speakers(text,
                 {{"Angela Merkel", PERSON}, {"Merkel", PERSON}, {"Emmanuel Macron", PERSON}, {"Macron", PERSON}}) ==
        V{"Angela Merkel", "Angela Merkel", "Emmanuel Macron", ""});
}

TEST_CASE("a pronoun after a multi-paragraph quote finds the speaker before it") {
  const std::string text =
      "Mr Biden spoke to reporters on Tuesday. " LQ "We will stand firm," RQ " Biden said.\n" LQ
      "America is not going anywhere. We are here. We stay. We hold.\n" LQ "And we will win," RQ " he added.";
  CHECK(speakers(text, {{"Biden", PERSON}, {"Tuesday", DATE}, {"Biden", PERSON}, {"America", GPE}}) ==
        V{"Biden", "Biden", "Biden"});
}

TEST_CASE("a verb before the quote with a subject that is not an entity leaves it unattributed") {
  const std::string text = "A spokesman for Mr Li said the plan was " LQ "sound" RQ ".";
  CHECK(speakers(text, {{"Li", PERSON}}) == V{""});
}

TEST_CASE("one line holding thousands of attributed quotes: every quote kept and attributed") {
  std::string text = "Mr Li arrived";
  std::vector<fixture::Spec> specs = {{"Li", PERSON}};
  for (int i = 0; i < 20000; ++i) {
    text += " " LQ "q" + std::to_string(i) + "," RQ " he said, and Mr Li added";
    specs.push_back({"Li", PERSON});
  }
  const newslens::Analysis a = fixture::analyze(text, specs);
  const auto quotes = newslens::quotes::findQuotes(text, a);
  REQUIRE(quotes.size() == 20000);
  CHECK(text.substr(quotes[19999].start, quotes[19999].end - quotes[19999].start) == "q19999,");
  int attributed = 0;
  for (const auto& q : quotes) attributed += q.speaker == 0;
  CHECK(attributed == 20000);
}
