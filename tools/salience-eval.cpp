// newslens-salience-eval: entity salience against human highlights, through the full
// native pipeline (lib/salience_eval.h states the metric).
//   newslens-salience-eval [--data FILE.jsonl] [--limit N] [--misses]
//                          [--fit [--folds K] [--l2 X] [--without F,G] [--ablate] [--write FILE]]
// Default data: ../shared/data/cnndm/dev.jsonl. Prints hit@3 (the entity the
// highlights name most is in our top 3) and the outlet-in-top-3 rate on articles
// not about the outlet, for the shipped weights. --fit also fits the weights with
// K-fold cross-validation (default 5), prints the held-out figures pooled over the
// folds and the weights fitted on all articles; --write saves those as the header
// ranking.cpp compiles (src/newslens/entities/salience_weights.h). --without leaves
// features out of the fit, --ablate prints the held-out figure without each in turn.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "lib/salience_eval.h"
#include "newslens/entities/salience_weights.h"

using namespace newslens;
using namespace newslens::tools;

namespace {

void report(const char* label, const SalienceScores& s) {
  std::printf(
      "%-28s hit@3 %.3f (%zu of %zu)  hit@1 %.3f  outlet in top 3 when not about it %.3f (%zu of %zu), first %zu\n",
      label, s.hitRate(), s.hits, s.named, s.named ? double(s.topHits) / s.named : 0.0, s.outletRate(), s.outletTop3,
      s.notAbout, s.outletFirst);
}

void add(SalienceScores& total, const SalienceScores& s) {
  total.named += s.named;
  total.hits += s.hits;
  total.topHits += s.topHits;
  total.notAbout += s.notAbout;
  total.outletTop3 += s.outletTop3;
  total.outletFirst += s.outletFirst;
}

bool writeHeader(const std::string& path, const entities::SalienceWeights& w, std::size_t articles, int folds,
                 double heldOut) {
  std::ofstream out(path);
  if (!out) return false;
  out << "#pragma once\n// Salience weights (salience.h), written by\n"
         "//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h\n"
         "// Do not edit by hand: refit. Version "
      << w.version << ": fitted on " << articles << " articles of ../shared/data/cnndm/dev.jsonl;\n// held-out hit@3 "
      << heldOut << " (" << folds << "-fold cross-validation).\n\n"
      << "#include \"newslens/entities/salience.h\"\n\nnamespace newslens::entities {\n\n"
      << "inline constexpr SalienceWeights kDefaultSalienceWeights = {\n    " << w.version << ",\n    {";
  for (int k = 0; k < entities::kSalienceFeatureCount; ++k) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%+.4ff", w.w[k]);
    out << "\n        " << buf << ",  // " << entities::salienceFeatureName(k);
  }
  out << "\n    }};\n\n}  // namespace newslens::entities\n";
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data/cnndm/dev.jsonl", writePath;
  std::size_t limit = 0;
  bool fit = false, misses = false;
  int folds = 5;
  std::string without;  // comma-separated feature names left out of the fit (ablation)
  double l2 = 0.01;
  bool ablate = false;  // --ablate: the held-out figure without each feature in turn  // refine the
                        // fit for hit@3 (salience_eval.h)
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool hasValue = i + 1 < argc;
    if (arg == "--data" && hasValue)
      data = argv[++i];
    else if (arg == "--limit" && hasValue)
      limit = std::strtoul(argv[++i], nullptr, 10);
    else if (arg == "--fit")
      fit = true;
    else if (arg == "--misses")
      misses = true;
    else if (arg == "--folds" && hasValue)
      folds = std::max(2, std::atoi(argv[++i]));
    else if (arg == "--write" && hasValue)
      writePath = argv[++i];
    else if (arg == "--without" && hasValue)
      without = argv[++i];
    else if (arg == "--ablate")
      ablate = true;
    else if (arg == "--l2" && hasValue)
      l2 = std::atof(argv[++i]);
    else {
      std::fputs(
          "usage: newslens-salience-eval [--data FILE.jsonl] [--limit N] [--misses] [--fit [--folds K] [--l2 X] "
          "[--without F,G] [--ablate] [--write FILE]]\n",
          stderr);
      return 2;
    }
  }
  std::vector<SummaryExample> examples;
  std::string error;
  if (!readSummaryJsonl(data, limit, examples, error)) {
    std::fprintf(stderr, "newslens-salience-eval: %s\n", error.c_str());
    return 1;
  }
  const Analyzer analyzer;
  std::vector<SalienceCase> cases = buildSalienceCases(analyzer, examples);
  for (int k = 0; k < entities::kSalienceFeatureCount; ++k)
    if (("," + without + ",").find(std::string(",") + entities::salienceFeatureName(k) + ",") != std::string::npos)
      for (SalienceCase& c : cases)
        for (entities::SalienceFeatures& f : c.features) f[k] = 0.0f;
  std::printf("data %s, %zu articles\n", data.c_str(), cases.size());
  report("shipped weights", scoreSalienceCases(cases, entities::kDefaultSalienceWeights));
  if (misses) std::fputs(describeSalienceMisses(cases, entities::kDefaultSalienceWeights).c_str(), stdout);
  if (!fit) return 0;
  const auto crossValidate = [&](const std::vector<SalienceCase>& use) {
    SalienceScores pooled;
    for (int f = 0; f < folds; ++f)
      add(pooled, scoreSalienceCases(foldOf(use, folds, f), fitSalienceWeights(use, folds, f, l2)));
    return pooled;
  };
  const SalienceScores heldOut = crossValidate(cases);
  report("held-out folds (pooled)", heldOut);
  for (int k = 0; ablate && k < entities::kSalienceFeatureCount; ++k) {
    std::vector<SalienceCase> less = cases;
    for (SalienceCase& c : less)
      for (entities::SalienceFeatures& f : c.features) f[k] = 0.0f;
    report((std::string("  without ") + entities::salienceFeatureName(k)).c_str(), crossValidate(less));
  }
  const entities::SalienceWeights all = fitSalienceWeights(cases, folds, -1, l2);
  report("fitted on all (in-sample)", scoreSalienceCases(cases, all));
  for (int k = 0; k < entities::kSalienceFeatureCount; ++k)
    std::printf("  %-18s %+.4f\n", entities::salienceFeatureName(k), all.w[k]);
  if (!writePath.empty() && !writeHeader(writePath, all, cases.size(), folds, heldOut.hitRate())) {
    std::fprintf(stderr, "newslens-salience-eval: cannot write %s\n", writePath.c_str());
    return 1;
  }
  return 0;
}
