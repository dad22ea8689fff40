#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lib/key_point_fit.h"

using namespace newslens;
using namespace newslens::tools;

TEST_CASE("greedy oracle: picks the sentences that carry the highlights, stops when none adds") {
  const std::string reference = "Flood forces thousands from homes\nCrews rescue 200 people from rooftops";
  const std::vector<std::string> sentences = {"The weather was mild last week in the capital.",
                                              "Flooding forced thousands of residents from their homes on Tuesday.",
                                              "Shops were closed.",
                                              "Emergency crews rescued 200 people from rooftops as the river rose."};
  const std::vector<std::size_t> picks = greedyOracle(reference, sentences, 5);
  CHECK(picks == std::vector<std::size_t>{1, 3});
  CHECK(greedyOracle(reference, sentences, 1).size() == 1);
  CHECK(greedyOracle("", sentences, 5).empty());
}

namespace {

// A synthetic article: candidate i is in the oracle exactly when feature kNumbers is set.
FitArticle syntheticArticle(std::size_t seed) {
  FitArticle a;
  for (std::size_t i = 0; i < 6; ++i) {
    summary::FeatureVector x{};
    x[summary::kBias] = 1;
    x[summary::kInversePosition] = 1.0f / static_cast<float>(i + 1);
    const bool good = (i + seed) % 3 == 0;
    x[summary::kNumbers] = good ? 1.0f : 0.0f;
    a.features.push_back(x);
    if (good) a.oracle.push_back(i);
    a.gain.push_back(good ? 1.0f : 0.0f);
  }
  return a;
}

}  // namespace

TEST_CASE("logistic fit: learns the feature that predicts the oracle, ignores the one that does not") {
  std::vector<FitArticle> articles;
  std::vector<std::size_t> all;
  for (std::size_t i = 0; i < 30; ++i) articles.push_back(syntheticArticle(i)), all.push_back(i);
  const summary::FeatureVector w = fitLogistic(articles, all, LabelKind::Oracle, 1.0);
  CHECK(w[summary::kNumbers] > 2.0f);
  CHECK(std::abs(w[summary::kQuoted]) < 1e-6f);  // always zero: the penalty keeps it at zero
  // A stronger penalty shrinks the weight.
  CHECK(fitLogistic(articles, all, LabelKind::Oracle, 30.0)[summary::kNumbers] < w[summary::kNumbers]);
}
