#include "newslens/summary/boilerplate.h"

namespace newslens::summary {

void markBoilerplate(std::string_view, const std::vector<Token>&, std::vector<Sentence>&) {}

}  // namespace newslens::summary
