#include "invariants.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "newslens/api.h"
#include "newslens/text/utf8.h"

namespace newslens::invariants {
namespace {

using json = nlohmann::json;

std::string at(const char* what, std::size_t i, const std::string& detail) {
  return std::string(what) + "[" + std::to_string(i) + "]: " + detail;
}

// The UTF-16 view JS has of `text`: one unit per invalid byte (U+FFFD), two per
// astral character. `clean` is false when some byte sequence is invalid or a
// surrogate, where nlohmann's replacement may differ from ours byte for byte.
struct Utf16Text {
  std::u16string units;
  bool clean = true;
};

Utf16Text toUtf16(std::string_view text) {
  Utf16Text out;
  for (std::size_t pos = 0; pos < text.size();) {
    const text::DecodedChar c = text::decodeAt(text, pos);
    pos += c.length;
    if (!c.valid || (c.codePoint >= 0xD800 && c.codePoint <= 0xDFFF)) out.clean = false;
    const char32_t cp = c.valid ? c.codePoint : 0xFFFD;
    if (cp > 0xFFFF) {
      out.units += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out.units += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      out.units += static_cast<char16_t>(cp);
    }
  }
  return out;
}

bool isIndex(const json& v, std::size_t limit) { return v.is_number_unsigned() && v.get<std::uint64_t>() < limit; }

bool isOffset(const json& v, std::size_t limit) { return v.is_number_unsigned() && v.get<std::uint64_t>() <= limit; }

bool isUnitScore(const json& v) {
  return v.is_number() && std::isfinite(v.get<double>()) && v.get<double>() >= 0.0 && v.get<double>() <= 1.0;
}

// start/end present, ordered and inside [0, length]; on a clean text the "text"
// field, if present, must equal the slice.
std::string checkSpan(const json& span, const Utf16Text& text, bool allowEmpty) {
  const std::size_t length = text.units.size();
  if (!span.is_object() || !isOffset(span.value("start", json()), length) ||
      !isOffset(span.value("end", json()), length))
    return "start/end missing or beyond the text (" + span.dump() + ")";
  const auto start = span["start"].get<std::size_t>();
  const auto end = span["end"].get<std::size_t>();
  if (end < start || (!allowEmpty && end == start)) return "bad span " + span.dump();
  if (span.contains("text")) {
    if (!span["text"].is_string()) return "text is not a string";
    if (text.clean && toUtf16(span["text"].get<std::string>()).units != text.units.substr(start, end - start))
      return "text does not slice back: " + span.dump();
  }
  return "";
}

}  // namespace

std::string checkAnalysis(std::string_view text, const Analysis& a) {
  const std::size_t size = text.size();
  std::uint32_t previousEnd = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    if (t.start < previousEnd || t.end <= t.start || t.end > size) return at("tokens", i, "out of order or range");
    previousEnd = t.end;
  }
  if (size == 0 && !a.sentences.empty()) return "sentences on empty text";
  if (size > 0 && (a.sentences.empty() || a.sentences.front().start != 0 || a.sentences.back().end != size))
    return "sentences do not cover the text";
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const Sentence& s = a.sentences[i];
    if (i > 0 && s.start != a.sentences[i - 1].end) return at("sentences", i, "gap or overlap");
    if (s.end <= s.start) return at("sentences", i, "empty");
    if (s.contentStart < s.start || s.contentEnd > s.end || s.contentEnd < s.contentStart)
      return at("sentences", i, "content outside the sentence");
    if (s.firstToken > s.lastToken || s.lastToken > a.tokens.size()) return at("sentences", i, "token range");
  }
  previousEnd = 0;
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.start < previousEnd || m.end <= m.start || m.end > size) return at("mentions", i, "out of order or range");
    if (m.firstToken > m.lastToken || m.lastToken > a.tokens.size()) return at("mentions", i, "token range");
    // A mention may cover part of a token (a name inside a hyphenated word), never more than its tokens.
    if (m.firstToken < m.lastToken && (m.start < a.tokens[m.firstToken].start || m.end > a.tokens[m.lastToken - 1].end))
      return at("mentions", i, "bytes outside its tokens");
    if (m.entity < -1 || m.entity >= static_cast<std::int64_t>(a.entities.size()))
      return at("mentions", i, "entity index");
    previousEnd = m.end;
  }
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].firstMention > size) return at("entities", i, "first mention beyond the text");
  for (std::size_t i = 0; i < a.keyPoints.size(); ++i) {
    const KeyPoint& k = a.keyPoints[i];
    if (k.sentence >= a.sentences.size()) return at("keyPoints", i, "sentence index");
    const Sentence& s = a.sentences[k.sentence];
    if (k.start < s.contentStart || k.end > s.contentEnd || k.end <= k.start)
      return at("keyPoints", i, "span outside its sentence's content");
  }
  for (std::size_t i = 0; i < a.quotes.size(); ++i) {
    const Quote& q = a.quotes[i];
    if (q.end < q.start || q.end > size) return at("quotes", i, "range");
    if (q.speaker < -1 || q.speaker >= static_cast<std::int64_t>(a.entities.size()))
      return at("quotes", i, "speaker index");
  }
  return "";
}

