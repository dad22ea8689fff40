#pragma once
// Invariants every analysis must satisfy on ANY input, checked by the fuzzer
// (fuzz/analyze_fuzzer.cpp) and by the regression-corpus unit test
// (tests/unit/fuzz/regressions_test.cpp). Each check returns "" when all hold,
// otherwise a description of the first violation.

#include <string>
#include <string_view>
#include <vector>

#include "newslens/analysis.h"

namespace newslens::invariants {

// Byte-level contract of Analyzer::analyze (analysis.h): tokens ordered and in
// range, sentences tile [0, text.size()), every span and index in range.
std::string checkAnalysis(std::string_view text, const Analysis& analysis);

// Contract of api::analyzeToJson: valid JSON with schema 1; either an error
// object with a code, or a result whose UTF-16 offsets tile / lie inside the
// text and whose span texts slice back (checked where the text is clean UTF-8).
std::string checkResultJson(std::string_view text, std::string_view resultJson);

// Contract of the streamed answer (api::analyzeToJson with a sink, json::writeResultJson):
// every part is a JSON object on its own, and the parts merged in order (an array
// extends the one under its key, any other value is set, as web/analyzer.js does)
// are `wholeJson`, "timing" aside.
std::string checkResultParts(const std::vector<std::string>& parts, std::string_view wholeJson);

// Option sets the fuzzer and the regression test run every input with.
const std::vector<std::string>& optionVariants();

}  // namespace newslens::invariants
