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
        +1.9413f,  // log_mentions
        +0.3938f,  // log_subjects
        +1.2144f,  // early
        +0.3771f,  // in_lead
        +0.5491f,  // modifier_share
        +0.0730f,  // boilerplate_share
        +0.2885f,  // person
        +0.1882f,  // organization
        +0.2978f,  // place
        +0.2501f,  // nationality
        -1.0447f,  // numeric
        +0.1198f,  // source_only
        -0.1091f,  // in_first
        -0.6920f,  // log_speaker
        +1.1958f,  // spread
        +0.0876f,  // full_name
        +0.0200f,  // other_name
        +0.3010f,  // log_opening
        +0.3546f,  // first_rank
    }};

}  // namespace newslens::entities
