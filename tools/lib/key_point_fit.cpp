#include "lib/key_point_fit.h"

#include <algorithm>
#include <cmath>

#include "newslens/text/dateline.h"
#include "newslens/summary/key_points.h"
#include "newslens/summary/short_form.h"
#include "newslens/text/span.h"

namespace newslens::tools {
namespace {

using summary::kFeatureCount;

double oracleGain(const RougeScores& s) { return s.rouge1.f + s.rouge2.f; }

std::string joined(const std::vector<std::string>& sentences, const std::vector<std::size_t>& picks) {
  std::string out;
  for (std::size_t i : picks) out += (out.empty() ? "" : "\n") + sentences[i];
  return out;
}

FitArticle prepareOne(const Analyzer& analyzer, const SummaryExample& ex) {
  FitArticle f;
  for (const std::string& h : ex.highlights) f.reference += (f.reference.empty() ? "" : "\n") + h;
  const Analysis a = analyzer.analyze(ex.article, Options{});
  f.lead3 = joinSentences(ex.article, a, leadSentences(a, 3));
  f.set = summary::collectCandidates(ex.article, a);
  f.features = summary::featureVectors(f.set);
  const std::string_view text = ex.article;
  for (const summary::CandidateSentence& c : f.set.candidates) {
    const Sentence& s = a.sentences[c.sentence];
    const auto start = static_cast<std::uint32_t>(
        s.contentStart + text::leadingDatelineLength(text::slice(text, s.contentStart, s.contentEnd)));
    f.sentences.emplace_back(text.substr(start, s.contentEnd - start));
    f.shorts.push_back(summary::shortForm(text, a, start, s.contentEnd));
  }
  f.oracle = greedyOracle(f.reference, f.sentences, 5);
  f.gain.resize(f.sentences.size());
  float best = 0;
  for (std::size_t i = 0; i < f.sentences.size(); ++i) {
    f.gain[i] = static_cast<float>(oracleGain(scoreSummary(f.reference, f.sentences[i])));
    best = std::max(best, f.gain[i]);
  }
  for (float& g : f.gain) g = best > 0 ? g / best : 0.0f;
  return f;
}

// Solves A x = b in place (A symmetric positive definite: no pivoting trouble), by
// Gaussian elimination with partial pivoting for safety.
void solve(std::vector<double>& A, std::vector<double>& b, std::size_t n) {
  for (std::size_t col = 0; col < n; ++col) {
    std::size_t pivot = col;
    for (std::size_t r = col + 1; r < n; ++r)
      if (std::fabs(A[r * n + col]) > std::fabs(A[pivot * n + col])) pivot = r;
    for (std::size_t c = 0; c < n; ++c) std::swap(A[col * n + c], A[pivot * n + c]);
    std::swap(b[col], b[pivot]);
    for (std::size_t r = col + 1; r < n; ++r) {
      const double factor = A[r * n + col] / A[col * n + col];
      for (std::size_t c = col; c < n; ++c) A[r * n + c] -= factor * A[col * n + c];
      b[r] -= factor * b[col];
    }
  }
  for (std::size_t r = n; r-- > 0;) {
    for (std::size_t c = r + 1; c < n; ++c) b[r] -= A[r * n + c] * b[c];
    b[r] /= A[r * n + r];
  }
}

void addScores(RougeScores& sum, const RougeScores& s) {
  for (auto [into, from] :
       {std::pair{&sum.rouge1, &s.rouge1}, {&sum.rouge2, &s.rouge2}, {&sum.rougeLsum, &s.rougeLsum}})
    into->precision += from->precision, into->recall += from->recall, into->f += from->f;
}

RougeScores scaled(const RougeScores& s, double k) {
  RougeScores out = s;
  for (RougeScore* r : {&out.rouge1, &out.rouge2, &out.rougeLsum}) r->precision *= k, r->recall *= k, r->f *= k;
  return out;
}

RougeScores divided(const RougeScores& s, double n) { return scaled(s, 1.0 / n); }

double objective(const PickScores& p) { return p.full.rouge1.f + p.full.rougeLsum.f; }

// Mean ROUGE of the candidates `choose(article)` returns, over articles[indices].
template <typename Choose>
PickScores scoreChoices(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                        Choose choose) {
  PickScores out;
  RougeScores full, shorts;
  std::size_t first = 0, points = 0;
  for (std::size_t ai : indices) {
    const FitArticle& art = articles[ai];
    const std::vector<std::size_t> picks = choose(art);
    addScores(full, scoreSummary(art.reference, joined(art.sentences, picks)));
    addScores(shorts, scoreSummary(art.reference, joined(art.shorts, picks)));
    first += !picks.empty() && picks.front() == 0 ? 1 : 0;
    points += picks.size();
  }
  const double n = static_cast<double>(std::max<std::size_t>(indices.size(), 1));
  out.full = divided(full, n);
  out.shortForms = divided(shorts, n);
  out.firstPicked = static_cast<double>(first) / n;
  out.points = static_cast<double>(points) / n;
  return out;
}

}  // namespace

std::vector<FitArticle> prepareFitArticles(const Analyzer& analyzer, const std::vector<SummaryExample>& examples) {
  std::vector<FitArticle> out;
  out.reserve(examples.size());
  for (const SummaryExample& ex : examples) out.push_back(prepareOne(analyzer, ex));
  return out;
}

std::vector<std::size_t> greedyOracle(const std::string& reference, const std::vector<std::string>& sentences,
                                      std::size_t maxPicks) {
  std::vector<std::size_t> picks;
  double current = 0;
  while (picks.size() < maxPicks) {
    std::size_t best = sentences.size();
    double bestValue = current;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      if (std::find(picks.begin(), picks.end(), i) != picks.end()) continue;
      std::vector<std::size_t> trial = picks;
      trial.push_back(i);
      std::sort(trial.begin(), trial.end());
      const double value = oracleGain(scoreSummary(reference, joined(sentences, trial)));
      if (value > bestValue) best = i, bestValue = value;
    }
    if (best == sentences.size()) break;
    picks.push_back(best);
    std::sort(picks.begin(), picks.end());
    current = bestValue;
  }
  return picks;
}

