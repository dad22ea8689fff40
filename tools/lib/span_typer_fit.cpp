#include "lib/span_typer_fit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "lib/corpora.h"
#include "newslens/lexicon/lexicon.h"
#include "newslens/lexicon/table.h"
#include "newslens/ner/tagger.h"
#include "newslens/ner/type_rules.h"
#include "newslens/text/utf8.h"

namespace newslens::tools {
namespace {

using lexicon::inList;
using ner::ConllType;

// SplitMix64's output function: a fixed, portable hash of `x`.
std::uint64_t splitMixOnce(std::uint64_t x) {
  std::uint64_t z = x * 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct RawSpan {
  int first = 0, last = 0;
  std::string type;
};

// Spans of BIO or IOB1 labels with their raw type names ("B-x" opens; "I-x" opens
// unless it continues a span of x).
std::vector<RawSpan> rawSpans(const std::vector<std::string>& labels) {
  std::vector<RawSpan> spans;
  for (int i = 0; i < static_cast<int>(labels.size()); ++i) {
    const std::string& l = labels[i];
    if (l.size() < 3 || l[1] != '-' || (l[0] != 'B' && l[0] != 'I')) continue;
    const std::string type = l.substr(2);
    if (l[0] == 'I' && !spans.empty() && spans.back().last == i && spans.back().type == type)
      spans.back().last = i + 1;
    else
      spans.push_back({i, i + 1, type});
  }
  return spans;
}

std::string lower(std::string_view w) { return text::lowercase(ner::normalizeToken(w)); }

bool isCapitalizedWord(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// A name used as a modifier: a hyphenated word whose last part is lower case
// ("York-based", "U.S.-led"); CoNLL tags it MISC, as a one-word demonym.
bool hasLowerTail(std::string_view w) {
  const std::size_t dash = w.rfind('-');
  return dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' && w[dash + 1] <= 'z';
}

bool oneOf(std::string_view type, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), type) != names.end();
}

// The place rules: FAC for a building or street, else type_rules.h's LOC/GPE.
EntityType placeType(const std::vector<std::string_view>& tokens, const ner::Model& model) {
  if (tokens.size() > 1 &&
      inList(lower(tokens.back()),
             {"stadium",   "street", "avenue", "road",  "bridge", "airport", "square",  "building",
              "tower",     "hall",   "palace", "arena", "prison", "station", "highway", "boulevard",
              "cathedral", "temple", "mosque", "park",  "center", "centre",  "field"}))
    return EntityType::FAC;
  return ner::ontonotesType(ConllType::LOC, tokens, model.knownWords, ner::FeatureHasher(model.hashSeed));
}

// A one-word organization used as a service: "on Twitter", "her Facebook page".
bool usedAsService(const std::vector<std::string>& words, const RawSpan& s) {
  if (s.last - s.first != 1) return false;
  const std::string prev = s.first > 0 ? lower(words[s.first - 1]) : "";
  const std::string next = s.last < static_cast<int>(words.size()) ? lower(words[s.last]) : "";
  return lexicon::isServicePreposition(prev) || lexicon::isServiceNoun(next);
}

// OntoNotes type of one span of `corpus` (nullopt: not used), and the CoNLL type the
// tagger would be trained to give it (`conll`).
std::optional<EntityType> mappedType(const std::string& corpus, const std::vector<std::string>& words, const RawSpan& s,
                                     const ner::Model& model, const std::unordered_set<std::string>& brands,
                                     ConllType& conll) {
  const std::vector<std::string_view> tokens(words.begin() + s.first, words.begin() + s.last);
  std::optional<EntityType> type;
  if (corpus == "conll") {
    const std::optional<ConllType> c = ner::conllTypeFromName(s.type);
    if (!c) return std::nullopt;
    conll = *c;
    type = ner::ontonotesType(conll, tokens, model.knownWords, ner::FeatureHasher(model.hashSeed));
    if (conll == ConllType::LOC) type = placeType(tokens, model);
    // A several-word MISC the rules only default to NORP is a group when it ends in a
    // demonym ("Bosnian Serbs", "Latin American", "Roman Catholic") or is a name used as
    // a modifier ("New York-based", as one-word "Toronto-based"), a product when it
    // starts with a brand ("Toyota Celica", "Ford Escort"); else it is left out.
    if (conll == ConllType::MISC && *type == EntityType::NORP && tokens.size() > 1 &&
        !(ner::looksLikeDemonym(tokens.back()) && isCapitalizedWord(tokens.back())) && !hasLowerTail(tokens.back())) {
      if (!brands.count(lower(tokens.front()))) return std::nullopt;
      type = EntityType::PRODUCT;
    }
  } else {
    const std::string& t = s.type;
    if (oneOf(t, {"person", "politician", "writer", "scientist", "researcher", "musicalartist"}))
      type = EntityType::PERSON;
    else if (oneOf(t, {"organisation", "politicalparty", "band", "university", "magazine", "academicjournal",
                       "corporation", "group"}))
      type = EntityType::ORG;
    else if (t == "country")
      type = EntityType::GPE;
    else if (t == "location")
      type = placeType(tokens, model);
    else if (oneOf(t, {"event", "election", "conference"}))
      type = EntityType::EVENT;
    else if (oneOf(t, {"book", "poem", "album", "song", "creative-work"}))
      type = EntityType::WORK_OF_ART;
    else if (t == "product")
      type = EntityType::PRODUCT;
    else
      return std::nullopt;
    const EntityType e = *type;
    conll = e == EntityType::PERSON                                                  ? ConllType::PER
            : e == EntityType::ORG                                                   ? ConllType::ORG
            : (e == EntityType::GPE || e == EntityType::LOC || e == EntityType::FAC) ? ConllType::LOC
                                                                                     : ConllType::MISC;
  }
  if (*type == EntityType::ORG && usedAsService(words, s)) type = EntityType::PRODUCT;
  return type;
}

// The brands of a corpus: words it tags as a one-word organization somewhere
// ("Toyota", "Ford"), lowercased.
std::unordered_set<std::string> oneWordOrganizations(const std::vector<ConllSentence>& sentences,
                                                     const std::string& corpus) {
  std::unordered_set<std::string> out;
  if (corpus != "conll") return out;
  for (const ConllSentence& s : sentences)
    for (const RawSpan& raw : rawSpans(s.labels))
      if (raw.last - raw.first == 1 && raw.type == "ORG") out.insert(lower(s.words[raw.first]));
  return out;
}

}  // namespace

bool readTypedSpans(const std::string& path, const std::string& corpus, float weight, const ner::Model& model,
                    std::vector<TypedSentence>& out) {
  std::vector<ConllSentence> sentences;
  if (!readConllFile(path, sentences)) return false;
  std::vector<ConllSentence> mapped = sentences;
  if (corpus == "crossner") mapLabels(mapped, crossnerType);
  if (corpus == "wnut") mapLabels(mapped, wnutType);
  const std::unordered_set<std::string> brands = oneWordOrganizations(sentences, corpus);
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    ConllSentence& s = sentences[k];
    TypedSentence typed;
    typed.conllLabels = std::move(mapped[k].labels);
    for (const RawSpan& raw : rawSpans(s.labels)) {
      TypedSpan span{raw.first, raw.last};
      if (const std::optional<EntityType> type = mappedType(corpus, s.words, raw, model, brands, span.conll)) {
        span.type = *type;
        typed.spans.push_back(span);
      }
    }
    typed.words = std::move(s.words);
    typed.weight = weight;
    typed.quoteWorks = corpus != "conll";
    out.push_back(std::move(typed));
  }
  return true;
}

