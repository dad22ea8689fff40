#include <doctest/doctest.h>

#include <numeric>
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
