#pragma once
// Training the tagger: an averaged structured perceptron over the hashed
// features of ner/features.h, BILOU targets, constrained Viterbi in the loop;
// the epoch with the best dev F1 is kept, then weights are pruned and quantized
// to int16 into an ner::Model.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lib/conll.h"
#include "newslens/ner/model.h"

namespace newslens::tools {

struct TrainOptions {
  int epochs = 12;               // upper bound; the best epoch on dev is kept
  std::uint32_t shuffleSeed = 7;
  int minFeatureCount = 1;       // features seen fewer times in training are dropped
  float pruneBelow = 0.0f;       // rows whose largest |averaged weight| is below this are dropped
};

struct TrainReport {
  int bestEpoch = 0;
  std::vector<double> devF1;  // per epoch (empty without dev data)
  std::size_t features = 0;   // distinct features before pruning
};

// Trains a model on `train` (dev may be empty: then the last epoch is kept).
// `model` must carry its hashSeed and lexicons; weights, transitions are filled in.
// `log` receives one progress line per epoch.
TrainReport trainPerceptron(const std::vector<ConllSentence>& train, const std::vector<ConllSentence>& dev,
                            const TrainOptions& options, ner::Model& model,
                            const std::function<void(const std::string&)>& log);

}  // namespace newslens::tools
