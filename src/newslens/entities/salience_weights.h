#pragma once
// Salience weights (salience.h), written by
//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h
// Do not edit by hand: refit. Version 3: fitted on 500 articles of ../shared/data/cnndm/dev.jsonl;
// held-out hit@3 0.891616 (5-fold cross-validation).

#include "newslens/entities/salience.h"

namespace newslens::entities {

inline constexpr SalienceWeights kDefaultSalienceWeights = {
    3,
    {
        +0.1525f,  // log_mentions
        +0.2452f,  // log_subjects
        +1.0363f,  // early
        +0.4278f,  // in_lead
        +0.5430f,  // modifier_share
        +0.0317f,  // boilerplate_share
        -0.0295f,  // person
        +0.1888f,  // organization
        +0.1532f,  // place
        -0.0246f,  // nationality
        -0.4625f,  // numeric
        +0.0809f,  // source_only
        -0.1055f,  // in_first
        -0.6224f,  // log_speaker
        +0.9026f,  // spread
        -0.0095f,  // full_name
        +0.1746f,  // other_name
        +0.2071f,  // log_opening
        +0.3381f,  // first_rank
        -0.0138f,  // log_quoted
        +0.1194f,  // log_pronouns
        -0.0587f,  // log_in_quotes
        +0.3081f,  // log_possessive
        -0.6200f,  // dateline
        +2.0291f,  // log_written
    }};

}  // namespace newslens::entities
