// Quote metrics (tools/lib/quote_metrics.h) on a hand-made article whose counts can be
// checked by hand (the quality floor on news_gold dev is in news_gold_test.cpp).
#include <doctest/doctest.h>

#include "lib/news_gold.h"
#include "lib/quote_metrics.h"

using namespace newslens;
using namespace newslens::tools;

namespace {

GoldArticle article() {
  GoldArticle a;
  a.article = std::string(400, 'x');
  a.mentions = {{0, 5, "Smith", "PERSON", "Ann Smith"}, {300, 305, "Smith", "PERSON", "Ann Smith"}};
  a.quotes = {{10, 30, "", "speech", std::string("Ann Smith")},
              {40, 50, "", "term", std::nullopt},
              {60, 80, "", "speech", std::string("UNNAMED")},
              {100, 120, "", "speech", std::string("Ann Smith")},
              {130, 140, "", "speech", std::string("Ann Smith")}};
  return a;
}

}  // namespace

TEST_CASE("quote metrics: detection, false alarms, runaways, speakers, attributed precision") {
  Prediction p;
  p.mentions = {{0, 5, EntityType::PERSON, 7}, {200, 205, EntityType::PERSON, 8}};
  p.quotes = {{12, 30, 7, false},      // detected, right speaker
              {40, 50, -1, false},     // a term claimed as speech: false alarm, unpaired
              {60, 80, 7, false},      // detected, but UNNAMED wants no speaker
              {100, 108, 7, false},    // covers 8 of 20 (< 50%): not detected
              {130, 140, 8, true},     // marked term: left out
              {150, 400, -1, false}};  // 250 units outside every gold quote: runaway
  std::vector<SpeechOutcome> outcomes;
  const QuoteScores s = scoreArticleQuotes(article(), p, &outcomes);
  CHECK(s.goldSpeech == 4);
  CHECK(s.goldTerm == 1);
  CHECK(s.predictedSpeech == 5);
  CHECK(s.predictedTerm == 1);
  CHECK(s.detected == 2);
  CHECK(s.termFalseAlarms == 1);
  CHECK(s.runaway == 1);
  CHECK(s.speakerCorrect == 1);
  CHECK(s.attributed == 3);
  CHECK(s.attributedCorrect == 1);
  CHECK(s.speechPrecision() == doctest::Approx(2.0 / 5));
  CHECK(s.speechRecall() == doctest::Approx(0.5));
  REQUIRE(outcomes.size() == 4);
  CHECK(outcomes[0].predicted == 0);
  CHECK(outcomes[2].predicted == -1);
  const std::string errors = describeQuoteErrors(article(), p, {});
  CHECK(errors.find("missed") != std::string::npos);
  CHECK(errors.find("extra") != std::string::npos);
}

TEST_CASE("one prediction spanning two gold quotes is a runaway and pairs with one of them only") {
  Prediction p;
  p.quotes = {{10, 80, -1, false}};
  const QuoteScores s = scoreArticleQuotes(article(), p);
  CHECK(s.runaway == 1);
  CHECK(s.detected == 1);  // 20 of 20 units of the first; the UNNAMED one is left unpaired
}
