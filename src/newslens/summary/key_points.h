#pragma once
// Key points: an extractive summary. Each candidate sentence (sentence_features.h:
// has a word, is not boilerplate) gets a score from
//   position  — news puts the gist first, so a prior that decays with rank;
//   centrality — how much of the article's recurring vocabulary it carries
//                (each term weighted by how many sentences share it: a centroid,
//                linear in the text, no pairwise pass);
//   entities  — salience of the main entity it mentions, when NER found any
//               (a tie-breaker only: on cnndm dev a larger weight lowered ROUGE);
//   length, numbers, quotation share, final punctuation — adjustments;
// then sentences are picked greedily by score minus redundancy with those already
// picked (MMR) and returned in article order. Contract: never a boilerplate or
// wordless sentence, nor one under 3 words unless nothing longer exists; at most
// Options::keyPoints (-1: 3 to 5 by article length); scores in [0,1]; each point's
// [start, end) is its sentence's content minus a leading dateline (dateline.h).

#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/options.h"

namespace newslens::summary {

// The weights, exposed so the tuning tool can search them; the defaults were
// tuned on cnndm dev (see tools/summary-eval.cpp).
struct KeyPointWeights {
  float position = 1.0f;          // weight of the lead prior
  float positionHalfLife = 0.75f; // rank at which the prior has halved
  float centrality = 0.5f;
  float entities = 0.05f;         // a tie-breaker: on cnndm dev any larger weight lowered ROUGE
  float shortPenalty = 0.6f;      // at most, for sentences under shortWords words
  float longPenalty = 1.5f;       // at most, for sentences over longWords words
  float shortWords = 8;
  float longWords = 30;           // human highlights are short: long sentences dilute
  float numbers = 0.05f;
  float quoted = -0.2f;           // per share of the sentence in quotation marks
  float noFinalPunct = -0.2f;     // headlines and fragments
  float redundancy = 0.6f;        // MMR: weight of the similarity to already picked points
  float duplicate = 0.6f;         // cosine at which a sentence counts as a restatement: skipped
};

// The number of key points chosen when Options::keyPoints is -1.
int defaultKeyPointCount(std::uint32_t words);

std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options);
std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options,
                                      const KeyPointWeights& weights);

}  // namespace newslens::summary
