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

TEST_CASE("the typer leaves the tagger's CoNLL class only when surer by the margin") {
  std::array<float, kNameTypeCount> scores{};
  scores[static_cast<int>(EntityType::ORG)] = 5.0f;
  scores[static_cast<int>(EntityType::GPE)] = 3.0f;
  scores[static_cast<int>(EntityType::FAC)] = 4.0f;
  // ORG beats the best place type (FAC) by 1: not enough to leave LOC at margin 3 ...
  CHECK(typeWithinMargin(scores, ConllType::LOC, kCrossMargin) == EntityType::FAC);
  // ... enough at margin 0.5, and a tagger ORG keeps its best type at any margin.
  CHECK(typeWithinMargin(scores, ConllType::LOC, 0.5f) == EntityType::ORG);
  CHECK(typeWithinMargin(scores, ConllType::ORG, kCrossMargin) == EntityType::ORG);
  // Inside the class the best type always wins, however close.
  scores[static_cast<int>(EntityType::ORG)] = 0.0f;
  CHECK(typeWithinMargin(scores, ConllType::LOC, kCrossMargin) == EntityType::FAC);
  // Far surer: crosses (PER → ORG for "Chelsea" scored like a club).
  std::array<float, kNameTypeCount> club{};
  club[static_cast<int>(EntityType::ORG)] = 9.0f;
  club[static_cast<int>(EntityType::PERSON)] = 2.0f;
  CHECK(typeWithinMargin(club, ConllType::PER, kCrossMargin) == EntityType::ORG);
  // A lead of exactly the margin does not cross: strictly surer is needed.
  CHECK(typeWithinMargin(club, ConllType::PER, 7.0f) == EntityType::PERSON);
  CHECK(typeWithinMargin(club, ConllType::PER, 6.9f) == EntityType::ORG);
  // MISC's class holds NORP, EVENT, PRODUCT, WORK_OF_ART and LAW.
  std::array<float, kNameTypeCount> work{};
  work[static_cast<int>(EntityType::WORK_OF_ART)] = 2.0f;
  work[static_cast<int>(EntityType::PERSON)] = 4.0f;
  CHECK(typeWithinMargin(work, ConllType::MISC, kCrossMargin) == EntityType::WORK_OF_ART);
}

TEST_CASE("a platform's service context is a feature of its own") {
  const FeatureHasher hash(77);
  // "users" is a service noun, "fans" is not: beyond the next word's own features
  // (kNext, kNextConll, the pair around, its cluster) "users" adds the service cue.
  const auto users = featuresOf({"some", "Twitter", "users", "said"}, 1, 2, ConllType::ORG, hash);
  const auto fans = featuresOf({"some", "Twitter", "fans", "said"}, 1, 2, ConllType::ORG, hash);
  CHECK(users.size() == fans.size() + 1);
  const auto on = featuresOf({"posted", "via", "Twitter", "."}, 2, 3, ConllType::ORG, hash);
  const auto at = featuresOf({"posted", "near", "Twitter", "."}, 2, 3, ConllType::ORG, hash);
  CHECK(on.size() == at.size() + 1);
}

TEST_CASE("a one-word platform is used as a service after on/via, before a service noun, after 'took to'") {
  using V = std::vector<std::string_view>;
  const auto used = [](const V& words, std::size_t at) {
    return usedAsService(SpanInSentence{words, at, at + 1, ConllType::ORG});
  };
  CHECK(used(V{"he", "said", "on", "Twitter", "."}, 3));
  CHECK(used(V{"her", "Facebook", "page"}, 1));
  CHECK(used(V{"some", "Twitter", "users", "said"}, 1));
  CHECK(used(V{"Clarkson", "took", "to", "Twitter", ","}, 3));
  // Each name of a list after "on".
  const V list{"follow", "him", "on", "Facebook", ",", "Twitter", "and", "Instagram", "."};
  CHECK(used(list, 3));
  CHECK(used(list, 5));
  CHECK(used(list, 7));
  // Not: another preposition, a possessor after "on", an acronym (a channel or an
  // exchange), "to" after a verb that does not post, a span of two words.
  CHECK_FALSE(used(V{"posted", "at", "Twitter", "."}, 2));
  CHECK_FALSE(used(V{"remain", "on", "Petofi", "'s", "board"}, 2));
  CHECK_FALSE(used(V{"appeared", "on", "CNN", "."}, 2));
  CHECK_FALSE(used(V{"he", "went", "back", "to", "Chelsea"}, 4));
  const V two{"on", "Fox", "News", "."};
  CHECK_FALSE(usedAsService(SpanInSentence{two, 1, 3, ConllType::ORG}));
}

TEST_CASE("a service context makes a platform only of what the typer reads as an organization or product") {
  std::array<float, kNameTypeCount> scores{};
  scores[static_cast<int>(EntityType::ORG)] = 30.0f;
  scores[static_cast<int>(EntityType::PRODUCT)] = -4.0f;
  scores[static_cast<int>(EntityType::GPE)] = 8.0f;
  CHECK(servicePlausible(scores));  // "… Twitter and Instagram": a place second, still an organization first
  // "on Iran": a place first; "followed Schilling on": a person first.
  std::array<float, kNameTypeCount> place{};
  place[static_cast<int>(EntityType::GPE)] = 20.0f;
  place[static_cast<int>(EntityType::PRODUCT)] = 10.0f;
  CHECK_FALSE(servicePlausible(place));
  std::array<float, kNameTypeCount> person{};
  person[static_cast<int>(EntityType::PERSON)] = 20.0f;
  person[static_cast<int>(EntityType::ORG)] = 19.0f;
  CHECK_FALSE(servicePlausible(person));
}

