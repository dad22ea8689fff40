#include "newslens/ner/tagger.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "newslens/ner/features.h"
#include "newslens/ner/model.h"

namespace newslens::ner {
namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();

// The transition table with invalid moves set to -inf (and the end constraint separately).
// Also lists each tag's allowed predecessors, so the inner loops visit ~6 of 17.
struct Allowed {
  bool follow[kTagCount + 1][kTagCount];
  bool end[kTagCount];
  Tag from[kTagCount][kTagCount];
  int fromCount[kTagCount];
  Allowed() {
    for (int p = 0; p <= kTagCount; ++p)
      for (int t = 0; t < kTagCount; ++t) follow[p][t] = canFollow(static_cast<Tag>(p), static_cast<Tag>(t));
    for (int t = 0; t < kTagCount; ++t) {
      end[t] = canEnd(static_cast<Tag>(t));
      fromCount[t] = 0;
      for (int p = 0; p < kTagCount; ++p)
        if (follow[p][t]) from[t][fromCount[t]++] = static_cast<Tag>(p);
    }
  }
};

const Allowed& allowed() {
  static const Allowed table;
  return table;
}

}  // namespace

std::vector<Tag> viterbi(const float* emission, int n, const float* transitions) {
  if (n <= 0) return {};
  const Allowed& ok = allowed();
  std::vector<float> best(static_cast<std::size_t>(n) * kTagCount, kNegInf);
  std::vector<Tag> back(static_cast<std::size_t>(n) * kTagCount, 0);
  for (int t = 0; t < kTagCount; ++t)
    if (ok.follow[kTagCount][t]) best[t] = transitions[kTagCount * kTagCount + t] + emission[t];
  for (int i = 1; i < n; ++i) {
    const float* prev = &best[(i - 1) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      float top = kNegInf;
      Tag arg = 0;
      // Branch-free: a predecessor at -inf gives s = -inf, which never beats top, so
      // the first best predecessor wins exactly as with a skip (ties are common).
      for (int k = 0; k < ok.fromCount[t]; ++k) {
        const Tag p = ok.from[t][k];
        const float s = prev[p] + transitions[p * kTagCount + t];
        const bool better = s > top;
        top = better ? s : top;
        arg = better ? p : arg;
      }
      best[i * kTagCount + t] = top == kNegInf ? kNegInf : top + emission[i * kTagCount + t];
      back[i * kTagCount + t] = arg;
    }
  }
  float top = kNegInf;
  Tag last = kOutside;
  for (int t = 0; t < kTagCount; ++t) {
    const float s = best[(n - 1) * kTagCount + t];
    if (ok.end[t] && s > top) top = s, last = static_cast<Tag>(t);
  }
  std::vector<Tag> tags(n);
  tags[n - 1] = last;
  for (int i = n - 1; i > 0; --i) tags[i - 1] = back[i * kTagCount + tags[i]];
  return tags;
}

std::vector<double> transitionPotentials(const float* transitions) {
  const Allowed& ok = allowed();
  std::vector<double> out(static_cast<std::size_t>(kTagCount + 1) * kTagCount, 0.0);
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      if (ok.follow[p][t]) out[p * kTagCount + t] = std::exp(static_cast<double>(transitions[p * kTagCount + t]));
  return out;
}

std::vector<float> tagMarginals(const float* emission, int n, const float* transitions) {
  return tagMarginals(emission, n, transitionPotentials(transitions).data());
}

