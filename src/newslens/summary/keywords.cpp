#include "newslens/summary/keywords.h"

namespace newslens::summary {

std::vector<Keyword> extractKeywords(std::string_view, const Analysis&, const Options&) { return {}; }

}  // namespace newslens::summary