namespace {

// The span's features, also in quotation marks when `quote` ("X ," → "\" X , \"").
void addExample(const std::vector<std::string_view>& words, const TypedSpan& span, ConllType conll, bool quote,
                const ner::Model& model, float weight, std::vector<TyperExample>& out) {
  const ner::FeatureHasher hash(model.hashSeed);
  TyperExample ex;
  ex.type = span.type;
  ex.weight = weight;
  const auto first = static_cast<std::size_t>(span.first), last = static_cast<std::size_t>(span.last);
  if (!quote) {
    ner::spanTypeFeatures(ner::SpanInSentence{words, first, last, conll}, model.knownWords, hash, ex.features);
  } else {
    std::vector<std::string_view> q(words.begin(), words.begin() + span.first);
    q.push_back("\"");
    q.insert(q.end(), words.begin() + span.first, words.begin() + span.last);
    std::size_t rest = last;
    if (rest < words.size() && words[rest] == ",") q.push_back(","), ++rest;
    q.push_back("\"");
    q.insert(q.end(), words.begin() + static_cast<std::ptrdiff_t>(rest), words.end());
    ner::spanTypeFeatures(ner::SpanInSentence{q, first + 1, last + 1, conll}, model.knownWords, hash, ex.features);
  }
  out.push_back(std::move(ex));
}

}  // namespace