summary::FeatureVector fitLogistic(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                                   LabelKind labels, double l2) {
  constexpr std::size_t n = kFeatureCount;
  std::vector<double> w(n, 0.0);
  for (int iteration = 0; iteration < 25; ++iteration) {
    std::vector<double> H(n * n, 0.0), g(n, 0.0);
    for (std::size_t f = 1; f < n; ++f) H[f * n + f] = l2, g[f] = l2 * w[f];  // the bias is not penalized
    H[0] = 1e-6;
    for (std::size_t ai : indices) {
      const FitArticle& art = articles[ai];
      for (std::size_t i = 0; i < art.features.size(); ++i) {
        const summary::FeatureVector& x = art.features[i];
        double logit = 0;
        for (std::size_t f = 0; f < n; ++f) logit += w[f] * x[f];
        const double p = 1.0 / (1.0 + std::exp(-logit));
        const bool inOracle = std::find(art.oracle.begin(), art.oracle.end(), i) != art.oracle.end();
        const double oracleLabel = inOracle ? 1.0 : 0.0;
        const double y = labels == LabelKind::Oracle ? oracleLabel
                         : labels == LabelKind::Gain ? art.gain[i]
                                                     : 0.5 * (oracleLabel + art.gain[i]);
        const double curvature = std::max(p * (1 - p), 1e-9);
        for (std::size_t r = 0; r < n; ++r) {
          g[r] += (p - y) * x[r];
          for (std::size_t c = 0; c < n; ++c) H[r * n + c] += curvature * x[r] * x[c];
        }
      }
    }
    solve(H, g, n);  // g now holds the Newton step
    double step = 0;
    for (std::size_t f = 0; f < n; ++f) w[f] -= g[f], step = std::max(step, std::fabs(g[f]));
    if (step < 1e-6) break;
  }
  summary::FeatureVector out{};
  for (std::size_t f = 0; f < n; ++f) out[f] = static_cast<float>(w[f]);
  return out;
}

PickScores scorePicks(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                      const summary::KeyPointModel& model, std::size_t count) {
  return scoreChoices(articles, indices, [&](const FitArticle& art) {
    const std::vector<float> score = summary::scoreCandidates(art.features, model);
    return summary::pickCandidates(art.set, score, count, model.redundancy);
  });
}

