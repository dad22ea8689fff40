// newslens-summary-eval: key points vs the Lead-3 baseline, ROUGE against human
// highlights, through the full native pipeline (the real Analyzer and its
// embedded model). Data format: lib/summary_eval.h.
//   newslens-summary-eval [--data FILE.jsonl] [--limit N] [--key-points N]
// Default data: ../shared/data/cnndm/dev.jsonl relative to the repository root.
// Prints Lead-3, key points with 3 sentences (same length as Lead-3) and key
// points with the summarizer's default count (or --key-points N).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "lib/summary_eval.h"

using namespace newslens;
using namespace newslens::tools;

namespace {

bool exists(const std::string& path) { return access(path.c_str(), R_OK) == 0; }

// The repository root is the current directory when run as documented; otherwise
// it is found from the executable's location (build/native/newslens-…).
std::string defaultDataPath() {
  const std::string relative = "../shared/data/cnndm/dev.jsonl";
  if (exists(relative)) return relative;
  char exe[4096];
  const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    std::string dir(exe, static_cast<std::size_t>(n));
    for (int up = 0; up < 3; ++up) {
      dir = dir.substr(0, dir.rfind('/'));
      if (exists(dir + "/" + relative)) return dir + "/" + relative;
    }
  }
  return relative;
}

void row(const char* name, const RougeScores& s, double points, const RougeScores* base) {
  std::printf("%-24s %8.2f %8.2f %10.2f %8.2f\n", name, 100 * s.rouge1.f, 100 * s.rouge2.f, 100 * s.rougeLsum.f, points);
  if (base)
    std::printf("%-24s %+8.2f %+8.2f %+10.2f\n", "  vs Lead-3", 100 * (s.rouge1.f - base->rouge1.f),
                100 * (s.rouge2.f - base->rouge2.f), 100 * (s.rougeLsum.f - base->rougeLsum.f));
}

}  // namespace

int main(int argc, char** argv) {
  std::string data;
  std::size_t limit = 0;
  int keyPoints = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--data" && hasValue) {
      data = argv[++i];
    } else if (arg == "--limit" && hasValue) {
      limit = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--key-points" && hasValue) {
      keyPoints = std::atoi(argv[++i]);
    } else {
      std::fprintf(stderr, "usage: newslens-summary-eval [--data FILE.jsonl] [--limit N] [--key-points N]\n");
      return 2;
    }
  }
  if (data.empty()) data = defaultDataPath();
  std::vector<SummaryExample> examples;
  std::string error;
  if (!readSummaryJsonl(data, limit, examples, error)) {
    std::fprintf(stderr, "newslens-summary-eval: %s\n", error.c_str());
    return 1;
  }
  const Analyzer analyzer;
  const SummaryEvaluation three = evaluateSummaries(analyzer, examples, 3);
  const SummaryEvaluation chosen = evaluateSummaries(analyzer, examples, keyPoints);
  std::printf("data      %s\ndocuments %zu\nmodel     %s\n", data.c_str(), three.documents, analyzer.modelInfo().c_str());
  std::printf("ROUGE F x100 (rouge-score conventions: lower-cased, Porter-stemmed, Lsum over '\\n' sentences)\n");
  std::printf("%-24s %8s %8s %10s %8s\n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum", "sent/doc");
  row("Lead-3", three.lead3, 3.0, nullptr);
  row("key points (3)", three.keyPoints, three.meanKeyPoints, &three.lead3);
  const std::string label = keyPoints < 0 ? "key points (default)" : "key points (" + std::to_string(keyPoints) + ")";
  row(label.c_str(), chosen.keyPoints, chosen.meanKeyPoints, &three.lead3);
  return 0;
}
