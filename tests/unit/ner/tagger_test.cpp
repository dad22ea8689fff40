#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

#include "newslens/ner/tagger.h"
#include "newslens/ner/tags.h"

using namespace newslens::ner;

namespace {
const Tag BPer = makeTag(ConllType::PER, Position::B), IPer = makeTag(ConllType::PER, Position::I),
          LPer = makeTag(ConllType::PER, Position::L), UPer = makeTag(ConllType::PER, Position::U),
          LOrg = makeTag(ConllType::ORG, Position::L), ULoc = makeTag(ConllType::LOC, Position::U);

bool validSequence(const std::vector<Tag>& tags) {
  Tag prev = kTagCount;
  for (Tag t : tags) {
    if (!canFollow(prev, t)) return false;
    prev = t;
  }
  return tags.empty() || canEnd(tags.back());
}
}  // namespace

TEST_CASE("tag names and the BILOU grammar") {
  CHECK(kTagCount == 17);
  CHECK(tagName(kOutside) == "O");
  CHECK(tagName(BPer) == "B-PER");
  CHECK(tagName(makeTag(ConllType::MISC, Position::U)) == "U-MISC");
  CHECK(canFollow(kTagCount, BPer));
  CHECK_FALSE(canFollow(kTagCount, IPer));
  CHECK(canFollow(BPer, IPer));
  CHECK(canFollow(BPer, LPer));
  CHECK_FALSE(canFollow(BPer, kOutside));
  CHECK_FALSE(canFollow(BPer, LOrg));
  CHECK(canFollow(LPer, ULoc));
  CHECK_FALSE(canFollow(UPer, LPer));
  CHECK(canEnd(LPer));
  CHECK_FALSE(canEnd(IPer));
}

TEST_CASE("Viterbi never returns an invalid sequence, even when emissions want one") {
  const int n = 3;
  std::vector<float> emission(n * kTagCount, 0.0f), transitions((kTagCount + 1) * kTagCount, 0.0f);
  // Locally best: I-PER, O, B-PER — every one of them illegal where it stands.
  emission[0 * kTagCount + IPer] = 5;
  emission[1 * kTagCount + kOutside] = 5;
  emission[2 * kTagCount + BPer] = 5;
  const std::vector<Tag> tags = viterbi(emission.data(), n, transitions.data());
  CHECK(validSequence(tags));
  CHECK(tags[1] == kOutside);

  // When a legal path exists with a high score, it is found.
  std::vector<float> e2(n * kTagCount, 0.0f);
  e2[0 * kTagCount + BPer] = 3;
  e2[1 * kTagCount + IPer] = 3;
  e2[2 * kTagCount + LPer] = 3;
  CHECK(viterbi(e2.data(), n, transitions.data()) == std::vector<Tag>{BPer, IPer, LPer});
  // Transition scores count: a large penalty on B-PER → I-PER makes B L O better.
  transitions[BPer * kTagCount + IPer] = -100;
  const std::vector<Tag> t2 = viterbi(e2.data(), n, transitions.data());
  CHECK(validSequence(t2));
  CHECK(t2[1] != IPer);
  CHECK(viterbi(nullptr, 0, transitions.data()).empty());
}

TEST_CASE("marginals are probabilities over valid sequences") {
  const int n = 4;
  std::vector<float> emission(n * kTagCount), transitions((kTagCount + 1) * kTagCount, 0.0f);
  for (std::size_t k = 0; k < emission.size(); ++k) emission[k] = static_cast<float>((k * 7919) % 13) * 0.7f;
  const std::vector<float> p = tagMarginals(emission.data(), n, transitions.data());
  for (int i = 0; i < n; ++i) {
    const float sum = std::accumulate(p.begin() + i * kTagCount, p.begin() + (i + 1) * kTagCount, 0.0f);
    CHECK(sum == doctest::Approx(1.0f).epsilon(1e-4));
  }
  // The first token can never be I or L, the last never B or I.
  CHECK(p[IPer] == 0.0f);
  CHECK(p[LPer] == 0.0f);
  CHECK(p[(n - 1) * kTagCount + BPer] == 0.0f);
  // Huge scores do not overflow.
  for (float& e : emission) e *= 1000.0f;
  for (float x : tagMarginals(emission.data(), n, transitions.data())) CHECK((x >= 0.0f && x <= 1.0f));
}

