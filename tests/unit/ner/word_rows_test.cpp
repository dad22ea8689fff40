// The tagger's per-word rows (ner/word_rows.h) against the plain feature sum: the
// Tagger must score every token exactly as emissionScores() does, whatever the words
// it met before, the line's casing, the sentence's edges or the document context.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "newslens/builtin_model.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/ner/document_words.h"
#include "newslens/ner/model.h"
#include "newslens/ner/tagger.h"

using namespace newslens::ner;

namespace {

std::vector<std::vector<std::string_view>> sampleDocument() {
  return {
      {"WASHINGTON", "(", "CNN", ")", "--", "President", "Joe", "Biden", "met", "Xi", "Jinping", "in", "Bali", "."},
      {"The", "US", "and", "the", "UK", "signed", "a", "pact", "with", "New", "York", "-", "based", "Pfizer", "."},
      {"BIDEN", "MEETS", "XI", "IN", "BALI"},
      {"“", "We", "talked", "—", "a", "lot", "”", ",", "Biden", "told", "reporters", "on", "Tuesday", "."},
      {"Biden"},
      {"Ten-month-old", "Zully", "Broussard", "of", "São", "Paulo", "won", "£", "5,000", "…"},
  };
}

}  // namespace

TEST_CASE("Tagger scores equal the plain feature sum, with and without document context") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) {
    MESSAGE("SKIPPED: the build has no tagger model");
    return;
  }
  const auto sentences = sampleDocument();
  const DocumentWords document(sentences, FeatureHasher(model.hashSeed));
  for (const DocumentWords* context : {static_cast<const DocumentWords*>(nullptr), &document}) {
    Tagger tagger(model);  // one for all sentences: later ones reuse the rows of earlier words
    for (int pass = 0; pass < 2; ++pass)
      for (const auto& words : sentences) {
        const std::vector<float> plain = emissionScores(model, words, context);
        CHECK(tagger.emissions(words, context) == plain);
        const Tagging tagged = tagger.tag(words, context);
        CHECK(tagged.tags == tagSentence(model, words, context).tags);
      }
  }
}

TEST_CASE("Tagger confidences are the full marginals' at a span's tokens, 1 elsewhere") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) return;
  Tagger tagger(model);
  int spanTokens = 0;
  for (const auto& words : sampleDocument()) {
    const Tagging tagged = tagger.tag(words);
    const std::vector<float> emission = emissionScores(model, words);
    const std::vector<float> marginals =
        tagMarginals(emission.data(), static_cast<int>(words.size()), model.transitionPotentials.data());
    for (std::size_t i = 0; i < words.size(); ++i) {
      const bool inSpan = tagged.tags[i] != kOutside;
      spanTokens += inSpan;
      CHECK(tagged.confidence[i] == (inSpan ? marginals[i * kTagCount + tagged.tags[i]] : 1.0f));
    }
  }
  CHECK(spanTokens > 5);  // the sample has names: the marginals were computed
}

TEST_CASE("the model's common table holds every stop word and common news word") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) return;
  WordRows rows(model, &model.commonWords);
  // The table stops keeping words at its capacity: the list's last word must still be in it.
  const std::vector<std::string_view> common = newslens::lexicon::commonNewsWords();
  REQUIRE(common.size() >= 500);
  for (std::string_view word : {common.front(), common[common.size() / 2], common.back()})
    CHECK(WordRows::fromCommon(rows.entry(word, false)));
  CHECK(WordRows::fromCommon(rows.entry("The", false)));
  CHECK_FALSE(WordRows::fromCommon(rows.entry("Broussard", false)));
  CHECK_FALSE(WordRows::fromCommon(rows.entry("government", true)));  // an ALL-CAPS line's word reads differently
}

TEST_CASE("Tagger scores stay exact past its capacity of distinct words") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) return;
  // 5,000 distinct words, 20 a sentence, then the first sentences again.
  std::vector<std::string> storage;
  for (int k = 0; k < 5000; ++k) storage.push_back((k % 3 ? "Word" : "word") + std::to_string(k));
  Tagger tagger(model);
  for (int round = 0; round < 2; ++round)
    for (std::size_t first = 0; first < storage.size(); first += round ? 1000 : 20) {
      std::vector<std::string_view> words;
      for (std::size_t k = first; k < first + 20 && k < storage.size(); ++k) words.push_back(storage[k]);
      words.push_back("the");
      REQUIRE(tagger.emissions(words) == emissionScores(model, words));
    }
}

