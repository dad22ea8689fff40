// The JSON boundary must never throw (in WASM a throw aborts the instance), even
// when a stage hands it a broken Analysis (hostile options: tests/unit/api/).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "newslens/json/result_json.h"

TEST_CASE("resultToJson clamps spans and skips bad indices instead of throwing") {
  const std::string text = "Short text.";
  newslens::Analysis a;
  a.sentences.push_back({0, static_cast<std::uint32_t>(text.size())});
  newslens::Mention beyond;
  beyond.start = 6;
  beyond.end = 500;
  newslens::Mention reversed;
  reversed.start = 900;
  reversed.end = 3;
  a.mentions = {beyond, reversed};
  a.quotes.push_back({700, 800, -1});
  newslens::KeyPoint outside;
  outside.sentence = 42;
  outside.score = 0.5f;
  a.keyPoints.push_back(outside);
  std::string out;
  REQUIRE_NOTHROW(out = newslens::json::resultToJson(text, a, 0.0));
  const auto j = nlohmann::json::parse(out);
  CHECK(j["mentions"][0]["text"] == "text.");
  CHECK(j["mentions"][1]["text"] == "");
  CHECK(j["quotes"][0]["text"] == "");
  CHECK(j["keyPoints"].empty());
}
