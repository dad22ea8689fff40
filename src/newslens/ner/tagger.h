#pragma once
// Sequence decoding over BILOU tags (tags.h): Viterbi restricted to valid tag
// sequences, forward-backward marginals for confidences, and the glue that runs
// a loaded model over one sentence's token texts.

#include <string_view>
#include <vector>

#include "newslens/ner/features.h"
#include "newslens/ner/tags.h"
#include "newslens/ner/word_rows.h"

namespace newslens::ner {

struct Model;
class DocumentWords;

// Transition scores: (kTagCount + 1) rows of kTagCount, row kTagCount = sentence start.
// Best tag sequence for `n` tokens whose emission scores are emission[i * kTagCount + t],
// among sequences allowed by canFollow()/canEnd() only.
std::vector<Tag> viterbi(const float* emission, int n, const float* transitions);

// What viterbi() builds per call, kept by a caller that decodes many sentences: the
// transitions (those at `blocksOf`) laid out by the grammar's blocks, and the score table.
struct ViterbiBuffers {
  const float* blocksOf = nullptr;
  std::vector<float> blocks, best;
};
// The same as viterbi() above, reusing `buffers` (the transitions must not change in
// place between calls that pass the same pointer).
std::vector<Tag> viterbi(const float* emission, int n, const float* transitions, ViterbiBuffers& buffers);

// Posterior probability of each tag at each token (n * kTagCount), over valid
// sequences, with path scores read as log-potentials.
std::vector<float> tagMarginals(const float* emission, int n, const float* transitions);
// The same with the transitions as potentials, exp(score) (0 for invalid moves), as
// transitionPotentials() computes them once per model.
std::vector<float> tagMarginals(const float* emission, int n, const double* potentials);
std::vector<double> transitionPotentials(const float* transitions);

// The forward-backward tables, kept by a caller that computes marginals for many
// sentences, and the potentials (those at `blocksOf`, which must not change in place
// between calls that pass the same pointer) laid out by the grammar's blocks.
struct MarginalBuffers {
  const double* blocksOf = nullptr;
  std::vector<double> blocks, phi, alpha, beta, scale;
};
// Scaled forward-backward over `n` tokens, transitions as potentials: fills `buffers`
// with each token's emission potentials (phi), the normalized forward table (alpha) and
// its normalizers (scale) for every row, and the backward table (beta) for rows
// [from, n) only, n * kTagCount each (scale: n; the vectors may be longer, from an
// earlier longer sentence). tagMarginals() reads them at every row.
void forwardBackward(const float* emission, int n, const double* potentials, int from, MarginalBuffers& buffers);

struct Tagging {
  std::vector<Tag> tags;
  // Marginal probability of the chosen tag, per token of a span (tagged other than O:
  // the only ones read); 1 for the others (the marginals are computed only where some
  // span needs its confidence).
  std::vector<float> confidence;
};

// Emission scores of the sentence `words` under `model` (words.size() * kTagCount);
// `document` (optional) is the sentence's document, for the non-local features. The
// plain sum over extractFeatures(): what Tagger computes faster, and must equal.
std::vector<float> emissionScores(const Model& model, const std::vector<std::string_view>& words,
                                  const DocumentWords* document = nullptr);

// Tags the sentences of one analysis. It keeps each distinct word's weight rows
// (WordRows) and its buffers from one sentence to the next, so a word written again
// costs a lookup; one Tagger per document (or per thread), never shared.
class Tagger {
 public:
  // A tagger under `model`, which must outlive it.
  explicit Tagger(const Model& model);

  // Tags one sentence (of `document`, if given). An empty model tags everything O.
  // `ids` (optional): what describe() appended for these words, so they are not looked
  // up again (a document's sentences are described first, for its context, then tagged).
  Tagging tag(const std::vector<std::string_view>& words, const DocumentWords* document = nullptr,
              const std::uint32_t* ids = nullptr);

  // What the features read of each token of the sentence `words` (found or made in this
  // tagger's rows), and whether it is an ALL-CAPS line; valid until the next call. Appends
  // the words' ids in those rows to `ids` (optional), for tag().
  const std::vector<const TokenInfo*>& describe(const std::vector<std::string_view>& words, bool& capsLine,
                                                std::vector<std::uint32_t>* ids = nullptr);

  // The sentence's emission scores, equal to emissionScores() (words.size() * kTagCount).
  const std::vector<float>& emissions(const std::vector<std::string_view>& words,
                                      const DocumentWords* document = nullptr, const std::uint32_t* ids = nullptr);

 private:
  // Fills entries_ and tokens_ for `words`, taking each of `ids` (optional) the rows still hold.
  void lookUp(const std::vector<std::string_view>& words, const std::uint32_t* ids, bool& capsLine);

  const Model& model_;
  FeatureHasher hasher_;
  WordRows rows_;
  std::vector<std::uint32_t> entries_;    // per token: its WordRows entry
  std::vector<const TokenInfo*> tokens_;  // per token: its entry's info
  std::vector<GazetteerMarks> marks_;
  std::vector<std::uint32_t> context_;  // one token's context feature hashes
  // The weight rows (kRowWidth lanes) of the CodedFeatures (features.h), by casingFirst
  // code, then kCasingFirstCodes + docUseCasing code, then a row of zeros.
  std::vector<std::int32_t> codedRows_;
  std::vector<float> emission_;
  ViterbiBuffers viterbi_;
  MarginalBuffers marginals_;
};

// Tags one sentence (of `document`, if given) with a Tagger of its own. An empty model tags everything O.
Tagging tagSentence(const Model& model, const std::vector<std::string_view>& words,
                    const DocumentWords* document = nullptr);

}  // namespace newslens::ner
