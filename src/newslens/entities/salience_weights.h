#pragma once
// Salience weights (salience.h), written by
//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h
// Do not edit by hand: refit. Version 3: fitted on 500 articles of ../shared/data/cnndm/dev.jsonl;
// held-out hit@3 0.895706 (5-fold cross-validation).

#include "newslens/entities/salience.h"

namespace newslens::entities {

inline constexpr SalienceWeights kDefaultSalienceWeights = {
    3,
    {
        +0.1527f,  // log_mentions
        +0.2275f,  // log_subjects
        +1.0229f,  // early
        +0.3856f,  // in_lead
        +0.5243f,  // modifier_share
        +0.0259f,  // boilerplate_share
        -0.0336f,  // person
        +0.1937f,  // organization
        +0.1260f,  // place
        -0.0536f,  // nationality
        -0.4540f,  // numeric
        +0.0835f,  // source_only
        -0.0749f,  // in_first
        -0.6211f,  // log_speaker
        +0.9340f,  // spread
        +0.0224f,  // full_name
        +0.2215f,  // other_name
        +0.2518f,  // log_opening
        +0.3430f,  // first_rank
        -0.0232f,  // log_quoted
        +0.1148f,  // log_pronouns
        -0.0766f,  // log_in_quotes
        +0.3013f,  // log_possessive
        -0.6183f,  // dateline
        +2.0431f,  // log_written
    }};

}  // namespace newslens::entities
