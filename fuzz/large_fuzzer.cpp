// libFuzzer target over large structured inputs: the fuzzed bytes are a recipe
// (fuzz/recipe.h) that expands to up to 1 MiB of dense names, numbers and quotes;
// the text goes through Analyzer::analyze and json::resultToJson (and streamed, in
// parts), and every invariant of fuzz/invariants.h must hold, as in analyze_fuzzer.cpp.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "invariants.h"
#include "newslens/analyzer.h"
#include "newslens/api.h"
#include "newslens/json/result_json.h"
#include "recipe.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const newslens::Analyzer analyzer;
  const std::string text = newslens::fuzz::expand(std::string_view(reinterpret_cast<const char*>(data), size));
  const auto& variants = newslens::invariants::optionVariants();
  newslens::Options options;
  if (!newslens::api::parseOptions(variants[size % variants.size()], options).ok()) std::abort();
  const newslens::Analysis analysis = analyzer.analyze(text, options);
  const std::string json = newslens::json::resultToJson(text, analysis, 0.0);
  // The same result streamed, as the WASM boundary sends it: parts of ~1 MiB.
  std::vector<std::string> parts;
  newslens::json::writeResultJson(text, analysis, 0.0, newslens::kAllFields,
                                  [&](std::string_view part) { parts.emplace_back(part); });
  for (const std::string& violation :
       {newslens::invariants::checkAnalysis(text, analysis), newslens::invariants::checkResultJson(text, json),
        newslens::invariants::checkResultParts(parts, json)})
    if (!violation.empty()) {
      std::fprintf(stderr, "invariant violated: %s\n", violation.c_str());
      std::abort();
    }
  return 0;
}
