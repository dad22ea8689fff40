#pragma once
// Salience weights (salience.h), written by
//   newslens-salience-eval --fit --write src/newslens/entities/salience_weights.h
// Do not edit by hand: refit. Version 4: fitted on 500 articles of ../shared/data/cnndm/dev.jsonl;
// held-out hit@3 0.90184 (5-fold cross-validation).

#include "newslens/entities/salience.h"

namespace newslens::entities {

inline constexpr SalienceWeights kDefaultSalienceWeights = {
    4,
    {
        +0.2028f,  // log_mentions
        +0.2367f,  // log_subjects
        +0.9768f,  // early
        +0.3458f,  // in_lead
        +0.5225f,  // modifier_share
        +0.0271f,  // boilerplate_share
        -0.0797f,  // person
        +0.1881f,  // organization
        +0.1159f,  // place
        -0.0353f,  // nationality
        -0.4843f,  // numeric
        +0.0830f,  // source_only
        -0.0839f,  // in_first
        -0.5872f,  // log_speaker
        +0.9663f,  // spread
        +0.0350f,  // full_name
        +0.2953f,  // other_name
        -0.2291f,  // log_opening
        +0.2732f,  // first_rank
        -0.0110f,  // log_quoted
        +0.1157f,  // log_pronouns
        -0.0581f,  // log_in_quotes
        +0.3208f,  // log_possessive
        -0.6289f,  // dateline
        +1.9046f,  // log_written
        +0.7135f,  // written_opening
    }};

}  // namespace newslens::entities
