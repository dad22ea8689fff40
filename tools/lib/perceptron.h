#pragma once
// Training the tagger: an averaged structured perceptron over the hashed
// features of ner/features.h, BILOU targets, constrained Viterbi in the loop;
// the epoch with the best dev F1 is kept. Then, for a small blob: the rows that
// matter least are dropped and the model is trained again on the rows left
// (keepRows), small weights are zeroed and the rest quantized to a few values
// (weightLevels) — what the sparse, Rice-coded blob format of ner/model.h rewards.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lib/conll.h"
#include "newslens/ner/model.h"

namespace newslens::tools {

struct TrainOptions {
  int epochs = 12;  // upper bound; the best epoch on dev is kept
  std::uint32_t shuffleSeed = 7;
  int minFeatureCount = 1;   // features seen fewer times in training are dropped
  float pruneBelow = 0.0f;   // rows whose largest |averaged weight| is below this are dropped
  std::size_t keepRows = 0;  // if set: keep this many rows (largest L1 norm), then retrain on them
  int weightLevels = 0;      // if set: quantize |weight| to this many magnitudes, geometric from zeroBelow to the max
  float zeroBelow = 0.0f;    // weights with |w| below this (averaged-weight units) are zeroed
  bool documentFeatures = true;  // non-local features from each sentence's document (ner/document_words.h)
  int documentDropPercent =
      30;  // of the documents, this share is trained without them (as one sentence alone is tagged)
};

struct TrainReport {
  int bestEpoch = 0;
  std::vector<double> devF1;  // per epoch (empty without dev data)
  std::size_t features = 0;   // distinct features before pruning
  int retrainBestEpoch = 0;   // best epoch of the retraining on the kept rows (0: none)
  std::size_t nonzeroWeights = 0;
};

// Trains a model on `train` (dev may be empty: then the last epoch is kept).
// `model` must carry its hashSeed and knownWords; weights, transitions are filled in.
// `log` receives one progress line per epoch.
TrainReport trainPerceptron(const std::vector<ConllSentence>& train, const std::vector<ConllSentence>& dev,
                            const TrainOptions& options, ner::Model& model,
                            const std::function<void(const std::string&)>& log);

}  // namespace newslens::tools
