#pragma once
// The key-point scorer's learned parameters, as data: a logistic model over the
// sentence features (sentence_features.h) plus the redundancy weight of the MMR
// pick and the default number of points, all chosen by tools/fit-key-points.cpp
// on cnndm dev with k-fold cross-validation. The fitted numbers live in the
// generated key_point_model_data.h, never as constants in code.
// Versions: 1 — logistic weights over feature set 1, MMR redundancy, default count.

#include "newslens/summary/sentence_features.h"

namespace newslens::summary {

struct KeyPointModel {
  int version = 0;            // of the fitted data (bumped on every refit that ships)
  int featureSetVersion = 0;  // the kFeatureSetVersion the weights were fitted for
  FeatureVector weights{};    // logit = weights · features
  float redundancy = 0;       // MMR: weight of the similarity to already picked points
  int defaultCount = 3;       // points when Options::keyPoints is -1
};

// The model fitted into this build (key_point_model_data.h).
const KeyPointModel& builtinKeyPointModel();

}  // namespace newslens::summary