void jackknife(std::vector<TypedSentence>& sentences, int folds, const ner::Model& model, const TrainOptions& options) {
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<ConllSentence> train;
    for (std::size_t k = 0; k < sentences.size(); ++k)
      if (static_cast<int>(k % folds) != fold)
        train.push_back(ConllSentence{sentences[k].words, sentences[k].conllLabels, sentences[k].weight, -1});
    ner::Model tagger;
    tagger.hashSeed = model.hashSeed;
    tagger.knownWords = model.knownWords;
    trainPerceptron(train, {}, options, tagger, [](const std::string&) {});
    for (std::size_t k = fold; k < sentences.size(); k += folds) {
      const std::vector<std::string_view> words(sentences[k].words.begin(), sentences[k].words.end());
      sentences[k].tagged = spansFromTags(ner::tagSentence(tagger, words).tags);
    }
  }
}

std::vector<TyperExample> typerExamples(const std::vector<TypedSentence>& sentences, const ner::Model& model,
                                        int noisePercent) {
  std::vector<TyperExample> out;
  std::uint64_t noiseState = 0;
  for (const TypedSentence& s : sentences) {
    const std::vector<std::string_view> words(s.words.begin(), s.words.end());
    const std::vector<Span> tagged = s.tagged ? *s.tagged : spansFromTags(ner::tagSentence(model, words).tags);
    for (const TypedSpan& span : s.spans) {
      ConllType conll = span.conll;
      for (const Span& t : tagged)
        if (t.start == span.first && t.end == span.last) conll = t.type;
      // Out of its domain the tagger errs more often than on held-out folds of its own
      // data: a share of the spans is read with a random CoNLL type.
      if (noisePercent > 0 && splitMixOnce(++noiseState) % 100 < static_cast<std::uint64_t>(noisePercent))
        conll = static_cast<ConllType>(splitMixOnce(++noiseState) % ner::kConllTypeCount);
      addExample(words, span, conll, false, model, s.weight, out);
      const bool quotedAlready = span.first > 0 && (words[span.first - 1] == "\"" || words[span.first - 1] == "'");
      if (s.quoteWorks && span.type == EntityType::WORK_OF_ART && !quotedAlready)
        addExample(words, span, conll, true, model, s.weight, out);
    }
  }
  return out;
}

