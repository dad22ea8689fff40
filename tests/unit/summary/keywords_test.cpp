#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fixtures/mention_fixture.h"
#include "newslens/summary/keywords.h"

using newslens::EntityType;

namespace {

std::vector<std::string> keywordTexts(const std::vector<newslens::Keyword>& keywords) {
  std::vector<std::string> out;
  for (const auto& k : keywords) out.push_back(k.text);
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

const std::string kText =
    "The spy balloon saga strained ties between Washington and Beijing.\n"
    "Officials said the spy balloon carried surveillance equipment over Montana.\n"
    "Human rights groups said the semiconductor industry faces new export controls.\n"
    "Export controls on the semiconductor industry could widen, Gina Raimondo said.\n"
    "Diplomacy resumed when Antony Blinken arrived for talks on export controls.";

newslens::Analysis sample() {
  return fixture::analyze(kText, {{"Washington", EntityType::GPE},
                                  {"Beijing", EntityType::GPE},
                                  {"Montana", EntityType::GPE},
                                  {"Gina Raimondo", EntityType::PERSON},
                                  {"Antony Blinken", EntityType::PERSON}});
}

}  // namespace

TEST_CASE("keywords: repeated content phrases rank first, entity names never appear") {
  newslens::Options options;
  options.keywords = 6;
  const auto keywords = newslens::summary::extractKeywords(kText, sample(), options);
  const auto texts = keywordTexts(keywords);
  REQUIRE(keywords.size() == 6);
  CHECK(texts[0] == "export controls");
  CHECK(has(texts, "spy balloon"));
  CHECK(has(texts, "semiconductor industry"));
  for (const auto& t : texts) {
    CHECK(t.find("blinken") == std::string::npos);
    CHECK(t.find("washington") == std::string::npos);
    CHECK(t != "said");
    CHECK(t != "the");
  }
  CHECK(keywords[0].score == doctest::Approx(1.0));
  for (std::size_t i = 1; i < keywords.size(); ++i) {
    CHECK(keywords[i].score <= keywords[i - 1].score);
    CHECK(keywords[i].score > 0.0f);
  }
}

TEST_CASE("keywords: at most options.keywords, deterministic, none when asked for none") {
  newslens::Options options;
  options.keywords = 3;
  const auto a = sample();
  const auto first = newslens::summary::extractKeywords(kText, a, options);
  CHECK(first.size() == 3);
  CHECK(keywordTexts(first) == keywordTexts(newslens::summary::extractKeywords(kText, a, options)));
  options.keywords = 0;
  CHECK(newslens::summary::extractKeywords(kText, a, options).empty());
  options.keywords = 100;
  CHECK(newslens::summary::extractKeywords("", fixture::analyze("", {}), options).empty());
  CHECK(newslens::summary::extractKeywords("The and of.", fixture::analyze("The and of.", {}), options).empty());
}

TEST_CASE("keywords: boilerplate sentences are skipped; plurals fold into one phrase") {
  const std::string text = "Trade talks resumed.\nTrade talk stalled again.\nSubscribe newsletter offers\n";
  auto a = fixture::analyze(text, {}, false);
  REQUIRE(a.sentences.size() == 3);
  a.sentences[2].boilerplate = true;  // by hand: this tests the keyword stage only
  newslens::Options options;
  const auto texts = keywordTexts(newslens::summary::extractKeywords(text, a, options));
  REQUIRE(!texts.empty());
  CHECK(texts[0] == "trade talks");
  CHECK(!has(texts, "trade talk"));
  CHECK(!has(texts, "newsletter offers"));
}

TEST_CASE("keywords: long runs and huge inputs stay bounded") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "alpha beta gamma delta epsilon zeta. ";
  const auto a = fixture::analyze(text, {});
  newslens::Options options;
  options.keywords = 5;
  const auto keywords = newslens::summary::extractKeywords(text, a, options);
  REQUIRE(keywords.size() == 3);
  // Equal scores: more letters first.
  CHECK(keywordTexts(keywords) == std::vector<std::string>{"epsilon zeta", "gamma delta", "alpha beta"});
}