namespace {

// The decoders written the plain way, over every (previous, next) pair canFollow()
// allows, predecessors in ascending order: what viterbi() and tagMarginals() must
// equal bit for bit however they are laid out for speed.
std::vector<Tag> referenceViterbi(const std::vector<float>& emission, int n, const std::vector<float>& transitions) {
  const float kNegInf = -std::numeric_limits<float>::infinity();
  std::vector<float> best(static_cast<std::size_t>(n) * kTagCount, kNegInf);
  std::vector<Tag> back(best.size(), 0);
  for (int t = 0; t < kTagCount; ++t)
    if (canFollow(kTagCount, t)) best[t] = transitions[kTagCount * kTagCount + t] + emission[t];
  for (int i = 1; i < n; ++i)
    for (int t = 0; t < kTagCount; ++t) {
      float top = kNegInf;
      Tag from = 0;
      for (int p = 0; p < kTagCount; ++p) {
        const float s = best[(i - 1) * kTagCount + p] + transitions[p * kTagCount + t];
        if (canFollow(p, t) && s > top) top = s, from = static_cast<Tag>(p);
      }
      best[i * kTagCount + t] = top == kNegInf ? kNegInf : top + emission[i * kTagCount + t];
      back[i * kTagCount + t] = from;
    }
  Tag last = kOutside;
  float top = kNegInf;
  for (int t = 0; t < kTagCount; ++t)
    if (canEnd(t) && best[(n - 1) * kTagCount + t] > top) top = best[(n - 1) * kTagCount + t], last = t;
  std::vector<Tag> tags(n, last);
  for (int i = n - 1; i > 0; --i) tags[i - 1] = back[i * kTagCount + tags[i]];
  return tags;
}

// The forward-backward tables (MarginalBuffers' phi, alpha, beta, scale) and marginals.
struct ReferenceTables {
  std::vector<double> phi, alpha, beta, scale;
  std::vector<float> marginals;
};

ReferenceTables referenceForwardBackward(const std::vector<float>& emission, int n,
                                         const std::vector<double>& potentials) {
  const auto trans = [&](int p, int t) { return canFollow(p, t) ? potentials[p * kTagCount + t] : 0.0; };
  const std::size_t size = static_cast<std::size_t>(n) * kTagCount;
  ReferenceTables r{std::vector<double>(size), std::vector<double>(size), std::vector<double>(size),
                    std::vector<double>(n), std::vector<float>(size)};
  for (int i = 0; i < n; ++i) {
    const float top = *std::max_element(&emission[i * kTagCount], &emission[i * kTagCount] + kTagCount);
    for (int t = 0; t < kTagCount; ++t) {
      const float d = emission[i * kTagCount + t] - top;
      r.phi[i * kTagCount + t] = d < -40.0f ? 0.0 : std::exp(static_cast<double>(d));
    }
  }
  for (int i = 0; i < n; ++i) {
    double sum = 0.0;
    for (int t = 0; t < kTagCount; ++t) {
      double acc = i == 0 ? trans(kTagCount, t) : 0.0;
      for (int p = 0; p < kTagCount && i > 0; ++p)
        if (canFollow(p, t)) acc += r.alpha[(i - 1) * kTagCount + p] * trans(p, t);
      r.alpha[i * kTagCount + t] = acc * r.phi[i * kTagCount + t];
      sum += r.alpha[i * kTagCount + t];
    }
    r.scale[i] = sum > 0.0 ? sum : 1.0;
    for (int t = 0; t < kTagCount; ++t) r.alpha[i * kTagCount + t] /= r.scale[i];
  }
  for (int t = 0; t < kTagCount; ++t) r.beta[(n - 1) * kTagCount + t] = canEnd(t) ? 1.0 : 0.0;
  for (int i = n - 2; i >= 0; --i)
    for (int p = 0; p < kTagCount; ++p) {
      double acc = 0.0;
      for (int t = 0; t < kTagCount; ++t)
        if (canFollow(p, t)) acc += trans(p, t) * (r.phi[(i + 1) * kTagCount + t] * r.beta[(i + 1) * kTagCount + t]);
      r.beta[i * kTagCount + p] = acc / r.scale[i + 1];
    }
  for (int i = 0; i < n; ++i) {
    double z = 0.0;
    for (int u = 0; u < kTagCount; ++u) z += r.alpha[i * kTagCount + u] * r.beta[i * kTagCount + u];
    for (int t = 0; t < kTagCount; ++t)
      r.marginals[i * kTagCount + t] =
          z <= 0.0 ? 0.0f : static_cast<float>(r.alpha[i * kTagCount + t] * r.beta[i * kTagCount + t] / z);
  }
  return r;
}

}  // namespace

TEST_CASE("viterbi() and tagMarginals() equal the plain decoders bit for bit on random scores") {
  std::mt19937 rng(19);
  std::uniform_int_distribution<int> small(-6, 6);
  std::uniform_real_distribution<float> wide(-60.0f, 20.0f);
  int spans = 0;
  for (int trial = 0; trial < 400; ++trial) {
    const int n = 1 + trial % 37;
    // Half the trials score in few distinct steps, so ties between predecessors are common.
    const bool ties = trial % 2 == 0;
    const auto draw = [&] { return ties ? small(rng) * 0.5f : wide(rng); };
    std::vector<float> emission(static_cast<std::size_t>(n) * kTagCount), transitions((kTagCount + 1) * kTagCount);
    for (float& e : emission) e = draw();
    for (float& t : transitions) t = draw() * 0.25f;
    const std::vector<Tag> tags = viterbi(emission.data(), n, transitions.data());
    CHECK(tags == referenceViterbi(emission, n, transitions));
    spans += std::count_if(tags.begin(), tags.end(), [](Tag t) { return t != kOutside; }) > 0;
    // The double tables too: a sum taken in another order would mostly round away in the float marginals.
    const std::vector<double> potentials = transitionPotentials(transitions.data());
    const ReferenceTables reference = referenceForwardBackward(emission, n, potentials);
    MarginalBuffers tables;
    forwardBackward(emission.data(), n, potentials.data(), 0, tables);
    CHECK(tables.phi == reference.phi);
    CHECK(tables.alpha == reference.alpha);
    CHECK(tables.scale == reference.scale);
    CHECK(tables.beta == reference.beta);
    CHECK(tagMarginals(emission.data(), n, potentials.data()) == reference.marginals);
  }
  CHECK(spans > 100);  // the random scores decode to spans, not only to O
}
