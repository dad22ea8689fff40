#pragma once
// The public error path: functions that can fail on user input return a Status
// (or fill an out-parameter and return one) instead of throwing across layers.

#include <string>
#include <utility>

namespace newslens {

struct Status {
  std::string code;     // stable machine-readable code, empty when ok: "input_too_large", "bad_model", …
  std::string message;  // one sentence for people

  bool ok() const { return code.empty(); }
  static Status success() { return {}; }
  static Status error(std::string code, std::string message) { return {std::move(code), std::move(message)}; }
};

}  // namespace newslens
