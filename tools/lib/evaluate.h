#pragma once
// Scoring the tagger on CoNLL sentences: alone on their own tokens, or through the
// whole pipeline (what a user of analyze() gets).

#include <string>
#include <string_view>
#include <vector>

#include "lib/conll.h"
#include "newslens/analyzer.h"
#include "newslens/ner/document_words.h"
#include "newslens/ner/model.h"

namespace newslens::tools {

// The document context (ner/document_words.h) of every sentence: sentences with the
// same ConllSentence::document share one; a sentence without a document (-1) gets none
// (nullptr). The pointers point into `storage`.
std::vector<const ner::DocumentWords*> documentContexts(const std::vector<ConllSentence>& sentences,
                                                        const ner::FeatureHasher& hash,
                                                        std::vector<ner::DocumentWords>& storage);

// Tags every sentence with `model` (with its document's context) and scores the spans
// against the gold labels.
Scores evaluateModel(const ner::Model& model, const std::vector<ConllSentence>& sentences);

// CoNLL type of an OntoNotes mention type, as bin/conll.mjs folds them: PERSON→PER;
// GPE, LOC, FAC→LOC; ORG→ORG; NORP, EVENT, PRODUCT, WORK_OF_ART, LAW→MISC; false for
// dates and numbers (scored as O).
bool conllTypeOf(EntityType type, ner::ConllType& out);

// The mentions of `text` (sorted, as analyze() gives them) as CoNLL-2003 draws their
// spans: a place or nationality one space before an organization is part of it, as
// CoNLL writes "U.S. State Department" (ORG), where the product gives the United States
// its own mention (news_gold's scheme; the NER stage joins every other place or
// nationality before an organization already). bin/conll.mjs does the same.
std::vector<Mention> conllSpans(std::string_view text, std::vector<Mention> mentions);

// Through the pipeline. Per sentence (`perDocument` false), as `newslens tag --conll`
// does it: each sentence's tokens joined by single spaces and analyzed alone. Per
// document: the sentences of each -DOCSTART- document joined by line breaks and
// analyzed as one article (how the product sees news), offsets mapped back to the
// tokens. Each mention labels the tokens it overlaps (B then I, a token keeping the
// first mention that reaches it), OntoNotes types folded back by conllTypeOf.
// Returns one IOB label vector per sentence.
std::vector<std::vector<std::string>> labelThroughPipeline(const Analyzer& analyzer,
                                                           const std::vector<ConllSentence>& sentences,
                                                           bool perDocument);

// labelThroughPipeline's labels scored against the gold ones.
Scores evaluatePipeline(const Analyzer& analyzer, const std::vector<ConllSentence>& sentences,
                        bool perDocument = false);

// What the steps after the tagger change on CoNLL: per sentence where the pipeline's
// spans differ from the tagger's (the tagger given the same context: its document's
// words per document, none per sentence), the words with gold / tagger / pipeline
// labels; then counts of the tagger's correct spans the pipeline lost (retyped, other
// boundaries, dropped) and of the tagger's errors it fixed, by type.
std::string describePipelineChanges(const ner::Model& model, const Analyzer& analyzer,
                                    const std::vector<ConllSentence>& sentences, bool perDocument);

}  // namespace newslens::tools
