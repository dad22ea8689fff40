#include "newslens/json/result_json.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <exception>
#include <new>
#include <utility>
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

// Timings to the microsecond, the parts rounded down and the total up, so the
// stages never add up to more than timing.ms.
double floor3(double x) { return std::floor(x * 1000.0) / 1000.0; }
double ceil3(double x) { return std::ceil(x * 1000.0) / 1000.0; }

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// Writes JSON text straight into one string. Building the result as nlohmann nodes
// first (one allocation per value) took about a fifth of the whole pipeline; this
// writes the same bytes as dump() of that tree would (json_test.cpp compares them).
struct Writer {
  std::string out;

  void raw(std::string_view s) { out += s; }
  void unsignedInteger(std::uint64_t x) {
    char buffer[24];
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, x).ptr);
  }
  void integer(std::int64_t x) {
    char buffer[24];
    out.append(buffer, std::to_chars(buffer, buffer + sizeof buffer, x).ptr);
  }
  // nlohmann's own shortest round-trip formatting (Grisu2), "null" for NaN and infinities.
  void real(double x) {
    if (!std::isfinite(x)) {
      out += "null";
      return;
    }
    char buffer[64];
    out.append(buffer, nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, x));
  }
  // Well-formed UTF-8 with nothing to escape (nearly every span of an article) is
  // copied as it is, as nlohmann copies it; anything else takes nlohmann's escaper,
  // which also turns invalid UTF-8 into U+FFFD.
  void string(std::string_view s) {
    if (!isPlain(s)) {
      out += dump(json(s));
      return;
    }
    out += '"';
    out += s;
    out += '"';
  }

  // True when `s` is well-formed UTF-8 (RFC 3629: shortest form, no surrogates, at most
  // U+10FFFF, as nlohmann's decoder accepts it) without control characters, '"' or '\\'.
  static bool isPlain(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        if (c < 0x20 || c == '"' || c == '\\') return false;
        ++i;
        continue;
      }
      // Lead byte: sequence length and the allowed range of the second byte.
      std::size_t length;
      unsigned char lo = 0x80, hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) length = 2;
      else if (c == 0xE0) length = 3, lo = 0xA0;
      else if (c >= 0xE1 && c <= 0xEC) length = 3;
      else if (c == 0xED) length = 3, hi = 0x9F;  // no UTF-16 surrogates
      else if (c >= 0xEE && c <= 0xEF) length = 3;
      else if (c == 0xF0) length = 4, lo = 0x90;
      else if (c >= 0xF1 && c <= 0xF3) length = 4;
      else if (c == 0xF4) length = 4, hi = 0x8F;  // nothing above U+10FFFF
      else return false;
      if (s.size() - i < length) return false;
      const auto second = static_cast<unsigned char>(s[i + 1]);
      if (second < lo || second > hi) return false;
      for (std::size_t k = 2; k < length; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
      i += length;
    }
    return true;
  }
};

}  // namespace