std::vector<float> tagMarginals(const float* emission, int n, const double* potentials) {
  if (n <= 0) return {};
  // Scaled forward-backward in probability space (one exp per score, not per path
  // step): each token's emissions are shifted by their maximum, each alpha row is
  // normalized, and the same scale factors are reused for beta.
  const Allowed& ok = allowed();
  const std::size_t size = static_cast<std::size_t>(n) * kTagCount;
  const auto trans = [potentials](int p, int t) { return potentials[p * kTagCount + t]; };
  std::vector<double> phi(size), alpha(size), beta(size), scale(n);
  for (int i = 0; i < n; ++i) {
    const float* e = &emission[i * kTagCount];
    const float top = *std::max_element(e, e + kTagCount);
    // A tag 40 below the best has odds under 1e-17: its potential is 0 for any purpose.
    for (int t = 0; t < kTagCount; ++t) {
      const float d = e[t] - top;
      phi[i * kTagCount + t] = d < -40.0f ? 0.0 : std::exp(static_cast<double>(d));
    }
  }
  for (int i = 0; i < n; ++i) {
    double sum = 0.0;
    for (int t = 0; t < kTagCount; ++t) {
      double acc = 0.0;
      if (i == 0)
        acc = trans(kTagCount, t);
      else
        for (int k = 0; k < ok.fromCount[t]; ++k)
          acc += alpha[(i - 1) * kTagCount + ok.from[t][k]] * trans(ok.from[t][k], t);
      acc *= phi[i * kTagCount + t];
      alpha[i * kTagCount + t] = acc;
      sum += acc;
    }
    scale[i] = sum > 0.0 ? sum : 1.0;
    for (int t = 0; t < kTagCount; ++t) alpha[i * kTagCount + t] /= scale[i];
  }
  for (int t = 0; t < kTagCount; ++t) beta[(n - 1) * kTagCount + t] = ok.end[t] ? 1.0 : 0.0;
  for (int i = n - 2; i >= 0; --i) {
    double next[kTagCount];
    for (int t = 0; t < kTagCount; ++t) next[t] = phi[(i + 1) * kTagCount + t] * beta[(i + 1) * kTagCount + t];
    for (int p = 0; p < kTagCount; ++p) beta[i * kTagCount + p] = 0.0;
    for (int t = 0; t < kTagCount; ++t)
      for (int k = 0; k < ok.fromCount[t]; ++k)
        beta[i * kTagCount + ok.from[t][k]] += trans(ok.from[t][k], t) * next[t];
    for (int p = 0; p < kTagCount; ++p) beta[i * kTagCount + p] /= scale[i + 1];
  }
  std::vector<float> out(size, 0.0f);
  for (int i = 0; i < n; ++i) {
    double z = 0.0;
    for (int t = 0; t < kTagCount; ++t) z += alpha[i * kTagCount + t] * beta[i * kTagCount + t];
    if (z <= 0.0) continue;
    for (int t = 0; t < kTagCount; ++t)
      out[i * kTagCount + t] = static_cast<float>(alpha[i * kTagCount + t] * beta[i * kTagCount + t] / z);
  }
  return out;
}

std::vector<float> emissionScores(const Model& model, const std::vector<std::string_view>& words,
                                  const DocumentWords* document) {
  const int n = static_cast<int>(words.size());
  std::vector<float> emission(static_cast<std::size_t>(n) * kTagCount, 0.0f);
  if (model.empty || n == 0) return emission;
  SentenceFeatures features;
  extractFeatures(words, model.knownWords, FeatureHasher(model.hashSeed), features, document);
  for (int i = 0; i < n; ++i) {
    std::int32_t acc[kTagCount] = {};
    for (std::uint32_t k = features.begin[i]; k < features.begin[i + 1]; ++k) {
      const std::int32_t row = model.featureIndex.find(features.hashes[k]);
      if (row < 0) continue;
      const std::int16_t* w = &model.weights[static_cast<std::size_t>(row) * kTagCount];
      for (int t = 0; t < kTagCount; ++t) acc[t] += w[t];
    }
    for (int t = 0; t < kTagCount; ++t) emission[i * kTagCount + t] = acc[t] * model.weightScale;
  }
  return emission;
}

Tagging tagSentence(const Model& model, const std::vector<std::string_view>& words, const DocumentWords* document) {
  Tagging out;
  const int n = static_cast<int>(words.size());
  if (model.empty || n == 0) {
    out.tags.assign(n, kOutside);
    out.confidence.assign(n, 1.0f);
    return out;
  }
  const std::vector<float> emission = emissionScores(model, words, document);
  out.tags = viterbi(emission.data(), n, model.transitions.data());
  // Confidences are read for the tokens of spans only: a sentence without one (most
  // of an article's) skips the forward-backward pass, a third of the tagging time.
  if (std::all_of(out.tags.begin(), out.tags.end(), [](Tag t) { return t == kOutside; })) {
    out.confidence.assign(n, 1.0f);
    return out;
  }
  const std::vector<float> marginals = model.transitionPotentials.empty()  // a model filled by hand and not index()ed
                                           ? tagMarginals(emission.data(), n, model.transitions.data())
                                           : tagMarginals(emission.data(), n, model.transitionPotentials.data());
  out.confidence.resize(n);
  for (int i = 0; i < n; ++i) out.confidence[i] = marginals[i * kTagCount + out.tags[i]];
  return out;
}

}  // namespace newslens::ner
