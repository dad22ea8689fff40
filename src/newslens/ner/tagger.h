#pragma once
// Sequence decoding over BILOU tags (tags.h): Viterbi restricted to valid tag
// sequences, forward-backward marginals for confidences, and the glue that runs
// a loaded model over one sentence's token texts.

#include <string_view>
#include <vector>

#include "newslens/ner/tags.h"

namespace newslens::ner {

struct Model;
class DocumentWords;

// Transition scores: (kTagCount + 1) rows of kTagCount, row kTagCount = sentence start.
// Best tag sequence for `n` tokens whose emission scores are emission[i * kTagCount + t],
// among sequences allowed by canFollow()/canEnd() only.
std::vector<Tag> viterbi(const float* emission, int n, const float* transitions);

// Posterior probability of each tag at each token (n * kTagCount), over valid
// sequences, with path scores read as log-potentials.
std::vector<float> tagMarginals(const float* emission, int n, const float* transitions);
// The same with the transitions as potentials, exp(score) (0 for invalid moves), as
// transitionPotentials() computes them once per model.
std::vector<float> tagMarginals(const float* emission, int n, const double* potentials);
std::vector<double> transitionPotentials(const float* transitions);

struct Tagging {
  std::vector<Tag> tags;
  // Marginal probability of the chosen tag, per token; all 1 in a sentence tagged all O
  // (the marginals are computed only when some span needs its confidence).
  std::vector<float> confidence;
};

// Emission scores of the sentence `words` under `model` (words.size() * kTagCount);
// `document` (optional) is the sentence's document, for the non-local features.
std::vector<float> emissionScores(const Model& model, const std::vector<std::string_view>& words,
                                  const DocumentWords* document = nullptr);

// Tags one sentence (of `document`, if given). An empty model tags everything O.
Tagging tagSentence(const Model& model, const std::vector<std::string_view>& words,
                    const DocumentWords* document = nullptr);

}  // namespace newslens::ner