std::string resultToJson(std::string_view text, const Analysis& a, double analysisMs) {
  const auto started = std::chrono::steady_clock::now();
  const Utf16Offsets u16(text);
  Writer w;
  w.out.reserve(256 + a.sentences.size() * 64 + a.mentions.size() * 96 + text.size() / 4);
  w.raw("{\"schema\":");
  w.integer(kSchemaVersion);
  const std::uint32_t chars = u16(static_cast<std::uint32_t>(text.size()));
  w.raw(",\"stats\":{\"chars\":");
  w.unsignedInteger(chars);
  w.raw(",\"words\":");
  w.unsignedInteger(a.stats.words);
  w.raw(",\"sentences\":");
  w.unsignedInteger(a.stats.sentences);
  w.raw(",\"paragraphs\":");
  w.unsignedInteger(a.stats.paragraphs);
  // ~230 words a minute, as news readers measure it; at least 1 for any text.
  w.raw(",\"readingMinutes\":");
  w.unsignedInteger(a.stats.words == 0 ? 0 : (a.stats.words + 229) / 230);

  w.raw("},\"sentences\":[");
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    w.raw(i ? ",{\"start\":" : "{\"start\":");
    w.unsignedInteger(u16(s.start));
    w.raw(",\"end\":");
    w.unsignedInteger(u16(s.end));
    w.raw(",\"paragraph\":");
    w.unsignedInteger(s.paragraph);
    w.raw(s.boilerplate ? ",\"boilerplate\":true}" : ",\"boilerplate\":false}");
  }

  w.raw("],\"mentions\":[");
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    w.raw(i ? ",{\"start\":" : "{\"start\":");
    w.unsignedInteger(u16(m.start));
    w.raw(",\"end\":");
    w.unsignedInteger(u16(m.end));
    w.raw(",\"text\":");
    w.string(slice(text, m.start, m.end));
    w.raw(",\"type\":");
    w.string(entityTypeName(m.type));
    w.raw(",\"score\":");
    w.real(round3(m.score));
    w.raw(",\"entity\":");
    if (m.entity >= 0) w.integer(m.entity);
    else w.raw("null");
    w.raw("}");
  }

  w.raw("],\"entities\":[");
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    w.raw(i ? ",{\"id\":" : "{\"id\":");
    w.unsignedInteger(i);
    w.raw(",\"name\":");
    w.string(e.name);
    w.raw(",\"type\":");
    w.string(entityTypeName(e.type));
    w.raw(",\"aliases\":[");
    for (std::size_t k = 0; k < e.aliases.size(); ++k) {
      if (k) w.raw(",");
      w.string(e.aliases[k]);
    }
    w.raw("],\"count\":");
    w.unsignedInteger(e.count);
    w.raw(",\"salience\":");
    w.real(round3(e.salience));
    w.raw(",\"first\":");
    w.unsignedInteger(u16(e.firstMention));
    w.raw("}");
  }

  w.raw("],\"keyPoints\":[");
  bool firstKeyPoint = true;
  for (const KeyPoint& k : a.keyPoints) {
    if (k.sentence >= a.sentences.size()) continue;  // a stage bug; never index out of range
    const Sentence& s = a.sentences[k.sentence];
    // The point's own span when it lies in its sentence; else (a stage bug) the sentence's.
    const bool inside = k.start >= s.contentStart && k.start < k.end && k.end <= s.contentEnd;
    const std::uint32_t start = inside ? k.start : s.contentStart, end = inside ? k.end : s.contentEnd;
    w.raw(firstKeyPoint ? "{\"sentence\":" : ",{\"sentence\":");
    firstKeyPoint = false;
    w.unsignedInteger(k.sentence);
    w.raw(",\"start\":");
    w.unsignedInteger(u16(start));
    w.raw(",\"end\":");
    w.unsignedInteger(u16(end));
    w.raw(",\"text\":");
    w.string(slice(text, start, end));
    w.raw(",\"score\":");
    w.real(round3(k.score));
    w.raw("}");
  }

  w.raw("],\"quotes\":[");
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    w.raw(i ? ",{\"start\":" : "{\"start\":");
    w.unsignedInteger(u16(q.start));
    w.raw(",\"end\":");
    w.unsignedInteger(u16(q.end));
    w.raw(",\"text\":");
    w.string(slice(text, q.start, q.end));
    w.raw(",\"speaker\":");
    if (q.speaker >= 0) w.integer(q.speaker);
    else w.raw("null");
    w.raw("}");
  }

  w.raw("],\"keywords\":[");
  for (std::size_t i = 0; i < a.keywords.size(); ++i) {
    w.raw(i ? ",{\"text\":" : "{\"text\":");
    w.string(a.keywords[i].text);
    w.raw(",\"score\":");
    w.real(round3(a.keywords[i].score));
    w.raw("}");
  }
  w.raw("]");

  // "timing" goes in last, measured once the rest is written, so that stages.json
  // covers the whole serialization.
  const double jsonMs = millisecondsSince(started);
  const StageTimes& t = a.times;
  const double stagesMs = t.text + t.ner + t.entities + t.quotes + t.keywords + t.keyPoints;
  w.raw(",\"timing\":{\"ms\":");
  w.real(ceil3(std::max(analysisMs, stagesMs) + jsonMs));
  const std::pair<const char*, double> stages[] = {{",\"stages\":{\"text\":", t.text},
                                                   {",\"ner\":", t.ner},
                                                   {",\"entities\":", t.entities},
                                                   {",\"quotes\":", t.quotes},
                                                   {",\"keywords\":", t.keywords},
                                                   {",\"keyPoints\":", t.keyPoints},
                                                   {",\"json\":", jsonMs}};
  for (const auto& [key, ms] : stages) {
    w.raw(key);
    w.real(floor3(ms));
  }
  w.raw("}}}");
  return std::move(w.out);
}

std::string errorToJson(const Status& status) {
  return dump({{"schema", kSchemaVersion}, {"error", {{"code", status.code}, {"message", status.message}}}});
}

Status parseOptions(std::string_view optionsJson, Options& out) {
  Options options;
  // No options ("" or the JS API's "{}"): the defaults, without the JSON parser.
  if (optionsJson.find_first_not_of(" \t\r\n") == std::string_view::npos || optionsJson == "{}") {
    out = options;
    return Status::success();
  }
  const json j = json::parse(optionsJson.begin(), optionsJson.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::error("bad_options", "options must be a JSON object");
  const auto readCount = [&](const char* key, int& field, int lo, int hi) -> Status {
    if (!j.contains(key) || j[key].is_null()) return Status::success();
    const json& v = j[key];
    // An unsigned value above INT64_MAX would wrap to a negative long long.
    if (!v.is_number_integer() || (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(hi)) ||
        v.get<long long>() < lo || v.get<long long>() > hi)
      return Status::error("bad_options", std::string("options.") + key + " must be an integer from " +
                                              std::to_string(lo) + " to " + std::to_string(hi));
    field = static_cast<int>(v.get<long long>());
    return Status::success();
  };
  if (Status s = readCount("keyPoints", options.keyPoints, -1, 50); !s.ok()) return s;
  if (Status s = readCount("keywords", options.keywords, 0, 100); !s.ok()) return s;
  out = options;
  return Status::success();
}

std::string analyzeToJson(const Analyzer& analyzer, std::string_view text, std::string_view optionsJson) {
  try {
    if (text.size() > kMaxInputBytes)
      return errorToJson(Status::error(
          "input_too_large", "the text is " + std::to_string(text.size()) + " bytes of UTF-8; the limit is " +
                                 std::to_string(kMaxInputBytes) + " bytes"));
    const auto started = std::chrono::steady_clock::now();
    Options options;
    if (Status s = parseOptions(optionsJson, options); !s.ok()) return errorToJson(s);
    const Analysis analysis = analyzer.analyze(text, options);
    return resultToJson(text, analysis, millisecondsSince(started));
  } catch (const std::bad_alloc&) {
    return errorToJson(Status::error("out_of_memory", "the analysis ran out of memory"));
  } catch (const std::exception& e) {
    return errorToJson(Status::error("internal", std::string("internal error: ") + e.what()));
  } catch (...) {
    return errorToJson(Status::error("internal", "internal error"));
  }
}

}  // namespace newslens::json
