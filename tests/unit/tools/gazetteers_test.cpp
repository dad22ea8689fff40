#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string_view>
#include <vector>

#include "lib/gazetteers.h"

using namespace newslens;
using newslens::ner::Gazetteer;

namespace {

std::uint16_t bit(Gazetteer g) { return static_cast<std::uint16_t>(1u << static_cast<int>(g)); }

}  // namespace

TEST_CASE("NLP4J phrases join a model's phrase table for the span typer, its own phrases kept") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "newslens-nlp4j-test";
  fs::create_directories(dir / "nlp4j");
  {
    std::ofstream out(dir / "nlp4j" / "entities.tsv");
    out << "# phrase\ttypes\nnew york\tplace,film_tv\ntop gear\tfilm_tv\nipod\tproduct\n"
           "the big lebowski\tfilm_tv\nchelsea\tperson\n";
  }
  const ner::FeatureHasher hash(5);
  ner::KnownWords known;
  known.phraseKeys = {ner::hashPhrase(hash, "new york")};
  known.phraseBits = {bit(Gazetteer::City)};
  known.maxPhraseTokens = 2;
  known.index();

  // Four phrases of the types asked for ("chelsea" is a person: not asked for).
  CHECK(tools::addNlp4jPhrases(dir.string(), hash, "work,product", known) == 4);
  CHECK(known.maxPhraseTokens == 2);  // the tagger never tries a longer phrase than before
  const auto categories = [&](std::vector<std::string_view> words) {
    return ner::phraseCategories(known, hash, words);
  };
  CHECK(categories({"New", "York"}) == (bit(Gazetteer::City) | bit(Gazetteer::WikiWork)));
  CHECK(categories({"Top", "Gear"}) == bit(Gazetteer::WikiWork));
  CHECK(categories({"iPod"}) == bit(Gazetteer::WikiProduct));
  CHECK(categories({"Chelsea"}) == 0);
  CHECK(categories({"The", "Big", "Lebowski"}) == 0);  // longer than the table's phrases
  CHECK(tools::addNlp4jPhrases((dir / "missing").string(), hash, "work", known) == -1);
  fs::remove_all(dir);
}
