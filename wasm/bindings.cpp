// Embind boundary: converts and delegates, holds no logic (DESIGN.md). Strings
// cross in both directions, so JS never walks Embind vectors; the only object JS
// owns is the Analyzer, released with delete() (web/index.js wraps it as dispose()).

#include <emscripten/bind.h>
#include <malloc.h>

#include <string>

#include "newslens/analyzer.h"
#include "newslens/json/result_json.h"

namespace {

class AnalyzerBinding {
 public:
  AnalyzerBinding() = default;

  std::string analyze(const std::string& text, const std::string& optionsJson) const {
    return newslens::json::analyzeToJson(analyzer_, text, optionsJson);
  }

  std::string modelInfo() const { return analyzer_.modelInfo(); }

 private:
  newslens::Analyzer analyzer_;
};

std::string version() { return newslens::version(); }

// Bytes malloc has handed out and not taken back: the memory tests' leak gauge
// (tests/wasm/memory.test.mjs); the WASM memory size alone only shows big leaks.
double heapInUse() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(newslens) {
  emscripten::class_<AnalyzerBinding>("Analyzer")
      .constructor<>()
      .function("analyze", &AnalyzerBinding::analyze)
      .function("modelInfo", &AnalyzerBinding::modelInfo);
  emscripten::function("version", &version);
  emscripten::function("heapInUse", &heapInUse);
}
