// libFuzzer target: arbitrary bytes → Analyzer::analyze and json::resultToJson,
// then every invariant of fuzz/invariants.h. A violated invariant aborts, so
// libFuzzer saves the input; add it to fuzz/regressions/ (see fuzz/README.md).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "invariants.h"
#include "newslens/analyzer.h"
#include "newslens/api.h"
#include "newslens/json/result_json.h"

namespace {

void require(const std::string& violation, const char* where) {
  if (violation.empty()) return;
  std::fprintf(stderr, "invariant violated (%s): %s\n", where, violation.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const newslens::Analyzer analyzer;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  // The options parser sees the raw bytes too: it must answer, never throw.
  newslens::Options parsed;
  (void)newslens::api::parseOptions(text, parsed);

  const auto& variants = newslens::invariants::optionVariants();
  const std::string& options = variants[size % variants.size()];
  newslens::Options opts;
  if (!newslens::api::parseOptions(options, opts).ok()) std::abort();
  // Called directly, not through api::analyzeToJson's catch-all: in WASM any throw
  // aborts the instance, so here an escaping exception must crash the fuzzer.
  const newslens::Analysis analysis = analyzer.analyze(text, opts);
  require(newslens::invariants::checkAnalysis(text, analysis), "analyze");
  require(newslens::invariants::checkResultJson(text, newslens::json::resultToJson(text, analysis, 0.0)),
          "resultToJson");
  return 0;
}
