#pragma once
// Key-point evaluation against human highlights. The data format (one JSON object
// per line, as in ../shared/data/cnndm/dev.jsonl):
//   {"id": "…", "article": "full text", "highlights": ["reference sentence", …]}
// Each article is analyzed by the real Analyzer; its key points and the Lead-3
// baseline (the first three sentences that contain a word) are scored with
// ROUGE (rouge.h) against the highlights, one sentence per line.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lib/rouge.h"
#include "newslens/analysis.h"
#include "newslens/analyzer.h"

namespace newslens::tools {

struct SummaryExample {
  std::string id;
  std::string article;
  std::vector<std::string> highlights;
};

// ../shared/data/cnndm/dev.jsonl from the current directory (the repository root,
// when run as documented) or else found from the executable's location.
std::string defaultSummaryDataPath();

// Reads at most `limit` examples (0 = all). Returns false with `error` set on an
// unreadable file or a malformed line (its number is given).
bool readSummaryJsonl(const std::string& path, std::size_t limit, std::vector<SummaryExample>& out, std::string& error);

// The first `count` sentences that contain a word or number, in article order.
std::vector<std::uint32_t> leadSentences(const Analysis& analysis, std::size_t count);

// Sentence contents joined by '\n' (ROUGE-Lsum's sentence separator).
std::string joinSentences(std::string_view text, const Analysis& analysis, const std::vector<std::uint32_t>& indices);

// The key points' own spans (what readers see: no leading dateline) joined by '\n'.
std::string joinKeyPoints(std::string_view text, const Analysis& analysis);

// The key points' short forms joined by '\n'.
std::string joinShortForms(const Analysis& analysis);

struct SummaryEvaluation {
  RougeScores lead3;
  RougeScores keyPoints;
  RougeScores shortForms;  // the same points' short forms
  std::size_t documents = 0;
  double meanKeyPoints = 0;  // key points per article actually returned
  double firstPicked = 0;    // share of articles whose first sentence is a point
};

// keyPointCount is Options::keyPoints (-1: the summarizer's own choice).
SummaryEvaluation evaluateSummaries(const Analyzer& analyzer, const std::vector<SummaryExample>& examples,
                                    int keyPointCount);

}  // namespace newslens::tools
