#pragma once
// Key points: an extractive summary. Each candidate sentence (sentence_features.h:
// has a word, is not boilerplate) is scored by a learned logistic model over its
// features (key_point_model.h: position, length, centrality, entity salience,
// numbers, quotation, novelty, sentence type), fitted on cnndm dev by
// tools/fit-key-points.cpp. Sentences are then picked greedily by score minus the
// model's redundancy weight times their similarity to those already picked (MMR),
// restatements skipped, and returned in article order.
// Contract: never a boilerplate or wordless sentence, nor one under 3 words unless
// nothing longer exists; at most Options::keyPoints (-1: the model's default
// count); scores in [0,1]; each point's [start, end) is its sentence's content
// minus a leading dateline (dateline.h); each point carries its short form
// (short_form.h) and the entities its leaning references stand for (references.h).

#include <cstddef>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/options.h"
#include "newslens/summary/key_point_model.h"
#include "newslens/summary/sentence_features.h"

namespace newslens::summary {

// The model's probability that each candidate belongs in the summary, in [0,1].
std::vector<float> scoreCandidates(const std::vector<FeatureVector>& features, const KeyPointModel& model);

// Indices into set.candidates of at most `wanted` picks, in article order: greedy
// MMR over `scores` with `redundancy` × the largest cosine to a pick so far.
std::vector<std::size_t> pickCandidates(const CandidateSet& set, const std::vector<float>& scores, std::size_t wanted,
                                        float redundancy);

// Key points of an analyzed text with the built-in model, or with `model`.
std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options);
std::vector<KeyPoint> selectKeyPoints(std::string_view text, const Analysis& analysis, const Options& options,
                                      const KeyPointModel& model);

}  // namespace newslens::summary
