#include "newslens/ner/tagger.h"

#include <algorithm>
#include <cmath>
#include <limits>

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

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

namespace {

// Columns of a padded transition row: kTagCount rounded up to whole 4-lane vectors.
constexpr int kLanes = 4;
constexpr int kPadded = (kTagCount + kLanes - 1) / kLanes * kLanes;

// The transitions with every move canFollow() forbids (and the padding) at -inf, so
// the Viterbi step can take a dense max over all predecessors: a forbidden one scores
// -inf, which never wins, exactly as if it were skipped. Row p at out[p * kPadded].
void denseTransitions(const Allowed& ok, const float* transitions, std::vector<float>& out) {
  out.resize(static_cast<std::size_t>(kTagCount) * kPadded);
  for (int p = 0; p < kTagCount; ++p)
    for (int t = 0; t < kPadded; ++t)
      out[p * kPadded + t] = t < kTagCount && ok.follow[p][t] ? transitions[p * kTagCount + t] : kNegInf;
}

// top[t] = max over p of prev[p] + trans[p * kPadded + t], arg[t] = the first p reaching it
// (p ascending, strictly greater wins; -inf everywhere leaves top -inf and arg 0).
// The WASM build takes four tags a step with SIMD; both paths add and compare the
// same floats in the same order, so they agree bit for bit.
void bestPredecessors(const Allowed& ok, const float* prev, const float* trans, float* top, std::int32_t* arg) {
#ifdef __wasm_simd128__
  v128_t best[kPadded / kLanes], from[kPadded / kLanes];
  for (int b = 0; b < kPadded / kLanes; ++b) best[b] = wasm_f32x4_splat(kNegInf), from[b] = wasm_i32x4_splat(0);
  for (int p = 0; p < kTagCount; ++p) {
    const v128_t score = wasm_f32x4_splat(prev[p]), index = wasm_i32x4_splat(p);
    for (int b = 0; b < kPadded / kLanes; ++b) {
      const v128_t s = wasm_f32x4_add(score, wasm_v128_load(&trans[p * kPadded + b * kLanes]));
      const v128_t better = wasm_f32x4_gt(s, best[b]);
      best[b] = wasm_v128_bitselect(s, best[b], better);
      from[b] = wasm_v128_bitselect(index, from[b], better);
    }
  }
  for (int b = 0; b < kPadded / kLanes; ++b) {
    wasm_v128_store(&top[b * kLanes], best[b]);
    wasm_v128_store(&arg[b * kLanes], from[b]);
  }
#else
  // Natively the allowed predecessors alone (~6 of 17), in the same ascending order.
  for (int t = 0; t < kTagCount; ++t) {
    float bestScore = kNegInf;
    std::int32_t bestFrom = 0;
    for (int k = 0; k < ok.fromCount[t]; ++k) {
      const int p = ok.from[t][k];
      const float s = prev[p] + trans[p * kPadded + t];
      const bool better = s > bestScore;
      bestScore = better ? s : bestScore;
      bestFrom = better ? p : bestFrom;
    }
    top[t] = bestScore, arg[t] = bestFrom;
  }
#endif
}

}  // namespace

std::vector<Tag> viterbi(const float* emission, int n, const float* transitions) {
  ViterbiBuffers buffers;
  return viterbi(emission, n, transitions, buffers);
}

