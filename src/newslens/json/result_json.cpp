#include "newslens/json/result_json.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "newslens/json/utf16_offsets.h"
#include "newslens/json/writer.h"
#include "newslens/noinline.h"

namespace newslens::json {
namespace {

// Clamped, so a stage bug can never make the boundary throw (a throw aborts the
// WASM instance); the fuzzer's invariants report such spans instead.
std::string_view slice(std::string_view text, std::uint32_t start, std::uint32_t end) {
  const std::size_t from = std::min<std::size_t>(start, text.size());
  const std::size_t to = std::clamp<std::size_t>(end, from, text.size());
  return text.substr(from, to - from);
}

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

constexpr double kPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Six significant digits (what a float holds): salience is a share that sums to 1
// over every entity, so with 7,500 entities each is ~1e-4, which 3 decimals make 0.
double significant6(double x) {
  // x·10^k rounded to an integer of six digits, then divided back: an exact power of
  // ten and one correctly rounded operation give the double nearest that decimal, which
  // is what printing and re-parsing give, without the soft-float long double parse
  // (WASM's strtod) on every entity. Near a rounding tie, or out of range, print and parse.
  if (x == 0.0 || !std::isfinite(x)) return x;
  const int k = 5 - static_cast<int>(std::floor(std::log10(std::fabs(x))));
  if (k >= -22 && k <= 22) {
    const double power = kPowersOfTen[k < 0 ? -k : k];
    const double scaled = k < 0 ? x / power : x * power;
    const double rounded = std::nearbyint(scaled);
    const double off = std::fabs(scaled - std::trunc(scaled));
    const bool nearTie = std::fabs(off - 0.5) < 1e-6;
    if (!nearTie && std::fabs(rounded) >= 1e5 && std::fabs(rounded) < 1e6)
      return k < 0 ? rounded * power : rounded / power;
  }
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

// An entity index, or null for none (-1).
template <std::size_t N>
void entityIndex(Writer& w, const char (&name)[N], std::int32_t entity) {
  if (entity >= 0) {
    w.field(name, entity);
  } else {
    w.key(name);
    w.null();
  }
}

// What the parts of a result write: the text, its UTF-16 offsets and the analysis.
struct Parts {
  std::string_view text;
  const Utf16Offsets& u16;
  const Analysis& a;
  Writer& w;

  void stats() const {
    w.key("stats");
    w.beginObject();
    w.field("chars", u16(static_cast<std::uint32_t>(text.size())));
    w.field("words", a.stats.words);
    w.field("sentences", a.stats.sentences);
    w.field("paragraphs", a.stats.paragraphs);
    // ~230 words a minute, as news readers measure it; at least 1 for any text.
    w.field("readingMinutes", a.stats.words == 0 ? 0 : (a.stats.words + 229) / 230);
    w.endObject();
  }

  void sentences() const {
    w.key("sentences");
    w.beginArray();
    for (const Sentence& s : a.sentences) {
      w.beginObject();
      w.field("start", u16(s.start));
      w.field("end", u16(s.end));
      w.field("paragraph", s.paragraph);
      w.field("boilerplate", s.boilerplate);
      w.endObject();
    }
    w.endArray();
  }

  void mentions() const {
    w.key("mentions");
    w.beginArray();
    for (const Mention& m : a.mentions) {
      w.beginObject();
      w.field("start", u16(m.start));
      w.field("end", u16(m.end));
      w.field("text", slice(text, m.start, m.end));
      w.field("type", entityTypeName(m.type));
      w.field("score", round3(m.score));
      entityIndex(w, "entity", m.entity);
      if (m.role == MentionRole::Source) w.field("role", "source");
      w.endObject();
    }
    w.endArray();
  }

  void entities() const {
    w.key("entities");
    w.beginArray();
    for (std::size_t i = 0; i < a.entities.size(); ++i) {
      const Entity& e = a.entities[i];
      w.beginObject();
      w.field("id", i);
      w.field("name", e.name);
      w.field("type", entityTypeName(e.type));
      w.key("aliases");
      w.beginArray();
      for (const std::string& alias : e.aliases) w.string(alias);
      w.endArray();
      w.field("count", e.count);
      w.field("salience", significant6(e.salience));
      w.field("first", u16(e.firstMention));
      w.endObject();
    }
    w.endArray();
  }

  void keyPoint(const KeyPoint& k) const {
    const Sentence& s = a.sentences[k.sentence];
    // The point's own span when it lies in its sentence; else (a stage bug) the sentence's.
    const bool inside = k.start >= s.contentStart && k.start < k.end && k.end <= s.contentEnd;
    const std::uint32_t start = inside ? k.start : s.contentStart, end = inside ? k.end : s.contentEnd;
    w.beginObject();
    w.field("sentence", k.sentence);
    w.field("start", u16(start));
    w.field("end", u16(end));
    w.field("text", slice(text, start, end));
    w.field("score", round3(k.score));
    w.field("short", k.shortText.empty() ? slice(text, start, end) : std::string_view(k.shortText));
    w.key("refersTo");
    w.beginArray();
    for (const Reference& r : k.refersTo) {
      if (!(r.start >= start && r.start < r.end && r.end <= end && r.entity >= 0)) continue;
      w.beginObject();
      w.field("start", u16(r.start));
      w.field("end", u16(r.end));
      w.field("entity", r.entity);
      w.endObject();
    }
    w.endArray();
    w.endObject();
  }

  void keyPoints() const {
    w.key("keyPoints");
    w.beginArray();
    for (const KeyPoint& k : a.keyPoints)
      if (k.sentence < a.sentences.size()) keyPoint(k);  // else a stage bug; never index out of range
    w.endArray();
  }

  void quotes() const {
    w.key("quotes");
    w.beginArray();
    for (const Quote& q : a.quotes) {
      w.beginObject();
      w.field("start", u16(q.start));
      w.field("end", u16(q.end));
      w.field("text", slice(text, q.start, q.end));
      w.field("kind", quoteKindName(q.kind));
      entityIndex(w, "speaker", q.speaker);
      w.key("speakerText");
      if (q.sourceEnd > q.sourceStart)
        w.string(slice(text, q.sourceStart, q.sourceEnd));
      else
        w.null();
      w.endObject();
    }
    w.endArray();
  }

  void keywords() const {
    w.key("keywords");
    w.beginArray();
    for (const Keyword& k : a.keywords) {
      w.beginObject();
      w.field("text", k.text);
      w.field("score", round3(k.score));
      w.endObject();
    }
    w.endArray();
  }
};

// "timing", last, so that stages.json covers all the serialization before it.
void timing(Writer& w, const StageTimes& t, double analysisMs, double jsonMs) {
  const double stagesMs = t.text + t.ner + t.entities + t.quotes + t.keywords + t.keyPoints;
  w.key("timing");
  w.beginObject();
  w.field("ms", ceil3(std::max(analysisMs, stagesMs) + jsonMs));
  w.key("stages");
  w.beginObject();
  w.field("text", floor3(t.text));
  w.field("ner", floor3(t.ner));
  w.field("entities", floor3(t.entities));
  w.field("quotes", floor3(t.quotes));
  w.field("keywords", floor3(t.keywords));
  w.field("keyPoints", floor3(t.keyPoints));
  w.field("json", floor3(jsonMs));
  w.endObject();
  w.endObject();
}

// A generous guess of the result's size, so the buffer is allocated once or twice.
std::size_t expectedBytes(std::string_view text, const Analysis& a, unsigned fields) {
  std::size_t bytes = 512;
  if (fields & fieldBit(Field::Sentences)) bytes += 64 * a.sentences.size();
  if (fields & fieldBit(Field::Mentions)) bytes += 112 * a.mentions.size();
  if (fields & fieldBit(Field::Entities)) bytes += 160 * a.entities.size();
  if (fields & fieldBit(Field::KeyPoints)) bytes += 640 * a.keyPoints.size();
  if (fields & fieldBit(Field::Quotes)) bytes += 160 * a.quotes.size() + text.size() / 8;
  if (fields & fieldBit(Field::Keywords)) bytes += 48 * a.keywords.size();
  return bytes;
}

// The whole result through `w`; `started` is when serializing began.
NEWSLENS_NOINLINE void writeResult(Writer& w, std::string_view text, const Analysis& a, double analysisMs,
                                   unsigned fields, std::chrono::steady_clock::time_point started) {
  const Utf16Offsets u16(text);
  const Parts parts{text, u16, a, w};
  w.beginObject();
  w.field("schema", kSchemaVersion);
  const auto wants = [fields](Field f) { return (fields & fieldBit(f)) != 0; };
  if (wants(Field::Stats)) parts.stats();
  if (wants(Field::Sentences)) parts.sentences();
  if (wants(Field::Mentions)) parts.mentions();
  if (wants(Field::Entities)) parts.entities();
  if (wants(Field::KeyPoints)) parts.keyPoints();
  if (wants(Field::Quotes)) parts.quotes();
  if (wants(Field::Keywords)) parts.keywords();
  timing(w, a.times, analysisMs, millisecondsSince(started));
  w.endObject();
}

}  // namespace

std::string resultToJson(std::string_view text, const Analysis& a, double analysisMs, unsigned fields) {
  const auto started = std::chrono::steady_clock::now();
  std::string out;
  out.reserve(expectedBytes(text, a, fields));
  Writer w(out);
  writeResult(w, text, a, analysisMs, fields, started);
  return out;
}

void writeResultJson(std::string_view text, const Analysis& a, double analysisMs, unsigned fields, const Sink& sink) {
  const auto started = std::chrono::steady_clock::now();
  std::string out;
  out.reserve(std::min(expectedBytes(text, a, fields), kChunkBytes + 64 * 1024));
  Writer w(out);
  w.streamTo(sink, kChunkBytes);
  writeResult(w, text, a, analysisMs, fields, started);
  w.flush();
}

std::string errorToJson(const Status& status) {
  const nlohmann::ordered_json error = {{"schema", kSchemaVersion},
                                        {"error", {{"code", status.code}, {"message", status.message}}}};
  return error.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace newslens::json
