#pragma once
// Salience weights (salience.h), written by
//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h
// Do not edit by hand: refit. Version 2: fitted on 500 articles of ../shared/data/cnndm/dev.jsonl;
// held-out hit@3 0.887526 (5-fold cross-validation).

#include "newslens/entities/salience.h"

namespace newslens::entities {

inline constexpr SalienceWeights kDefaultSalienceWeights = {
    2,
    {
        +1.9591f,  // log_mentions
        +0.3941f,  // log_subjects
        +1.2217f,  // early
        +0.4277f,  // in_lead
        +0.6622f,  // modifier_share
        +0.0760f,  // boilerplate_share
        +0.3433f,  // person
        +0.3014f,  // organization
        +0.2795f,  // place
        -0.0574f,  // nationality
        -1.0541f,  // numeric
        +0.1106f,  // source_only
        -0.1474f,  // in_first
        -0.7178f,  // log_speaker
        +1.1479f,  // spread
        +0.0058f,  // full_name
        +0.1874f,  // other_name
        +0.2695f,  // log_opening
        +0.3487f,  // first_rank
    }};

}  // namespace newslens::entities
