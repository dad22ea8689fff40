#include "lib/quote_metrics.h"

#include <algorithm>
#include <cstdio>

namespace newslens::tools {
namespace {

std::uint32_t overlap(std::uint32_t aStart, std::uint32_t aEnd, std::uint32_t bStart, std::uint32_t bEnd) {
  const std::uint32_t start = std::max(aStart, bStart), end = std::min(aEnd, bEnd);
  return end > start ? end - start : 0;
}

// At least half of the gold span's code units are covered (README: overlap >= 0.5 × length).
bool coversHalf(std::uint32_t shared, const GoldQuoteSpan& g) { return 2 * std::uint64_t(shared) >= g.end - g.start; }

double ratio(std::size_t num, std::size_t den) { return den ? double(num) / double(den) : 0.0; }

// README item 5: a named gold speaker S is matched when a predicted mention of the
// predicted speaker overlaps a gold mention of S; UNNAMED needs no speaker at all.
bool speakerMatches(const QuoteArticle& a, const GoldQuoteSpan& g, int speaker) {
  if (g.speaker == "UNNAMED") return speaker < 0;
  if (speaker < 0) return false;
  for (const PredictedMentionSpan& p : a.predictedMentions) {
    if (p.entity != speaker) continue;
    for (const GoldMentionSpan& m : a.goldMentions)
      if (m.entity == g.speaker && overlap(p.start, p.end, m.start, m.end) > 0) return true;
  }
  return false;
}

bool isRunaway(const QuoteArticle& a, const PredictedQuoteSpan& p) {
  std::size_t touched = 0;
  std::uint32_t inside = 0;
  for (const GoldQuoteSpan& g : a.gold) {
    const std::uint32_t shared = overlap(p.start, p.end, g.start, g.end);
    touched += shared > 0;
    inside += shared;
  }
  return touched >= 2 || (p.end - p.start) - inside >= kRunawayOutside;
}

}  // namespace

double QuoteScores::speechPrecision() const { return ratio(detected, predictedSpeech); }
double QuoteScores::speechRecall() const { return ratio(detected, goldSpeech); }
double QuoteScores::termFalseAlarmRate() const { return ratio(termFalseAlarms, goldTerm); }
double QuoteScores::speakerAccuracy() const { return ratio(speakerCorrect, detected); }
double QuoteScores::speakerEndToEnd() const { return ratio(speakerCorrect, goldSpeech); }
double QuoteScores::attributedPrecision() const { return ratio(attributedCorrect, attributed); }

void QuoteScores::add(const QuoteScores& o) {
  goldSpeech += o.goldSpeech;
  goldTerm += o.goldTerm;
  predictedSpeech += o.predictedSpeech;
  predictedTerm += o.predictedTerm;
  detected += o.detected;
  termFalseAlarms += o.termFalseAlarms;
  runaway += o.runaway;
  speakerCorrect += o.speakerCorrect;
  attributed += o.attributed;
  attributedCorrect += o.attributedCorrect;
}

QuoteScores scoreQuotes(const QuoteArticle& a, std::vector<SpeechOutcome>* outcomes) {
  QuoteScores s;
  std::vector<bool> used(a.predicted.size(), false);
  std::vector<bool> creditedCorrectly(a.predicted.size(), false);
  for (const PredictedQuoteSpan& p : a.predicted) {
    (p.term ? s.predictedTerm : s.predictedSpeech) += 1;
    s.attributed += !p.term && p.speaker >= 0;
    s.runaway += isRunaway(a, p);
  }
  for (std::size_t gi = 0; gi < a.gold.size(); ++gi) {
    const GoldQuoteSpan& g = a.gold[gi];
    if (!g.speech) {
      ++s.goldTerm;
      const bool alarm = std::any_of(a.predicted.begin(), a.predicted.end(), [&](const PredictedQuoteSpan& p) {
        return !p.term && coversHalf(overlap(p.start, p.end, g.start, g.end), g);
      });
      s.termFalseAlarms += alarm;
      continue;
    }
    ++s.goldSpeech;
    int best = -1;
    std::uint32_t bestShared = 0;
    for (std::size_t pi = 0; pi < a.predicted.size(); ++pi) {
      const PredictedQuoteSpan& p = a.predicted[pi];
      const std::uint32_t shared = overlap(p.start, p.end, g.start, g.end);
      if (p.term || used[pi] || !coversHalf(shared, g) || shared <= bestShared) continue;
      best = static_cast<int>(pi);
      bestShared = shared;
    }
    SpeechOutcome outcome{gi, best, false};
    if (best >= 0) {
      used[best] = true;
      ++s.detected;
      outcome.speakerCorrect = speakerMatches(a, g, a.predicted[best].speaker);
      s.speakerCorrect += outcome.speakerCorrect;
      creditedCorrectly[best] = outcome.speakerCorrect && a.predicted[best].speaker >= 0;
    }
    if (outcomes) outcomes->push_back(outcome);
  }
  for (std::size_t pi = 0; pi < a.predicted.size(); ++pi) s.attributedCorrect += creditedCorrectly[pi];
  return s;
}

std::string formatQuoteScores(const QuoteScores& s) {
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "speech quotes: %zu gold, %zu predicted (%zu more marked term), %zu detected\n"
                "speech precision %.3f  recall %.3f\n"
                "term false alarms %zu of %zu (%.3f)\n"
                "runaway quotes %zu\n"
                "speaker accuracy %.3f (%zu of %zu detected; end-to-end %.3f of %zu)\n"
                "attributed precision %.3f (%zu of %zu quotes given a speaker)\n",
                s.goldSpeech, s.predictedSpeech, s.predictedTerm, s.detected, s.speechPrecision(), s.speechRecall(),
                s.termFalseAlarms, s.goldTerm, s.termFalseAlarmRate(), s.runaway, s.speakerAccuracy(),
                s.speakerCorrect, s.detected, s.speakerEndToEnd(), s.goldSpeech, s.attributedPrecision(),
                s.attributedCorrect, s.attributed);
  return buf;
}

}  // namespace newslens::tools
