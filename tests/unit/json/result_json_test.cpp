#include <doctest/doctest.h>

#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "newslens/api.h"
#include "newslens/json/result_json.h"
#include "newslens/json/utf16_offsets.h"

using newslens::json::Utf16Offsets;

TEST_CASE("UTF-16 offsets count surrogate pairs as two units") {
  // "a" (1 byte) "é" (2) "€" (3) "😀" (4, two UTF-16 units) "b"
  const std::string text =
      "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"
      "b";
  const Utf16Offsets u16(text);
  CHECK(u16(0) == 0);
  CHECK(u16(1) == 1);
  CHECK(u16(3) == 2);
  CHECK(u16(6) == 3);
  CHECK(u16(10) == 5);
  CHECK(u16(11) == 6);
  CHECK(u16(99) == 6);  // clamped
  CHECK(u16(7) == 3);   // inside the emoji: its start
}

TEST_CASE("UTF-16 offsets across checkpoints and invalid bytes") {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "\xE2\x80\x9C\xF0\x9F\x98\x80\xFF";  // 3+4+1 bytes = 1+2+1 units
  const Utf16Offsets u16(text);
  for (std::uint32_t i = 0; i <= 100; ++i) CHECK(u16(i * 8) == i * 4);
}

TEST_CASE("invalid UTF-8 serializes with replacement characters") {
  const newslens::Analyzer analyzer;
  const std::string text = "Bad \xFF\xFE bytes.";
  const auto result = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, ""));
  CHECK(result["stats"]["chars"] == 13);
  CHECK(result["sentences"][0]["end"] == 13);
}

namespace {

const char* const kStageNames[] = {"text", "ner", "entities", "quotes", "keywords", "keyPoints", "json"};

// The timing object's shape: every stage present, non-negative, adding up to at most ms.
void checkTiming(const nlohmann::json& timing) {
  REQUIRE(timing.is_object());
  REQUIRE(timing["ms"].is_number());
  CHECK(timing["ms"].get<double>() >= 0.0);
  const auto& stages = timing["stages"];
  REQUIRE(stages.is_object());
  CHECK(stages.size() == std::size(kStageNames));
  double sum = 0.0;
  for (const char* name : kStageNames) {
    INFO(name);
    REQUIRE(stages.contains(name));
    REQUIRE(stages[name].is_number());
    CHECK(stages[name].get<double>() >= 0.0);
    sum += stages[name].get<double>();
  }
  CHECK(sum <= timing["ms"].get<double>() + 1e-9);
}

}  // namespace

TEST_CASE("timing reports every stage, non-negative, within the total") {
  const newslens::Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 40; ++i)
    text += "Antony Blinken met Xi Jinping in Beijing on Monday, the State Department said. \"We talked,\" he said.\n";
  const std::string out = newslens::api::analyzeToJson(analyzer, text, "");
  const auto result = nlohmann::json::parse(out);
  checkTiming(result["timing"]);
  // Spliced on last, after the rest was serialized: the rest keeps its order.
  const auto ordered = nlohmann::ordered_json::parse(out);
  CHECK(ordered.begin().key() == "schema");
  CHECK(std::prev(ordered.end()).key() == "timing");
  CHECK(result["stats"]["words"].get<int>() > 0);
}

TEST_CASE("resultToJson copies the analysis's stage times and keeps ms at least their sum") {
  newslens::Analysis a;
  a.times = {1.0, 2.0, 0.5, 0.25, 0.125, 4.0};
  const auto result = nlohmann::json::parse(newslens::json::resultToJson("", a, 0.0));
  checkTiming(result["timing"]);
  const auto& stages = result["timing"]["stages"];
  CHECK(stages["text"] == 1.0);
  CHECK(stages["ner"] == 2.0);
  CHECK(stages["entities"] == 0.5);
  CHECK(stages["quotes"] == 0.25);
  CHECK(stages["keywords"] == 0.125);
  CHECK(stages["keyPoints"] == 4.0);
  CHECK(result["timing"]["ms"].get<double>() >= 7.875);
  // The caller's own total wins when it is larger (it also counts limits and options).
  const auto later = nlohmann::json::parse(newslens::json::resultToJson("", a, 100.0));
  CHECK(later["timing"]["ms"].get<double>() >= 100.0);
}

TEST_CASE("every keyword scores in (0, 1] even beside a phrase 500 times more frequent") {
  std::string text;
  for (int k = 0; k < 500; ++k) text += "Spy balloon surveillance worries grew. ";
  text += "Zebra.";
  const newslens::Analyzer analyzer;
  const auto result = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, R"({"keywords":100})"));
  REQUIRE(result["keywords"].size() >= 2);
  CHECK(result["keywords"][0]["score"] == 1.0);
  for (const auto& k : result["keywords"]) {
    CAPTURE(k.dump());
    CHECK(k["score"].get<double>() > 0.0);
    CHECK(k["score"].get<double>() <= 1.0);
  }
}

TEST_CASE("salience of thousands of entities: every one positive, and they sum to 1") {
  std::string text;
  for (int k = 1; k <= 4000; ++k) text += std::to_string(k * 7) + " ";
  text += "Angela Merkel met Emmanuel Macron in Berlin.";
  const newslens::Analyzer analyzer;
  const auto result = nlohmann::json::parse(newslens::api::analyzeToJson(analyzer, text, ""));
  REQUIRE(result["entities"].size() > 4000);
  double sum = 0.0;
  for (const auto& e : result["entities"]) {
    CHECK(e["salience"].get<double>() > 0.0);
    sum += e["salience"].get<double>();
  }
  CHECK(sum == doctest::Approx(1.0).epsilon(1e-4));
}
