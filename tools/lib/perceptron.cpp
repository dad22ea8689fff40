#include "lib/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <random>
#include <unordered_map>

#include "lib/evaluate.h"
#include "newslens/ner/features.h"
#include "newslens/ner/tagger.h"

namespace newslens::tools {
namespace {

using ner::kTagCount;
using ner::Tag;

// One sentence as dense feature ids (features unseen in training are left out).
struct Encoded {
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> begin;
  std::vector<Tag> gold;
  std::vector<Span> goldSpans;
  float weight = 1.0f;
};

// Weights with the lazy-averaging trick: average = w - u / c, where every update
// of d at step c also adds c·d to u.
struct Weights {
  std::vector<float> w, u;
  explicit Weights(std::size_t n) : w(n, 0.0f), u(n, 0.0f) {}
  void update(std::size_t k, float d, float c) {
    w[k] += d;
    u[k] += c * d;
  }
  std::vector<float> averaged(float c) const {
    std::vector<float> avg(w.size());
    for (std::size_t k = 0; k < w.size(); ++k) avg[k] = w[k] - u[k] / c;
    return avg;
  }
};

void emissions(const Encoded& s, const std::vector<float>& w, std::vector<float>& out) {
  const std::size_t n = s.gold.size();
  out.assign(n * kTagCount, 0.0f);
  for (std::size_t i = 0; i < n; ++i)
    for (std::uint32_t k = s.begin[i]; k < s.begin[i + 1]; ++k) {
      const float* row = &w[static_cast<std::size_t>(s.ids[k]) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) out[i * kTagCount + t] += row[t];
    }
}

double devF1(const std::vector<Encoded>& dev, const std::vector<float>& w, const std::vector<float>& trans) {
  Scores scores;
  std::vector<float> e;
  for (const Encoded& s : dev) {
    emissions(s, w, e);
    scores.add(s.goldSpans, spansFromTags(ner::viterbi(e.data(), static_cast<int>(s.gold.size()), trans.data())));
  }
  return scores.overall.f1();
}

// The best epoch's averaged weights (by dev F1; the last epoch without dev data).
struct Trained {
  std::vector<float> w, trans;
  int bestEpoch = 0;
};

Trained runEpochs(const std::vector<Encoded>& trainSet, const std::vector<Encoded>& devSet, std::size_t features,
                  const TrainOptions& options, const std::string& label, std::vector<double>& devF1s,
                  const std::function<void(const std::string&)>& log) {
  Weights w(features * kTagCount);
  Weights trans((kTagCount + 1) * kTagCount);
  Trained best;
  double bestF1 = -1.0;
  float c = 1.0f;
  std::vector<std::size_t> order(trainSet.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.shuffleSeed);
  std::vector<float> e;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    long mistakes = 0;
    for (std::size_t index : order) {
      const Encoded& s = trainSet[index];
      const int n = static_cast<int>(s.gold.size());
      emissions(s, w.w, e);
      const std::vector<Tag> pred = ner::viterbi(e.data(), n, trans.w.data());
      if (pred != s.gold) {
        ++mistakes;
        for (int i = 0; i < n; ++i) {
          const Tag prevGold = i ? s.gold[i - 1] : kTagCount, prevPred = i ? pred[i - 1] : kTagCount;
          if (s.gold[i] != pred[i]) {
            for (std::uint32_t k = s.begin[i]; k < s.begin[i + 1]; ++k) {
              const std::size_t row = static_cast<std::size_t>(s.ids[k]) * kTagCount;
              w.update(row + s.gold[i], s.weight, c);
              w.update(row + pred[i], -s.weight, c);
            }
          }
          if (s.gold[i] != pred[i] || prevGold != prevPred) {
            trans.update(prevGold * kTagCount + s.gold[i], s.weight, c);
            trans.update(prevPred * kTagCount + pred[i], -s.weight, c);
          }
        }
      }
      c += 1.0f;
    }
    std::vector<float> avgW = w.averaged(c), avgTrans = trans.averaged(c);
    const double f1 = devSet.empty() ? 0.0 : devF1(devSet, avgW, avgTrans);
    devF1s.push_back(f1);
    char line[160];
    std::snprintf(line, sizeof line, "%sepoch %2d: %ld sentences wrong, dev F1 %.4f", label.c_str(), epoch, mistakes,
                  f1);
    log(line);
    if (devSet.empty() || f1 > bestF1) {
      bestF1 = f1;
      best.bestEpoch = epoch;
      best.w = std::move(avgW);
      best.trans = std::move(avgTrans);
    }
  }
  return best;
}

// `levels` magnitudes spaced geometrically from `lo` to `hi`: the weights are
// heavy-tailed (median ~1, a few reach 40), and the few large ones (bias, strong
// words) matter as much as the many small ones, so every weight keeps about the
// same relative precision. Each magnitude is used with both signs.
std::vector<float> quantizationLevels(float lo, float hi, int levels) {
  std::vector<float> out;
  if (levels <= 0 || !(hi > 0)) return out;
  lo = std::min(lo, hi);
  for (int k = 0; k < levels; ++k) {
    const float m = levels == 1 ? hi : lo * std::pow(hi / lo, static_cast<float>(k) / (levels - 1));
    out.push_back(m);
    out.push_back(-m);
  }
  std::sort(out.begin(), out.end());
  return out;
}

float nearest(const std::vector<float>& sortedLevels, float v) {
  const auto it = std::lower_bound(sortedLevels.begin(), sortedLevels.end(), v);
  if (it == sortedLevels.begin()) return *it;
  if (it == sortedLevels.end()) return *(it - 1);
  return v - *(it - 1) <= *it - v ? *(it - 1) : *it;
}

}  // namespace

