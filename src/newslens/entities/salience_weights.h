#pragma once
// Salience weights (salience.h), written by
//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h
// Do not edit by hand: refit. Version 1: fitted on 500 articles of ../shared/data/cnndm/dev.jsonl;
// held-out hit@3 0.850716 (5-fold cross-validation).

#include "newslens/entities/salience.h"

namespace newslens::entities {

inline constexpr SalienceWeights kDefaultSalienceWeights = {
    1,
    {
        +2.5156f,  // log_mentions
        -0.0679f,  // log_subjects
        +1.1337f,  // early
        +0.7700f,  // in_lead
        +0.3142f,  // modifier_share
        +0.0971f,  // boilerplate_share
        +0.5430f,  // person
        +0.5868f,  // organization
        +0.4412f,  // place
        +0.4610f,  // nationality
        -1.9588f,  // numeric
        +0.1003f,  // source_only
    }};

}  // namespace newslens::entities
