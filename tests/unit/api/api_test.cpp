// The api layer (newslens/api.h): limits, options and exception capture at the
// boundary; never a throw, every failure an error JSON.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newslens/api.h"

TEST_CASE("analyzeToJson answers errors as JSON, never throws") {
  const newslens::Analyzer analyzer;
  auto error = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, "text", "[1,2]"));
  CHECK(error["error"]["code"] == "bad_options");
  error = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, "text", "{\"keyPoints\": \"x\"}"));
  CHECK(error["error"]["code"] == "bad_options");
  const std::string huge(newslens::kMaxInputBytes + 1, 'a');
  error = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, huge, ""));
  CHECK(error["error"]["code"] == "input_too_large");
  const auto ok = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, "Hello world.", "{}"));
  CHECK(ok["schema"] == 1);
  CHECK(ok["stats"]["words"] == 2);
  CHECK(ok["sentences"].size() == 1);
}

TEST_CASE("api::Service builds its analyzer inside the boundary and answers through it") {
  const newslens::api::Service service;
  REQUIRE(service.status().ok());
  CHECK(service.modelInfo() == newslens::Analyzer().modelInfo());
  const auto ok = nlohmann::json::parse(service.analyze("Hello world.", ""));
  CHECK(ok["stats"]["words"] == 2);
  const auto error = nlohmann::json::parse(service.analyze("text", "{\"keywords\": -1}"));
  CHECK(error["error"]["code"] == "bad_options");
}

TEST_CASE("parseOptions refuses out-of-range numbers of every JSON kind") {
  newslens::Options options;
  for (const char* bad : {R"({"keyPoints":18446744073709551615})", R"({"keyPoints":-9223372036854775808})",
                          R"({"keyPoints":1e300})", R"({"keyPoints":2.5})", R"({"keywords":101})",
                          R"({"keywords":-1})", R"({"keywords":true})", R"({"keywords":[1]})", "{", "nul",
                          "\"{}\"", "[]"}) {
    CAPTURE(std::string(bad));
    newslens::Status status;
    REQUIRE_NOTHROW(status = newslens::api::parseOptions(bad, options));
    CHECK(status.code == "bad_options");
  }
  // Deep nesting under an unknown key: parsed and destroyed without recursion, ignored.
  const std::string deep = "{\"a\":" + std::string(30000, '[') + std::string(30000, ']') + "}";
  CHECK(newslens::api::parseOptions(deep, options).ok());
  CHECK(newslens::api::parseOptions(std::string(100000, '['), options).code == "bad_options");
  CHECK(newslens::api::parseOptions(R"({"keyPoints":50,"keywords":0,"extra":{}})", options).ok());
  CHECK(options.keyPoints == 50);
  CHECK(options.keywords == 0);
}

TEST_CASE("options.fields picks the parts of the result; every part's bytes stay the same") {
  newslens::Options options;
  REQUIRE(newslens::api::parseOptions(R"({"fields":["entities","keyPoints"]})", options).ok());
  CHECK(options.wants(newslens::Field::Entities));
  CHECK(options.wants(newslens::Field::KeyPoints));
  CHECK_FALSE(options.wants(newslens::Field::Mentions));
  CHECK_FALSE(options.wants(newslens::Field::Quotes));
  REQUIRE(newslens::api::parseOptions(R"({"fields":null})", options).ok());
  CHECK(options.fields == newslens::kAllFields);
  for (const char* bad : {R"({"fields":"entities"})", R"({"fields":["entity"]})", R"({"fields":[1]})",
                          R"({"fields":["quotes","quotes"]})", R"({"fields":{}})"}) {
    CAPTURE(std::string(bad));
    CHECK(newslens::api::parseOptions(bad, options).code == "bad_options");
  }

  const newslens::Analyzer analyzer;
  const std::string text = "Antony Blinken met Xi Jinping in Beijing. \"We talked,\" Blinken said. It rained.";
  const auto all = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, ""));
  const auto some = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, R"({"fields":["entities","keyPoints"]})"));
  CHECK(some.size() == 4);  // schema, entities, keyPoints, timing
  CHECK(some["entities"] == all["entities"]);
  CHECK(some["keyPoints"] == all["keyPoints"]);
  CHECK_FALSE(some.contains("mentions"));
  CHECK_FALSE(some.contains("quotes"));
  CHECK(some["timing"]["stages"]["quotes"] == 0.0);  // the skipped stage did nothing
  CHECK(all["quotes"].size() == 1);
  const auto none = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, R"({"fields":[]})"));
  CHECK(none.size() == 2);
  CHECK(none.contains("timing"));
}

