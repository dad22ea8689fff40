#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "newslens/ner/features.h"

using namespace newslens;
using newslens::ner::Gazetteer;

TEST_CASE("phraseCategories' buffer and pre-joined forms answer as the vector form") {
  const ner::FeatureHasher hash(5);
  ner::KnownWords known;
  known.phraseKeys = {ner::hashPhrase(hash, "new york"), ner::hashPhrase(hash, "o'hare")};
  known.phraseBits = {1u << static_cast<int>(Gazetteer::City), 1u << static_cast<int>(Gazetteer::Country)};
  known.maxPhraseTokens = 2;
  known.index();
  std::string joined = "left over from another phrase";
  const std::vector<std::vector<std::string_view>> phrases = {
      {"New", "York"}, {"NEW", "YORK"}, {"O\xE2\x80\x99Hare"}, {"York"}, {"New", "York", "City"}, {}};
  for (const auto& words : phrases) {
    CAPTURE(words.size());
    const std::uint16_t expected = ner::phraseCategories(known, hash, words);
    CHECK(ner::phraseCategories(known, hash, words.data(), words.data() + words.size(), joined) == expected);
  }
  CHECK(ner::phraseCategories(known, hash, {"New", "York"}) != 0);
  CHECK(ner::phraseCategories(known, hash, {"O\xE2\x80\x99Hare"}) != 0);
  CHECK(ner::joinedPhraseCategories(known, hash, "new york", 2) == ner::phraseCategories(known, hash, {"New", "York"}));
  CHECK(ner::joinedPhraseCategories(known, hash, "new york city", 3) == 0);  // longer than any listed phrase
  CHECK(ner::joinedPhraseCategories(known, hash, "", 0) == 0);
}
