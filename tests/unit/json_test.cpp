#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>

#include "newslens/json/result_json.h"
#include "newslens/json/utf16_offsets.h"

using newslens::json::Utf16Offsets;

TEST_CASE("UTF-16 offsets count surrogate pairs as two units") {
  // "a" (1 byte) "é" (2) "€" (3) "😀" (4, two UTF-16 units) "b"
  const std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80" "b";
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

TEST_CASE("analyzeToJson answers errors as JSON, never throws") {
  const newslens::Analyzer analyzer;
  auto error = nlohmann::json::parse(newslens::json::analyzeToJson(analyzer, "text", "[1,2]"));
  CHECK(error["error"]["code"] == "bad_options");
  error = nlohmann::json::parse(newslens::json::analyzeToJson(analyzer, "text", "{\"keyPoints\": \"x\"}"));
  CHECK(error["error"]["code"] == "bad_options");
  const std::string huge(newslens::kMaxInputBytes + 1, 'a');
  error = nlohmann::json::parse(newslens::json::analyzeToJson(analyzer, huge, ""));
  CHECK(error["error"]["code"] == "input_too_large");
  const auto ok = nlohmann::json::parse(newslens::json::analyzeToJson(analyzer, "Hello world.", "{}"));
  CHECK(ok["schema"] == 1);
  CHECK(ok["stats"]["words"] == 2);
  CHECK(ok["sentences"].size() == 1);
}

TEST_CASE("invalid UTF-8 serializes with replacement characters") {
  const newslens::Analyzer analyzer;
  const std::string text = "Bad \xFF\xFE bytes.";
  const auto result = nlohmann::json::parse(newslens::json::analyzeToJson(analyzer, text, ""));
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
  const std::string out = newslens::json::analyzeToJson(analyzer, text, "");
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

namespace {

// The result as an nlohmann tree, dumped: how resultToJson() wrote it before it
// wrote the text directly. Kept here as the reference its output must equal.
std::string referenceJson(std::string_view text, const newslens::Analysis& a) {
  using json = nlohmann::ordered_json;
  using namespace newslens;
  const newslens::json::Utf16Offsets u16(text);
  const auto slice = [&](std::uint32_t start, std::uint32_t end) {
    const std::size_t from = std::min<std::size_t>(start, text.size());
    const std::size_t to = std::clamp<std::size_t>(end, from, text.size());
    return text.substr(from, to - from);
  };
  const auto round3 = [](double x) { return std::round(x * 1000.0) / 1000.0; };
  json out;
  out["schema"] = 1;
  out["stats"] = {{"chars", u16(static_cast<std::uint32_t>(text.size()))}, {"words", a.stats.words},
                  {"sentences", a.stats.sentences}, {"paragraphs", a.stats.paragraphs},
                  {"readingMinutes", a.stats.words == 0 ? 0 : (a.stats.words + 229) / 230}};
  json sentences = json::array();
  for (const Sentence& s : a.sentences)
    sentences.push_back({{"start", u16(s.start)}, {"end", u16(s.end)}, {"paragraph", s.paragraph},
                         {"boilerplate", s.boilerplate}});
  out["sentences"] = std::move(sentences);
  json mentions = json::array();
  for (const Mention& m : a.mentions) {
    json j = {{"start", u16(m.start)}, {"end", u16(m.end)}, {"text", slice(m.start, m.end)},
              {"type", entityTypeName(m.type)}, {"score", round3(m.score)}};
    j["entity"] = m.entity >= 0 ? json(m.entity) : json(nullptr);
    mentions.push_back(std::move(j));
  }
  out["mentions"] = std::move(mentions);
  json entities = json::array();
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    entities.push_back({{"id", i}, {"name", e.name}, {"type", entityTypeName(e.type)}, {"aliases", e.aliases},
                        {"count", e.count}, {"salience", round3(e.salience)}, {"first", u16(e.firstMention)}});
  }
  out["entities"] = std::move(entities);
  json keyPoints = json::array();
  for (const KeyPoint& k : a.keyPoints) {
    if (k.sentence >= a.sentences.size()) continue;
    const Sentence& s = a.sentences[k.sentence];
    const bool inside = k.start >= s.contentStart && k.start < k.end && k.end <= s.contentEnd;
    const std::uint32_t start = inside ? k.start : s.contentStart, end = inside ? k.end : s.contentEnd;
    keyPoints.push_back({{"sentence", k.sentence}, {"start", u16(start)}, {"end", u16(end)},
                         {"text", slice(start, end)}, {"score", round3(k.score)}});
  }
  out["keyPoints"] = std::move(keyPoints);
  json quotes = json::array();
  for (const Quote& q : a.quotes) {
    json j = {{"start", u16(q.start)}, {"end", u16(q.end)}, {"text", slice(q.start, q.end)}};
    j["speaker"] = q.speaker >= 0 ? json(q.speaker) : json(nullptr);
    quotes.push_back(std::move(j));
  }
  out["quotes"] = std::move(quotes);
  json keywords = json::array();
  for (const Keyword& k : a.keywords) keywords.push_back({{"text", k.text}, {"score", round3(k.score)}});
  out["keywords"] = std::move(keywords);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

// resultToJson() without its timing (the one part that differs from run to run).
std::string withoutTiming(const std::string& result) {
  const std::size_t at = result.rfind(",\"timing\":");
  REQUIRE(at != std::string::npos);
  return result.substr(0, at) + "}";
}

}  // namespace

TEST_CASE("resultToJson writes what nlohmann's dump of the same tree gives") {
  const newslens::Analyzer analyzer;
  const std::string texts[] = {
      "",
      "Antony Blinken met Xi Jinping in Beijing on Monday. \"We talked,\" he said, adding 25% more.",
      "Bad \xFF\xFE bytes, a lone \xE2\x82 and an overlong \xC0\xAF and a surrogate \xED\xA0\x80 in \"Paris\".",
      "Tabs\tand\x01" "controls, a back\\slash, \x7F DEL, “curly” quotes – Zürich’s 😀 emoji 👨‍👩‍👧 and CJK 北京.\r\n"
      "Mr Müller said: «Ça va» to Angela Merkel in Berlin on 3 March 2021, paying €1.5 million.",
      // Edges of well-formed UTF-8: the largest code point, the first ones of each
      // length, and what lies just outside (overlong, surrogate, above U+10FFFF,
      // stray continuation, cut short at the end).
      "Max \xF4\x8F\xBF\xBF Mr Smith. Firsts \xC2\x80 \xE0\xA0\x80 \xF0\x90\x80\x80 in Rome. \xED\x9F\xBF ok \xEE\x80\x80 ok.",
      "Over \xE0\x9F\xBF and \xF0\x8F\xBF\xBF and \xF4\x90\x80\x80 and \xF5\x80\x80\x80 and \xC1\xBF in \"Rome\" \x80 \xBF.",
      "John Smith went to Paris \xE2\x82",
      "John Smith went to Paris \xF0\x9F\x98",
  };
  newslens::Options options;
  for (const std::string& text : texts) {
    INFO(text);
    const newslens::Analysis a = analyzer.analyze(text, options);
    CHECK(withoutTiming(newslens::json::resultToJson(text, a, 0.0)) == referenceJson(text, a));
  }
  // Hand-made values the pipeline rarely gives: negative zero, NaN, big and odd numbers.
  newslens::Analysis a;
  a.stats.words = 1234567;
  a.sentences.push_back({0, 5, 0, 5, 0, 0, 3, true});
  a.mentions.push_back({0, 5, 0, 1, newslens::EntityType::MONEY, -0.0001f, -1});
  a.mentions.push_back({1, 4, 0, 1, newslens::EntityType::ORG, std::numeric_limits<float>::quiet_NaN(), 7});
  a.entities.push_back({"A \"quoted\" \xFF name", newslens::EntityType::ORG, {"x", "y\n"}, 3, 0, 0.123456f});
  a.keyPoints.push_back({0, 1e-7f});
  a.keyPoints.push_back({0, 0.25f, 1, 4});  // its own span, inside the sentence
  a.keyPoints.push_back({0, 0.25f, 3, 9});  // outside: the sentence's span
  a.keyPoints.push_back({9, 0.5f});  // out of range: skipped by both
  a.quotes.push_back({1, 3, -1});
  a.keywords.push_back({"keyword", 1.0f});
  CHECK(withoutTiming(newslens::json::resultToJson("hello", a, 0.0)) == referenceJson("hello", a));
  // Spans of every single byte value, and of some two- and three-byte sequences.
  std::string bytes;
  for (int c = 0; c < 256; ++c) bytes += static_cast<char>(c);
  for (int c = 0xC0; c < 0x100; ++c)
    for (int d : {0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0}) bytes += {static_cast<char>(c), static_cast<char>(d), '\x80', ' '};
  newslens::Analysis spans;
  for (std::uint32_t start = 0; start + 4 <= bytes.size(); start += 3) spans.quotes.push_back({start, start + 4, -1});
  CHECK(withoutTiming(newslens::json::resultToJson(bytes, spans, 0.0)) == referenceJson(bytes, spans));
}
