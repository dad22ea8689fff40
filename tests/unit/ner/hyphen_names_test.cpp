#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "lib/evaluate.h"
#include "newslens/analyzer.h"
#include "newslens/builtin_model.h"
#include "newslens/ner/hyphen_names.h"
#include "newslens/ner/model.h"
#include "newslens/text/tokenizer.h"

using newslens::Token;
using newslens::ner::hyphenNamePieces;
using newslens::ner::NamePiece;
using newslens::ner::SpanReading;

namespace {

const newslens::ner::Model& model() {
  static const newslens::ner::Model m = [] {
    newslens::ner::Model loaded;
    (void)newslens::ner::loadModel(newslens::builtinModel(), loaded);
    return loaded;
  }();
  return m;
}

// The pieces of the span over tokens [first, last) of `text`, as their texts.
std::vector<std::string> pieces(const std::string& text, std::uint32_t first, std::uint32_t last, bool person = false,
                                bool sentenceStart = false) {
  const std::vector<Token> tokens = newslens::text::tokenize(text);
  REQUIRE(last <= tokens.size());
  std::vector<std::string> out;
  const newslens::ner::FeatureHasher hash(model().hashSeed);
  for (const NamePiece& p :
       hyphenNamePieces(text, tokens, SpanReading{first, last, person, sentenceStart}, model().knownWords, hash)) {
    CHECK(p.firstToken == first);
    CHECK(p.lastToken == last);
    out.push_back(text.substr(p.start, p.end - p.start));
  }
  return out;
}

using Strings = std::vector<std::string>;

// "TYPE text" for every name the pipeline finds in `text`.
Strings names(std::string_view text) {
  static const newslens::Analyzer analyzer;
  Strings out;
  for (const auto& m : analyzer.analyze(text, {}).mentions)
    if (!newslens::isNumericType(m.type))
      out.push_back(std::string(newslens::entityTypeName(m.type)) + " " +
                    std::string(text.substr(m.start, m.end - m.start)));
  return out;
}

bool has(const Strings& list, const std::string& item) {
  for (const auto& x : list)
    if (x == item) return true;
  return false;
}

}  // namespace

TEST_CASE("a name that builds a modifier is cut out of its hyphenated word") {
  if (newslens::builtinModel().empty()) return;
  CHECK(pieces("a pro-Israel group", 1, 2) == Strings{"Israel"});
  CHECK(pieces("the Chicago-based firm", 1, 2) == Strings{"Chicago"});
  CHECK(pieces("an Israel-first lobby", 1, 2) == Strings{"Israel"});
  CHECK(pieces("the ex-Manchester United striker", 1, 3) == Strings{"Manchester United"});
  CHECK(pieces("a New York-based bank", 1, 3) == Strings{"New York"});
  CHECK(pieces("a pro-North Korea-led rally", 1, 3) == Strings{"North Korea"});
}

TEST_CASE("two names joined for a relation are split; whole hyphenated names stay whole") {
  if (newslens::builtinModel().empty()) return;
  CHECK(pieces("the Israeli-Palestinian conflict", 1, 2) == Strings{"Israeli", "Palestinian"});
  // Nothing to cut: the span is one name as it stands.
  for (const std::string word : {"Coca-Cola", "Guinea-Bissau", "Jean-Claude", "Rolls-Royce", "Mexican-American",
                                 "African-Americans", "Al-Qaeda", "F-16", "US"})
    CHECK_MESSAGE(pieces("the " + word + " said", 1, 2).empty(), word);
  // A name particle belongs to the name; a lone letter is no name ("X-ray").
  CHECK(pieces("the al-Assad regime", 1, 2).empty());
  CHECK(pieces("an X-ray machine", 1, 2).empty());
  // A person's name ends in its own lower-case syllable, and is never split.
  CHECK(pieces("Ban Ki-moon said", 0, 2, true).empty());
  CHECK(pieces("Ban Ki-moon said", 0, 2, false) == Strings{"Ban Ki"});
  // At a sentence's start the capital says nothing: the name left must be one alone.
  CHECK(pieces("Singer-songwriter David Crosby", 0, 1, false, true).empty());
  CHECK(pieces("Israel-first groups", 0, 1, false, true) == Strings{"Israel"});
}

TEST_CASE("the pipeline's names inside hyphenated words are mentions smaller than a token") {
  if (newslens::builtinModel().empty()) return;
  const std::string text =
      "Israel said the pro-Israel group backed an Israel-first policy. The Israeli-Palestinian talks resumed.";
  static const newslens::Analyzer analyzer;
  const newslens::Analysis a = analyzer.analyze(text, {});
  int israel = 0;
  std::int32_t entity = -2;
  std::uint32_t end = 0;
  for (const newslens::Mention& m : a.mentions) {
    CHECK(m.start >= end);  // sorted, disjoint
    end = m.end;
    // The bytes lie inside the mention's own tokens.
    CHECK(a.tokens[m.firstToken].start <= m.start);
    CHECK(m.end <= a.tokens[m.lastToken - 1].end);
    if (text.substr(m.start, m.end - m.start) != "Israel") continue;
    ++israel;
    CHECK(m.type == newslens::EntityType::GPE);
    if (entity == -2) entity = m.entity;
    CHECK(m.entity == entity);  // one entity: the pieces group with the word written alone
  }
  CHECK(israel == 3);
  REQUIRE(entity >= 0);
  CHECK(a.entities[static_cast<std::size_t>(entity)].name == "Israel");
  CHECK(a.entities[static_cast<std::size_t>(entity)].aliases == Strings{"Israel"});
  const Strings found = names(text);
  CHECK(has(found, "NORP Israeli"));
  CHECK(has(found, "NORP Palestinian"));
  CHECK(!has(found, "NORP Israeli-Palestinian"));
  CHECK(has(names("Shares of Coca-Cola rose."), "ORG Coca-Cola"));
}

TEST_CASE("CoNLL reads a name inside one of its tokens as CoNLL tags the token: MISC") {
  if (newslens::builtinModel().empty()) return;
  newslens::tools::ConllSentence s;
  s.words = {"The", "Chicago-based", "company", "joined", "a", "pro-Israel", "group", "in", "Chicago", "."};
  s.labels.assign(s.words.size(), "O");
  const auto labels = newslens::tools::labelThroughPipeline(newslens::Analyzer(), {s}, false);
  REQUIRE(labels.size() == 1);
  CHECK(labels[0][1] == "B-MISC");
  CHECK(labels[0][5] == "B-MISC");
  CHECK(labels[0][8] == "B-LOC");
}