TrainReport trainPerceptron(const std::vector<ConllSentence>& train, const std::vector<ConllSentence>& dev,
                            const TrainOptions& options, ner::Model& model,
                            const std::function<void(const std::string&)>& log) {
  TrainReport report;
  const ner::FeatureHasher hash(model.hashSeed);
  model.knownWords.index();

  // Feature ids: count every training feature, keep those seen often enough.
  std::unordered_map<std::uint32_t, std::uint32_t> counts;
  std::vector<ner::SentenceFeatures> trainFeatures(train.size());
  std::vector<ner::DocumentWords> trainStorage, devStorage;
  std::vector<const ner::DocumentWords*> trainDocuments(train.size(), nullptr), devDocuments(dev.size(), nullptr);
  if (options.documentFeatures) {
    trainDocuments = documentContexts(train, hash, trainStorage);
    devDocuments = documentContexts(dev, hash, devStorage);
    // The analyzer tags a lone sentence without document context: so is a fixed share
    // of the training documents (chosen by a hash of the document number, not at random).
    for (std::size_t k = 0; k < train.size(); ++k)
      if (train[k].document >= 0 && hash(1, static_cast<std::uint32_t>(train[k].document)) % 100 <
                                        static_cast<std::uint32_t>(options.documentDropPercent))
        trainDocuments[k] = nullptr;
  }
  for (std::size_t k = 0; k < train.size(); ++k) {
    const std::vector<std::string_view> words(train[k].words.begin(), train[k].words.end());
    ner::extractFeatures(words, model.knownWords, hash, trainFeatures[k], trainDocuments[k]);
    for (std::uint32_t h : trainFeatures[k].hashes) ++counts[h];
  }
  std::unordered_map<std::uint32_t, std::uint32_t> idOf;
  std::vector<std::uint32_t> keys;
  for (const auto& [h, count] : counts)
    if (static_cast<int>(count) >= options.minFeatureCount)
      idOf.emplace(h, static_cast<std::uint32_t>(keys.size())), keys.push_back(h);
  counts.clear();
  report.features = keys.size();

  auto encode = [&](const ConllSentence& s, const ner::SentenceFeatures& f) {
    Encoded e;
    e.begin.push_back(0);
    for (std::size_t i = 0; i + 1 < f.begin.size(); ++i) {
      for (std::uint32_t k = f.begin[i]; k < f.begin[i + 1]; ++k) {
        const auto it = idOf.find(f.hashes[k]);
        if (it != idOf.end()) e.ids.push_back(it->second);
      }
      e.begin.push_back(static_cast<std::uint32_t>(e.ids.size()));
    }
    e.goldSpans = spansFromIob(s.labels);
    e.gold = tagsFromSpans(e.goldSpans, static_cast<int>(s.words.size()));
    e.weight = s.weight;
    return e;
  };
  std::vector<Encoded> trainSet, devSet;
  for (std::size_t k = 0; k < train.size(); ++k) trainSet.push_back(encode(train[k], trainFeatures[k]));
  trainFeatures.clear();
  ner::SentenceFeatures f;
  for (std::size_t k = 0; k < dev.size(); ++k) {
    const std::vector<std::string_view> words(dev[k].words.begin(), dev[k].words.end());
    ner::extractFeatures(words, model.knownWords, hash, f, devDocuments[k]);
    devSet.push_back(encode(dev[k], f));
  }
  log("features: " + std::to_string(keys.size()) + " (seen >= " + std::to_string(options.minFeatureCount) + " times)");

  Trained trained = runEpochs(trainSet, devSet, keys.size(), options, "", report.devF1, log);
  report.bestEpoch = trained.bestEpoch;

  if (options.keepRows > 0 && options.keepRows < keys.size()) {
    // Keep the rows with the largest L1 norm, then train again on them alone: the
    // weights the dropped rows carried are re-learned by the rows that stay.
    std::vector<std::pair<float, std::uint32_t>> norm;
    for (std::uint32_t id = 0; id < keys.size(); ++id) {
      float l1 = 0.0f;
      for (int t = 0; t < kTagCount; ++t) l1 += std::fabs(trained.w[id * kTagCount + t]);
      norm.emplace_back(-l1, id);
    }
    std::sort(norm.begin(), norm.end());
    std::vector<std::int64_t> newId(keys.size(), -1);
    std::vector<std::uint32_t> keptKeys;
    for (std::size_t k = 0; k < options.keepRows; ++k) {
      newId[norm[k].second] = static_cast<std::int64_t>(keptKeys.size());
      keptKeys.push_back(keys[norm[k].second]);
    }
    for (std::vector<Encoded>* set : {&trainSet, &devSet})
      for (Encoded& s : *set) {
        std::vector<std::uint32_t> ids, begin{0};
        for (std::size_t i = 0; i + 1 < s.begin.size(); ++i) {
          for (std::uint32_t k = s.begin[i]; k < s.begin[i + 1]; ++k)
            if (newId[s.ids[k]] >= 0) ids.push_back(static_cast<std::uint32_t>(newId[s.ids[k]]));
          begin.push_back(static_cast<std::uint32_t>(ids.size()));
        }
        s.ids = std::move(ids);
        s.begin = std::move(begin);
      }
    keys = std::move(keptKeys);
    log("retraining on the " + std::to_string(keys.size()) + " rows with the largest L1 norm");
    std::vector<double> retrainF1;
    trained = runEpochs(trainSet, devSet, keys.size(), options, "retrain ", retrainF1, log);
    report.retrainBestEpoch = trained.bestEpoch;
  }
  const std::vector<float>& bestW = trained.w;
  const std::vector<float>& bestTrans = trained.trans;

  // Zero small weights, quantize the rest (to int16 with one scale, and optionally
  // to a few k-means levels), drop rows left without a nonzero weight.
  float maxAbs = 0.0f;
  for (float x : bestW) maxAbs = std::max(maxAbs, std::fabs(x));
  model.weightScale = maxAbs > 0 ? maxAbs / 32767.0f : 1.0f;
  const float zeroBelow = std::max(options.zeroBelow, model.weightScale / 2);
  const std::vector<float> levels = quantizationLevels(zeroBelow, maxAbs, options.weightLevels);
  auto quantized = [&](float x) -> std::int16_t {
    if (std::fabs(x) < zeroBelow) return 0;
    if (!levels.empty()) x = nearest(levels, x);
    return static_cast<std::int16_t>(std::lround(x / model.weightScale));
  };
  std::vector<std::pair<std::uint32_t, std::uint32_t>> kept;  // key, id
  for (std::uint32_t id = 0; id < keys.size(); ++id) {
    float rowMax = 0.0f;
    bool nonzero = false;
    for (int t = 0; t < kTagCount; ++t) {
      rowMax = std::max(rowMax, std::fabs(bestW[id * kTagCount + t]));
      nonzero = nonzero || quantized(bestW[id * kTagCount + t]) != 0;
    }
    if (rowMax > options.pruneBelow && nonzero) kept.emplace_back(keys[id], id);
  }
  std::sort(kept.begin(), kept.end());
  model.featureKeys.clear();
  model.weights.clear();
  report.nonzeroWeights = 0;
  for (const auto& [key, id] : kept) {
    model.featureKeys.push_back(key);
    for (int t = 0; t < kTagCount; ++t) {
      model.weights.push_back(quantized(bestW[id * kTagCount + t]));
      report.nonzeroWeights += model.weights.back() != 0;
    }
  }
  model.transitions = bestTrans;
  model.empty = false;
  model.index();
  return report;
}

}  // namespace newslens::tools