summary::KeyPointModel fitModel(const std::vector<FitArticle>& articles, const std::vector<std::size_t>& indices,
                                const FitSettings& settings, double* chosenL2) {
  // Inner cross-validation: the sum over inner folds of each (l2, redundancy) pair's score.
  const std::size_t folds = std::max<std::size_t>(2, settings.folds - 1);
  std::vector<double> total(settings.l2s.size() * settings.redundancies.size(), 0.0);
  for (std::size_t fold = 0; fold < folds; ++fold) {
    std::vector<std::size_t> train, test;
    for (std::size_t k = 0; k < indices.size(); ++k) (k % folds == fold ? test : train).push_back(indices[k]);
    for (std::size_t li = 0; li < settings.l2s.size(); ++li) {
      summary::KeyPointModel trial;
      trial.weights = fitLogistic(articles, train, settings.labels, settings.l2s[li]);
      for (std::size_t ri = 0; ri < settings.redundancies.size(); ++ri) {
        trial.redundancy = settings.redundancies[ri];
        total[li * settings.redundancies.size() + ri] += objective(scorePicks(articles, test, trial, 3));
      }
    }
  }
  const std::size_t best = static_cast<std::size_t>(std::max_element(total.begin(), total.end()) - total.begin());
  const double l2 = settings.l2s[best / settings.redundancies.size()];
  if (chosenL2) *chosenL2 = l2;
  summary::KeyPointModel model;
  model.featureSetVersion = summary::kFeatureSetVersion;
  model.weights = fitLogistic(articles, indices, settings.labels, l2);
  model.redundancy = settings.redundancies[best % settings.redundancies.size()];
  return model;
}

CrossValidation crossValidate(const std::vector<FitArticle>& articles, const FitSettings& settings) {
  CrossValidation cv;
  std::vector<std::vector<PickScores>> perFold(settings.maxCount);
  std::vector<std::size_t> foldSizes;
  for (std::size_t fold = 0; fold < settings.folds; ++fold) {
    std::vector<std::size_t> train, test;
    for (std::size_t i = 0; i < articles.size(); ++i) (i % settings.folds == fold ? test : train).push_back(i);
    const summary::KeyPointModel model = fitModel(articles, train, settings);
    for (std::size_t count = 1; count <= settings.maxCount; ++count)
      perFold[count - 1].push_back(scorePicks(articles, test, model, count));
    foldSizes.push_back(test.size());
  }
  // Fold means weighted by fold size: the mean over articles.
  for (const std::vector<PickScores>& folds : perFold) {
    PickScores mean;
    for (std::size_t f = 0; f < folds.size(); ++f) {
      const double w = static_cast<double>(foldSizes[f]);
      addScores(mean.full, scaled(folds[f].full, w));
      addScores(mean.shortForms, scaled(folds[f].shortForms, w));
      mean.firstPicked += folds[f].firstPicked * w;
      mean.points += folds[f].points * w;
    }
    const double n = static_cast<double>(articles.size());
    mean.full = divided(mean.full, n);
    mean.shortForms = divided(mean.shortForms, n);
    mean.firstPicked /= n;
    mean.points /= n;
    cv.byCount.push_back(mean);
  }
  for (std::size_t count = 3; count <= settings.maxCount && count <= cv.byCount.size(); ++count)
    if (objective(cv.byCount[count - 1]) > objective(cv.byCount[cv.bestCount - 1])) cv.bestCount = count;
  return cv;
}

PickScores scoreLead3(const std::vector<FitArticle>& articles) {
  PickScores out;
  for (const FitArticle& art : articles) addScores(out.full, scoreSummary(art.reference, art.lead3));
  out.full = divided(out.full, static_cast<double>(std::max<std::size_t>(articles.size(), 1)));
  out.shortForms = out.full;
  out.firstPicked = 1;
  out.points = 3;
  return out;
}

PickScores scoreOracle(const std::vector<FitArticle>& articles) {
  std::vector<std::size_t> all(articles.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  return scoreChoices(articles, all, [](const FitArticle& art) { return art.oracle; });
}

}  // namespace newslens::tools
