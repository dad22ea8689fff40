#include "newslens/summary/references.h"

namespace newslens::summary {

std::vector<Reference> leaningReferences(std::string_view text, const Analysis& analysis, std::uint32_t start,
                                         std::uint32_t end) {
  return {};
}

}  // namespace newslens::summary
