// Embind boundary: converts and delegates, holds no logic (DESIGN.md). Strings
// cross in both directions, so JS never walks Embind vectors; the only object JS
// owns is the Analyzer, released with delete() (web/analyzer.js wraps it as dispose()).
// Everything else (limits, options, exception capture, timing) is newslens/api.h.

#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <malloc.h>

#include <cstddef>
#include <cstdint>

#include <string>
#include <string_view>

#include "newslens/api.h"

namespace {

class AnalyzerBinding {
 public:
  std::string analyze(const std::string& text, const std::string& optionsJson) const {
    return service_.analyze(text, optionsJson);
  }

  // The same answer handed to `sink` (a JS function) in parts, each a JSON object as a
  // Uint8Array view of the heap valid during the call (api.h): the result is never
  // whole in the heap, nor one JS string. The text is the `size` bytes of UTF-8 at
  // `data`, a buffer the caller allocated in the heap (_malloc) and frees: JS fills it
  // with TextEncoder.encodeInto, far faster on a long paste than Embind's conversion
  // of a std::string, which walks the string in JS.
  void analyzeInPieces(std::uintptr_t data, std::size_t size, const std::string& optionsJson,
                       emscripten::val sink) const {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    service_.analyze(text, optionsJson, [&sink](std::string_view piece) {
      sink(emscripten::typed_memory_view(piece.size(), reinterpret_cast<const unsigned char*>(piece.data())));
    });
  }

  std::string modelInfo() const { return service_.modelInfo(); }

 private:
  newslens::api::Service service_;  // never throws: a failed construction answers as error JSON
};

std::string version() { return newslens::version(); }

// Bytes malloc has handed out and not taken back: the memory tests' leak gauge
// (tests/wasm/memory.test.mjs); the WASM memory size alone only shows big leaks.
double heapInUse() { return static_cast<double>(mallinfo().uordblks); }

// The most bytes malloc ever took from the WASM memory (dlmalloc's max footprint),
// and what it holds now: the hostile-input gauges (bench/hostile.mjs). Unlike the
// memory size, which starts at 16 MB and grows in steps, these count every byte.
double heapPeak() { return static_cast<double>(mallinfo().usmblks); }
double heapFootprint() { return static_cast<double>(mallinfo().arena); }

}  // namespace

EMSCRIPTEN_BINDINGS(newslens) {
  emscripten::class_<AnalyzerBinding>("Analyzer")
      .constructor<>()
      .function("analyze", &AnalyzerBinding::analyze)
      .function("analyzeInPieces", &AnalyzerBinding::analyzeInPieces)
      .function("modelInfo", &AnalyzerBinding::modelInfo);
  emscripten::function("version", &version);
  emscripten::function("heapInUse", &heapInUse);
  emscripten::function("heapPeak", &heapPeak);
  emscripten::function("heapFootprint", &heapFootprint);
}
