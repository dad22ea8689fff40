#include "newslens/api.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <iterator>
#include <exception>
#include <new>
#include <vector>
#include <nlohmann/json.hpp>

#include "newslens/json/result_json.h"
#include "newslens/noinline.h"

namespace newslens::api {
namespace {

// A dateline, names, a quote with its speaker, a date, money and a percentage.
constexpr std::string_view kWarmUpText =
    "WASHINGTON (Reuters) - Secretary of State Antony Blinken met China's Xi Jinping in Beijing on Monday. "
    "\"We talked about trade,\" Mr Blinken said, after tariffs of $3 billion rose 5% in 2023.\n\n"
    "The talks will continue next week, officials said.";

double millisecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// The status a thrown exception stands for: the one place exceptions become errors.
Status statusOf(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    return Status::error("out_of_memory", "the analysis ran out of memory");
  } catch (const std::exception& e) {
    return Status::error("internal", std::string("internal error: ") + e.what());
  } catch (...) {
    return Status::error("internal", "internal error");
  }
}

// The keys an options object may hold, in the order messages list them.
constexpr std::array<std::string_view, 3> kOptionKeys = {"keyPoints", "keywords", "fields"};

// Levenshtein distance between a and b, ASCII case folded: "keypoints" and
// "key_points" are both a slip away from "keyPoints".
std::size_t editDistance(std::string_view a, std::string_view b) {
  const auto fold = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitute = diagonal + (fold(a[i - 1]) == fold(b[j - 1]) ? 0 : 1);
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitute});
    }
  }
  return row[b.size()];
}

// "bad_options" naming `key` and, when it is a slip away from one, the valid key
// it most likely meant; the valid keys are always listed.
Status unknownKey(std::string_view key) {
  std::string_view closest = kOptionKeys.front();
  std::size_t distance = editDistance(key, closest);
  for (std::string_view valid : kOptionKeys)
    if (const std::size_t d = editDistance(key, valid); d < distance) closest = valid, distance = d;
  // A slip is a few edits for the key's length: "kp" is no slip from "keyPoints".
  const bool slip = distance <= std::max<std::size_t>(2, closest.size() / 3);
  // A long key is shown cut at a character boundary: the message stays a line.
  std::size_t shown = std::min<std::size_t>(key.size(), 40);
  while (shown < key.size() && shown > 0 && (static_cast<unsigned char>(key[shown]) & 0xC0) == 0x80) --shown;
  std::string message =
      "options." + std::string(key.substr(0, shown)) + (shown < key.size() ? "…" : "") + " is not an option";
  if (slip) message += "; did you mean " + std::string(closest) + "?";
  message += " (options:";
  for (std::size_t i = 0; i < kOptionKeys.size(); ++i) message += (i ? ", " : " ") + std::string(kOptionKeys[i]);
  return Status::error("bad_options", message + ")");
}

// options.fields: null or absent for every part, else an array of part names
// (kFieldNames), each at most once.
Status readFields(const nlohmann::json& j, unsigned& fields) {
  const auto it = j.find("fields");
  if (it == j.end() || it->is_null()) return Status::success();
  const auto bad = [] {
    std::string names;
    for (std::string_view name : kFieldNames) names += (names.empty() ? "" : ", ") + std::string(name);
    return Status::error("bad_options", "options.fields must be an array of distinct names from: " + names);
  };
  if (!it->is_array()) return bad();
  unsigned chosen = 0;
  for (const auto& name : *it) {
    if (!name.is_string()) return bad();
    const auto found = std::find(std::begin(kFieldNames), std::end(kFieldNames), name.get_ref<const std::string&>());
    if (found == std::end(kFieldNames)) return bad();
    const unsigned bit = 1u << (found - std::begin(kFieldNames));
    if (chosen & bit) return bad();
    chosen |= bit;
  }
  fields = chosen;
  return Status::success();
}

// Keys of the top-level object in `json`, counted without parsing (strings skipped,
// nesting tracked), stopping once past `limit`: so a huge object is refused before
// nlohmann builds a tree of it. Malformed JSON is left to the parser to refuse.
std::size_t topLevelKeys(std::string_view json, std::size_t limit) {
  std::size_t keys = 0;
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < json.size() && keys <= limit; ++i) {
    const char c = json[i];
    if (inString) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
    } else if (c == ':' && depth == 1) {
      ++keys;
    }
  }
  return keys;
}

// The checks before any analysis: the input limit, then the options.
Status admit(std::string_view text, std::string_view optionsJson, Options& options) {
  if (text.size() > kMaxInputBytes)
    return Status::error("input_too_large", "the text is " + std::to_string(text.size()) +
                                                " bytes of UTF-8; the limit is " + std::to_string(kMaxInputBytes) +
                                                " bytes");
  return parseOptions(optionsJson, options);
}

}  // namespace

