#include "newslens/ner/tagger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

#include "newslens/ner/features.h"
#include "newslens/ner/model.h"

namespace newslens::ner {
namespace {

constexpr float kNegInf = -std::numeric_limits<float>::infinity();

// The transition table with invalid moves set to -inf (and the end constraint separately).
// Also lists each tag's allowed predecessors, so the inner loops visit ~6 of 17.
struct Allowed {
  bool follow[kTagCount + 1][kTagCount];
  bool end[kTagCount];
  Tag from[kTagCount][kTagCount];
  int fromCount[kTagCount];
  Allowed() {
    for (int p = 0; p <= kTagCount; ++p)
      for (int t = 0; t < kTagCount; ++t) follow[p][t] = canFollow(static_cast<Tag>(p), static_cast<Tag>(t));
    for (int t = 0; t < kTagCount; ++t) {
      end[t] = canEnd(static_cast<Tag>(t));
      fromCount[t] = 0;
      for (int p = 0; p < kTagCount; ++p)
        if (follow[p][t]) from[t][fromCount[t]++] = static_cast<Tag>(p);
    }
  }
};

const Allowed& allowed() {
  static const Allowed table;
  return table;
}

}  // namespace

namespace {

// The BILOU grammar (tags.h) has two kinds of step. After a tag that closes every span
// (O, L-x, U-x, or the sentence start) come O, B-x or U-x of any type; after an open
// one (B-x, I-x) only I-x or L-x of its type. So one decoding step is a dense 9 × 9
// block "closed → opening" and four 2 × 2 blocks "open → continuing", and the loops run
// over those blocks, the 9 × 9 one in 16-byte vectors, instead of a list of allowed
// predecessors per tag. Every block keeps predecessors and successors in ascending tag
// order, so each sum and each max visits the same terms in the same order as the plain
// loop over canFollow() (tagger_test.cpp holds one): the results are equal bit for bit.
// (Vector lanes are independent sums: IEEE adds, multiplies, divides and compares give
// each lane what the scalar operation gives, and no build uses fast-math or FMA.)
constexpr int kClosedCount = 1 + 2 * kConllTypeCount;  // O, L-x, U-x
constexpr int kBlockWidth = 12;                        // a block row padded to whole 16-byte vectors

// GCC's and clang's vector extensions: SSE2 natively, SIMD128 in WASM.
typedef float Floats4 __attribute__((vector_size(16)));
typedef double Doubles2 __attribute__((vector_size(16)));
template <typename V, typename T>
V loadLanes(const T* from) {
  V v;
  std::memcpy(&v, from, sizeof v);  // an unaligned load
  return v;
}
template <typename V, typename T>
void storeLanes(V v, T* to) {
  std::memcpy(to, &v, sizeof v);
}

constexpr Tag spanTag(int type, Position pos) { return makeTag(static_cast<ConllType>(type), pos); }

// kClosed: O, L-PER, U-PER, L-ORG, … (the closing tags, ascending); kOpening: O, B-PER,
// U-PER, B-ORG, … (the tags that may follow them, ascending).
template <Position first, Position second>
constexpr std::array<Tag, kClosedCount> withOutside() {
  std::array<Tag, kClosedCount> tags{};
  for (int x = 0; x < kConllTypeCount; ++x) tags[1 + 2 * x] = spanTag(x, first), tags[2 + 2 * x] = spanTag(x, second);
  return tags;
}
constexpr std::array<Tag, kClosedCount> kClosed = withOutside<Position::L, Position::U>();
constexpr std::array<Tag, kClosedCount> kOpening = withOutside<Position::B, Position::U>();

// Scores (float, for Viterbi) or potentials (double, for forward-backward) of the allowed
// moves, block by block, in one flat vector: [closed j][opening q] at kClosedAt, the
// same transposed ([opening q][closed j]) at kClosedByAt, [type][from B, I][to I, L] at
// kOpenAt, and the sentence start's row (all tags, forbidden ones `none`) at kStartAt.
// Block padding holds `none` too.
constexpr int kClosedAt = 0;
constexpr int kClosedByAt = kClosedAt + kClosedCount * kBlockWidth;
constexpr int kOpenAt = kClosedByAt + kClosedCount * kBlockWidth;
constexpr int kStartAt = kOpenAt + kConllTypeCount * 4;
constexpr int kBlocksSize = kStartAt + kTagCount;

constexpr int openAt(int type, int from, int to) { return kOpenAt + type * 4 + from * 2 + to; }
constexpr Tag fromTag(int type, int from) { return spanTag(type, from ? Position::I : Position::B); }
constexpr Tag toTag(int type, int to) { return spanTag(type, to ? Position::L : Position::I); }

// `table`: (kTagCount + 1) rows of kTagCount (row kTagCount = the sentence start).
template <typename T>
void fillBlocks(const T* table, T none, std::vector<T>& out) {
  const Allowed& ok = allowed();
  const auto at = [table](int p, int t) { return table[p * kTagCount + t]; };
  out.assign(kBlocksSize, none);
  for (int j = 0; j < kClosedCount; ++j)
    for (int q = 0; q < kClosedCount; ++q)
      out[kClosedAt + j * kBlockWidth + q] = out[kClosedByAt + q * kBlockWidth + j] = at(kClosed[j], kOpening[q]);
  for (int x = 0; x < kConllTypeCount; ++x)
    for (int from = 0; from < 2; ++from)
      for (int to = 0; to < 2; ++to) out[openAt(x, from, to)] = at(fromTag(x, from), toTag(x, to));
  for (int t = 0; t < kTagCount; ++t)
    if (ok.follow[kTagCount][t]) out[kStartAt + t] = at(kTagCount, t);
}

// The blocks of `table`, made again only when the caller passes another table.
template <typename T>
const T* blocksOf(const T* table, T none, const T*& madeOf, std::vector<T>& blocks) {
  if (madeOf != table || blocks.size() != kBlocksSize) fillBlocks(table, none, blocks), madeOf = table;
  return blocks.data();
}

// Viterbi row i from row i - 1 (`prev`) and row i's emissions `e`: per tag, the best
// score of a path into it (the max over the predecessors the grammar allows) plus its
// emission. The emissions are finite, so a tag no path reaches stays at -inf.
void viterbiStep(const float* blocks, const float* prev, const float* e, float* cur) {
  constexpr int kVectors = kBlockWidth / 4;
  Floats4 best[kVectors];
  for (Floats4& b : best) b = Floats4{} + kNegInf;
  for (int j = 0; j < kClosedCount; ++j) {
    const float from = prev[kClosed[j]];
    for (int v = 0; v < kVectors; ++v) {
      const Floats4 s = from + loadLanes<Floats4>(&blocks[kClosedAt + j * kBlockWidth + 4 * v]);
      best[v] = s > best[v] ? s : best[v];
    }
  }
  float top[kBlockWidth];
  for (int v = 0; v < kVectors; ++v) storeLanes(best[v], &top[4 * v]);
  for (int q = 0; q < kClosedCount; ++q) cur[kOpening[q]] = top[q] + e[kOpening[q]];
  for (int x = 0; x < kConllTypeCount; ++x)
    for (int to = 0; to < 2; ++to) {
      const float viaB = prev[fromTag(x, 0)] + blocks[openAt(x, 0, to)];
      const float viaI = prev[fromTag(x, 1)] + blocks[openAt(x, 1, to)];
      const float best = viaI > viaB ? viaI : viaB;  // viaB first: it wins a tie
      cur[toTag(x, to)] = best + e[toTag(x, to)];
    }
}

// The predecessor of tag `t` on the best path into it from row `prev`: the first, in tag
// order, of those reaching viterbiStep()'s max (recomputed for the one tag the path
// takes, from the same floats, rather than stored for all 17 at every row).
Tag bestPredecessor(const Allowed& ok, const float* prev, const float* transitions, Tag t) {
  float top = kNegInf;
  Tag from = 0;
  for (int k = 0; k < ok.fromCount[t]; ++k) {
    const Tag p = ok.from[t][k];
    const float s = prev[p] + transitions[p * kTagCount + t];
    if (s > top) top = s, from = p;
  }
  return from;
}

}  // namespace

std::vector<Tag> viterbi(const float* emission, int n, const float* transitions) {
  ViterbiBuffers buffers;
  return viterbi(emission, n, transitions, buffers);
}

std::vector<Tag> viterbi(const float* emission, int n, const float* transitions, ViterbiBuffers& buffers) {
  if (n <= 0) return {};
  const Allowed& ok = allowed();
  const float* blocks = blocksOf(transitions, kNegInf, buffers.blocksOf, buffers.blocks);
  std::vector<float>& best = buffers.best;
  // Grown, never shrunk: a shorter sentence after a longer one fills no new zeros.
  if (best.size() < static_cast<std::size_t>(n) * kTagCount) best.resize(static_cast<std::size_t>(n) * kTagCount);
  for (int t = 0; t < kTagCount; ++t) best[t] = blocks[kStartAt + t] + emission[t];
  for (int i = 1; i < n; ++i)
    viterbiStep(blocks, &best[(i - 1) * kTagCount], &emission[i * kTagCount], &best[i * kTagCount]);
  float top = kNegInf;
  Tag last = kOutside;
  for (int t = 0; t < kTagCount; ++t) {
    const float s = best[(n - 1) * kTagCount + t];
    if (ok.end[t] && s > top) top = s, last = static_cast<Tag>(t);
  }
  std::vector<Tag> tags(n);
  tags[n - 1] = last;
  for (int i = n - 1; i > 0; --i) tags[i - 1] = bestPredecessor(ok, &best[(i - 1) * kTagCount], transitions, tags[i]);
  return tags;
}

std::vector<double> transitionPotentials(const float* transitions) {
  const Allowed& ok = allowed();
  std::vector<double> out(static_cast<std::size_t>(kTagCount + 1) * kTagCount, 0.0);
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      if (ok.follow[p][t]) out[p * kTagCount + t] = std::exp(static_cast<double>(transitions[p * kTagCount + t]));
  return out;
}

std::vector<float> tagMarginals(const float* emission, int n, const float* transitions) {
  return tagMarginals(emission, n, transitionPotentials(transitions).data());
}

namespace {

// One token's emission potentials: each score shifted by the token's best, exponentiated.
void emissionPotentials(const float* e, double* phi) {
  const float top = *std::max_element(e, e + kTagCount);
  // A tag 40 below the best has odds under 1e-17: its potential is 0 for any purpose.
  for (int t = 0; t < kTagCount; ++t) {
    const float d = e[t] - top;
    phi[t] = d < -40.0f ? 0.0 : std::exp(static_cast<double>(d));
  }
}

// Divides the kTagCount values of `row` by `scale`, two a vector (each lane's quotient
// is the scalar one: divisions are most of a step's time, vectors halve their count).
void divideRow(double* row, double scale) {
  constexpr int kVectors = kTagCount / 2;
  for (int v = 0; v < kVectors; ++v) storeLanes(loadLanes<Doubles2>(&row[2 * v]) / scale, &row[2 * v]);
  for (int t = 2 * kVectors; t < kTagCount; ++t) row[t] /= scale;
}

// Forward row i from row i - 1 (`prev`, or null for the first row) and row i's
// potentials `phi`, normalized to sum 1; returns the normalizer (1 for an all-zero row).
double alphaStep(const double* blocks, const double* prev, const double* phi, double* cur) {
  double into[kTagCount];  // per tag, the potential of the paths into it
  if (!prev) {
    std::copy(&blocks[kStartAt], &blocks[kStartAt] + kTagCount, into);
  } else {
    constexpr int kVectors = kBlockWidth / 2;
    Doubles2 sums[kVectors] = {};
    for (int j = 0; j < kClosedCount; ++j) {
      const double from = prev[kClosed[j]];
      // A predecessor no path reaches (potentials 40 below the best are 0) adds +0 to
      // each sum, which changes no sum of non-negative terms: skipping it is exact.
      if (from == 0.0) continue;
      for (int v = 0; v < kVectors; ++v)
        sums[v] += from * loadLanes<Doubles2>(&blocks[kClosedAt + j * kBlockWidth + 2 * v]);
    }
    double acc[kBlockWidth];
    for (int v = 0; v < kVectors; ++v) storeLanes(sums[v], &acc[2 * v]);
    for (int q = 0; q < kClosedCount; ++q) into[kOpening[q]] = acc[q];
    for (int x = 0; x < kConllTypeCount; ++x)
      for (int to = 0; to < 2; ++to) {
        double sum = 0.0;
        sum += prev[fromTag(x, 0)] * blocks[openAt(x, 0, to)];
        sum += prev[fromTag(x, 1)] * blocks[openAt(x, 1, to)];
        into[toTag(x, to)] = sum;
      }
  }
  double sum = 0.0;
  for (int t = 0; t < kTagCount; ++t) cur[t] = into[t] * phi[t], sum += cur[t];
  const double scale = sum > 0.0 ? sum : 1.0;
  divideRow(cur, scale);
  return scale;
}

// Backward row i from `next` (row i + 1's potentials times its beta) and the forward
// normalizer of row i + 1.
void betaStep(const double* blocks, const double* next, double scale, double* cur) {
  constexpr int kVectors = kBlockWidth / 2;
  Doubles2 sums[kVectors] = {};
  for (int q = 0; q < kClosedCount; ++q) {
    const double to = next[kOpening[q]];
    if (to == 0.0) continue;  // adds +0 to each sum (as in alphaStep)
    for (int v = 0; v < kVectors; ++v)
      sums[v] += loadLanes<Doubles2>(&blocks[kClosedByAt + q * kBlockWidth + 2 * v]) * to;
  }
  double acc[kBlockWidth];
  for (int v = 0; v < kVectors; ++v) storeLanes(sums[v], &acc[2 * v]);
  for (int j = 0; j < kClosedCount; ++j) cur[kClosed[j]] = acc[j];
  for (int x = 0; x < kConllTypeCount; ++x)
    for (int from = 0; from < 2; ++from) {
      double sum = 0.0;
      sum += blocks[openAt(x, from, 0)] * next[toTag(x, 0)];
      sum += blocks[openAt(x, from, 1)] * next[toTag(x, 1)];
      cur[fromTag(x, from)] = sum;
    }
  divideRow(cur, scale);
}

// The marginal of tag `t` at row i of a forwardBackward() that made beta's row i.
float marginalAt(const MarginalBuffers& b, int i, int t) {
  const double* alpha = &b.alpha[static_cast<std::size_t>(i) * kTagCount];
  const double* beta = &b.beta[static_cast<std::size_t>(i) * kTagCount];
  double z = 0.0;
  for (int u = 0; u < kTagCount; ++u) z += alpha[u] * beta[u];
  return z <= 0.0 ? 0.0f : static_cast<float>(alpha[t] * beta[t] / z);
}

}  // namespace

// In probability space (one exp per score, not per path step): each token's emissions
// are shifted by their maximum, each alpha row is normalized, and the same scale factors
// are reused for beta. (A marginal at row i reads alpha and beta of row i; alpha needs
// every row, for the scales beta divides by.)
void forwardBackward(const float* emission, int n, const double* potentials, int from, MarginalBuffers& b) {
  const Allowed& ok = allowed();
  const double* blocks = blocksOf(potentials, 0.0, b.blocksOf, b.blocks);
  const std::size_t size = static_cast<std::size_t>(n) * kTagCount;
  if (b.phi.size() < size) b.phi.resize(size), b.alpha.resize(size), b.beta.resize(size), b.scale.resize(n);
  double *phi = b.phi.data(), *alpha = b.alpha.data(), *beta = b.beta.data(), *scale = b.scale.data();
  for (int i = 0; i < n; ++i) {
    emissionPotentials(&emission[i * kTagCount], &phi[i * kTagCount]);
    scale[i] = alphaStep(blocks, i ? &alpha[(i - 1) * kTagCount] : nullptr, &phi[i * kTagCount], &alpha[i * kTagCount]);
  }
  for (int t = 0; t < kTagCount; ++t) beta[(n - 1) * kTagCount + t] = ok.end[t] ? 1.0 : 0.0;
  for (int i = n - 2; i >= from; --i) {
    double next[kTagCount];
    for (int t = 0; t < kTagCount; ++t) next[t] = phi[(i + 1) * kTagCount + t] * beta[(i + 1) * kTagCount + t];
    betaStep(blocks, next, scale[i + 1], &beta[i * kTagCount]);
  }
}

std::vector<float> tagMarginals(const float* emission, int n, const double* potentials) {
  if (n <= 0) return {};
  MarginalBuffers buffers;
  forwardBackward(emission, n, potentials, 0, buffers);
  std::vector<float> out(static_cast<std::size_t>(n) * kTagCount, 0.0f);
  for (int i = 0; i < n; ++i)
    for (int t = 0; t < kTagCount; ++t) out[i * kTagCount + t] = marginalAt(buffers, i, t);
  return out;
}

std::vector<float> emissionScores(const Model& model, const std::vector<std::string_view>& words,
                                  const DocumentWords* document) {
  const int n = static_cast<int>(words.size());
  std::vector<float> emission(static_cast<std::size_t>(n) * kTagCount, 0.0f);
  if (model.empty || n == 0) return emission;
  SentenceFeatures features;
  extractFeatures(words, model.knownWords, FeatureHasher(model.hashSeed), features, document);
  for (int i = 0; i < n; ++i) {
    std::int32_t acc[kRowWidth] = {};
    addWeightRows(model, &features.hashes[features.begin[i]], features.begin[i + 1] - features.begin[i], acc);
    for (int t = 0; t < kTagCount; ++t) emission[i * kTagCount + t] = acc[t] * model.weightScale;
  }
  return emission;
}

Tagger::Tagger(const Model& model)
    : model_(model),
      hasher_(model.hashSeed),
      rows_(model, &model.commonWords),
      codedRows_((kCasingFirstCodes + kDocUseCasingCodes + 1) * kRowWidth, 0) {
  if (model.empty) return;
  for (int code = 0; code < kCasingFirstCodes; ++code) {
    const std::uint32_t feature = casingFirstFeature(hasher_, code);
    addWeightRows(model, &feature, 1, &codedRows_[static_cast<std::size_t>(code) * kRowWidth]);
  }
  for (int code = 0; code < kDocUseCasingCodes; ++code) {
    const std::uint32_t feature = docUseCasingFeature(hasher_, code);
    addWeightRows(model, &feature, 1, &codedRows_[static_cast<std::size_t>(kCasingFirstCodes + code) * kRowWidth]);
  }
}

void Tagger::lookUp(const std::vector<std::string_view>& words, const std::uint32_t* ids, bool& capsLine) {
  rows_.endSentence();  // the last sentence's entries past the capacity go now, not before
  // Described words were looked up in their sentence's casing: their entries know it.
  capsLine = ids && !words.empty() && rows_.holds(ids[0]) ? rows_.capsLine(ids[0]) : isCapsLine(words);
  entries_.clear();
  for (std::size_t k = 0; k < words.size(); ++k)
    entries_.push_back(ids && rows_.holds(ids[k]) ? ids[k] : rows_.entry(words[k], capsLine));
  tokens_.clear();  // only now: making entries may move the earlier ones
  for (std::uint32_t e : entries_) tokens_.push_back(&rows_.info(e));
}

const std::vector<const TokenInfo*>& Tagger::describe(const std::vector<std::string_view>& words, bool& capsLine,
                                                      std::vector<std::uint32_t>* ids) {
  lookUp(words, nullptr, capsLine);
  if (ids) ids->insert(ids->end(), entries_.begin(), entries_.end());
  return tokens_;
}

const std::vector<float>& Tagger::emissions(const std::vector<std::string_view>& words, const DocumentWords* document,
                                            const std::uint32_t* ids) {
  const int n = static_cast<int>(words.size());
  if (model_.empty || n == 0) {
    emission_.assign(static_cast<std::size_t>(n) * kTagCount, 0.0f);
    return emission_;
  }
  emission_.resize(static_cast<std::size_t>(n) * kTagCount);  // every score is written below
  bool capsLine = false;
  lookUp(words, ids, capsLine);
  markGazetteer(tokens_, model_.knownWords, hasher_, marks_);
  const SentenceView sentence{tokens_, marks_, capsLine, document};
  const float scale = model_.weightScale;  // a local: the float stores below could alias the model's
  for (int i = 0; i < n; ++i) {
    context_.clear();
    CodedFeatures coded;
    addContextFeatures(sentence, i, hasher_, context_, &coded);
    // The word's own row, its neighbours' (or the edge's) at each offset and the coded
    // features' rows (the last row is zeros, for an absent one), summed in one pass.
    const std::int32_t* rows[2 * WordRows::kMaxOffset + 3];
    for (int d = -WordRows::kMaxOffset; d <= WordRows::kMaxOffset; ++d) {
      const int j = i + d;
      rows[d + WordRows::kMaxOffset] = d == 0            ? rows_.row(entries_[i], 0)
                                       : j >= 0 && j < n ? rows_.row(entries_[j], d)
                                                         : rows_.edge(d, capsLine);
    }
    const int docUse = coded.docUseCasing < 0 ? kDocUseCasingCodes : coded.docUseCasing;
    rows[5] = &codedRows_[static_cast<std::size_t>(coded.casingFirst) * kRowWidth];
    rows[6] = &codedRows_[static_cast<std::size_t>(kCasingFirstCodes + docUse) * kRowWidth];
    static_assert(WordRows::kMaxOffset == 2, "the sum below reads seven rows");
    alignas(16) std::int32_t acc[kRowWidth];
    for (int t = 0; t < kRowWidth; ++t)
      acc[t] = rows[0][t] + rows[1][t] + rows[2][t] + rows[3][t] + rows[4][t] + rows[5][t] + rows[6][t];
    addWeightRows(model_, context_.data(), context_.size(), acc);
    float* out = &emission_[static_cast<std::size_t>(i) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) out[t] = acc[t] * scale;
  }
  return emission_;
}

Tagging Tagger::tag(const std::vector<std::string_view>& words, const DocumentWords* document,
                    const std::uint32_t* ids) {
  Tagging out;
  const int n = static_cast<int>(words.size());
  if (model_.empty || n == 0) {
    out.tags.assign(n, kOutside);
    out.confidence.assign(n, 1.0f);
    return out;
  }
  const std::vector<float>& emission = emissions(words, document, ids);
  out.tags = viterbi(emission.data(), n, model_.transitions.data(), viterbi_);
  // Confidences are read for the tokens of spans only: a sentence without one (most
  // of an article's) skips the forward-backward pass, a third of the tagging time.
  if (std::all_of(out.tags.begin(), out.tags.end(), [](Tag t) { return t == kOutside; })) {
    out.confidence.assign(n, 1.0f);
    return out;
  }
  // Only a span's tokens (tagged other than O) have their marginal read, so beta stops
  // at the first of them and the others keep 1.
  const std::vector<double> handMade = model_.transitionPotentials.empty()  // a model filled by hand, not index()ed
                                           ? transitionPotentials(model_.transitions.data())
                                           : std::vector<double>{};
  const int first = static_cast<int>(
      std::find_if(out.tags.begin(), out.tags.end(), [](Tag t) { return t != kOutside; }) - out.tags.begin());
  forwardBackward(emission.data(), n, handMade.empty() ? model_.transitionPotentials.data() : handMade.data(), first,
                  marginals_);
  out.confidence.assign(n, 1.0f);
  for (int i = first; i < n; ++i)
    if (out.tags[i] != kOutside) out.confidence[i] = marginalAt(marginals_, i, out.tags[i]);
  return out;
}

Tagging tagSentence(const Model& model, const std::vector<std::string_view>& words, const DocumentWords* document) {
  return Tagger(model).tag(words, document);
}

}  // namespace newslens::ner
