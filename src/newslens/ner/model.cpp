#include "newslens/ner/model.h"

namespace newslens::ner {

Status loadModel(std::string_view bytes, Model& out) {
  if (!bytes.empty()) return Status::error("bad_model", "this build cannot read tagger models yet");
  out = Model{};
  return Status::success();
}

}  // namespace newslens::ner