std::vector<Tag> viterbi(const float* emission, int n, const float* transitions, ViterbiBuffers& buffers) {
  if (n <= 0) return {};
  const Allowed& ok = allowed();
  if (buffers.denseOf != transitions) denseTransitions(ok, transitions, buffers.dense), buffers.denseOf = transitions;
  const float* trans = buffers.dense.data();
  std::vector<float>& best = buffers.best;
  std::vector<Tag>& back = buffers.back;
  best.assign(static_cast<std::size_t>(n) * kTagCount, kNegInf);
  back.assign(static_cast<std::size_t>(n) * kTagCount, 0);
  for (int t = 0; t < kTagCount; ++t)
    if (ok.follow[kTagCount][t]) best[t] = transitions[kTagCount * kTagCount + t] + emission[t];
  alignas(16) float stepTop[kPadded];
  alignas(16) std::int32_t stepArg[kPadded];
  for (int i = 1; i < n; ++i) {
    bestPredecessors(ok, &best[(i - 1) * kTagCount], trans, stepTop, stepArg);
    for (int t = 0; t < kTagCount; ++t) {
      best[i * kTagCount + t] = stepTop[t] == kNegInf ? kNegInf : stepTop[t] + emission[i * kTagCount + t];
      back[i * kTagCount + t] = static_cast<Tag>(stepArg[t]);
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

namespace {

// Scaled forward-backward in probability space (one exp per score, not per path step):
// each token's emissions are shifted by their maximum, each alpha row is normalized,
// and the same scale factors are reused for beta. Beta is made for rows [from, n) only
// (a marginal at row i reads alpha and beta of row i; alpha needs every row, for the
// scales beta divides by).
void forwardBackward(const float* emission, int n, const double* potentials, int from, MarginalBuffers& b) {
  const Allowed& ok = allowed();
  const std::size_t size = static_cast<std::size_t>(n) * kTagCount;
  const auto trans = [potentials](int p, int t) { return potentials[p * kTagCount + t]; };
  b.phi.resize(size), b.alpha.resize(size), b.beta.resize(size), b.scale.resize(n);
  double *phi = b.phi.data(), *alpha = b.alpha.data(), *beta = b.beta.data(), *scale = b.scale.data();
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
  for (int i = n - 2; i >= from; --i) {
    double next[kTagCount];
    for (int t = 0; t < kTagCount; ++t) next[t] = phi[(i + 1) * kTagCount + t] * beta[(i + 1) * kTagCount + t];
    for (int p = 0; p < kTagCount; ++p) beta[i * kTagCount + p] = 0.0;
    for (int t = 0; t < kTagCount; ++t)
      for (int k = 0; k < ok.fromCount[t]; ++k)
        beta[i * kTagCount + ok.from[t][k]] += trans(ok.from[t][k], t) * next[t];
    for (int p = 0; p < kTagCount; ++p) beta[i * kTagCount + p] /= scale[i + 1];
  }
}

// The marginal of tag `t` at row i of a forwardBackward() that made beta's row i.
float marginalAt(const MarginalBuffers& b, int i, int t) {
  const double* alpha = &b.alpha[static_cast<std::size_t>(i) * kTagCount];
  const double* beta = &b.beta[static_cast<std::size_t>(i) * kTagCount];
  double z = 0.0;
  for (int u = 0; u < kTagCount; ++u) z += alpha[u] * beta[u];
  return z <= 0.0 ? 0.0f : static_cast<float>(alpha[t] * beta[t] / z);
}

}  // namespace

std::vector<float> tagMarginals(const float* emission, int n, const double* potentials) {
  if (n <= 0) return {};
  MarginalBuffers buffers;
  forwardBackward(emission, n, potentials, 0, buffers);
  std::vector<float> out(static_cast<std::size_t>(n) * kTagCount, 0.0f);
  for (int i = 0; i < n; ++i)
    for (int t = 0; t < kTagCount; ++t) out[i * kTagCount + t] = marginalAt(buffers, i, t);
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
    std::int32_t acc[kRowWidth] = {};
    addWeightRows(model, &features.hashes[features.begin[i]], features.begin[i + 1] - features.begin[i], acc);
    for (int t = 0; t < kTagCount; ++t) emission[i * kTagCount + t] = acc[t] * model.weightScale;
  }
  return emission;
}

Tagger::Tagger(const Model& model) : model_(model), hasher_(model.hashSeed), rows_(model, &model.commonWords) {}

const std::vector<const TokenInfo*>& Tagger::describe(const std::vector<std::string_view>& words, bool& capsLine) {
  rows_.endSentence();  // the last sentence's entries past the capacity go now, not before
  capsLine = isCapsLine(words);
  entries_.clear();
  for (std::string_view w : words) entries_.push_back(rows_.entry(w, capsLine));
  tokens_.clear();  // only now: making entries may move the earlier ones
  for (std::uint32_t e : entries_) tokens_.push_back(&rows_.info(e));
  return tokens_;
}

const std::vector<float>& Tagger::emissions(const std::vector<std::string_view>& words, const DocumentWords* document) {
  const int n = static_cast<int>(words.size());
  emission_.assign(static_cast<std::size_t>(n) * kTagCount, 0.0f);
  if (model_.empty || n == 0) return emission_;
  bool capsLine = false;
  describe(words, capsLine);
  markGazetteer(tokens_, model_.knownWords, hasher_, marks_);
  const SentenceView sentence{tokens_, marks_, capsLine, document};
  for (int i = 0; i < n; ++i) {
    alignas(16) std::int32_t acc[kRowWidth];
    const std::int32_t* own = rows_.row(entries_[i], 0);
    std::copy(own, own + kRowWidth, acc);
    for (int d = -WordRows::kMaxOffset; d <= WordRows::kMaxOffset; ++d) {
      if (d == 0) continue;
      const int j = i + d;
      const std::int32_t* r = j >= 0 && j < n ? rows_.row(entries_[j], d) : rows_.edge(d, capsLine);
      for (int t = 0; t < kRowWidth; ++t) acc[t] += r[t];
    }
    context_.clear();
    addContextFeatures(sentence, i, hasher_, context_);
    addWeightRows(model_, context_.data(), context_.size(), acc);
    for (int t = 0; t < kTagCount; ++t) emission_[i * kTagCount + t] = acc[t] * model_.weightScale;
  }
  return emission_;
}

Tagging Tagger::tag(const std::vector<std::string_view>& words, const DocumentWords* document) {
  Tagging out;
  const int n = static_cast<int>(words.size());
  if (model_.empty || n == 0) {
    out.tags.assign(n, kOutside);
    out.confidence.assign(n, 1.0f);
    return out;
  }
  const std::vector<float>& emission = emissions(words, document);
  out.tags = viterbi(emission.data(), n, model_.transitions.data(), viterbi_);
  // Confidences are read for the tokens of spans only: a sentence without one (most
  // of an article's) skips the forward-backward pass, a third of the tagging time.
  if (std::all_of(out.tags.begin(), out.tags.end(), [](Tag t) { return t == kOutside; })) {
    out.confidence.assign(n, 1.0f);
    return out;
  }
  // Only a span's tokens (tagged other than O) have their marginal read, so beta stops
  // at the first of them and the others keep 1.
  const std::vector<double> handMade = model_.transitionPotentials.empty()  // a model filled by hand, not index()ed
                                           ? transitionPotentials(model_.transitions.data())
                                           : std::vector<double>{};
  const int first = static_cast<int>(
      std::find_if(out.tags.begin(), out.tags.end(), [](Tag t) { return t != kOutside; }) - out.tags.begin());
  forwardBackward(emission.data(), n, handMade.empty() ? model_.transitionPotentials.data() : handMade.data(), first,
                  marginals_);
  out.confidence.assign(n, 1.0f);
  for (int i = first; i < n; ++i)
    if (out.tags[i] != kOutside) out.confidence[i] = marginalAt(marginals_, i, out.tags[i]);
  return out;
}

Tagging tagSentence(const Model& model, const std::vector<std::string_view>& words, const DocumentWords* document) {
  return Tagger(model).tag(words, document);
}

}  // namespace newslens::ner