TEST_CASE("a service use votes PRODUCT whole, one among many other uses does not decide") {
  std::array<float, kNameTypeCount> org{};
  org[static_cast<int>(EntityType::ORG)] = 30.0f;
  TypeVotes votes;
  votes.add({"Facebook"}, org, EntityType::PRODUCT);
  votes.add({"Facebook"}, org, EntityType::PRODUCT);
  votes.add({"Facebook"}, org);
  CHECK(votes.winner({"Facebook"}) == EntityType::PRODUCT);
  votes.add({"Arsenal"}, org, EntityType::PRODUCT);
  votes.add({"Arsenal"}, org);
  votes.add({"Arsenal"}, org);
  CHECK(votes.winner({"Arsenal"}) == EntityType::ORG);
}

TEST_CASE("a lower-case place noun after a name states its kind of place") {
  using V = std::vector<std::string_view>;
  const FeatureHasher hash(77);
  KnownWords none;
  none.index();
  const auto kind = [&](const V& words, std::size_t first, std::size_t last, EntityType read) {
    return placeKindType(SpanInSentence{words, first, last, ConllType::PER}, read, none, hash);
  };
  CHECK(kind(V{"stormed", "Tafawa", "Balewa", "town", "in"}, 1, 3, EntityType::PERSON) == EntityType::GPE);
  CHECK(kind(V{"the", "Darfur", "region", "."}, 1, 2, EntityType::NORP) == EntityType::LOC);
  CHECK(kind(V{"the", "Mayo", "camp", ","}, 1, 2, EntityType::GPE) == EntityType::FAC);
  // A camp is a person's when the name is one ("the Trump camp"); a capitalised noun is
  // part of a name; a demonym-shaped group adjective describes the place.
  CHECK_FALSE(kind(V{"the", "Trump", "camp", "said"}, 1, 2, EntityType::PERSON).has_value());
  CHECK_FALSE(kind(V{"in", "Gaza", "City", "."}, 1, 2, EntityType::GPE).has_value());
  CHECK_FALSE(kind(V{"the", "Jewish", "state", "."}, 1, 2, EntityType::NORP).has_value());
  CHECK_FALSE(kind(V{"the", "Darfur", "conflict", "."}, 1, 2, EntityType::NORP).has_value());
}

TEST_CASE("a name is the other side of a match result after an opponent word near a score") {
  using V = std::vector<std::string_view>;
  const auto opponent = [](const V& words, std::size_t at) {
    return opponentInScoreLine(SpanInSentence{words, at, at + 1, ConllType::LOC});
  };
  CHECK(opponent(V{"City", ",", "which", "lost", "1-0", "to", "Burnley", "Saturday"}, 6));
  CHECK(opponent(V{"held", "1-1", "at", "home", "to", "Southampton", "in"}, 5));
  CHECK(opponent(V{"Real", "Madrid", "beat", "Levante", "2-0", "in"}, 3));
  // No score near, or no opponent word before the name.
  CHECK_FALSE(opponent(V{"he", "moved", "to", "Burnley", "in", "May"}, 3));
  CHECK_FALSE(opponent(V{"won", "2-1", "in", "Burnley", "."}, 3));
  std::array<float, kNameTypeCount> scores{};
  scores[static_cast<int>(EntityType::GPE)] = 24.0f;
  scores[static_cast<int>(EntityType::ORG)] = 17.0f;
  CHECK(clubPlausible(scores));
  scores[static_cast<int>(EntityType::PERSON)] = 18.0f;  // "Oscar": a person second
  CHECK_FALSE(clubPlausible(scores));
}

TEST_CASE("a law is named by its capitalised head") {
  using V = std::vector<std::string_view>;
  const auto law = [](const V& words, std::size_t first, std::size_t last) {
    return namesLaw(SpanInSentence{words, first, last, ConllType::ORG});
  };
  CHECK(law(V{"the", "Abuja", "Accord", "in"}, 1, 3));
  CHECK(law(V{"the", "Affordable", "Care", "Act", "covers"}, 1, 4));
  CHECK(law(V{"the", "Fifth", "Amendment", "'s"}, 1, 3));
  // One word, a lower-case head, or a head that also ends organizations and events.
  CHECK_FALSE(law(V{"the", "Act", "says"}, 1, 2));
  CHECK_FALSE(law(V{"the", "Democratic", "National", "Convention", "opened"}, 1, 4));
  CHECK_FALSE(law(V{"the", "Harvard", "Law", "School"}, 1, 3));
}

TEST_CASE("a school or a hospital is named by its capitalised head") {
  using V = std::vector<std::string_view>;
  const auto institution = [](const V& words, std::size_t first, std::size_t last) {
    return namesInstitution(SpanInSentence{words, first, last, ConllType::LOC});
  };
  CHECK(institution(V{"the", "North", "High", "School", "principal"}, 1, 4));
  CHECK(institution(V{"at", "Wills", "Eye", "Hospital", "in"}, 1, 4));
  CHECK_FALSE(institution(V{"the", "School", "said"}, 1, 2));
  CHECK_FALSE(institution(V{"the", "West", "Bank", "and"}, 1, 3));
}