TEST_CASE("parseOptions refuses huge options before parsing them, with a clear bad_options") {
  newslens::Options options;
  // One byte over the size limit, as a valid object: refused for its size alone.
  std::string big = "{\"junk\":\"" + std::string(newslens::kMaxOptionsBytes, 'x') + "\"}";
  newslens::Status status = newslens::api::parseOptions(big, options);
  CHECK(status.code == "bad_options");
  CHECK(status.message.find("limit") != std::string::npos);
  // Just under it: fine (the junk key is ignored).
  big = "{\"junk\":\"" + std::string(newslens::kMaxOptionsBytes - 12, 'x') + "\"}";
  CHECK(newslens::api::parseOptions(big, options).ok());

  const auto keys = [](std::size_t n) {
    std::string json = "{";
    for (std::size_t k = 0; k < n; ++k) json += (k ? ",\"k" : "\"k") + std::to_string(k) + "\":{\"a\":1,\"b\":[2]}";
    return json + "}";
  };
  CHECK(newslens::api::parseOptions(keys(newslens::kMaxOptionKeys), options).ok());
  status = newslens::api::parseOptions(keys(newslens::kMaxOptionKeys + 1), options);
  CHECK(status.code == "bad_options");
  CHECK(status.message.find("keys") != std::string::npos);
  // Colons and braces inside strings are not keys; nested objects' keys are not top-level.
  std::string quoted = "{\"keyPoints\":2,\"note\":\"";
  for (std::size_t k = 0; k < 200; ++k) quoted += "{\\\"x\\\": 1}";
  quoted += "\"}";
  CHECK(newslens::api::parseOptions(quoted, options).ok());
  CHECK(options.keyPoints == 2);
  // Through the facade: the error JSON, not an abort.
  const newslens::Analyzer analyzer;
  const auto error = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, "text", keys(1000)));
  CHECK(error["error"]["code"] == "bad_options");
}

TEST_CASE("the streamed answer is the string answer in pieces of about a chunk") {
  const newslens::Analyzer analyzer;
  std::string text;
  for (int k = 0; k < 60000; ++k) text += std::to_string(k % 10) + " ";  // ~4 MB of JSON
  text += "Angela Merkel met \xE2\x80\x9C" "Emmanuel Macron\xE2\x80\x9D in Berlin. \xF0\x9F\x98\x80";
  std::vector<std::string> pieces;
  newslens::api::analyzeToJson(analyzer, text, "", [&](std::string_view piece) { pieces.emplace_back(piece); });
  REQUIRE(pieces.size() >= 3);
  std::string joined;
  for (const std::string& piece : pieces) {
    CHECK(piece.size() <= newslens::json::kChunkBytes + 4096);
    joined += piece;
  }
  auto streamed = nlohmann::json::parse(joined);
  auto whole = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, ""));
  streamed.erase("timing");
  whole.erase("timing");
  CHECK(streamed == whole);
  // An error is one piece: the error JSON.
  pieces.clear();
  newslens::api::analyzeToJson(analyzer, "x", "{\"keyPoints\":\"many\"}",
                               [&](std::string_view piece) { pieces.emplace_back(piece); });
  REQUIRE(pieces.size() == 1);
  CHECK(nlohmann::json::parse(pieces[0])["error"]["code"] == "bad_options");
}
