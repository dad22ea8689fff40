#pragma once
// Quote metrics of ../shared/data/news_gold/README.md ("How to score a system",
// items 3-5), over spans in UTF-16 code units. The README defines detection
// recall, term false alarms and speaker accuracy; the issue adds three figures it
// leaves open, defined here once:
// - speech precision: predicted speech quotes (kind not "term") paired with a gold
//   speech quote in the detection step / all predicted speech quotes;
// - attributed precision: predicted speech quotes with a speaker whose pairing is a
//   correct named speaker / all predicted speech quotes with a speaker (a speaker
//   given to a term, to an unnamed source or to no gold quote counts as wrong);
// - runaway quote: a predicted quote (either kind) that overlaps two or more gold
//   quotes, or that has kRunawayOutside or more code units outside every gold quote.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace newslens::tools {

inline constexpr std::uint32_t kRunawayOutside = 100;

struct GoldQuoteSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool speech = true;
  std::string speaker;  // an entity key, "UNNAMED", or "" for a term
};

struct GoldMentionSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string entity;
};

struct PredictedQuoteSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  bool term = false;
  int speaker = -1;  // a predicted entity id, -1 for none
};

struct PredictedMentionSpan {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  int entity = -1;
};

// One article: the gold side and a system's prediction, both in article order.
struct QuoteArticle {
  std::vector<GoldQuoteSpan> gold;
  std::vector<GoldMentionSpan> goldMentions;
  std::vector<PredictedQuoteSpan> predicted;
  std::vector<PredictedMentionSpan> predictedMentions;
};

// What happened to one gold speech quote (for a readable error list).
struct SpeechOutcome {
  std::size_t gold = 0;       // index into QuoteArticle::gold
  int predicted = -1;         // index into QuoteArticle::predicted, -1 when missed
  bool speakerCorrect = false;
};

struct QuoteScores {
  std::size_t goldSpeech = 0, goldTerm = 0;
  std::size_t predictedSpeech = 0, predictedTerm = 0;
  std::size_t detected = 0;          // gold speech quotes detected (= speech true positives)
  std::size_t termFalseAlarms = 0;   // gold terms overlapped >= 50% by a predicted speech quote
  std::size_t runaway = 0;
  std::size_t speakerCorrect = 0;    // over detected quotes
  std::size_t attributed = 0;        // predicted speech quotes with a speaker
  std::size_t attributedCorrect = 0;

  double speechPrecision() const;
  double speechRecall() const;
  double termFalseAlarmRate() const;
  double speakerAccuracy() const;     // correct / detected
  double speakerEndToEnd() const;     // correct / gold speech
  double attributedPrecision() const;
  void add(const QuoteScores& other);
};

// Scores one article and, when `outcomes` is given, appends one entry per gold
// speech quote. Matching follows the README: gold speech quotes in order, each
// taking the unused non-term prediction with the largest overlap >= 50% of it.
QuoteScores scoreQuotes(const QuoteArticle& article, std::vector<SpeechOutcome>* outcomes = nullptr);

// The scores as the lines `newslens-eval --news-gold --quotes` prints.
std::string formatQuoteScores(const QuoteScores& scores);

}  // namespace newslens::tools
