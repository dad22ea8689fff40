#pragma once
// Salience: how central each entity is to the article, in [0,1], summing to 1 over
// all entities (as in Google's entity analysis). Salience is a softmax over entities
//   salience(e) ∝ exp(w · features(e))
// with few features (frequency, first position, lead and first-sentence presence,
// grammatical role, speaker role, quotes it is the speaker of, pronouns that stand for
// it, spread, type, source role, its forms written in the text and in its opening;
// see SalienceFeature) and weights fitted on the human
// highlights of ../shared/data/cnndm/dev.jsonl by newslens-salience-eval --fit
// (cross-validated; salience_weights.h holds them with their version). Source mentions
// ("(CNN)", Mention::role) and mentions in boilerplate sentences never count as
// mentions: an outlet named only in a dateline or credit line is "source only".
// ranking.h applies it to an analysis once the quotes stage has run.

#include <array>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::entities {

enum SalienceFeature : int {
  kLogMentions,       // log(1 + mentions outside source roles and boilerplate)
  kLogSubjects,       // log(1 + those that are a sentence's subject or before a reporting verb)
  kEarly,             // 1 - (first such mention's offset / text length); 0 with none
  kInLead,            // 1 when one stands in the first two content sentences
  kModifierShare,     // share used as a modifier ("US officials")
  kBoilerplateShare,  // share of its non-source mentions in boilerplate sentences
  kPerson,            // type indicators (others: EVENT, PRODUCT, WORK_OF_ART, LAW)
  kOrganization,
  kPlace,           // GPE, LOC, FAC
  kNationality,     // NORP
  kNumeric,         // DATE … ORDINAL (such an entity has only this and kLogMentions)
  kSourceOnly,      // every mention is a source mention
  kInFirst,         // 1 when one stands in the first content sentence (CNN's is the story in a line)
  kLogSpeaker,      // log(1 + mentions next to a reporting verb: "Smith said", "said Smith")
  kSpread,          // (last mention's offset - first's) / text length: the story stays with it
  kFullName,        // its name has two or more words (written out in full somewhere)
  kOtherName,       // EVENT, PRODUCT, WORK_OF_ART, LAW
  kLogOpening,      // log(1 + mentions in the first three content sentences)
  kFirstRank,       // 1 / (1 + rank of the content sentence of its first mention)
  kLogQuoted,       // log(1 + speech quotes it is the speaker of, Quote::speaker)
  kLogPronouns,     // log(1 + pronouns that stand for it, pronouns.h)
  kLogInQuotes,     // log(1 + mentions inside speech quotes): the people quoted talk about it
  kLogPossessive,   // log(1 + mentions before a possessive): "Obama's plan" is about Obama
  kDateline,        // a mention stands in the dateline's place ("WASHINGTON (CNN)"): where, not what
  kLogWritten,      // log(1 + times the text writes its aliases, tagged or not, inside other names too)
  kWrittenOpening,  // log(1 + times the first three content sentences write its forms, as kLogWritten):
                    // the lead names what the story is about, even where the tagger missed it
  kSalienceFeatureCount
};

using SalienceFeatures = std::array<float, kSalienceFeatureCount>;

// A feature's name, for the fitter's report ("log_mentions").
const char* salienceFeatureName(int feature);

struct SalienceWeights {
  int version = 0;
  std::array<float, kSalienceFeatureCount> w{};
};

// The features of every entity of `a` from the mentions that point at it
// (Mention::entity indexes a.entities, which need not be sorted yet) and from the
// quotes whose speaker it is (none when a.quotes is empty).
std::vector<SalienceFeatures> salienceFeatures(std::string_view text, const Analysis& a);

// softmax(w · features): in [0,1], summing to 1; empty for no entities.
std::vector<double> salienceOf(const std::vector<SalienceFeatures>& features, const SalienceWeights& weights);

}  // namespace newslens::entities
