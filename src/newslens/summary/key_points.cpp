#include "newslens/summary/key_points.h"

namespace newslens::summary {

std::vector<KeyPoint> selectKeyPoints(std::string_view, const Analysis&, const Options&) { return {}; }

}  // namespace newslens::summary
