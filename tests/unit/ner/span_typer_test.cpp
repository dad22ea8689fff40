#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "newslens/ner/span_typer.h"

using namespace newslens;
using namespace newslens::ner;

namespace {

std::vector<std::uint32_t> featuresOf(const std::vector<std::string_view>& words, std::size_t first, std::size_t last,
                                      ConllType conll, const FeatureHasher& hash) {
  KnownWords none;
  none.index();
  std::vector<std::uint32_t> out;
  spanTypeFeatures(SpanInSentence{words, first, last, conll}, none, hash, out);
  return out;
}

// A hand-made typer: the features "on Twitter" has and "at Twitter" lacks vote PRODUCT,
// the ones both share vote ORG a little.
SpanTyper serviceTyper(const FeatureHasher& hash) {
  const std::vector<std::uint32_t> on = featuresOf({"posted", "on", "Twitter", "."}, 2, 3, ConllType::ORG, hash);
  const std::vector<std::uint32_t> at = featuresOf({"posted", "at", "Twitter", "."}, 2, 3, ConllType::ORG, hash);
  SpanTyper typer;
  for (std::uint32_t f : on) {
    if (std::find(typer.keys.begin(), typer.keys.end(), f) != typer.keys.end()) continue;
    const bool shared = std::find(at.begin(), at.end(), f) != at.end();
    typer.keys.push_back(f);
    for (int t = 0; t < kNameTypeCount; ++t)
      typer.weights.push_back(static_cast<std::int8_t>(
          t == static_cast<int>(shared ? EntityType::ORG : EntityType::PRODUCT) ? (shared ? 1 : 10) : 0));
  }
  typer.buildIndex();
  return typer;
}

}  // namespace

TEST_CASE("the span typer reads the words around a span") {
  const FeatureHasher hash(77);
  const SpanTyper typer = serviceTyper(hash);
  CHECK(predictSpanType(typer, featuresOf({"posted", "on", "Twitter", "."}, 2, 3, ConllType::ORG, hash)) ==
        EntityType::PRODUCT);
  CHECK(predictSpanType(typer, featuresOf({"posted", "at", "Twitter", "."}, 2, 3, ConllType::ORG, hash)) ==
        EntityType::ORG);
  // Scores are the summed int8 weights times the scale; unknown features add nothing.
  CHECK(spanTypeScores(typer, {}) == std::array<float, kNameTypeCount>{});
}

TEST_CASE("a span in quotation marks has features a bare one lacks") {
  const FeatureHasher hash(77);
  const auto quoted = featuresOf({"the", "show", "\"", "Top", "Gear", ",", "\"", "said"}, 3, 5, ConllType::MISC, hash);
  const auto bare = featuresOf({"the", "show", "Top", "Gear", ",", "said"}, 2, 4, ConllType::MISC, hash);
  std::size_t onlyQuoted = 0;
  for (std::uint32_t f : quoted) onlyQuoted += std::find(bare.begin(), bare.end(), f) == bare.end();
  // The quote mark before, the one after, the pair around, and the quoted flag.
  CHECK(onlyQuoted >= 4);
}

TEST_CASE("type votes give every occurrence of a name the type they add up to") {
  TypeVotes votes;
  std::array<float, kNameTypeCount> org{}, product{};
  org[static_cast<int>(EntityType::ORG)] = 1.0f;
  product[static_cast<int>(EntityType::PRODUCT)] = 3.0f;
  votes.add({"Twitter"}, org);
  votes.add({"twitter"}, org);
  votes.add({"Twitter"}, product);
  CHECK(votes.winner({"TWITTER"}) == EntityType::PRODUCT);
  CHECK_FALSE(votes.winner({"Facebook"}).has_value());
  // One occurrence alone is no vote: its own type stands.
  votes.add({"Instagram"}, product);
  CHECK_FALSE(votes.winner({"Instagram"}).has_value());
}
