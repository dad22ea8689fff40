#include "newslens/ner/recognize.h"

namespace newslens::ner {

std::vector<Mention> recognize(std::string_view, const std::vector<Token>&, const std::vector<Sentence>&,
                               const Model&) {
  return {};
}

}  // namespace newslens::ner
