#include "newslens/entities/resolve.h"

namespace newslens::entities {

std::vector<Entity> resolve(std::string_view, const std::vector<Token>&, const std::vector<Sentence>&,
                            std::vector<Mention>&) {
  return {};
}

}  // namespace newslens::entities