std::string checkResultJson(std::string_view text, std::string_view resultJson) {
  const json r = json::parse(resultJson.begin(), resultJson.end(), nullptr, /*allow_exceptions=*/false);
  if (r.is_discarded() || !r.is_object()) return "not a JSON object";
  if (r.value("schema", json()) != json(1)) return "schema is not 1";
  if (r.contains("error")) {
    const json& e = r["error"];
    if (!e.is_object() || !e.value("code", json()).is_string() || !e.value("message", json()).is_string())
      return "malformed error object";
    // The only error a text can cause under valid options is being too large;
    // "internal" means a throw, which aborts the WASM instance.
    if (e["code"] != "input_too_large" || text.size() <= kMaxInputBytes) return "error: " + e.dump();
    return "";
  }
  for (const char* key : {"sentences", "mentions", "entities", "keyPoints", "quotes", "keywords"})
    if (!r.contains(key) || !r[key].is_array()) return std::string("missing array ") + key;
  const Utf16Text u16 = toUtf16(text);
  const std::size_t length = u16.units.size();
  if (r.value("stats", json::object()).value("chars", json()) != json(length)) return "stats.chars is not the length";

  const json& sentences = r["sentences"];
  if (length == 0 ? !sentences.empty() : sentences.empty()) return "sentences do not cover the text";
  std::size_t expectedStart = 0;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (std::string e = checkSpan(sentences[i], u16, /*allowEmpty=*/false); !e.empty()) return at("sentences", i, e);
    if (sentences[i]["start"] != json(expectedStart)) return at("sentences", i, "gap or overlap");
    expectedStart = sentences[i]["end"].get<std::size_t>();
  }
  if (!sentences.empty() && expectedStart != length) return "last sentence does not end at the text's end";

  const std::size_t entityCount = r["entities"].size();
  std::size_t previousEnd = 0;
  for (std::size_t i = 0; i < r["mentions"].size(); ++i) {
    const json& m = r["mentions"][i];
    if (std::string e = checkSpan(m, u16, false); !e.empty()) return at("mentions", i, e);
    if (m["start"].get<std::size_t>() < previousEnd) return at("mentions", i, "overlaps the previous mention");
    previousEnd = m["end"].get<std::size_t>();
    if (!m.value("type", json()).is_string()) return at("mentions", i, "type");
    if (!m.value("entity", json()).is_null() && !isIndex(m["entity"], entityCount)) return at("mentions", i, "entity");
    if (!isUnitScore(m.value("score", json()))) return at("mentions", i, "score outside [0,1]");
  }
  for (std::size_t i = 0; i < entityCount; ++i) {
    const json& e = r["entities"][i];
    if (e.value("id", json()) != json(i)) return at("entities", i, "id is not the index");
    if (!e.value("name", json()).is_string() || !e.value("aliases", json()).is_array())
      return at("entities", i, "name");
    if (!isOffset(e.value("first", json()), length)) return at("entities", i, "first beyond the text");
    if (!isUnitScore(e.value("salience", json()))) return at("entities", i, "salience outside [0,1]");
  }
  for (std::size_t i = 0; i < r["keyPoints"].size(); ++i) {
    const json& k = r["keyPoints"][i];
    if (std::string e = checkSpan(k, u16, true); !e.empty()) return at("keyPoints", i, e);
    if (!isIndex(k.value("sentence", json()), sentences.size())) return at("keyPoints", i, "sentence index");
    const json& s = sentences[k["sentence"].get<std::size_t>()];
    if (k["start"] < s["start"] || k["end"] > s["end"]) return at("keyPoints", i, "outside its sentence");
  }
  for (std::size_t i = 0; i < r["quotes"].size(); ++i) {
    const json& q = r["quotes"][i];
    if (std::string e = checkSpan(q, u16, true); !e.empty()) return at("quotes", i, e);
    if (!q.value("speaker", json()).is_null() && !isIndex(q["speaker"], entityCount)) return at("quotes", i, "speaker");
  }
  for (std::size_t i = 0; i < r["keywords"].size(); ++i) {
    const json& k = r["keywords"][i];
    if (!k.value("text", json()).is_string() || !k.value("score", json()).is_number())
      return at("keywords", i, "shape");
  }
  return "";
}

const std::vector<std::string>& optionVariants() {
  static const std::vector<std::string> variants = {"", R"({"keyPoints":1,"keywords":0})",
                                                    R"({"keyPoints":50,"keywords":100})", R"({"keyPoints":0})"};
  return variants;
}

std::string checkResultParts(const std::vector<std::string>& parts, std::string_view wholeJson) {
  using nlohmann::json;
  json merged = json::object();
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const json part = json::parse(parts[i], nullptr, /*allow_exceptions=*/false);
    if (part.is_discarded() || !part.is_object()) return "part " + std::to_string(i) + " is not a JSON object";
    for (const auto& [key, value] : part.items()) {
      if (value.is_array() && merged.contains(key) && merged[key].is_array())
        merged[key].insert(merged[key].end(), value.begin(), value.end());
      else
        merged[key] = value;
    }
  }
  json whole = json::parse(wholeJson, nullptr, /*allow_exceptions=*/false);
  if (whole.is_discarded()) return "the whole answer is not JSON";
  merged.erase("timing");
  whole.erase("timing");
  return merged == whole ? "" : "the parts merged are not the whole answer";
}

}  // namespace newslens::invariants
