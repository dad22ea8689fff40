#include "lib/summary_eval.h"

#include <unistd.h>

#include <fstream>

#include <nlohmann/json.hpp>

namespace newslens::tools {

namespace {

bool readable(const std::string& path) { return access(path.c_str(), R_OK) == 0; }

}  // namespace

std::string defaultSummaryDataPath() {
  const std::string relative = "../shared/data/cnndm/dev.jsonl";
  if (readable(relative)) return relative;
  char exe[4096];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string dir(exe, static_cast<std::size_t>(n));
    for (int up = 0; up < 3; ++up) {
      dir = dir.substr(0, dir.rfind('/'));
      if (readable(dir + "/" + relative)) return dir + "/" + relative;
    }
  }
  return relative;
}

bool readSummaryJsonl(const std::string& path, std::size_t limit, std::vector<SummaryExample>& out,
                      std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = "cannot open " + path;
    return false;
  }
  std::string line;
  std::size_t lineNumber = 0;
  while (std::getline(in, line) && (limit == 0 || out.size() < limit)) {
    ++lineNumber;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    const bool ok = j.is_object() && j.contains("article") && j["article"].is_string() && j.contains("highlights") &&
                    j["highlights"].is_array();
    if (!ok) {
      error = path + ":" + std::to_string(lineNumber) +
              ": expected {\"id\", \"article\": string, \"highlights\": [string]}";
      return false;
    }
    SummaryExample ex;
    if (j.contains("id") && j["id"].is_string()) ex.id = j["id"].get<std::string>();
    ex.article = j["article"].get<std::string>();
    for (const auto& h : j["highlights"]) {
      if (!h.is_string()) {
        error = path + ":" + std::to_string(lineNumber) + ": a highlight is not a string";
        return false;
      }
      ex.highlights.push_back(h.get<std::string>());
    }
    out.push_back(std::move(ex));
  }
  return true;
}

std::vector<std::uint32_t> leadSentences(const Analysis& analysis, std::size_t count) {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i = 0; i < analysis.sentences.size() && out.size() < count; ++i) {
    const Sentence& s = analysis.sentences[i];
    for (std::uint32_t t = s.firstToken; t < s.lastToken; ++t) {
      const TokenKind kind = analysis.tokens[t].kind;
      if (kind == TokenKind::Word || kind == TokenKind::Number) {
        out.push_back(i);
        break;
      }
    }
  }
  return out;
}

std::string joinSentences(std::string_view text, const Analysis& analysis, const std::vector<std::uint32_t>& indices) {
  std::string out;
  for (std::uint32_t i : indices) {
    const Sentence& s = analysis.sentences[i];
    if (!out.empty()) out += '\n';
    out += text.substr(s.contentStart, s.contentEnd - s.contentStart);
  }
  return out;
}

std::string joinKeyPoints(std::string_view text, const Analysis& analysis) {
  std::string out;
  for (const KeyPoint& k : analysis.keyPoints) {
    if (!out.empty()) out += '\n';
    out += text.substr(k.start, k.end - k.start);
  }
  return out;
}

std::string joinShortForms(const Analysis& analysis) {
  std::string out;
  for (const KeyPoint& k : analysis.keyPoints) out += (out.empty() ? "" : "\n") + k.shortText;
  return out;
}

SummaryEvaluation evaluateSummaries(const Analyzer& analyzer, const std::vector<SummaryExample>& examples,
                                    int keyPointCount) {
  Options options;
  options.keyPoints = keyPointCount;
  RougeMean lead, keys, shorts;
  std::size_t points = 0, first = 0;
  for (const SummaryExample& ex : examples) {
    std::string reference;
    for (const std::string& h : ex.highlights) reference += (reference.empty() ? "" : "\n") + h;
    const Analysis a = analyzer.analyze(ex.article, options);
    const std::vector<std::uint32_t> lead3 = leadSentences(a, 3);
    lead.add(scoreSummary(reference, joinSentences(ex.article, a, lead3)));
    points += a.keyPoints.size();
    first += !a.keyPoints.empty() && !lead3.empty() && a.keyPoints.front().sentence == lead3.front() ? 1 : 0;
    keys.add(scoreSummary(reference, joinKeyPoints(ex.article, a)));
    shorts.add(scoreSummary(reference, joinShortForms(a)));
  }
  SummaryEvaluation e;
  e.lead3 = lead.mean();
  e.keyPoints = keys.mean();
  e.shortForms = shorts.mean();
  e.firstPicked = examples.empty() ? 0 : static_cast<double>(first) / static_cast<double>(examples.size());
  e.documents = examples.size();
  e.meanKeyPoints = examples.empty() ? 0 : static_cast<double>(points) / static_cast<double>(examples.size());
  return e;
}

}  // namespace newslens::tools
