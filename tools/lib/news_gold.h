#pragma once
// news_gold: the hand-annotated CNN development set (../shared/data/news_gold/dev.jsonl;
// its README defines the scheme and the metrics). One loader for every metric built on
// it (entities: news_gold_entities.h; quotes beside it), and one place that runs the
// real Analyzer over an article and turns its result into the set's coordinates.
// Every offset here is a UTF-16 code-unit offset into the article, as in the file.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/analyzer.h"

namespace newslens::tools {

struct GoldMention {
  std::uint32_t start = 0, end = 0;  // UTF-16, end exclusive
  std::string text;
  std::string type;    // PERSON, NORP, ORG, GPE, LOC, FAC, EVENT, PRODUCT, WORK_OF_ART, LAW
  std::string entity;  // canonical key, unique per real-world thing within the article
};

struct GoldQuote {
  std::uint32_t start = 0, end = 0;  // UTF-16: the text between the marks
  std::string text;
  std::string kind;                    // "speech" or "term"
  std::optional<std::string> speaker;  // an entity key, "UNNAMED", or none (term quotes)
};

struct GoldArticle {
  std::string id;
  std::string article;                // UTF-8, byte for byte as in the file
  std::vector<GoldMention> mentions;  // document order, never overlapping
  std::vector<GoldQuote> quotes;      // document order
};

// Reads every article of a news_gold JSONL file. Returns false with `error` naming the
// file and line on an unreadable file or a line that does not follow the format.
bool readNewsGold(const std::string& path, std::vector<GoldArticle>& out, std::string& error);

// What the system says about one article, in the gold's coordinates (UTF-16).
struct PredictedMention {
  std::uint32_t start = 0, end = 0;
  EntityType type = EntityType::PERSON;
  std::int32_t entity = -1;  // the system's cluster id (Analysis::entities index), -1 if none
};

struct PredictedQuote {
  std::uint32_t start = 0, end = 0;
  std::int32_t speaker = -1;  // cluster id, -1 for no speaker
  bool term = false;          // kind "term": left out of the speech metrics
};

struct Prediction {
  std::vector<PredictedMention> mentions;
  std::vector<PredictedQuote> quotes;
};

// Converts one Analysis of `article` (byte offsets) into UTF-16 predictions.
Prediction predictionOf(const std::string& article, const Analysis& analysis);

// The UTF-8 text of the UTF-16 span [start, end) of `utf8` (clamped to the text).
std::string sliceUtf16(const std::string& utf8, std::uint32_t start, std::uint32_t end);

// Runs `analyzer` over every article (default options) and converts each result.
std::vector<Prediction> predictAll(const Analyzer& analyzer, const std::vector<GoldArticle>& articles);

}  // namespace newslens::tools
