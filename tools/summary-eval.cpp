// newslens-summary-eval: key points against human highlights, beside the Lead-3
// baseline and the greedy-oracle upper bound, ROUGE F ×100 (lib/rouge.h).
//   newslens-summary-eval [--data FILE.jsonl] [--limit N] [--key-points N] [--no-cv]
// Default data: ../shared/data/cnndm/dev.jsonl (lib/summary_eval.h). Prints
// - the shipped scorer through the full native pipeline (the real Analyzer and its
//   embedded models) at 3 points and at its default count (or --key-points N),
//   full sentences and short forms; on the data it was fitted on (cnndm dev) these
//   are in-sample figures;
// - unless --no-cv, 5-fold cross-validated figures of the same fitting procedure
//   (lib/key_point_fit.h) on this data: each fold scored by weights fitted without it.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lib/key_point_fit.h"
#include "lib/summary_eval.h"
#include "newslens/summary/key_point_model.h"

using namespace newslens;
using namespace newslens::tools;

namespace {

void header() {
  std::printf("%-28s %7s %7s %9s   %6s %8s  %5s %6s\n", "ROUGE F x100", "R-1", "R-2", "R-Lsum", "dR-1", "dR-Lsum",
              "pts", "first");
}

void row(const std::string& name, const RougeScores& s, const RougeScores& lead, double points, double first) {
  std::printf("%-28s %7.2f %7.2f %9.2f   %+6.2f %+8.2f  %5.2f %5.0f%%\n", name.c_str(), 100 * s.rouge1.f,
              100 * s.rouge2.f, 100 * s.rougeLsum.f, 100 * (s.rouge1.f - lead.rouge1.f),
              100 * (s.rougeLsum.f - lead.rougeLsum.f), points, 100 * first);
}

void shipped(const Analyzer& analyzer, const std::vector<SummaryExample>& examples, int keyPoints) {
  const SummaryEvaluation three = evaluateSummaries(analyzer, examples, 3);
  const SummaryEvaluation chosen = evaluateSummaries(analyzer, examples, keyPoints);
  const std::string count = keyPoints < 0 ? "default" : std::to_string(keyPoints);
  std::printf("\nshipped scorer (model v%d, default count %d), full pipeline\n",
              summary::builtinKeyPointModel().version, summary::builtinKeyPointModel().defaultCount);
  header();
  row("Lead-3", three.lead3, three.lead3, 3, 1);
  row("key points (3)", three.keyPoints, three.lead3, three.meanKeyPoints, three.firstPicked);
  row("  short forms (3)", three.shortForms, three.lead3, three.meanKeyPoints, three.firstPicked);
  row("key points (" + count + ")", chosen.keyPoints, three.lead3, chosen.meanKeyPoints, chosen.firstPicked);
  row("  short forms (" + count + ")", chosen.shortForms, three.lead3, chosen.meanKeyPoints, chosen.firstPicked);
}

void crossValidated(const Analyzer& analyzer, const std::vector<SummaryExample>& examples) {
  const std::vector<FitArticle> articles = prepareFitArticles(analyzer, examples);
  const FitSettings settings;
  const CrossValidation cv = crossValidate(articles, settings);
  const PickScores lead = scoreLead3(articles);
  const PickScores oracle = scoreOracle(articles);
  std::printf("\n%zu-fold cross-validated (each fold scored by weights fitted on the others)\n", settings.folds);
  header();
  row("Lead-3", lead.full, lead.full, 3, 1);
  row("oracle (greedy upper bound)", oracle.full, lead.full, oracle.points, oracle.firstPicked);
  for (std::size_t c = 1; c <= cv.byCount.size(); ++c) {
    const PickScores& p = cv.byCount[c - 1];
    row("cv key points (" + std::to_string(c) + ")", p.full, lead.full, p.points, p.firstPicked);
    row("  short forms (" + std::to_string(c) + ")", p.shortForms, lead.full, p.points, p.firstPicked);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string data;
  std::size_t limit = 0;
  int keyPoints = -1;
  bool cv = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--data" && hasValue) {
      data = argv[++i];
    } else if (arg == "--limit" && hasValue) {
      limit = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--key-points" && hasValue) {
      keyPoints = std::atoi(argv[++i]);
    } else if (arg == "--no-cv") {
      cv = false;
    } else {
      std::fprintf(stderr, "usage: newslens-summary-eval [--data FILE.jsonl] [--limit N] [--key-points N] [--no-cv]\n");
      return 2;
    }
  }
  if (data.empty()) data = defaultSummaryDataPath();
  std::vector<SummaryExample> examples;
  std::string error;
  if (!readSummaryJsonl(data, limit, examples, error)) {
    std::fprintf(stderr, "newslens-summary-eval: %s\n", error.c_str());
    return 1;
  }
  const Analyzer analyzer;
  std::printf("data      %s\ndocuments %zu\nmodel     %s\n", data.c_str(), examples.size(),
              analyzer.modelInfo().c_str());
  std::printf(
      "ROUGE F x100 (rouge-score conventions: lower-cased, Porter-stemmed, Lsum over '\\n' sentences);\n"
      "dR = minus Lead-3; first = share of articles whose first sentence is picked\n");
  shipped(analyzer, examples, keyPoints);
  if (cv) crossValidated(analyzer, examples);
  return 0;
}
