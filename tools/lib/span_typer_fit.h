#pragma once
// Training the span typer (ner/span_typer.h): name spans with OntoNotes types from
// corpora that have them or can be mapped onto them by stated rules, featurized in
// their sentences exactly as the runtime does, then an averaged multiclass
// perceptron (deterministic order), row pruning and int8 quantization.
//
// Type mapping (spanTypeOf* below; nullopt = the span is not used):
//  CoNLL-2003 (silver): PER → PERSON, ORG → ORG, LOC and MISC → the stated rules of
//    ner/type_rules.h, except a several-word MISC the rules only default to NORP: NORP
//    when its last word is a capitalised demonym ("Bosnian Serbs", "Roman Catholic")
//    or a name used as a modifier ("New York-based", as one-word "Toronto-based"),
//    PRODUCT when its first word is a one-word ORG elsewhere in the corpus (a brand and
//    its model: "Toyota Celica", "Ford Escort"), else left out (most are works, events
//    or products the rules cannot tell).
//  CrossNER: person, politician, writer, scientist, researcher, musicalartist → PERSON;
//    organisation, politicalparty, band, university, magazine, academicjournal → ORG;
//    country → GPE; location → the LOC rules; event, election, conference → EVENT;
//    book, poem, album, song → WORK_OF_ART; product → PRODUCT; the rest unused.
//  WNUT-17: person → PERSON, corporation and group → ORG, location → the LOC rules,
//    product → PRODUCT, creative-work → WORK_OF_ART.
//  On every corpus (news_gold's scheme, from OntoNotes): a place whose last word names a
//    building or street ("Stadium", "Street", "Bridge", "Airport", …) is FAC; a one-word
//    organization used as a service — "on X", "via X", or followed by "page", "post",
//    "account", "feed", "users", … — is PRODUCT.
// Works in news stand in quotation marks where Wikipedia set them in italics (lost in
// CrossNER's text): each CrossNER and WNUT work is also trained once in quotes.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lib/conll.h"
#include "lib/perceptron.h"
#include "newslens/analysis.h"
#include "newslens/ner/model.h"

namespace newslens::tools {

struct TypedSpan {
  int first = 0, last = 0;                      // token range in the sentence
  ner::ConllType conll = ner::ConllType::MISC;  // the CoNLL type the tagger would give it
  EntityType type = EntityType::NORP;
};

struct TypedSentence {
  std::vector<std::string> words;
  std::vector<std::string> conllLabels;  // BIO over the CoNLL types (lib/corpora.h's mapping)
  std::vector<TypedSpan> spans;
  std::optional<std::vector<Span>> tagged;  // a held-out tagger's spans (jackknife()), if set
  float weight = 1.0f;
  bool quoteWorks = false;  // also train its works in quotation marks
};

// Reads a BIO/IOB file and keeps its spans with a type from `corpus` ("conll",
// "crossner" or "wnut"), weighted `weight` (every sentence, with or without such a
// span). False if the file cannot be read.
bool readTypedSpans(const std::string& path, const std::string& corpus, float weight, const ner::Model& model,
                    std::vector<TypedSentence>& out);

struct TyperExample {
  std::vector<std::uint32_t> features;
  EntityType type = EntityType::NORP;
  float weight = 1.0f;
};

// Tags each sentence with a tagger trained (as `options` says, on `model`'s known
// words) on the other `folds` - 1 folds, into TypedSentence::tagged: the CoNLL types a
// tagger gives sentences it never saw, which is what the typer meets at run time.
void jackknife(std::vector<TypedSentence>& sentences, int folds, const ner::Model& model, const TrainOptions& options);

// Featurizes every span. The CoNLL type a span is read with is the tagger's
// (TypedSentence::tagged, else `model`'s) where the tagger finds exactly that span,
// so the typer learns how the tagger errs; `noisePercent` of the spans are read with a
// random CoNLL type instead (the tagger errs more on news than on its own held-out data).
std::vector<TyperExample> typerExamples(const std::vector<TypedSentence>& sentences, const ner::Model& model,
                                        int noisePercent = 0);

struct TyperOptions {
  int epochs = 10;
  std::size_t keepRows = 20000;  // rows with the largest L1 norm kept
  std::uint64_t seed = 13;
  int seeds = 1;  // perceptrons trained on as many shuffles, their weights averaged
};

// Trains the typer on `train`; returns it quantized (int8, one scale), index built.
ner::SpanTyper fitSpanTyper(const std::vector<TyperExample>& train, const TyperOptions& options);

// Share of `examples` (weighted) the typer types right.
double typerAccuracy(const ner::SpanTyper& typer, const std::vector<TyperExample>& examples);

}  // namespace newslens::tools
