#pragma once
// JSON stage: serialization only. Analysis → schema-1 JSON (DESIGN.md, "Result
// schema") and Status → error JSON. Limits, options and exception capture are the
// api layer's (newslens/api.h).

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "newslens/analysis.h"
#include "newslens/options.h"
#include "newslens/status.h"

namespace newslens::json {

inline constexpr int kSchemaVersion = 1;

// Serializes `analysis` of `text` with offsets in UTF-16 units. Never throws on
// invalid UTF-8: text fields carry U+FFFD where the input had bad bytes.
// timing.stages copies analysis.times and adds "json", this call's own time;
// timing.ms is `analysisMs` (the caller's time before serializing: limits,
// options, Analyzer::analyze) plus "json", and never less than the stages' sum.
// Only the parts in `fields` (fieldBit()s, options.h) are written, besides "schema"
// and "timing"; the bytes of each part do not depend on which others are there.
std::string resultToJson(std::string_view text, const Analysis& analysis, double analysisMs,
                         unsigned fields = kAllFields);

// Receives a result's JSON piece by piece (writeResultJson, api::analyzeToJson).
using Sink = std::function<void(std::string_view)>;
inline constexpr std::size_t kChunkBytes = 1u << 20;

// resultToJson()'s result handed to `sink` in parts of about kChunkBytes, so that the
// whole result never sits in memory at once, nor in one string: a 2-byte number
// mention is ~80 bytes of JSON, so a dense 16 MiB text has ~690 MiB, longer than a JS
// string may be. Each part is a JSON object of some of the result's keys in order,
// the first with "schema"; a long array goes on in the next part under its key. Merged
// in order (an array extends the one already there, any other value is set: web/
// analyzer.js), the parts are resultToJson()'s result (json::Writer::streamTo).
void writeResultJson(std::string_view text, const Analysis& analysis, double analysisMs, unsigned fields,
                     const Sink& sink);

// {"schema":1,"error":{"code":…,"message":…}}
std::string errorToJson(const Status& status);

}  // namespace newslens::json
