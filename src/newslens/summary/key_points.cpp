#include "newslens/summary/key_points.h"

#include <algorithm>
#include <cmath>

#include "newslens/summary/dateline.h"
#include "newslens/summary/sentence_features.h"
#include "newslens/text/span.h"

namespace newslens::summary {
namespace {

// Only the best-scored few compete in the redundancy pass, so a 10 MB paste
// costs O(k · pool) there instead of O(k · sentences).
constexpr std::size_t kMmrPool = 200;
constexpr std::uint32_t kMinWords = 3;
// Cosine at which two sentences say the same thing in the same words.
constexpr float kSameSentence = 0.95f;

float cosine(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++shared, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return static_cast<float>(shared) / std::sqrt(static_cast<float>(a.size()) * static_cast<float>(b.size()));
}

std::vector<float> baseScores(const DocumentFeatures& doc, const KeyPointWeights& w) {
  const std::size_t n = doc.candidates.size();
  std::vector<float> centrality(n, 0), entity(n, 0);
  float maxCentrality = 0, maxEntity = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceFeatures& f = doc.candidates[i];
    // Terms seen in other sentences count, by how many: log keeps one word from dominating.
    float c = 0;
    for (std::uint32_t t : f.terms) c += std::log(static_cast<float>(doc.sentenceFrequency[t]));
    centrality[i] = f.terms.empty() ? 0 : c / std::sqrt(static_cast<float>(f.terms.size()));
    entity[i] = f.entitySalience;
    maxCentrality = std::max(maxCentrality, centrality[i]);
    maxEntity = std::max(maxEntity, entity[i]);
  }
  std::vector<float> score(n);
  for (std::size_t i = 0; i < n; ++i) {
    const SentenceFeatures& f = doc.candidates[i];
    float s = w.position * std::pow(2.0f, -static_cast<float>(f.rank) / w.positionHalfLife);
    if (maxCentrality > 0) s += w.centrality * centrality[i] / maxCentrality;
    if (maxEntity > 0) s += w.entities * entity[i] / maxEntity;
    const float words = static_cast<float>(f.words);
    if (words < w.shortWords) s -= w.shortPenalty * (1 - words / w.shortWords);
    if (words > w.longWords) s -= w.longPenalty * std::min(1.0f, (words - w.longWords) / w.longWords);
    if (f.numbers > 0) s += w.numbers;
    s += w.quoted * f.quoted;
    if (!f.finalPunct) s += w.noFinalPunct;
    score[i] = s;
  }
  return score;
}

}  // namespace

int defaultKeyPointCount(std::uint32_t words) {
  if (words < 400) return 3;
  if (words < 900) return 4;
  return 5;
}

std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options) {
  return selectKeyPoints(text, analysis, options, KeyPointWeights{});
}

std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options,
                                      const KeyPointWeights& weights) {
  const int wanted = options.keyPoints < 0 ? defaultKeyPointCount(analysis.stats.words) : options.keyPoints;
  if (wanted <= 0) return {};
  const DocumentFeatures doc = computeSentenceFeatures(text, analysis);
  if (doc.candidates.empty()) return {};
  const std::vector<float> score = baseScores(doc, weights);

  // A one- or two-word line ("World", "Live updates") says nothing as a point;
  // it competes only in a text that has nothing longer.
  const bool hasFullSentence = std::any_of(doc.candidates.begin(), doc.candidates.end(),
                                           [](const SentenceFeatures& f) { return f.words >= kMinWords; });
  std::vector<std::size_t> pool;
  for (std::size_t i = 0; i < doc.candidates.size(); ++i)
    if (!hasFullSentence || doc.candidates[i].words >= kMinWords) pool.push_back(i);
  const std::size_t poolSize = std::min(pool.size(), kMmrPool);
  std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(poolSize), pool.end(),
                    [&](std::size_t a, std::size_t b) { return score[a] > score[b] || (score[a] == score[b] && a < b); });
  pool.resize(poolSize);

  // Greedy MMR: each round takes the best score minus similarity to what is picked.
  std::vector<float> maxSimilarity(pool.size(), 0);
  std::vector<bool> taken(pool.size(), false);
  std::vector<std::size_t> picked;
  while (picked.size() < static_cast<std::size_t>(wanted) && picked.size() < pool.size()) {
    std::size_t best = pool.size();
    // Restatements only when nothing else is left, and never a sentence twice over.
    for (const float limit : {weights.duplicate, kSameSentence}) {
      float bestValue = 0;
      for (std::size_t p = 0; p < pool.size(); ++p) {
        if (taken[p] || maxSimilarity[p] >= limit) continue;
        const float value = score[pool[p]] - weights.redundancy * maxSimilarity[p];
        if (best == pool.size() || value > bestValue) best = p, bestValue = value;
      }
      if (best != pool.size()) break;
    }
    if (best == pool.size()) break;
    taken[best] = true;
    picked.push_back(pool[best]);
    for (std::size_t p = 0; p < pool.size(); ++p)
      if (!taken[p])
        maxSimilarity[p] = std::max(maxSimilarity[p], cosine(doc.candidates[pool[p]].terms, doc.candidates[pool[best]].terms));
  }

  // Scores reported relative to the best candidate, clamped to [0,1].
  const float top = score[pool.front()];
  const float bottom = *std::min_element(score.begin(), score.end());
  std::sort(picked.begin(), picked.end());
  std::vector<KeyPoint> out;
  for (std::size_t c : picked) {
    KeyPoint k;
    k.sentence = doc.candidates[c].sentence;
    const Sentence& s = analysis.sentences[k.sentence];
    // The dateline is dropped from the point only; the sentence span keeps it.
    k.start = s.contentStart + static_cast<std::uint32_t>(
                                   leadingDatelineLength(text::slice(text, s.contentStart, s.contentEnd)));
    k.end = s.contentEnd;
    k.score = top > bottom ? std::clamp((score[c] - bottom) / (top - bottom), 0.0f, 1.0f) : 1.0f;
    out.push_back(k);
  }
  return out;
}

}  // namespace newslens::summary
