#pragma once
// The span typer: a linear classifier that gives each name span the tagger found one of
// the ten OntoNotes name types (PERSON … LAW, EntityType's first ten), so products,
// works, facilities and events get their own type instead of CoNLL's MISC and LOC
// (issue 13). It reads the span's words, their shape and clusters, the gazetteer
// categories of the span, the words around it (a title in quotation marks, "on
// Twitter", "the X page", "at Y stadium"), and the tagger's CoNLL type.
// Trained by newslens-train-typer (tools/lib/span_typer_fit.h) on CoNLL-2003, CrossNER
// and WNUT-17 spans with their types mapped onto OntoNotes by stated rules; stored in
// the model blob (model.h, version 4). An empty typer leaves typing to type_rules.h.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "newslens/analysis.h"
#include "newslens/ner/feature_hash.h"
#include "newslens/ner/features.h"
#include "newslens/ner/tags.h"

namespace newslens::ner {

// The types the typer chooses among: EntityType 0 … 9 (PERSON, NORP, ORG, GPE, LOC,
// FAC, EVENT, PRODUCT, WORK_OF_ART, LAW).
inline constexpr int kNameTypeCount = 10;

struct SpanTyper {
  std::vector<std::uint32_t> keys;   // feature hashes, one per weight row
  std::vector<std::int8_t> weights;  // keys.size() × kNameTypeCount; score = Σ weights × scale
  float scale = 1.0f;
  KeyIndex index;  // keys → row, built by buildIndex()

  bool empty() const { return keys.empty(); }
  // Builds `index` (call after filling or loading `keys`).
  void buildIndex() { index = KeyIndex(keys); }
};

// A name span inside its sentence: tokens [first, last) of `words` (raw token texts).
struct SpanInSentence {
  const std::vector<std::string_view>& words;
  std::size_t first = 0;
  std::size_t last = 0;
  ConllType conll = ConllType::MISC;  // the type the tagger gave it
};

// Appends the typer's feature hashes for `span` to `out` (cleared first). Reads only
// the sentence's words and the model's known words, so training and tagging agree.
void spanTypeFeatures(const SpanInSentence& span, const KnownWords& knownWords, const FeatureHasher& hash,
                      std::vector<std::uint32_t>& out);

// Summed weights per type of the features `features` (unknown features add nothing).
std::array<float, kNameTypeCount> spanTypeScores(const SpanTyper& typer, const std::vector<std::uint32_t>& features);

// The best-scoring type of `features` (ties to the lower type id).
EntityType predictSpanType(const SpanTyper& typer, const std::vector<std::uint32_t>& features);

// How much surer (in weight units) the typer must be of a type outside the tagger's
// CoNLL class to cross it (typeWithinMargin). Chosen on CoNLL dev through the pipeline:
// 0 cost 0.2 F1 there (90.99 against 91.19 without a typer), 3 kept it (91.16) and kept
// most of the gain on news (MODEL_CARD.md "Span typer").
inline constexpr float kCrossMargin = 3.0f;

// The type the typer's `scores` give a span the tagger typed `conll`: the best one,
// unless it lies outside the tagger's class (PER: PERSON; ORG: ORG; LOC: GPE, LOC,
// FAC; MISC: NORP, EVENT, PRODUCT, WORK_OF_ART, LAW) and beats the best type inside
// it by no more than `margin`; then that best type inside. Ties go to the lower type id.
EntityType typeWithinMargin(const std::array<float, kNameTypeCount>& scores, ConllType conll, float margin);

// True when the one-word span is used as a service, as news writes a platform it means
// ("on Twitter", "via Facebook", "her Facebook page", "Twitter users", "took to
// Instagram", and each name of "follow him on Facebook, Twitter and Instagram"):
// lexicon's service nouns, prepositions and posting verbs, the contexts the trainer
// maps to PRODUCT (tools/lib/span_typer_fit.h).
bool usedAsService(const SpanInSentence& span);

// True when the typer reads the span as an organization or a product (its best type): a
// name that a service context may make a platform ("on Iran" is a place, "Schilling on
// Twitter" no person). Acronyms never are (usedAsService).
bool servicePlausible(const std::array<float, kNameTypeCount>& scores);

// The place type a lower-case place noun right after the span states: a settlement's
// GPE ("Buratai village", "Tafawa Balewa town"), a region's LOC ("the Darfur region"),
// a camp's FAC ("the Mayo camp": only of a name `read` as a place, "the Trump camp" is
// a person's). nullopt when no such noun follows or the span is a group's adjective:
// a listed nationality ("the Palestinian state"), or read as NORP and shaped like a
// demonym or known to the casing profile ("the Kurdish region", "a Moslem village").
std::optional<EntityType> placeKindType(const SpanInSentence& span, EntityType read, const KnownWords& knownWords,
                                        const FeatureHasher& hash);

// True when the span is the other side of a match result: after lexicon's opponent
// words ("lost 1-0 to Burnley", "beat Levante 2-0") with a score ("1-0") at most five
// words before it or two after. News names a club by its city there; the typer, which
// learned cities as places, reads it as one.
bool opponentInScoreLine(const SpanInSentence& span);

// True when the typer ranks ORG above every type but the places (GPE, LOC, FAC): a
// place name a match result may make a club ("Southampton"), not a person ("Oscar").
bool clubPlausible(const std::array<float, kNameTypeCount>& scores);

// True when the span names a law or treaty by its head: two words or more, the last a
// capitalised lexicon::isLawHead ("Abuja Accord", "Affordable Care Act"), which the
// tagger, after CoNLL's few laws, mostly reads as an organization.
bool namesLaw(const SpanInSentence& span);

// True when the one-word span is a nationality's member noun: a listed nationality and
// "man", "men", "woman" or "women" ("Welshman", "Dutchman", "Frenchwomen"), which
// news_gold types NORP as the nationality (key "Welsh") and the typer, on the shape of a
// surname ("Portman"), reads as a person.
bool nationalityMember(const SpanInSentence& span, const KnownWords& knownWords, const FeatureHasher& hash);

// True when the span names an institution by its head: two words or more, the last a
// capitalised lexicon::isInstitutionHead ("North High School", "London Chest Hospital"),
// which the typer reads as a place when the name starts with one.
bool namesInstitution(const SpanInSentence& span);

// Document-level consistency (after Ratinov & Roth 2009): the typer's scores summed
// over every occurrence of a name in one article, so "Twitter" gets one type from all
// its contexts together ("on Twitter", "Twitter users", "Twitter said").
class TypeVotes {
 public:
  // Adds one occurrence of the name `words` (token texts) with the typer's `scores`;
  // `stated` when its context states the type outright (a platform used as a service,
  // a place named with its kind): it votes that type whole.
  void add(const std::vector<std::string_view>& words, const std::array<float, kNameTypeCount>& scores,
           std::optional<EntityType> stated = std::nullopt);
  // The type the occurrences of `words` vote for together, nullopt unless two or more voted.
  std::optional<EntityType> winner(const std::vector<std::string_view>& words) const;

 private:
  // The words lowercased and space-joined, in key_: one buffer for every lookup of the
  // article (a map keyed by std::string finds only a std::string).
  const std::string& key(const std::vector<std::string_view>& words) const;
  struct Sum {
    std::array<float, kNameTypeCount> p{};  // summed probabilities
    int count = 0;
  };
  std::unordered_map<std::string, Sum> sums_;
  mutable std::string key_;
};

}  // namespace newslens::ner
