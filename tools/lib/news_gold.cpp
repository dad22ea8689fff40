#include "lib/news_gold.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "newslens/json/utf16_offsets.h"
#include "newslens/options.h"
#include "newslens/text/utf8.h"

namespace newslens::tools {
namespace {

using Json = nlohmann::json;

bool isSpan(const Json& j) {
  return j.is_object() && j.contains("start") && j["start"].is_number_unsigned() && j.contains("end") &&
         j["end"].is_number_unsigned() && j["start"].get<std::uint32_t>() <= j["end"].get<std::uint32_t>();
}

std::string stringField(const Json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

// Parses one line into `out`; returns a description of what is wrong, or "" when it is well formed.
std::string parseArticle(const Json& j, GoldArticle& out) {
  if (!j.is_object() || !j.contains("article") || !j["article"].is_string()) return "expected {\"article\": string, …}";
  out.id = stringField(j, "id");
  out.article = j["article"].get<std::string>();
  if (j.contains("mentions")) {
    if (!j["mentions"].is_array()) return "\"mentions\" is not an array";
    for (const Json& m : j["mentions"]) {
      if (!isSpan(m) || !m.contains("type") || !m["type"].is_string()) return "a mention lacks start/end/type";
      out.mentions.push_back(GoldMention{m["start"].get<std::uint32_t>(), m["end"].get<std::uint32_t>(),
                                         stringField(m, "text"), m["type"].get<std::string>(),
                                         stringField(m, "entity")});
    }
  }
  if (j.contains("quotes")) {
    if (!j["quotes"].is_array()) return "\"quotes\" is not an array";
    for (const Json& q : j["quotes"]) {
      if (!isSpan(q)) return "a quote lacks start/end";
      GoldQuote quote{q["start"].get<std::uint32_t>(), q["end"].get<std::uint32_t>(), stringField(q, "text"),
                      stringField(q, "kind"), std::nullopt};
      if (q.contains("speaker") && q["speaker"].is_string()) quote.speaker = q["speaker"].get<std::string>();
      out.quotes.push_back(std::move(quote));
    }
  }
  return "";
}

}  // namespace

bool readNewsGold(const std::string& path, std::vector<GoldArticle>& out, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::string line;
  for (std::size_t lineNumber = 1; std::getline(in, line); ++lineNumber) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    GoldArticle article;
    const std::string problem = parseArticle(Json::parse(line, nullptr, /*allow_exceptions=*/false), article);
    if (!problem.empty()) {
      error = path + ":" + std::to_string(lineNumber) + ": " + problem;
      return false;
    }
    out.push_back(std::move(article));
  }
  return true;
}

Prediction predictionOf(const std::string& article, const Analysis& analysis) {
  const json::Utf16Offsets utf16(article);
  Prediction out;
  for (const Mention& m : analysis.mentions)
    out.mentions.push_back(PredictedMention{utf16(m.start), utf16(m.end), m.type, m.entity});
  for (const Quote& q : analysis.quotes)
    out.quotes.push_back(PredictedQuote{utf16(q.start), utf16(q.end), q.speaker, q.kind == QuoteKind::Term});
  return out;
}

std::string sliceUtf16(const std::string& utf8, std::uint32_t start, std::uint32_t end) {
  std::size_t from = utf8.size(), to = utf8.size();
  std::uint32_t units = 0;
  for (std::size_t pos = 0; pos < utf8.size();) {
    if (units >= start && from == utf8.size()) from = pos;
    if (units >= end) {
      to = pos;
      break;
    }
    const text::DecodedChar c = text::decodeAt(utf8, pos);
    units += text::utf16Units(c);
    pos += c.length;
  }
  return from < to ? utf8.substr(from, to - from) : std::string();
}

std::vector<Prediction> predictAll(const Analyzer& analyzer, const std::vector<GoldArticle>& articles) {
  std::vector<Prediction> out;
  out.reserve(articles.size());
  for (const GoldArticle& a : articles) out.push_back(predictionOf(a.article, analyzer.analyze(a.article, Options{})));
  return out;
}

}  // namespace newslens::tools
