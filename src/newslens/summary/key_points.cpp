#include "newslens/summary/key_points.h"

#include <algorithm>
#include <cmath>

#include "newslens/noinline.h"
#include "newslens/text/dateline.h"
#include "newslens/summary/references.h"
#include "newslens/summary/short_form.h"
#include "newslens/text/span.h"

namespace newslens::summary {
namespace {

// Only the best-scored few compete in the redundancy pass, so a 10 MB paste
// costs O(k · pool) there instead of O(k · sentences).
constexpr std::size_t kMmrPool = 200;
constexpr std::uint32_t kMinWords = 3;
// Cosine at which a sentence counts as a restatement of a pick: skipped while
// anything else is left; and at which it says the same thing in the same words.
constexpr float kRestatement = 0.6f;
constexpr float kSameSentence = 0.95f;
// A "sentence" longer than this many tokens is a paste without punctuation, not a
// bullet: it gets no short form and no references, whose per-token work and pieces
// would otherwise grow with the whole text (a 1 MB line cost ~100 bytes per byte).
constexpr std::uint32_t kMaxPointTokens = 1000;

// The best-scored candidates of at least kMinWords words (any, when none is that long).
std::vector<std::size_t> mmrPool(const CandidateSet& set, const std::vector<float>& score) {
  // A one- or two-word line ("World", "Live updates") says nothing as a point.
  const bool hasFullSentence = std::any_of(set.candidates.begin(), set.candidates.end(),
                                           [](const CandidateSentence& f) { return f.words >= kMinWords; });
  std::vector<std::size_t> pool;
  for (std::size_t i = 0; i < set.candidates.size(); ++i)
    if (!hasFullSentence || set.candidates[i].words >= kMinWords) pool.push_back(i);
  const std::size_t poolSize = std::min(pool.size(), kMmrPool);
  std::partial_sort(
      pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(poolSize), pool.end(),
      [&](std::size_t a, std::size_t b) { return score[a] > score[b] || (score[a] == score[b] && a < b); });
  pool.resize(poolSize);
  return pool;
}

KeyPoint makePoint(std::string_view text, const Analysis& a, const CandidateSentence& c, float score) {
  KeyPoint k;
  k.sentence = c.sentence;
  const Sentence& s = a.sentences[k.sentence];
  // The dateline is dropped from the point only; the sentence span keeps it.
  k.start = s.contentStart +
            static_cast<std::uint32_t>(text::leadingDatelineLength(text::slice(text, s.contentStart, s.contentEnd)));
  k.end = s.contentEnd;
  k.score = score;
  if (s.lastToken - s.firstToken > kMaxPointTokens) return k;
  k.shortText = shortForm(text, a, k.start, k.end);
  k.refersTo = leaningReferences(text, a, k.start, k.end);
  return k;
}

}  // namespace

NEWSLENS_NOINLINE std::vector<float> scoreCandidates(const std::vector<FeatureVector>& features,
                                                     const KeyPointModel& model) {
  std::vector<float> out(features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    float logit = 0;
    for (std::size_t f = 0; f < kFeatureCount; ++f) logit += model.weights[f] * features[i][f];
    out[i] = 1.0f / (1.0f + std::exp(-logit));
  }
  return out;
}

NEWSLENS_NOINLINE std::vector<std::size_t> pickCandidates(const CandidateSet& set, const std::vector<float>& score,
                                                          std::size_t wanted, float redundancy) {
  const std::vector<std::size_t> pool = mmrPool(set, score);
  std::vector<float> maxSimilarity(pool.size(), 0);
  std::vector<bool> taken(pool.size(), false);
  std::vector<std::size_t> picked;
  while (picked.size() < wanted && picked.size() < pool.size()) {
    std::size_t best = pool.size();
    // Restatements only when nothing else is left, and never a sentence twice over.
    for (const float limit : {kRestatement, kSameSentence}) {
      float bestValue = 0;
      for (std::size_t p = 0; p < pool.size(); ++p) {
        if (taken[p] || maxSimilarity[p] >= limit) continue;
        const float value = score[pool[p]] - redundancy * maxSimilarity[p];
        if (best == pool.size() || value > bestValue) best = p, bestValue = value;
      }
      if (best != pool.size()) break;
    }
    if (best == pool.size()) break;
    taken[best] = true;
    picked.push_back(pool[best]);
    for (std::size_t p = 0; p < pool.size(); ++p)
      if (!taken[p])
        maxSimilarity[p] =
            std::max(maxSimilarity[p], termCosine(set.candidates[pool[p]].terms, set.candidates[pool[best]].terms));
  }
  std::sort(picked.begin(), picked.end());
  return picked;
}

NEWSLENS_NOINLINE std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis,
                                                        const Options& options) {
  return selectKeyPoints(text, analysis, options, builtinKeyPointModel());
}

NEWSLENS_NOINLINE std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis,
                                                        const Options& options, const KeyPointModel& model) {
  const int wanted = options.keyPoints < 0 ? model.defaultCount : options.keyPoints;
  if (wanted <= 0) return {};
  const CandidateSet set = collectCandidates(text, analysis);
  if (set.candidates.empty()) return {};
  const std::vector<float> score = scoreCandidates(featureVectors(set), model);
  std::vector<KeyPoint> out;
  for (std::size_t c : pickCandidates(set, score, static_cast<std::size_t>(wanted), model.redundancy))
    out.push_back(makePoint(text, analysis, set.candidates[c], score[c]));
  return out;
}

}  // namespace newslens::summary
