#include "newslens/ner/patterns.h"

namespace newslens::ner {

std::vector<Mention> matchPatterns(std::string_view, const std::vector<Token>&, const std::vector<Sentence>&) {
  return {};
}

}  // namespace newslens::ner
