#pragma once
// Analyzer: the whole pipeline (DESIGN.md, "Data flow") behind one call.
// Construct once per model; analyze() is const and may be called any number of
// times; it never throws on any input up to kMaxInputBytes (api.h). The
// constructor may throw (a build whose embedded model is unreadable): hosts build
// it through api::Service, which catches that.

#include <memory>
#include <string_view>

#include "newslens/analysis.h"
#include "newslens/options.h"
#include "newslens/status.h"

namespace newslens {

namespace ner {
struct Model;
}

class Analyzer {
 public:
  // An analyzer with the model compiled into this build (rules only if none was).
  Analyzer();

  // Loads the tagger model from `bytes` (format: ner/model.h). Returns a
  // "bad_model" status and leaves `out` untouched if the blob is not a valid model.
  static Status fromModel(std::string_view bytes, Analyzer& out);

  // Runs every stage on `utf8` (invalid UTF-8 is tolerated byte by byte); quotes,
  // keywords and key points only when `options` asks for that part (Options::fields).
  Analysis analyze(std::string_view utf8, const Options& options) const;

  // Short description of the loaded model: "ner-perceptron", or rules only.
  std::string modelInfo() const;

 private:
  std::shared_ptr<const ner::Model> model_;
};

// Library version, "MAJOR.MINOR.PATCH".
const char* version();

}  // namespace newslens
