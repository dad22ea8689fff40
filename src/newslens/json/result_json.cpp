#include "newslens/json/result_json.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "newslens/json/utf16_offsets.h"

namespace newslens::json {
namespace {

using json = nlohmann::ordered_json;  // keeps the schema's key order

// Clamped, so a stage bug can never make the boundary throw (a throw aborts the
// WASM instance); the fuzzer's invariants report such spans instead.
std::string_view slice(std::string_view text, std::uint32_t start, std::uint32_t end) {
  const std::size_t from = std::min<std::size_t>(start, text.size());
  const std::size_t to = std::clamp<std::size_t>(end, from, text.size());
  return text.substr(from, to - from);
}

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

// Six significant digits (what a float holds): salience is a share that sums to 1
// over every entity, so with 7,500 entities each is ~1e-4, which 3 decimals make 0.
double significant6(double x) {
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.6g", x);
  return std::strtod(digits, nullptr);
}

// Timings to the microsecond, the parts rounded down and the total up, so the
// stages never add up to more than timing.ms.
double floor3(double x) { return std::floor(x * 1000.0) / 1000.0; }
double ceil3(double x) { return std::ceil(x * 1000.0) / 1000.0; }

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

}  // namespace

std::string resultToJson(std::string_view text, const Analysis& a, double analysisMs) {
  const auto started = std::chrono::steady_clock::now();
  const Utf16Offsets u16(text);
  json out;
  out["schema"] = kSchemaVersion;
  const std::uint32_t chars = u16(static_cast<std::uint32_t>(text.size()));
  out["stats"] = {{"chars", chars},
                  {"words", a.stats.words},
                  {"sentences", a.stats.sentences},
                  {"paragraphs", a.stats.paragraphs},
                  // ~230 words a minute, as news readers measure it; at least 1 for any text.
                  {"readingMinutes", a.stats.words == 0 ? 0 : (a.stats.words + 229) / 230}};

  json sentences = json::array();
  for (const Sentence& s : a.sentences)
    sentences.push_back({{"start", u16(s.start)}, {"end", u16(s.end)}, {"paragraph", s.paragraph},
                         {"boilerplate", s.boilerplate}});
  out["sentences"] = std::move(sentences);

  json mentions = json::array();
  for (const Mention& m : a.mentions) {
    json j = {{"start", u16(m.start)}, {"end", u16(m.end)}, {"text", slice(text, m.start, m.end)},
              {"type", entityTypeName(m.type)}, {"score", round3(m.score)}};
    j["entity"] = m.entity >= 0 ? json(m.entity) : json(nullptr);
    if (m.role == MentionRole::Source) j["role"] = "source";
    mentions.push_back(std::move(j));
  }
  out["mentions"] = std::move(mentions);

  json entities = json::array();
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    entities.push_back({{"id", i}, {"name", e.name}, {"type", entityTypeName(e.type)}, {"aliases", e.aliases},
                        {"count", e.count}, {"salience", significant6(e.salience)}, {"first", u16(e.firstMention)}});
  }
  out["entities"] = std::move(entities);

  json keyPoints = json::array();
  for (const KeyPoint& k : a.keyPoints) {
    if (k.sentence >= a.sentences.size()) continue;  // a stage bug; never index out of range
    const Sentence& s = a.sentences[k.sentence];
    // The point's own span when it lies in its sentence; else (a stage bug) the sentence's.
    const bool inside = k.start >= s.contentStart && k.start < k.end && k.end <= s.contentEnd;
    const std::uint32_t start = inside ? k.start : s.contentStart, end = inside ? k.end : s.contentEnd;
    json refersTo = json::array();
    for (const Reference& r : k.refersTo)
      if (r.start >= start && r.start < r.end && r.end <= end && r.entity >= 0)
        refersTo.push_back({{"start", u16(r.start)}, {"end", u16(r.end)}, {"entity", r.entity}});
    keyPoints.push_back({{"sentence", k.sentence}, {"start", u16(start)}, {"end", u16(end)},
                         {"text", slice(text, start, end)}, {"score", round3(k.score)},
                         {"short", k.shortText.empty() ? std::string(slice(text, start, end)) : k.shortText},
                         {"refersTo", std::move(refersTo)}});
  }
  out["keyPoints"] = std::move(keyPoints);

  json quotes = json::array();
  for (const Quote& q : a.quotes) {
    json j = {{"start", u16(q.start)}, {"end", u16(q.end)}, {"text", slice(text, q.start, q.end)},
              {"kind", quoteKindName(q.kind)}};
    j["speaker"] = q.speaker >= 0 ? json(q.speaker) : json(nullptr);
    j["speakerText"] = q.sourceEnd > q.sourceStart ? json(slice(text, q.sourceStart, q.sourceEnd)) : json(nullptr);
    quotes.push_back(std::move(j));
  }
  out["quotes"] = std::move(quotes);

  json keywords = json::array();
  for (const Keyword& k : a.keywords) keywords.push_back({{"text", k.text}, {"score", round3(k.score)}});
  out["keywords"] = std::move(keywords);

  // "timing" goes in last, spliced onto the serialized rest, so that stages.json
  // covers the whole serialization (the tree and its dump).
  std::string body = dump(out);
  const double jsonMs = millisecondsSince(started);
  const StageTimes& t = a.times;
  const double stagesMs = t.text + t.ner + t.entities + t.quotes + t.keywords + t.keyPoints;
  const json timing = {{"ms", ceil3(std::max(analysisMs, stagesMs) + jsonMs)},
                       {"stages",
                        {{"text", floor3(t.text)},
                         {"ner", floor3(t.ner)},
                         {"entities", floor3(t.entities)},
                         {"quotes", floor3(t.quotes)},
                         {"keywords", floor3(t.keywords)},
                         {"keyPoints", floor3(t.keyPoints)},
                         {"json", floor3(jsonMs)}}}};
  body.back() = ',';  // the object's closing brace
  body += "\"timing\":";
  body += dump(timing);
  body += '}';
  return body;
}

std::string errorToJson(const Status& status) {
  return dump({{"schema", kSchemaVersion}, {"error", {{"code", status.code}, {"message", status.message}}}});
}

}  // namespace newslens::json