namespace {

// SplitMix64: a fixed, portable sequence (std::shuffle's is implementation-defined).
std::uint64_t splitMix(std::uint64_t& state) { return splitMixOnce(++state); }

constexpr int kTypes = ner::kNameTypeCount;

// Averaged perceptron over examples whose features are rows; returns the averaged weights.
std::vector<double> perceptron(const std::vector<std::vector<std::uint32_t>>& rows,
                               const std::vector<TyperExample>& train, std::size_t rowCount,
                               const TyperOptions& options) {
  std::vector<double> w(rowCount * kTypes, 0.0), u(rowCount * kTypes, 0.0);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::uint64_t state = options.seed;
  double c = 1.0;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[splitMix(state) % i]);
    for (std::size_t k : order) {
      double scores[kTypes] = {};
      for (std::uint32_t r : rows[k])
        for (int t = 0; t < kTypes; ++t) scores[t] += w[r * kTypes + t];
      const int predicted = static_cast<int>(std::max_element(scores, scores + kTypes) - scores);
      const int gold = static_cast<int>(train[k].type);
      if (predicted != gold)
        for (std::uint32_t r : rows[k]) {
          w[r * kTypes + gold] += train[k].weight, u[r * kTypes + gold] += c * train[k].weight;
          w[r * kTypes + predicted] -= train[k].weight, u[r * kTypes + predicted] -= c * train[k].weight;
        }
      c += 1.0;
    }
  }
  for (std::size_t i = 0; i < w.size(); ++i) w[i] -= u[i] / c;
  return w;
}

}  // namespace

ner::SpanTyper fitSpanTyper(const std::vector<TyperExample>& train, const TyperOptions& options) {
  std::unordered_map<std::uint32_t, std::uint32_t> rowOf;
  std::vector<std::uint32_t> keys;
  std::vector<std::vector<std::uint32_t>> rows(train.size());
  for (std::size_t k = 0; k < train.size(); ++k)
    for (std::uint32_t f : train[k].features) {
      const auto [it, added] = rowOf.emplace(f, static_cast<std::uint32_t>(keys.size()));
      if (added) keys.push_back(f);
      rows[k].push_back(it->second);
    }
  // Averaged over several shuffles: one perceptron's weights move with the order it
  // met the examples in, which retyped ±0.15 F1 of CoNLL dev between two orders.
  std::vector<double> w(keys.size() * kTypes, 0.0);
  const int runs = std::max(1, options.seeds);
  for (int run = 0; run < runs; ++run) {
    TyperOptions one = options;
    one.seed = options.seed + static_cast<std::uint64_t>(run) * 0x9E3779B97F4A7C15ull;
    const std::vector<double> wr = perceptron(rows, train, keys.size(), one);
    for (std::size_t i = 0; i < w.size(); ++i) w[i] += wr[i] / runs;
  }
  std::vector<double> norm(keys.size(), 0.0);
  double largest = 0.0;
  for (std::size_t r = 0; r < keys.size(); ++r)
    for (int t = 0; t < kTypes; ++t)
      norm[r] += std::fabs(w[r * kTypes + t]), largest = std::max(largest, std::fabs(w[r * kTypes + t]));
  std::vector<std::uint32_t> byNorm(keys.size());
  std::iota(byNorm.begin(), byNorm.end(), 0);
  std::sort(byNorm.begin(), byNorm.end(), [&](std::uint32_t a, std::uint32_t b) {
    return norm[a] != norm[b] ? norm[a] > norm[b] : keys[a] < keys[b];
  });
  if (byNorm.size() > options.keepRows) byNorm.resize(options.keepRows);
  ner::SpanTyper typer;
  typer.scale = largest > 0 ? static_cast<float>(largest / 127.0) : 1.0f;
  for (std::uint32_t r : byNorm) {
    std::int8_t q[kTypes];
    bool any = false;
    for (int t = 0; t < kTypes; ++t) {
      q[t] = static_cast<std::int8_t>(std::lround(w[r * kTypes + t] / typer.scale));
      any = any || q[t] != 0;
    }
    if (!any) continue;
    typer.keys.push_back(keys[r]);
    typer.weights.insert(typer.weights.end(), q, q + kTypes);
  }
  typer.buildIndex();
  return typer;
}

double typerAccuracy(const ner::SpanTyper& typer, const std::vector<TyperExample>& examples) {
  double right = 0, all = 0;
  for (const TyperExample& ex : examples) {
    all += ex.weight;
    if (ner::predictSpanType(typer, ex.features) == ex.type) right += ex.weight;
  }
  return all > 0 ? right / all : 0.0;
}

}  // namespace newslens::tools
