// The api layer (newslens/api.h): limits, options and exception capture at the
// boundary; never a throw, every failure an error JSON.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "invariants.h"
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
                          R"({"keyPoints":1e300})", R"({"keyPoints":2.5})", R"({"keywords":101})", R"({"keywords":-1})",
                          R"({"keywords":true})", R"({"keywords":[1]})", "{", "nul", "\"{}\"", "[]"}) {
    CAPTURE(std::string(bad));
    newslens::Status status;
    REQUIRE_NOTHROW(status = newslens::api::parseOptions(bad, options));
    CHECK(status.code == "bad_options");
  }
  // Deep nesting under an unknown key: parsed and destroyed without recursion, then refused.
  const std::string deep = "{\"a\":" + std::string(30000, '[') + std::string(30000, ']') + "}";
  CHECK(newslens::api::parseOptions(deep, options).code == "bad_options");
  CHECK(newslens::api::parseOptions(std::string(100000, '['), options).code == "bad_options");
  CHECK(newslens::api::parseOptions(R"({"keyPoints":50,"keywords":0})", options).ok());
  CHECK(options.keyPoints == 50);
  CHECK(options.keywords == 0);
  CHECK(newslens::api::parseOptions(R"({"keyPoints":0,"keywords":null})", options).ok());
  CHECK(options.keyPoints == 0);
  CHECK(options.keywords == newslens::Options().keywords);
}

TEST_CASE("parseOptions: keyPoints runs from 0 to 50, and the message says so; -1 is not a public value") {
  newslens::Options options;
  for (const char* bad : {R"({"keyPoints":-1})", R"({"keyPoints":51})"}) {
    CAPTURE(std::string(bad));
    const newslens::Status status = newslens::api::parseOptions(bad, options);
    CHECK(status.code == "bad_options");
    CHECK(status.message == "options.keyPoints must be an integer from 0 to 50");
  }
  REQUIRE(newslens::api::parseOptions(R"({"keyPoints":null})", options).ok());
  CHECK(options.keyPoints == newslens::Options().keyPoints);  // null: the model's default
}

TEST_CASE("parseOptions refuses an unknown key, naming it and the valid key it is a slip from") {
  newslens::Options options;
  const auto message = [&](const std::string& json) {
    const newslens::Status status = newslens::api::parseOptions(json, options);
    CHECK(status.code == "bad_options");
    return status.message;
  };
  CHECK(message(R"({"keypoints":3})") ==
        "options.keypoints is not an option; did you mean keyPoints? (options: keyPoints, keywords, fields)");
  CHECK(message(R"({"key_points":3})").find("options.key_points is not an option; did you mean keyPoints?") == 0);
  CHECK(message(R"({"keyword":3})").find("did you mean keywords?") != std::string::npos);
  CHECK(message(R"({"KEYWORDS":3})").find("did you mean keywords?") != std::string::npos);
  CHECK(message(R"({"field":["stats"]})").find("did you mean fields?") != std::string::npos);
  // Far from every key: named, no guess, the valid keys listed.
  CHECK(message(R"({"color":"red"})") == "options.color is not an option (options: keyPoints, keywords, fields)");
  // A valid key beside an unknown one does not hide it.
  CHECK(message(R"({"keyPoints":3,"keyPonts":2})").find("options.keyPonts") == 0);
  // A huge key is cut in the message, at a character boundary.
  const std::string huge = message("{\"" + std::string(39, 'x') + "\u00e9" + std::string(5000, 'y') + "\":1}");
  CHECK(huge.find("options." + std::string(39, 'x') + "…") == 0);
  CHECK(huge.size() < 200);
  // Through the facade, as every host sees it.
  const newslens::Analyzer analyzer;
  const auto error = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, "text", R"({"keypoints":3})"));
  CHECK(error["error"]["code"] == "bad_options");
  CHECK(error["error"]["message"].get<std::string>().find("did you mean keyPoints?") != std::string::npos);
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
  const auto some =
      nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, R"({"fields":["entities","keyPoints"]})"));
  CHECK(some.size() == 4);  // schema, entities, keyPoints, timing
  CHECK(some["entities"] == all["entities"]);
  CHECK(some["keyPoints"] == all["keyPoints"]);
  CHECK_FALSE(some.contains("mentions"));
  CHECK_FALSE(some.contains("quotes"));
  // Quotes feed salience, so they run for entities; a part that needs no entity order skips them.
  const auto words = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, R"({"fields":["keywords"]})"));
  CHECK(words["timing"]["stages"]["quotes"] == 0.0);  // the skipped stage did nothing
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
  // Just under it: fine (padded with whitespace, since an unknown key is refused).
  big = "{\"keyPoints\":2" + std::string(newslens::kMaxOptionsBytes - 15, ' ') + "}";
  REQUIRE(big.size() == newslens::kMaxOptionsBytes);
  CHECK(newslens::api::parseOptions(big, options).ok());

  // Repeated valid keys (JSON keeps the last), so that only their count can refuse them.
  const auto keys = [](std::size_t n) {
    std::string json = "{";
    for (std::size_t k = 0; k < n; ++k) json += (k ? ",\"keywords\":" : "\"keywords\":") + std::to_string(k % 50);
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
  // Refused for its unknown key, after parsing: the quoted colons were not counted as keys.
  CHECK(newslens::api::parseOptions(quoted, options).message.find("options.note is not an option") == 0);
  // Through the facade: the error JSON, not an abort.
  const newslens::Analyzer analyzer;
  const auto error = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, "text", keys(1000)));
  CHECK(error["error"]["code"] == "bad_options");
}

TEST_CASE("the streamed answer is the string answer in parts of about a chunk, each parsing alone") {
  const newslens::Analyzer analyzer;
  std::string text;
  for (int k = 0; k < 60000; ++k) text += std::to_string(k % 10) + " ";  // ~4 MB of JSON
  text +=
      "Angela Merkel met \xE2\x80\x9C"
      "Emmanuel Macron\xE2\x80\x9D in Berlin. \xF0\x9F\x98\x80";
  std::vector<std::string> pieces;
  newslens::api::analyzeToJson(analyzer, text, "", [&](std::string_view piece) { pieces.emplace_back(piece); });
  REQUIRE(pieces.size() >= 3);
  for (const std::string& piece : pieces) {
    CHECK(piece.size() <= newslens::json::kChunkBytes + 4096);
    CHECK(nlohmann::json::accept(piece));
  }
  // The mentions, ~4 MB of them, are cut between elements and go on under their key.
  CHECK(nlohmann::json::parse(pieces[1]).begin().key() == "mentions");
  const std::string whole = newslens::api::analyzeToJson(analyzer, text, "");
  CHECK(newslens::invariants::checkResultParts(pieces, whole) == "");
  // The check can fail: a part left out is not the whole answer.
  pieces.erase(pieces.begin() + 1);
  CHECK(newslens::invariants::checkResultParts(pieces, whole) != "");
  // An error is one piece: the error JSON.
  pieces.clear();
  newslens::api::analyzeToJson(analyzer, "x", "{\"keyPoints\":\"many\"}",
                               [&](std::string_view piece) { pieces.emplace_back(piece); });
  REQUIRE(pieces.size() == 1);
  CHECK(nlohmann::json::parse(pieces[0])["error"]["code"] == "bad_options");
}
