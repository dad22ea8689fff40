#pragma once
// The facade every host calls (wasm/bindings.cpp, tests, tools): text and options
// JSON in, one schema-1 JSON string out. It owns what the boundary promises and no
// stage should know: the input limit, options parsing, timing of the whole call, and
// exception capture. Contract: nothing in this header throws, ever; every failure,
// including a failure to build the analyzer, is an error JSON
// {"schema":1,"error":{"code":…,"message":…}}.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "newslens/analyzer.h"
#include "newslens/json/result_json.h"
#include "newslens/options.h"
#include "newslens/status.h"

namespace newslens {

// Documented input limit: larger texts are refused with "input_too_large"
// before any work, so a huge paste never exhausts the WASM heap.
inline constexpr std::size_t kMaxInputBytes = 16u * 1024u * 1024u;

// Options limits, checked before the JSON parser runs: an options object is a few
// keys, never megabytes (web/analyzer.js and python/ refuse the same size first).
inline constexpr std::size_t kMaxOptionsBytes = 64u * 1024u;
inline constexpr std::size_t kMaxOptionKeys = 64;

}  // namespace newslens

namespace newslens::api {

// Parses an options object ("" or "{}" give defaults): keyPoints (0 to 50),
// keywords (0 to 100) and fields (an array of part names), each absent or null
// for its default. An unknown key is a
// "bad_options" status naming it and the valid key it is a slip from (edit
// distance); so is a wrong type or range, more than kMaxOptionsBytes of JSON or
// more than kMaxOptionKeys top-level keys. Never throws.
Status parseOptions(std::string_view optionsJson, Options& out);

// Checks the limit, parses options, analyzes, times and serializes (timing.ms spans
// all of it). Never throws: every failure comes back as json::errorToJson().
std::string analyzeToJson(const Analyzer& analyzer, std::string_view text, std::string_view optionsJson);

// The same answer handed to `sink` in parts (json::writeResultJson), each a JSON
// object that parses alone, which merged give it, so the result is never whole in
// memory nor in one string: what the WASM boundary uses, where a dense 16 MiB text's
// JSON would be ~690 MiB. Tokens are freed before serializing. An error before any
// part is one part, the error JSON. `sink` must not throw.
void analyzeToJson(const Analyzer& analyzer, std::string_view text, std::string_view optionsJson,
                   const json::Sink& sink) noexcept;

// An analyzer built inside the boundary's catch: constructing one never throws;
// when the built-in model cannot be loaded (or memory runs out) the failure is
// kept and every analyze() answers it as error JSON. Construction runs one short
// warm-up analysis, so that the first call costs what later ones do.
class Service {
 public:
  Service() noexcept;

  // analyzeToJson() with this service's analyzer, or the construction error.
  std::string analyze(std::string_view text, std::string_view optionsJson) const noexcept;
  // The streamed analyzeToJson() with this service's analyzer, or the construction error.
  void analyze(std::string_view text, std::string_view optionsJson, const json::Sink& sink) const noexcept;

  // Analyzer::modelInfo(), or "unavailable: <reason>" when construction failed.
  std::string modelInfo() const noexcept;

  // The construction status: ok, or why there is no analyzer.
  const Status& status() const { return status_; }

 private:
  std::unique_ptr<const Analyzer> analyzer_;
  Status status_;
};

}  // namespace newslens::api
