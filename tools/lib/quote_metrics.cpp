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
bool coversHalf(std::uint32_t shared, const GoldQuote& g) { return 2 * std::uint64_t(shared) >= g.end - g.start; }

double ratio(std::size_t num, std::size_t den) { return den ? double(num) / double(den) : 0.0; }

// README item 5: a named gold speaker S is matched when a predicted mention of the
// predicted speaker overlaps a gold mention of S; UNNAMED needs no speaker at all.
bool speakerMatches(const GoldArticle& gold, const Prediction& a, const GoldQuote& g, int speaker) {
  const std::string key = g.speaker.value_or("");
  if (key == "UNNAMED") return speaker < 0;
  if (speaker < 0) return false;
  for (const PredictedMention& p : a.mentions) {
    if (p.entity != speaker) continue;
    for (const GoldMention& m : gold.mentions)
      if (m.entity == key && overlap(p.start, p.end, m.start, m.end) > 0) return true;
  }
  return false;
}

bool isSpeech(const GoldQuote& g) { return g.kind == "speech"; }

bool isRunaway(const GoldArticle& gold, const PredictedQuote& p) {
  std::size_t touched = 0;
  std::uint32_t inside = 0;
  for (const GoldQuote& g : gold.quotes) {
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

QuoteScores scoreArticleQuotes(const GoldArticle& gold, const Prediction& a, std::vector<SpeechOutcome>* outcomes) {
  QuoteScores s;
  std::vector<bool> used(a.quotes.size(), false);
  for (const PredictedQuote& p : a.quotes) {
    (p.term ? s.predictedTerm : s.predictedSpeech) += 1;
    s.attributed += !p.term && p.speaker >= 0;
    s.runaway += isRunaway(gold, p);
  }
  for (std::size_t gi = 0; gi < gold.quotes.size(); ++gi) {
    const GoldQuote& g = gold.quotes[gi];
    if (!isSpeech(g)) {
      ++s.goldTerm;
      s.termFalseAlarms += std::any_of(a.quotes.begin(), a.quotes.end(), [&](const PredictedQuote& p) {
        return !p.term && coversHalf(overlap(p.start, p.end, g.start, g.end), g);
      });
      continue;
    }
    ++s.goldSpeech;
    int best = -1;
    std::uint32_t bestShared = 0;
    for (std::size_t pi = 0; pi < a.quotes.size(); ++pi) {
      const PredictedQuote& p = a.quotes[pi];
      const std::uint32_t shared = overlap(p.start, p.end, g.start, g.end);
      if (p.term || used[pi] || !coversHalf(shared, g) || shared <= bestShared) continue;
      best = static_cast<int>(pi);
      bestShared = shared;
    }
    SpeechOutcome outcome{gi, best, false};
    if (best >= 0) {
      used[best] = true;
      ++s.detected;
      outcome.speakerCorrect = speakerMatches(gold, a, g, a.quotes[best].speaker);
      s.speakerCorrect += outcome.speakerCorrect;
      s.attributedCorrect += outcome.speakerCorrect && a.quotes[best].speaker >= 0;
    }
    if (outcomes) outcomes->push_back(outcome);
  }
  return s;
}

QuoteScores scoreQuotes(const std::vector<GoldArticle>& gold, const std::vector<Prediction>& predicted) {
  QuoteScores total;
  for (std::size_t k = 0; k < gold.size() && k < predicted.size(); ++k)
    total.add(scoreArticleQuotes(gold[k], predicted[k]));
  return total;
}

std::string describeQuoteErrors(const GoldArticle& gold, const Prediction& predicted,
                                const std::vector<std::string>& speakerNames) {
  const auto name = [&](int id) {
    return id < 0                                       ? std::string("-")
           : id < static_cast<int>(speakerNames.size()) ? speakerNames[id]
                                                        : std::to_string(id);
  };
  const auto head = [&](std::uint32_t start, std::uint32_t end) {
    return sliceUtf16(gold.article, start, std::min(end, start + 60));
  };
  std::vector<SpeechOutcome> outcomes;
  scoreArticleQuotes(gold, predicted, &outcomes);
  std::string out;
  std::vector<bool> paired(predicted.quotes.size(), false);
  for (const SpeechOutcome& o : outcomes) {
    if (o.predicted >= 0) paired[o.predicted] = true;
    if (o.speakerCorrect) continue;
    const GoldQuote& g = gold.quotes[o.gold];
    out += (o.predicted < 0 ? "missed  gold " : "speaker gold ") + g.speaker.value_or("-") + "  predicted " +
           (o.predicted < 0 ? std::string("-") : name(predicted.quotes[o.predicted].speaker)) + "  | " +
           head(g.start, g.end) + "\n";
  }
  for (std::size_t p = 0; p < predicted.quotes.size(); ++p)
    if (!paired[p] && !predicted.quotes[p].term)
      out += "extra   speech predicted " + name(predicted.quotes[p].speaker) + "  | " +
             head(predicted.quotes[p].start, predicted.quotes[p].end) + "\n";
  return out;
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
                s.termFalseAlarms, s.goldTerm, s.termFalseAlarmRate(), s.runaway, s.speakerAccuracy(), s.speakerCorrect,
                s.detected, s.speakerEndToEnd(), s.goldSpeech, s.attributedPrecision(), s.attributedCorrect,
                s.attributed);
  return buf;
}

}  // namespace newslens::tools
