// The JSON boundary must never throw (in WASM a throw aborts the instance), even
// when a stage hands it a broken Analysis or the caller hostile options.
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

TEST_CASE("parseOptions refuses out-of-range numbers of every JSON kind") {
  newslens::Options options;
  for (const char* bad : {R"({"keyPoints":18446744073709551615})", R"({"keyPoints":-9223372036854775808})",
                          R"({"keyPoints":1e300})", R"({"keyPoints":2.5})", R"({"keywords":101})",
                          R"({"keywords":-1})", R"({"keywords":true})", R"({"keywords":[1]})", "{", "nul",
                          "\"{}\"", "[]"}) {
    CAPTURE(std::string(bad));
    newslens::Status status;
    REQUIRE_NOTHROW(status = newslens::json::parseOptions(bad, options));
    CHECK(status.code == "bad_options");
  }
  // Deep nesting under an unknown key: parsed and destroyed without recursion, ignored.
  const std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(newslens::json::parseOptions(deep, options).ok());
  CHECK(newslens::json::parseOptions(std::string(100000, '['), options).code == "bad_options");
  CHECK(newslens::json::parseOptions(R"({"keyPoints":50,"keywords":0,"extra":{}})", options).ok());
  CHECK(options.keyPoints == 50);
  CHECK(options.keywords == 0);
}
