#pragma once
// The key-point scorer's view of an article: its candidate sentences (at least one
// word, not boilerplate) and, for each, a fixed vector of numeric signals that the
// learned weights (key_point_model.h) combine. Computed in one pass over the tokens
// plus one over the candidates: linear in the text, whatever its size.
//
// Every signal is relative to the article or bounded, so that one set of weights
// fits short and long articles, and none names an outlet's habits (no "(CNN)",
// no "Read more"): position, length, centrality, entity salience, numbers, quotation,
// novelty against the sentences before it, and the sentence's type (question,
// headline-like fragment, pronoun or attribution). Paragraph position is not among
// them: the training text (cnndm) has no line breaks, so no weight could be learned.

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::summary {

// Indices into a FeatureVector. Changing the set means bumping kFeatureSetVersion
// and refitting (tools/fit-key-points.cpp): the model data states the version it
// was fitted for and the build refuses a mismatch.
enum Feature : std::size_t {
  kBias,              // 1
  kLead,              // the first candidate
  kInversePosition,   // 1 / (rank + 1)
  kRelativePosition,  // rank / candidates, in [0, 1)
  kLength,            // min(words, 60) / 30
  kShortness,         // max(0, 10 − words) / 10: fragments, captions
  kLongness,          // min(1, max(0, words − 35) / 35): run-on sentences
  kCentrality,        // recurring vocabulary carried, / the article's maximum
  kEntitySalience,    // most salient entity mentioned, / the article's maximum
  kTopEntity,         // mentions the article's most salient named entity
  kNumbers,           // has a number
  kQuoted,            // share of its words inside quotation marks
  kNoFinalPunct,      // ends without . ! ? … (headlines, labels)
  kQuestion,          // ends with a question mark
  kNovelty,           // share of its content terms not seen in earlier candidates
  kPronounStart,      // opens with a pronoun or demonstrative: does not stand alone
  kAttribution,       // carries a reporting verb ("said", "told", "according")
  kFeatureCount
};

inline constexpr int kFeatureSetVersion = 1;

// The names the fitting tool prints and writes beside each weight, in Feature order.
inline constexpr std::array<std::string_view, kFeatureCount> kFeatureNames = {
    "bias",           "lead",       "inverse_position", "relative_position", "length",     "shortness",
    "longness",       "centrality", "entity_salience",  "top_entity",        "numbers",    "quoted",
    "no_final_punct", "question",   "novelty",          "pronoun_start",     "attribution"};

using FeatureVector = std::array<float, kFeatureCount>;

// One candidate sentence and the raw counts its features are made from.
struct CandidateSentence {
  std::uint32_t sentence = 0;        // index into Analysis::sentences
  std::uint32_t rank = 0;            // position among the candidates, 0 = first
  std::uint32_t words = 0;           // word and number tokens
  std::uint32_t numbers = 0;         // number tokens
  std::vector<std::uint32_t> terms;  // distinct content-term ids, sorted
  float quoted = 0;                  // share of its words inside quotation marks
  float entitySalience = 0;          // salience of the most salient entity it mentions
  bool topEntity = false;            // mentions Analysis::entities[0] (a named, non-numeric one)
  bool finalPunct = false;           // ends with . ! ? … (a headline usually does not)
  bool question = false;             // ends with ?
  bool pronounStart = false;         // first word is "he", "she", "it", "they", "this" …
  bool attribution = false;          // has a reporting verb
};

struct CandidateSet {
  std::vector<CandidateSentence> candidates;     // in article order
  std::vector<std::uint32_t> sentenceFrequency;  // per term id: candidates containing it
};

// Describes the candidate sentences of an analyzed text (tokens, sentences with
// boilerplate marked, and mentions/entities when NER ran). Never fails; an article
// without a word yields no candidates.
// At most the first 20,000 candidates are kept: a longer paste is not one article.
CandidateSet collectCandidates(std::string_view text, const Analysis& analysis);

// The feature vectors of `set`'s candidates, in the same order (see Feature).
std::vector<FeatureVector> featureVectors(const CandidateSet& set);

// Cosine similarity of two sorted, distinct term-id lists, in [0, 1].
float termCosine(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b);

}  // namespace newslens::summary