NEWSLENS_NOINLINE Status parseOptions(std::string_view optionsJson, Options& out) {
  using json = nlohmann::json;
  Options options;
  // No options ("" or the JS API's "{}"): the defaults, without the JSON parser.
  if (optionsJson.find_first_not_of(" \t\r\n") == std::string_view::npos || optionsJson == "{}") {
    out = options;
    return Status::success();
  }
  if (optionsJson.size() > kMaxOptionsBytes)
    return Status::error("bad_options", "the options are " + std::to_string(optionsJson.size()) +
                                            " bytes of JSON; the limit is " + std::to_string(kMaxOptionsBytes) +
                                            " bytes");
  if (topLevelKeys(optionsJson, kMaxOptionKeys) > kMaxOptionKeys)
    return Status::error("bad_options", "the options have more than " + std::to_string(kMaxOptionKeys) + " keys");
  const json j = json::parse(optionsJson.begin(), optionsJson.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::error("bad_options", "options must be a JSON object");
  for (const auto& item : j.items())
    if (std::find(kOptionKeys.begin(), kOptionKeys.end(), item.key()) == kOptionKeys.end())
      return unknownKey(item.key());
  // Absent or null leaves the default; a number outside [lo, hi] is refused.
  const auto readCount = [&](const char* key, int& field, int lo, int hi) -> Status {
    if (!j.contains(key) || j[key].is_null()) return Status::success();
    const json& v = j[key];
    // An unsigned value above INT64_MAX would wrap to a negative long long.
    if (!v.is_number_integer() || (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(hi)) ||
        v.get<long long>() < lo || v.get<long long>() > hi)
      return Status::error("bad_options", std::string("options.") + key + " must be an integer from " +
                                              std::to_string(lo) + " to " + std::to_string(hi));
    field = static_cast<int>(v.get<long long>());
    return Status::success();
  };
  if (Status s = readCount("keyPoints", options.keyPoints, 0, 50); !s.ok()) return s;
  if (Status s = readCount("keywords", options.keywords, 0, 100); !s.ok()) return s;
  if (Status s = readFields(j, options.fields); !s.ok()) return s;
  out = options;
  return Status::success();
}

std::string analyzeToJson(const Analyzer& analyzer, std::string_view text, std::string_view optionsJson) {
  try {
    const auto started = std::chrono::steady_clock::now();
    Options options;
    if (Status s = admit(text, optionsJson, options); !s.ok()) return json::errorToJson(s);
    const Analysis analysis = analyzer.analyze(text, options);
    return json::resultToJson(text, analysis, millisecondsSince(started), options.fields);
  } catch (...) {
    return json::errorToJson(statusOf(std::current_exception()));
  }
}

void analyzeToJson(const Analyzer& analyzer, std::string_view text, std::string_view optionsJson,
                   const json::Sink& sink) noexcept {
  bool begun = false;
  try {
    const auto started = std::chrono::steady_clock::now();
    Options options;
    if (Status s = admit(text, optionsJson, options); !s.ok()) return sink(json::errorToJson(s));
    Analysis analysis = analyzer.analyze(text, options);
    // The serializer reads no token nor the lowered text: they go before the JSON is written.
    std::vector<Token>().swap(analysis.tokens);
    std::string().swap(analysis.lower);
    json::writeResultJson(text, analysis, millisecondsSince(started), options.fields, [&](std::string_view piece) {
      begun = true;
      sink(piece);
    });
  } catch (...) {
    // Once a piece is out, an error cannot replace it (native only: in WASM a throw
    // traps); the pieces then end short, and the caller's JSON parser refuses them.
    if (!begun) sink(json::errorToJson(statusOf(std::current_exception())));
  }
}

Service::Service() noexcept {
  try {
    analyzer_ = std::make_unique<const Analyzer>();
    // One short analysis now, touching every stage, so that the first caller's does not
    // pay the one-time costs (in WASM: compiling each function on its first call, which
    // made the first analysis ~10x a later one). Its result is dropped.
    (void)analyzeToJson(*analyzer_, kWarmUpText, "");
  } catch (...) {
    status_ = statusOf(std::current_exception());
  }
}

std::string Service::analyze(std::string_view text, std::string_view optionsJson) const noexcept {
  if (!analyzer_) return json::errorToJson(status_);
  return analyzeToJson(*analyzer_, text, optionsJson);
}

void Service::analyze(std::string_view text, std::string_view optionsJson, const json::Sink& sink) const noexcept {
  if (!analyzer_) return sink(json::errorToJson(status_));
  analyzeToJson(*analyzer_, text, optionsJson, sink);
}

std::string Service::modelInfo() const noexcept {
  try {
    return analyzer_ ? analyzer_->modelInfo() : "unavailable: " + status_.message;
  } catch (...) {
    return "unavailable";
  }
}

}  // namespace newslens::api
