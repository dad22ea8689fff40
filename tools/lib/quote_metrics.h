#pragma once
// Quote metrics on news_gold (its README, "How to score a system", items 3-5), over
// the loader's types (news_gold.h, UTF-16 offsets). The README defines detection
// recall, term false alarms and speaker accuracy; the other figures the quotes issue
// asks for are defined here once:
// - speech precision: predicted speech quotes (not marked term) paired with a gold
//   speech quote in the detection step / all predicted speech quotes;
// - attributed precision: predicted speech quotes with a speaker whose pairing is a
//   correct named speaker / all predicted speech quotes with a speaker (a speaker
//   given to a term, to an unnamed source or to no gold quote counts as wrong);
// - runaway quote: a predicted quote (either kind) that overlaps two or more gold
//   quotes, or that has kRunawayOutside or more code units outside every gold quote.
// Micro-averaged over articles; matching never crosses articles.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lib/news_gold.h"

namespace newslens::tools {

inline constexpr std::uint32_t kRunawayOutside = 100;

// What happened to one gold speech quote (for a readable error list).
struct SpeechOutcome {
  std::size_t gold = 0;  // index into GoldArticle::quotes
  int predicted = -1;    // index into Prediction::quotes, -1 when missed
  bool speakerCorrect = false;
};

struct QuoteScores {
  std::size_t goldSpeech = 0, goldTerm = 0;
  std::size_t predictedSpeech = 0, predictedTerm = 0;
  std::size_t detected = 0;         // gold speech quotes detected (= speech true positives)
  std::size_t termFalseAlarms = 0;  // gold terms overlapped >= 50% by a predicted speech quote
  std::size_t runaway = 0;
  std::size_t speakerCorrect = 0;  // over detected quotes
  std::size_t attributed = 0;      // predicted speech quotes with a speaker
  std::size_t attributedCorrect = 0;

  double speechPrecision() const;
  double speechRecall() const;
  double termFalseAlarmRate() const;
  double speakerAccuracy() const;  // correct / detected
  double speakerEndToEnd() const;  // correct / gold speech
  double attributedPrecision() const;
  void add(const QuoteScores& other);
};

// Scores one article and, when `outcomes` is given, appends one entry per gold
// speech quote. Matching follows the README: gold speech quotes in order, each
// taking the unused non-term prediction with the largest overlap >= 50% of it.
QuoteScores scoreArticleQuotes(const GoldArticle& gold, const Prediction& predicted,
                               std::vector<SpeechOutcome>* outcomes = nullptr);

// Scores every article against its prediction (same order, same count).
QuoteScores scoreQuotes(const std::vector<GoldArticle>& gold, const std::vector<Prediction>& predicted);

// One line per wrong or missed speech quote and per predicted speech quote matching
// no gold speech quote: the gold and predicted speakers and the quote's start.
// `speakerNames` gives each predicted cluster id's name.
std::string describeQuoteErrors(const GoldArticle& gold, const Prediction& predicted,
                                const std::vector<std::string>& speakerNames);

// The scores as the lines `newslens-eval --news-gold --quotes` prints.
std::string formatQuoteScores(const QuoteScores& scores);

}  // namespace newslens::tools
