#pragma once
// Salience weights (salience.h), written by
//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h
// Do not edit by hand: refit. Version 2: fitted on 500 articles of ../shared/data/cnndm/dev.jsonl;
// held-out hit@3 0.877301 (5-fold cross-validation).

#include "newslens/entities/salience.h"

namespace newslens::entities {

inline constexpr SalienceWeights kDefaultSalienceWeights = {
    2,
    {
        +1.9974f,  // log_mentions
        +0.3619f,  // log_subjects
        +0.8665f,  // early
        +0.3823f,  // in_lead
        +0.4199f,  // modifier_share
        +0.0590f,  // boilerplate_share
        +0.4854f,  // person
        +0.3888f,  // organization
        +0.5031f,  // place
        +0.4699f,  // nationality
        -1.9342f,  // numeric
        +0.1022f,  // source_only
        -0.0451f,  // in_first
        -0.6657f,  // log_speaker
        +1.1659f,  // spread
        +0.0719f,  // full_name
        +0.0869f,  // other_name
        +0.3263f,  // log_opening
        +0.3041f,  // first_rank
    }};

}  // namespace newslens::entities