TEST_CASE("Tagger tags a described sentence by its ids as by its words, past its capacity too") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) return;
  // The sample's sentences, then 5,000 distinct words 20 a sentence (ids past the
  // capacity no longer hold their words when the sentence is tagged), then the sample again.
  std::vector<std::string> storage;
  for (int k = 0; k < 5000; ++k) storage.push_back((k % 3 ? "Word" : "word") + std::to_string(k));
  std::vector<std::vector<std::string_view>> sentences = sampleDocument();
  for (std::size_t first = 0; first < storage.size(); first += 20)
    sentences.emplace_back(storage.begin() + first, storage.begin() + std::min(first + 20, storage.size()));
  for (const auto& words : sampleDocument()) sentences.push_back(words);
  Tagger tagger(model), plain(model);
  std::vector<std::uint32_t> ids;
  bool capsLine = false;
  for (const auto& words : sentences) tagger.describe(words, capsLine, &ids);
  std::size_t at = 0;
  int spans = 0;
  for (const auto& words : sentences) {
    const Tagging byIds = tagger.tag(words, nullptr, &ids[at]), byWords = plain.tag(words);
    at += words.size();
    REQUIRE(byIds.tags == byWords.tags);
    REQUIRE(byIds.confidence == byWords.confidence);
    spans += !decodeSpans(byIds.tags).empty();
  }
  CHECK(at == ids.size());
  CHECK(spans > 5);
}

TEST_CASE("document counts from the tagger's token infos equal those counted from the texts") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) return;
  const FeatureHasher hash(model.hashSeed);
  auto sentences = sampleDocument();
  sentences.push_back({"Officials", "in", "the", "US", "said", "US", "troops", "met", "UK", "police", "."});
  const DocumentWords fromTexts(sentences, hash);
  DocumentWords fromInfos;
  Tagger tagger(model);
  for (const auto& words : sentences) {
    bool capsLine = false;
    fromInfos.add(tagger.describe(words, capsLine), capsLine);
  }
  int counted = 0;
  for (const auto& words : sentences) {
    bool capsLine = false;
    for (const TokenInfo* t : tagger.describe(words, capsLine)) {
      const WordUse a = fromTexts.elsewhere(t->hLower, {}), b = fromInfos.elsewhere(t->hLower, {});
      CHECK(a.capitalized == b.capitalized);
      CHECK(a.lower == b.lower);
      CHECK(a.inName == b.inName);
      counted += a.capitalized + a.lower > 0;
    }
  }
  CHECK(counted > 20);  // the sample has words written elsewhere, so the comparison compares something
}

TEST_CASE("a token's ShapeCasing and Word features together are All of them") {
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  if (model.empty) return;
  const FeatureHasher hash(model.hashSeed);
  const auto sorted = [](std::vector<std::uint32_t> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  for (std::string_view word : {"Biden", "the", "ten-month-old", "CNN", "5,000", "“", "São"})
    for (bool capsLine : {false, true}) {
      const TokenInfo info = describeToken(word, capsLine, model.knownWords, hash);
      for (int offset = -2; offset <= 2; ++offset) {
        std::vector<std::uint32_t> all, halves;
        const auto add = [&](std::vector<std::uint32_t>& out, FeatureSet set) {
          if (offset == 0)
            addOwnFeatures(info, capsLine, model.knownWords, hash, out, set);
          else
            addNeighbourFeatures(&info, offset, capsLine, model.knownWords, hash, out, set);
        };
        add(all, FeatureSet::All);
        add(halves, FeatureSet::ShapeCasing);
        const std::size_t shapes = halves.size();
        add(halves, FeatureSet::Word);
        CHECK(shapes > 0);
        CHECK(halves.size() > shapes);
        CHECK(sorted(all) == sorted(halves));
      }
    }
}

TEST_CASE("FeatureHasher::partAndPrefixes is part() of the string and of its first bytes") {
  const FeatureHasher hash(12345);
  for (std::string_view s : {"", "a", "washington", "s\xC3\xA3o"}) {
    std::uint32_t prefixes[4] = {7, 7, 7, 7};
    const std::size_t count = std::min<std::size_t>(4, s.size());
    CHECK(hash.partAndPrefixes(s, prefixes, count) == hash.part(s));
    for (std::size_t k = 0; k < 4; ++k) CHECK(prefixes[k] == (k < count ? hash.part(s.substr(0, k + 1)) : 7u));
  }
}

TEST_CASE("a token's use of its word, from its text or from its writing bits") {
  const auto check = [](std::string_view prev, std::string_view w, std::string_view next, WordUse want) {
    const WordUse use = useOf(prev, w, next);
    CHECK(use.capitalized == want.capitalized);
    CHECK(use.lower == want.lower);
    CHECK(use.inName == want.inName);
  };
  check("the", "Pichette", "said", WordUse{1, 0, 0});
  check("Patrick", "Pichette", "", WordUse{1, 0, 1});
  check("the", "police", "", WordUse{0, 1, 0});
  check("\"", "Police", "said", WordUse{});  // a quoted sentence's start counts nothing
  check("(", "police", "said", WordUse{});
  check("the", "CNN", "Pichette", WordUse{});  // no lower case: neither
  Model model;
  REQUIRE(loadModel(newslens::builtinModel(), model).ok());
  for (std::string_view word : {"Pichette", "police", "\xE2\x80\x9C", "CNN", "(", "5,000"}) {
    const TokenInfo info = describeToken(word, false, model.knownWords, FeatureHasher(model.hashSeed));
    CHECK(info.writing == writingOf(info.norm));
  }
  // “ reads as " once normalized: a quote mark
  CHECK((describeToken("\xE2\x80\x9C", false, model.knownWords, FeatureHasher(model.hashSeed)).writing &
         kWrittenOpensQuote) != 0);
}
