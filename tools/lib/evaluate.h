#pragma once
// Scoring the tagger on CoNLL sentences: alone on their own tokens, or through the
// whole pipeline (what a user of analyze() gets).

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

// Through the pipeline, as `newslens tag --conll` does it: each sentence's tokens joined
// by single spaces and analyzed; each mention labels the tokens it overlaps (B then I,
// a token keeping the first mention that reaches it), OntoNotes types folded back.
Scores evaluatePipeline(const Analyzer& analyzer, const std::vector<ConllSentence>& sentences);

}  // namespace newslens::tools
