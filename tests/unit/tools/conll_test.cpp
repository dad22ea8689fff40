#include <doctest/doctest.h>

#include <sstream>

#include "lib/conll.h"
#include "lib/evaluate.h"

using namespace newslens::tools;
using newslens::ner::ConllType;
using S = std::vector<std::string>;

TEST_CASE("CoNLL reader skips -DOCSTART- and keeps the last column") {
  std::istringstream in(
      "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\n\n\n"
      "Peter NNP B-NP I-PER\r\nBlackburn NNP I-NP I-PER\n");
  const auto sentences = readConll(in);
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].words == S{"EU", "rejects", "German"});
  CHECK(sentences[0].labels == S{"I-ORG", "O", "I-MISC"});
  CHECK(sentences[1].labels == S{"I-PER", "I-PER"});
}

TEST_CASE("IOB1 and BIO spans; BILOU round trip") {
  // IOB1: B- only separates two adjacent spans of one type.
  const auto iob1 = spansFromIob(S{"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"});
  REQUIRE(iob1.size() == 4);
  CHECK(iob1[0] == Span{0, 2, ConllType::PER});
  CHECK(iob1[1] == Span{2, 3, ConllType::PER});
  CHECK(iob1[2] == Span{4, 5, ConllType::LOC});
  CHECK(iob1[3] == Span{5, 6, ConllType::ORG});
  const auto bio = spansFromIob(S{"B-ORG", "I-ORG", "I-ORG", "B-MISC", "O"});
  REQUIRE(bio.size() == 2);
  CHECK(bio[0] == Span{0, 3, ConllType::ORG});
  CHECK(spansFromTags(tagsFromSpans(iob1, 6)) == iob1);
  CHECK(spansFromTags(tagsFromSpans(bio, 5)) == bio);
}

TEST_CASE("scores follow the CoNLL convention: exact span and type") {
  Scores s;
  s.add({{0, 2, ConllType::PER}, {3, 4, ConllType::LOC}}, {{0, 2, ConllType::PER}, {3, 4, ConllType::ORG}});
  s.add({{0, 2, ConllType::PER}}, {{0, 1, ConllType::PER}});
  CHECK(s.overall.truePositives == 1);
  CHECK(s.overall.falsePositives == 2);
  CHECK(s.overall.falseNegatives == 2);
  CHECK(s.overall.precision() == doctest::Approx(1.0 / 3));
  CHECK(s.overall.f1() == doctest::Approx(1.0 / 3));
  CHECK(s.byType[static_cast<int>(ConllType::PER)].truePositives == 1);
  CHECK(formatScores(s).find("overall") != std::string::npos);
}

TEST_CASE("CoNLL spans: the United States joins the organization or place after it, a modifier does not") {
  using newslens::EntityType;
  const auto mention = [](std::uint32_t start, std::uint32_t end, EntityType type) {
    newslens::Mention m;
    m.start = start;
    m.end = end;
    m.type = type;
    return m;
  };
  const std::string_view text = "the U.S. State Department and U.S. Gulf rigs";
  const auto spans = conllSpans(text, {mention(4, 8, EntityType::GPE), mention(9, 25, EntityType::ORG),
                                       mention(30, 34, EntityType::GPE), mention(35, 39, EntityType::LOC)});
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[0].start, spans[0].end - spans[0].start) == "U.S. State Department");
  CHECK(spans[0].type == EntityType::ORG);
  CHECK(text.substr(spans[1].start, spans[1].end - spans[1].start) == "U.S. Gulf");
  CHECK(spans[1].type == EntityType::LOC);
  // A hyphenated modifier describes the organization ("Ontario-based Magna"); a person
  // before it stays apart.
  const std::string_view other = "Ontario-based Magna and Smith Corp";
  const auto kept = conllSpans(other, {mention(0, 13, EntityType::NORP), mention(14, 19, EntityType::ORG),
                                       mention(24, 29, EntityType::PERSON), mention(30, 34, EntityType::ORG)});
  CHECK(kept.size() == 4);
}
