#pragma once
// Fitting and cross-validating the key-point scorer (summary/key_point_model.h)
// against human highlights. Each article is analyzed once by the real Analyzer;
// its candidates' features come from the core (summary/sentence_features.h), so
// what is fitted here is exactly what the core computes at run time.
// Labels: the greedy ROUGE oracle (sentences added while ROUGE-1 F + ROUGE-2 F
// against the highlights grows), or each sentence's own ROUGE-1 + ROUGE-2 F gain
// scaled to the article's best ("gain"). The model is a logistic regression with
// an L2 penalty, fitted by Newton's method (17 parameters: a closed, deterministic fit).

#include <cstddef>
#include <string>
#include <vector>

#include "lib/rouge.h"
#include "lib/summary_eval.h"
#include "newslens/analyzer.h"
#include "newslens/summary/key_point_model.h"
#include "newslens/summary/sentence_features.h"

namespace newslens::tools {

struct FitArticle {
  std::string reference;               // highlights joined by '\n'
  std::string lead3;                   // the first three sentences, unchanged (summary_eval.h)
  std::vector<std::string> sentences;  // each candidate as a key point shows it
  std::vector<std::string> shorts;     // each candidate's short form
  summary::CandidateSet set;
  std::vector<summary::FeatureVector> features;
  std::vector<std::size_t> oracle;  // candidate indices of the greedy oracle, article order
  std::vector<float> gain;          // per candidate: own ROUGE-1+2 F / the article's best
};

enum class LabelKind { Oracle, Gain, Mixed };  // Mixed: the mean of the two

// Analyzes every example and prepares its candidates, features and labels.
std::vector<FitArticle> prepareFitArticles(const Analyzer& analyzer, const std::vector<SummaryExample>& examples);

// Candidate indices chosen greedily to maximize ROUGE-1 F + ROUGE-2 F against
// `reference`, stopping when no sentence raises it or at `maxPicks`; article order.
std::vector<std::size_t> greedyOracle(const std::string& reference, const std::vector<std::string>& sentences,
                                      std::size_t maxPicks);

// Logistic weights fitted on the candidates of articles[indices] (bias unpenalized).
summary::FeatureVector fitLogistic(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                                   LabelKind labels, double l2);

struct PickScores {
  RougeScores full;        // the picked sentences
  RougeScores shortForms;  // the same picks' short forms
  double firstPicked = 0;  // share of articles whose first candidate is picked
  double points = 0;       // mean points per article
};

// Mean ROUGE over articles[indices] of `model`'s picks at `count` points.
PickScores scorePicks(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                      const summary::KeyPointModel& model, std::size_t count);

struct FitSettings {
  LabelKind labels = LabelKind::Oracle;
  std::vector<double> l2s = {3.0, 10.0, 30.0};  // L2 penalties tried; more than one: chosen by inner CV
  std::size_t folds = 5;
  std::vector<float> redundancies = {0.0f, 0.1f, 0.2f, 0.3f, 0.5f, 0.8f};
  std::size_t maxCount = 5;
};

// The model fitted on articles[indices]. The L2 penalty and the redundancy are
// those whose models score best at 3 points (ROUGE-1 + ROUGE-Lsum F) in an inner
// k-fold cross-validation over `indices` alone; the weights are then refitted on
// all of `indices`. defaultCount is left at 3.
summary::KeyPointModel fitModel(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                                const FitSettings& settings, double* chosenL2 = nullptr);

struct CrossValidation {
  std::vector<PickScores> byCount;  // [count - 1], each on folds the weights did not see
  std::size_t bestCount = 3;        // in [3, maxCount]: highest ROUGE-1 + ROUGE-Lsum F
};

// k-fold cross-validation (article i is in fold i % k): each fold is scored by a
// model fitted on the other folds only.
CrossValidation crossValidate(const std::vector<FitArticle>& articles, const FitSettings& settings);

// Lead-3 (the published baseline: first three sentences, unchanged) and the greedy
// oracle (the upper bound of any sentence picker), scored like the picks.
PickScores scoreLead3(const std::vector<FitArticle>& articles);
PickScores scoreOracle(const std::vector<FitArticle>& articles);

}  // namespace newslens::tools
