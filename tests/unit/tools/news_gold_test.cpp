// news_gold loader and entity metrics (tools/lib/news_gold*.h), on hand-made
// articles whose scores can be counted by hand, and on the real dev file when present.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "lib/news_gold.h"
#include "lib/news_gold_entities.h"

using namespace newslens;
using namespace newslens::tools;

namespace {

GoldArticle article() {
  GoldArticle a;
  a.article = "Mr Xi met Biden. Xi left Beijing. Biden stayed.";
  a.mentions = {{3, 5, "Xi", "PERSON", "Xi Jinping"},
                {10, 15, "Biden", "PERSON", "Joe Biden"},
                {17, 19, "Xi", "PERSON", "Xi Jinping"},
                {25, 32, "Beijing", "GPE", "Beijing"},
                {34, 39, "Biden", "PERSON", "Joe Biden"}};
  return a;
}

}  // namespace

TEST_CASE("typed and untyped exact-span scores count each gold mention once") {
  Prediction p;
  p.mentions = {{3, 5, EntityType::PERSON, 0},    // hit
                {10, 15, EntityType::GPE, 1},     // right span, wrong type
                {17, 19, EntityType::PERSON, 0},  // hit
                {25, 32, EntityType::GPE, 2},     // hit
                {33, 39, EntityType::PERSON, 1},  // wrong span
                {40, 46, EntityType::DATE, -1}};  // not a name type: dropped
  const EntityScores s = scoreEntities({article()}, {p});
  CHECK(s.typed.truePositives == 3);
  CHECK(s.typed.falsePositives == 2);
  CHECK(s.typed.falseNegatives == 2);
  CHECK(s.untyped.truePositives == 4);
  CHECK(s.untyped.falsePositives == 1);
  CHECK(s.byType[static_cast<int>(EntityType::PERSON)].truePositives == 2);
  CHECK(s.byType[static_cast<int>(EntityType::PERSON)].falseNegatives == 2);
  CHECK(s.byType[static_cast<int>(EntityType::GPE)].falsePositives == 1);
  // Xi groups whole (both exact, cluster 0 alone); Biden has one exact mention
  // (cluster 1), carried by no other entity: whole too. Beijing has one mention: not counted.
  CHECK(s.groupedEntities == 2);
  CHECK(s.groupsWhole == 2);
}

TEST_CASE("groups whole fails on a split, a shared cluster or no exact mention") {
  Prediction split;
  split.mentions = {{3, 5, EntityType::PERSON, 0},
                    {17, 19, EntityType::PERSON, 3},
                    {10, 15, EntityType::PERSON, 1},
                    {34, 39, EntityType::PERSON, 1}};
  CHECK(scoreEntities({article()}, {split}).groupsWhole == 1);  // Xi split, Biden whole
  Prediction shared = split;
  shared.mentions[1].entity = 0;
  shared.mentions[2].entity = 0;
  shared.mentions[3].entity = 0;
  CHECK(scoreEntities({article()}, {shared}).groupsWhole == 0);  // one cluster for both
  Prediction none;
  none.mentions = {{0, 5, EntityType::PERSON, 0}};
  const EntityScores s = scoreEntities({article()}, {none});
  CHECK(s.groupsWhole == 0);
  CHECK(s.groupedEntities == 2);
}

TEST_CASE("news_gold reader keeps offsets, types, keys and quote speakers") {
  const std::string path = (std::filesystem::temp_directory_path() / "newslens_news_gold_test.jsonl").string();
  {
    std::ofstream out(path);
    out << R"({"id": "a", "article": "“Hi,” said Zoë Li.", "mentions": [{"start": 11, "end": 17, "text": "Zoë Li", )"
           R"("type": "PERSON", "entity": "Zoë Li"}], "quotes": [{"start": 1, "end": 4, "text": "Hi,", "kind": "speech", )"
           R"("speaker": "Zoë Li"}, {"start": 0, "end": 0, "text": "", "kind": "term", "speaker": null}]})"
        << "\n\n";
  }
  std::vector<GoldArticle> articles;
  std::string error;
  REQUIRE(readNewsGold(path, articles, error));
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].mentions[0].type == "PERSON");
  CHECK(sliceUtf16(articles[0].article, 11, 17) == "Zoë Li");
  CHECK(sliceUtf16(articles[0].article, 1, 4) == "Hi,");
  CHECK(articles[0].quotes[0].speaker == std::optional<std::string>("Zoë Li"));
  CHECK(!articles[0].quotes[1].speaker);
  {
    std::ofstream out(path);
    out << "{\"article\": 3}\n";
  }
  articles.clear();
  CHECK(!readNewsGold(path, articles, error));
  CHECK(error.find(":1:") != std::string::npos);
  std::filesystem::remove(path);
}

TEST_CASE("predictions come back in UTF-16 offsets") {
  Analysis a;
  const std::string text = "Zoë met Li";
  Mention m;
  m.start = 9;  // "Li": bytes 9..11, UTF-16 8..10
  m.end = 11;
  m.type = EntityType::PERSON;
  a.mentions.push_back(m);
  const Prediction p = predictionOf(text, a);
  CHECK(p.mentions[0].start == 8);
  CHECK(p.mentions[0].end == 10);
}

TEST_CASE("the shipped pipeline keeps its news_gold dev figures") {
  const std::string path = std::string(NEWSLENS_DATA_DIR) + "/data/news_gold/dev.jsonl";
  if (!std::filesystem::exists(path)) {
    MESSAGE("SKIPPED: news_gold not found at " << path);
    return;
  }
  std::vector<GoldArticle> articles;
  std::string error;
  REQUIRE(readNewsGold(path, articles, error));
  REQUIRE(articles.size() == 20);
  std::size_t mentions = 0, quotes = 0;
  for (const GoldArticle& a : articles) {
    mentions += a.mentions.size();
    quotes += a.quotes.size();
    for (const GoldMention& m : a.mentions) REQUIRE(sliceUtf16(a.article, m.start, m.end) == m.text);
  }
  CHECK(mentions == 875);
  CHECK(quotes == 174);
  const EntityScores s = scoreEntities(articles, predictAll(Analyzer(), articles));
  MESSAGE("news_gold typed F1 " << s.typed.f1() << ", untyped " << s.untyped.f1() << ", groups whole "
                                << s.groupsWholeRate());
  // Measured: typed 0.895 (0.828 when the span typer shipped, 0.798 before it), untyped 0.959,
  // groups whole 0.962 (MODEL_CARD.md has the model rows; the set is small: a point is noise).
  CHECK(s.typed.f1() >= 0.85);
  CHECK(s.untyped.f1() >= 0.92);
  CHECK(s.groupsWholeRate() >= 0.85);
}
