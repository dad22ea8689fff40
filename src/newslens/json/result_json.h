#pragma once
// JSON stage: Analysis → schema-1 JSON (DESIGN.md, "Result schema"), options
// JSON → Options, and the one boundary call the bindings delegate to.

#include <string>
#include <string_view>

#include "newslens/analysis.h"
#include "newslens/analyzer.h"
#include "newslens/options.h"
#include "newslens/status.h"

namespace newslens::json {

inline constexpr int kSchemaVersion = 1;

// Serializes `analysis` of `text` with offsets in UTF-16 units. Never throws on
// invalid UTF-8: text fields carry U+FFFD where the input had bad bytes.
// timing.stages copies analysis.times and adds "json", this call's own time;
// timing.ms is `analysisMs` (the caller's time before serializing: limits,
// options, Analyzer::analyze) plus "json", and never less than the stages' sum.
std::string resultToJson(std::string_view text, const Analysis& analysis, double analysisMs);

// {"schema":1,"error":{"code":…,"message":…}}
std::string errorToJson(const Status& status);

// Parses an options object ("" or "{}" give defaults). Unknown keys are ignored;
// a wrong type or range is a "bad_options" status.
Status parseOptions(std::string_view optionsJson, Options& out);

// Checks limits, parses options, analyzes, times and serializes (timing.ms spans
// all of it). Never throws:
// every failure comes back as errorToJson().
std::string analyzeToJson(const Analyzer& analyzer, std::string_view text, std::string_view optionsJson);

}  // namespace newslens::json
